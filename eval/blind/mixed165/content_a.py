from lib import Doc

W = "Microsoft® Word voor Microsoft 365"
DOCS = []

DOCS.append(Doc("jz01_woo_verzoek", "rl", [
    "[[Bart Molenkamp]]",
    "[[Kamperzand 23]]",
    "[[8254 PK Dronten]]",
    "[[b.molenkamp@kpnmail.nl]] | [[06-18 44 72 09]]",
    "",
    "Aan het college van burgemeester en wethouders van de {{gemeente Dronten}}",
    "t.a.v. het {{Woo-loket}}, Postbus 100, 8250 AC Dronten ({{woo@dronten.nl}})",
    "",
    "Dronten, 2 september 2026",
    "Onderwerp: verzoek op grond van de {{Wet open overheid}} - jeugdzorgdossier wijkteam Dronten-Noord",
    "",
    "Geacht college,",
    "Op grond van artikel 4.1 van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de "
    "afhandeling van de klacht over een vertraagde indicatie voor jeugdhulp in het wijkteam Dronten-Noord in de periode "
    "1 januari 2026 tot en met 31 augustus 2026, waaronder: correspondentie tussen de gemeente en zorgaanbieders "
    "(waaronder {{Triade Vitree}} en {{Veilig Thuis Flevoland}}), verslagen van casusoverleggen, interne chats, "
    "facturen van ingehuurde ambulante hulpverleners, het advies van de {{Klachtencommissie Sociaal Domein}} en "
    "nota's aan {{wethouder Roosenboom}}.",
    "Ik ben als freelance journalist betrokken bij een artikelenreeks over wachttijden in de jeugdzorg in {{Flevoland}}. "
    "Ik besef dat persoonsgegevens van het gezin niet openbaar worden; het gaat mij om de werkwijze van de gemeente.",
    "Graag ontvang ik de documenten digitaal. U kunt mij bereiken op [[06-18 44 72 09]].",
    "",
    "Met vriendelijke groet,",
    "[[B.J. Molenkamp]]",
], title="Woo-verzoek jeugdzorgdossier", producer="Microsoft: Print To PDF"))

DOCS.append(Doc("jz02_ontvangstbevestiging", "docx", [
    "Gemeente Dronten",
    "Bezoekadres: {{De Rede 1}}, Dronten | Telefoon {{14 0321}} | {{info@dronten.nl}}",
    "",
    "[[De heer B.J. Molenkamp]]",
    "[[Kamperzand 23]]",
    "[[8254 PK]] DRONTEN",
    "",
    "Datum: 4 september 2026",
    "Ons kenmerk: {{WOO-2026-0088}}",
    "Behandeld door: [[Sevda Yıldız]]",
    "Telefoon: [[0321 - 38 86 51]]",
    "E-mail: [[s.yildiz@dronten.nl]]",
    "Onderwerp: ontvangstbevestiging Woo-verzoek",
    "",
    "Geachte [[heer Molenkamp]],",
    "Op 2 september 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen. Uw verzoek is "
    "geregistreerd onder nummer {{WOO-2026-0088}}. Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen "
    "wij met twee weken verdagen als dat nodig is; het gaat om documenten met bijzondere persoonsgegevens over een "
    "minderjarige, waarover wij derden ({{Triade Vitree}}, {{Veilig Thuis Flevoland}} en een zelfstandig hulpverlener) "
    "om hun zienswijze vragen (artikel 4.4 Woo).",
    "Heeft u vragen, neem dan contact op met het {{Woo-loket}} via {{woo@dronten.nl}} of {{14 0321}}.",
    "",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders,",
    "",
    "[[S. Yıldız]]",
    "Woo-coördinator {{team Juridische Zaken}}",
], title="Ontvangstbevestiging WOO-2026-0088", author="Yıldız, Sevda", font="DejaVuSans"))

DOCS.append(Doc("jz03_klachtbrief_moeder", "rl", [
    "[[Ilse Wiersma-Boukhari]]",
    "[[Kuinderplein 17]], [[8253 RB]] Dronten",
    "Telefoon: [[06 41 82 37 90]] | [[ilse.wiersma82@hotmail.com]]",
    "",
    "Aan de {{gemeente Dronten}}, afdeling {{Sociaal Domein}}, {{De Rede 1}}, Dronten",
    "",
    "Dronten, 12 maart 2026",
    "Betreft: klacht over de indicatie voor mijn zoon [[Daan]], geboren [[14-03-2013]], BSN [[203948579]]",
    "",
    "Geachte heer, mevrouw,",
    "Hierbij dien ik een klacht in over de manier waarop het wijkteam met de aanvraag voor jeugdhulp voor mijn zoon "
    "[[Daan Wiersma]] is omgegaan. Op 6 november 2025 heb ik samen met de jeugdconsulent mevrouw [[Oosterhuis]] het "
    "ondersteuningsplan besproken. Er werd mij gezegd dat de beschikking binnen acht weken zou komen. Het is nu vier "
    "maanden later en ik heb nog niets. [[Daan]] heeft een diagnose [[ADHD en een hechtingsstoornis]] en is sinds januari "
    "thuis van school, omdat de {{Jan Ligthartschool}} hem niet meer kan opvangen.",
    "Daarnaast ben ik zeer geschrokken dat er zonder overleg met mij een melding is gedaan bij {{Veilig Thuis Flevoland}}. "
    "Niemand heeft mij uitgelegd waarom. Mijn ex-partner, [[Rachid Boukhari]], heeft mij verteld dat hij door "
    "een medewerker van het wijkteam, [[Sjoerd]], is gebeld. Ik vind dit onacceptabel.",
    "Ik verzoek u om (1) binnen twee weken een besluit te nemen over de indicatie en (2) mij inzage te geven in de "
    "melding bij {{Veilig Thuis}}. Ik heb ook een kopie van deze brief gestuurd aan {{wethouder Roosenboom}}.",
    "",
    "Met vriendelijke groet,",
    "[[I. Wiersma-Boukhari]]",
    "Bijlage: brief van de huisarts, [[dr. P. Vreugdenhil]], d.d. 20 februari 2026",
], title="klacht", font="Times-Roman", producer="PDFpen 13.1", creator="Pages"))

DOCS.append(Doc("jz04_mail_intake_klacht", "rl", [
    "Van: [[Kappert, Jolanda]] <[[j.kappert@dronten.nl]]>",
    "Verzonden: vrijdag 13 maart 2026 10:42",
    "Aan: [[Bijleveld, Marco]] <[[m.bijleveld@dronten.nl]]>; [[Oosterhuis, Femke]] <[[f.oosterhuis@dronten.nl]]>",
    "CC: {{klachten@dronten.nl}}",
    "Onderwerp: RE: klacht indicatie {{KL-2026-031}}",
    "",
    "Hoi [[Marco]] en [[Femke]],",
    "De klacht is geregistreerd als {{KL-2026-031}}. Ik stel voor dat we eerst een bemiddelingsgesprek aanbieden "
    "voordat we de {{Klachtencommissie Sociaal Domein}} inschakelen. [[Femke]], kun jij mij vandaag nog de tijdlijn "
    "sturen van de aanvraag (datum melding, datum gesprek, datum aanvraag bij {{Triade Vitree}})? Het valt mij op dat "
    "de termijn van acht weken uit de {{Verordening jeugdhulp gemeente Dronten 2024}} ruim is overschreden.",
    "Ik ben maandag thuis, bereikbaar op [[06-2750 8813]].",
    "Groet, [[Jolanda]]",
    "[[mr. J.M. Kappert]] | juridisch adviseur {{Sociaal Domein}} | {{gemeente Dronten}}",
    "",
    "-----Oorspronkelijk bericht-----",
    "Van: [[Bijleveld, Marco]]",
    "Verzonden: donderdag 12 maart 2026 17:05",
    "Aan: [[Kappert, Jolanda]]",
    "Onderwerp: klacht indicatie",
    "",
    "[[Jolanda]], vandaag kwam via de post een klacht binnen van [[mevrouw Wiersma-Boukhari]] over het uitblijven van "
    "een beschikking voor haar zoon. De casus zit bij [[Femke Oosterhuis]]; de melding bij {{Veilig Thuis}} is "
    "destijds gedaan door [[Sjoerd de Ruijter-Hamstra]] na overleg met de gedragswetenschapper. Wil jij de formele kant "
    "oppakken? Ik informeer {{wethouder Roosenboom}} in het portefeuilleoverleg van dinsdag.",
    "[[Marco Bijleveld]]",
    "Teamleider {{Jeugd en Gezin}}",
    "T [[0321 38 84 70]] | M [[+31 6 1209 4437]]",
], title="RE: klacht indicatie KL-2026-031", producer="Microsoft Outlook 16.0", creator="Outlook",
    font="Helvetica", author="Kappert, J.M."))

DOCS.append(Doc("jz05_tijdlijn_memo", "rl", [
    "# Memo tijdlijn casus {{JZ-2026-0417}}",
    "Aan: [[J.M. Kappert]], juridisch adviseur",
    "Van: [[F. Oosterhuis]], jeugdconsulent wijkteam {{Dronten-Noord}}",
    "Datum: 13 maart 2026",
    "",
    "| Datum | Gebeurtenis | Wie |",
    "| 2 oktober 2025 | Melding via {{Sociaal Loket}} ({{14 0321}}) door moeder | [[FO]] |",
    "| 6 november 2025 | Keukentafelgesprek, {{ondersteuningsplan}} opgesteld | [[FO]] / [[NEA]] |",
    "| 20 november 2025 | Aanvraag intake bij {{Triade Vitree}}, locatie {{Lelystad}} | [[FO]] |",
    "| 4 december 2025 | Zorgsignaal school, gesprek met [[K. Bos-Verweij]] (IB) | [[SdRH]] |",
    "| 11 december 2025 | Casusoverleg; besluit melding {{Veilig Thuis Flevoland}} | [[AT]] / [[SdRH]] |",
    "| 12 december 2025 | Melding {{VT-2025-11873}} | [[SdRH]] |",
    "| 15 januari 2026 | Wachtlijstbericht {{Triade Vitree}}: 14 weken | [[FO]] |",
    "| 3 februari 2026 | Inzet overbrugging ambulante hulp [[G.J. ter Borg]] | [[RvtH]] |",
    "| 12 maart 2026 | Klacht ontvangen ({{KL-2026-031}}) | - |",
    "",
    "Toelichting: de beschikking is niet afgegeven omdat het wijkteam wachtte op het advies van {{Triade Vitree}} over de "
    "zwaarte van de hulp (productcode {{45A14}}, {{specialistische jeugdhulp}}). Achteraf had een beschikking voor "
    "overbruggingszorg direct kunnen worden afgegeven. De werkdruk in het team was in december hoog: twee collega's "
    "([[Naïma]] en [[Ruben]]) waren deels afwezig.",
    "",
    "[[Femke]]",
], title="Memo tijdlijn", font="DejaVuSansCondensed", producer="Aspose.PDF for .NET 23.4", creator="Aspose.Words",
    author="Femke Oosterhuis"))

DOCS.append(Doc("jz06_whatsapp_wijkteam", "rl", [
    "WhatsApp-chat met Wijkteam Noord (export)",
    "",
    "11-12-2025 08:14 - [[Sjoerd]]: Morgen casusoverleg om 9:00 in {{De Meerpaal}}, zaal 2. [[Anneloes]] schuift aan",
    "11-12-2025 08:16 - [[Femke O]]: Top. Ik neem de aantekeningen van school mee",
    "11-12-2025 08:17 - [[Nai]]: Ik ben er pas om half 10, moet eerst naar de {{Zuiderzeeschool}}",
    "11-12-2025 08:31 - [[Ruben vt Hul]]: Denk eraan: geen namen van kinderen in deze app. Gebruik het zaaknummer",
    "11-12-2025 08:32 - [[Sjoerd]]: Sorry! {{JZ-2026-0417}} dus. Moeder belde gisteren huilend",
    "11-12-2025 08:40 - [[Femke O]]: Ik bel [[Ilse]] straks wel even terug",
    "11-12-2025 12:03 - [[Sjoerd]]: Besloten: melding bij VT. Ik doe hem vanmiddag. Nummer VT is {{0800-2000}} toch?",
    "11-12-2025 12:05 - [[Anneloes]]: Ja. En bel eerst de vader, [[Rachid]], die heeft gezag",
    "11-12-2025 12:06 - [[Nai]]: zijn nummer is [[06-33 91 04 58]]",
    "11-12-2025 12:30 - [[Ruben vt Hul]]: Kan iemand moeder informeren? Dat moet eigenlijk vóór de melding volgens de {{meldcode}}",
    "11-12-2025 12:31 - [[Sjoerd]]: Doe ik morgen",
    "15-01-2026 09:12 - [[Femke O]]: Triade zegt 14 weken wachttijd",
    "15-01-2026 09:13 - [[Ruben vt Hul]]: Dan [[GJ]] vragen voor overbrugging? Die heeft nog ruimte",
    "15-01-2026 09:20 - [[Femke O]]: Ik bel [[Gerrit-Jan]]. Zijn nr is [[06 5184 2266]] voor wie het zoekt",
    "13-03-2026 11:02 - [[Ruben vt Hul]]: Klacht binnen van moeder. Graag allemaal je aantekeningen naar [[Jolanda]] van Juridische Zaken",
    "13-03-2026 11:04 - [[Sjoerd]]: ik had haar dus niet meer gebeld",
    "13-03-2026 11:05 - [[Nai]]: Sterkte [[Sjoerdje]]",
    "13-03-2026 11:20 - [[Femke O]]: <Media weggelaten>",
    "13-03-2026 11:24 - [[Ruben vt Hul]]: Wie heeft moeder in december gesproken? Ik zie niks in {{Suite4Jeugd}}",
    "13-03-2026 11:26 - [[Femke O]]: Ik op 3 februari pas. Toen was ze al boos over de melding",
    "13-03-2026 11:30 - [[Anneloes]]: In het verslag staat actie 1 bij [[SdRH]]. Dat is niet gebeurd dus",
    "13-03-2026 11:31 - [[Sjoerd]]: Klopt. Mijn fout. Ik had die week 11 huisbezoeken en ben het vergeten",
    "13-03-2026 11:33 - [[Ruben vt Hul]]: Oké. We bespreken het donderdag, niet hier. [[Marco]] weet ervan",
    "13-03-2026 11:40 - [[Nai]]: Zal ik [[Karin]] van school even laten weten dat er een klacht loopt?",
    "13-03-2026 11:41 - [[Ruben vt Hul]]: Nee! Niks delen buiten het team zonder toestemming ({{AVG}})",
    "14-03-2026 19:02 - [[Femke O]]: Moeder heeft ook de wethouder gemaild zie ik. [[Tineke]] van het secretariaat belde",
    "14-03-2026 19:05 - [[Sjoerd]]: Moet ik iets doen?",
    "14-03-2026 19:06 - [[Ruben vt Hul]]: Schrijf voor maandag op wat er op 11 en 12 december is gebeurd en stuur het naar [[j.kappert@dronten.nl]]",
    "16-03-2026 08:15 - [[Sjoerd]]: Gedaan. Ook [[Rachid]] gebeld of hij iets nodig heeft, hij vond het prima zo",
    "16-03-2026 08:17 - [[Anneloes]]: [[Sjoerd]] graag niet meer zelf bellen met de ouders tot de klacht is afgehandeld",
    "16-03-2026 08:20 - [[Femke O]]: Ik ben casusregisseur, dus ouders lopen via mij. Mijn nummer voor de zekerheid: [[06 1733 5012]]",
    "16-03-2026 09:45 - [[Nai]]: Voor wie het wil: donderdag taart in {{De Meerpaal}}, [[Ruben]] is jarig",
    "16-03-2026 09:46 - [[Ruben vt Hul]]: Dat was geheim [[Nai]]!",
    "07-04-2026 16:10 - [[Femke O]]: Bemiddeling mislukt, het gaat naar de commissie. [[Jolanda]] houdt ons op de hoogte",
    "19-05-2026 17:30 - [[Femke O]]: Zitting was pittig. Advocaat van moeder, [[mr. Okonkwo]], was goed voorbereid",
    "19-05-2026 17:32 - [[Sjoerd]]: Ik zag het al aankomen. Ik heb gezegd hoe het was",
    "19-05-2026 17:35 - [[Anneloes]]: Goed dat je eerlijk was [[Sjoerd]]. We passen de werkinstructie aan",

], title="WhatsApp Chat met Wijkteam Noord", font="DejaVuSans", size=11, producer="Skia/PDF m118", creator="Chromium"))

DOCS.append(Doc("jz07_casusoverleg_verslag", "rl", [
    "# Verslag casusoverleg wijkteam {{Dronten-Noord}}",
    "Datum: 11 december 2025, 09:00-10:30, {{De Meerpaal}}, {{De Rede 80}}",
    "Zaak: {{JZ-2026-0417}} (gezin W.)",
    "",
    "| Naam | Functie | Paraaf |",
    "| [[Ruben van 't Hul]] | wijkteamcoördinator (voorzitter) | [[RvtH]] |",
    "| [[drs. A. Terpstra-Vos]] | gedragswetenschapper | [[AT]] |",
    "| [[Femke Oosterhuis]] | jeugdconsulent | [[FO]] |",
    "| [[Sjoerd de Ruijter-Hamstra]] | ambulant jeugdwerker | [[SdRH]] |",
    "| [[Naïma El Amrani]] | maatschappelijk werker | [[NEA]] |",
    "| [[Karin Bos-Verweij]] | intern begeleider {{Jan Ligthartschool}} (telefonisch) | - |",
    "",
    "## 1. Signalen",
    "School meldt dat [[Daan]] ([[12 jaar]]) in november drie keer met blauwe plekken op zijn armen kwam. "
    "Moeder zegt dat het van het voetballen komt. [[Daan]] vertelde de IB'er dat mama soms heel boos wordt. "
    "Moeder is sinds de scheiding van [[de heer Boukhari]] alleenstaand en werkt in ploegendienst.",
    "## 2. Weging ({{Meldcode huiselijk geweld en kindermishandeling}}, afwegingskader)",
    "[[AT]] stelt vast dat stap 1 t/m 3 zijn doorlopen. Stap 4: er is een vermoeden van [[lichamelijk geweld]]. "
    "Omdat de hulp ({{Triade Vitree}}) niet op korte termijn start, acht het team een melding noodzakelijk. "
    "[[SdRH]] doet de melding en informeert moeder vooraf. [[NEA]] vraagt of de vader is gehoord; dat is niet zo.",
    "## 3. Hulp",
    "[[FO]] vraagt bij {{Triade Vitree}} naar de wachttijd en onderzoekt overbruggingszorg. "
    "Productcode {{45A14}} ({{Jeugdwet}}, artikel 2.3).",
    "## Actielijst",
    "| Nr | Actie | Wie | Wanneer |",
    "| 1 | Moeder informeren over melding | [[SdRH]] | 12-12-2025 |",
    "| 2 | Melding {{Veilig Thuis Flevoland}} | [[SdRH]] | 12-12-2025 |",
    "| 3 | Wachttijd {{Triade Vitree}} navragen | [[FO]] | 19-12-2025 |",
    "| 4 | Vader horen ([[06-33 91 04 58]]) | [[NEA]] | 19-12-2025 |",
    "| 5 | Evaluatie in casusoverleg januari | [[RvtH]] | 15-01-2026 |",
    "",
    "Verslag: [[NEA]], vastgesteld [[RvtH]] 18-12-2025.",
], title="Verslag casusoverleg 11-12-2025", font="Helvetica", size=11.5, producer="Acrobat PDFMaker 23 voor Word",
    creator=W, outline=[("Verslag casusoverleg", []), ("Opmerkingen Wendy Kloosterboer", ["Wendy Kloosterboer"]),
                        ("Actielijst (versie Roel Haaksma)", ["Roel Haaksma"])]))

DOCS.append(Doc("jz08_veilig_thuis_melding", "rl", [
    "# {{Veilig Thuis Flevoland}} - ontvangstbevestiging melding",
    "Meldnummer: {{VT-2025-11873}}          Datum melding: 12 december 2025",
    "",
    "## Melder (professional)",
    "Naam: [[S. de Ruijter-Hamstra]]   Organisatie: Wijkteam Dronten-Noord, {{gemeente Dronten}}",
    "Telefoon: [[0321-388 4455]]   E-mail: [[sjoerd.deruijter@dronten.nl]]",
    "## Betrokkenen",
    "Kind: [[Daan Wiersma]], geboren [[14 maart 2013]], BSN [[203 948 579]]",
    "Moeder: [[I. Wiersma-Boukhari]], BSN [[172839463]], [[Kuinderplein 17]], Dronten",
    "Vader: [[R. Boukhari]], [[Wisentweg 4a]], [[8251 ZN]] Dronten",
    "## Aard van de zorg",
    "[[Vermoeden lichamelijke mishandeling, blauwe plekken armen]]; [[opvoedingsspanning bij moeder]].",
    "## Afspraken",
    "{{Veilig Thuis}} doet binnen vijf werkdagen een veiligheidsbeoordeling. Contactpersoon {{Veilig Thuis}}: "
    "[[Priscilla Mahabier]], [[p.mahabier@vtflevoland.nl]], [[088 - 336 71 40]]. Voor algemene vragen: {{0800-2000}} "
    "(gratis, 24/7).",
    "",
    "Deze bevestiging is automatisch gegenereerd door het registratiesysteem {{Regas}}.",
], title="Ontvangstbevestiging melding VT-2025-11873", font="Courier", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
    creator="Regas"))
