"""Water boards, housing corporations, omgevingsdienst, energy transition; one scanned landowner letter."""
from lib import Doc, add, H, P, T, KV, SP, PB, MONO  # noqa: F401

# ---------------------------------------------------------------------------------------------- d04
d = Doc("bd04_dijkinspectie_rivierenland.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Teun van Ommeren]]", "title": "Inspectierapport dijkvak Lek LE-12 najaar 2026",
          "subject": "Veldwerk [[PERSON:T. van Ommeren]] en [[PERSON:Saskia Verbeek]]"}
add(d, "docx", [
    P("Inspectierapport primaire waterkering - najaarsschouw 2026", "title"),
    KV([("Dijktraject", "{{PROJECT:Lekdijk}} LE-12, km 942,3 - 946,8"), ("Beheerder", "{{ORG:Waterschap Rivierenland}}"),
        ("Inspecteurs", "[[PERSON:Teun van Ommeren]] en [[PERSON:Saskia Verbeek]] ({{TITLE:dijkopzichter}})"),
        ("Datum schouw", "6 en 7 oktober 2026"), ("Rapportnummer", "{{FILE:WRIJ-INS-2026-0193}}")], widths=(3.6, 12.4)),
    H("1. Samenvatting", 1),
    P("De kering voldoet op dit traject aan de norm uit de {{LAW:Waterwet}}. Op drie plaatsen is graverij door "
      "dassen en mollen vastgesteld en op één plek een zandmeevoerende wel. Het dagelijks bestuur, onder voorzitterschap "
      "van dijkgraaf {{OFFICIAL:Hans Oosters}}, wordt op 19 november geïnformeerd."),
    H("2. Waarnemingen per perceel", 1),
    T([["Locatie", "Kadastraal perceel", "Eigenaar / gebruiker", "Waarneming", "Actie"],
       ["km 942,6", "[[PARCEL:Lexmond K 1187]]", "[[PERSON:Adrianus Cornelis van Wijk]]", "Dassenburcht in binnentalud", "Faunabeheer"],
       ["km 943,9", "[[PARCEL:Lexmond K 1402]]", "[[PERSON:Geertruida Johanna den Hartog-Verweij]]", "Beschoeiing verzakt", "Eigenaar aanschrijven"],
       ["km 945,1", "{{PARCELORG:Ameide C 618}}", "{{ORG:Staatsbosbeheer}}", "Wel met zandmeevoering", "Opkisten, direct"],
       ["km 946,2", "[[PARCEL:Ameide C 744]]", "[[TRADE:Maatschap Bikker]] ([[PERSON:Willem Bikker]])", "Vee op talud, schapenpaden", "Gesprek"]],
      widths=(1.7, 2.7, 4.4, 4.2, 3.0), size=8.5),
    P("De eigenaar van perceel [[PARCEL:Lexmond K 1402]], mevrouw [[PERSON:Den Hartog-Verweij|Geertruida Johanna den Hartog-Verweij]], "
      "woont op [[ADDRESS:Achterweg 188]], [[POSTCODE:4128 LJ]] Lexmond en is bereikbaar op [[PHONE:0347 - 34 18 62]]. "
      "Zij gaf aan dat haar schoonzoon [[PERSON:Rutger Blom]] het onderhoud doet."),
    P("Bij km 945,1 is de wel gemeld bij het {{ORG:Calamiteitenteam}} via {{SWITCH:0344 64 90 90}}. Opkisten is gedaan "
      "door aannemer {{ORG:Van Hattum en Blankevoort}}, uitvoerder [[PERSON:Dennis Koedijk]] ([[PHONE:06-5120 7783]])."),
    H("3. Foto's", 1),
    P("Foto 1-14 zijn opgeslagen in {{PRODUCT:DigiSpectie}}; fotograaf [[PERSON:S. Verbeek|Saskia Verbeek]]."),
    PB(),
    H("4. Vervolg en planning", 1),
    T([["Actie", "Trekker", "Gereed"],
       ["Faunabeheerder inschakelen ({{ORG:Faunabeheereenheid Utrecht}})", "[[PERSON:T. van Ommeren|Teun van Ommeren]]", "november"],
       ["Aanschrijving eigenaar perceel K 1402 (handhaving {{LAW:Keur Waterschap Rivierenland}})", "[[PERSON:Joost Hermsen]], {{TITLE:toezichthouder}}", "december"],
       ["Gesprek met de heer [[PERSON:Bikker|Willem Bikker]] over begrazing", "[[PERSON:Saskia Verbeek]]", "november"]],
      widths=(9.0, 4.8, 2.2)),
    P("Dit rapport is vastgesteld door de {{TITLE:afdelingshoofd Beheer Waterkeringen}}. Vragen: {{MAILBOX:waterkeringen@wsrl.nl}}."),
    H("Informatie die niet openbaar gemaakt kan worden", 1),
    P("Nog in te vullen."),
], header_lines=["{{ORG:Waterschap Rivierenland}}", "{{OFFICEADDR:De Blauwe Kamer 1}}, 4001 LE {{PLACE:Tiel}} - Postbus 599 - {{SWITCH:0344 64 90 90}}"])

# ---------------------------------------------------------------------------------------------- d05
d = Doc("bd05_huurachterstand_woonstad.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Chantal Boukhari]]", "title": "Huurachterstand en overlast - [[PERSON:Kramer-Doelman|Petra Kramer-Doelman]]"}
add(d, "rl", [
    SP(24),
    P("Aangetekend en per gewone post\nMevrouw [[PERSON:P.J. Kramer-Doelman|Petra Kramer-Doelman]]\n[[ADDRESS:Graaf Florisstraat 61-B]]\n"
      "[[POSTCODE:3021 CE]] Rotterdam"),
    SP(10),
    KV([("Datum", "2 november 2026"), ("Huurcontract", "{{FILE:HC-0049118}}"), ("Klantnummer", "[[ID:K 2204917]]"),
        ("Behandeld door", "[[PERSON:Chantal Boukhari]], {{TITLE:woonconsulent}}"), ("Doorkiesnummer", "[[PHONE:010 - 440 88 15]]")]),
    SP(6),
    P("Geachte mevrouw [[PERSON:Kramer-Doelman|Petra Kramer-Doelman]],"),
    P("Uit onze administratie blijkt dat u een huurachterstand heeft van € 2.184,60 (drie maanden huur). U betaalt "
      "per automatische incasso van rekening [[IBAN:NL63 INGB 8867 6095 85]]; de laatste drie incasso's zijn gestorno"
      "eerd. Daarnaast hebben wij meldingen van geluidsoverlast ontvangen van uw buren op nummer 59 en 63."),
    P("In het gesprek van 20 oktober vertelde u dat u sinds de zomer onder behandeling bent voor "
      "[[HEALTH:een zware depressie]] en dat uw zoon [[PERSON:Dylan Kramer]] tijdelijk bij u inwoont. Wij willen u "
      "graag helpen. Wij hebben u daarom - met uw toestemming - aangemeld bij {{ORG:Vraagwijzer Rotterdam}} en de "
      "schuldhulpverlening van de {{ORG:Gemeente Rotterdam}}."),
    P("Wij stellen een betalingsregeling voor van € 120 per maand bovenop de huur. Als u niet reageert voor "
      "16 november, dragen wij het dossier over aan {{ORG:Incassobureau Flanderijn}}. Dat willen wij voorkomen."),
    P("Met vriendelijke groet,\n\n[[PERSON:Chantal Boukhari]]\n{{TITLE:Woonconsulent}} Rotterdam-West\n{{ORG:Woonstad Rotterdam}}"),
    SP(6),
    P("Huurdersvereniging: {{ORG:Huurdersvereniging Oud-Mathenesse}}, {{MAILBOX:info@hvoudmathenesse.nl}}. "
      "Klachten: {{ORG:Geschillencommissie Wonen}}.", "small"),
], letterhead=["{{ORG:Woonstad Rotterdam}}", "{{OFFICEADDR:Kristalweg 2}}, 3000 AN Rotterdam",
               "Bezoekadres {{OFFICEADDR:Henegouwerplein 101}}", "{{SWITCH:010 440 88 00}}"])
d.notes = [(0, "[[PERSON:Chantal Boukhari]]", "Buurvrouw [[PERSON:Ans van Leeuwen]] (nr 59) wil anoniem blijven")]

# ---------------------------------------------------------------------------------------------- d06
d = Doc("bd06_warmtenet_participatie.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Bas Hulsebos]]", "title": "Participatielogboek Warmtenet Kanaleneiland-Zuid",
          "keywords": "warmtenet, participatie, [[PERSON:Hulsebos|Bas Hulsebos]]"}
d.mailto = True
add(d, "docx", [
    P("Participatielogboek {{PROJECT:Warmtenet Kanaleneiland-Zuid}}", "title"),
    P("Bijgehouden door [[PERSON:Bas Hulsebos]] ({{TITLE:omgevingsmanager}}, {{ORG:Gemeente Utrecht}}) en "
      "[[PERSON:Sophie Lagerweij]] ({{ORG:Eneco}}). Dit logboek hoort bij het {{PROGRAMME:Programma Aardgasvrije Wijken}}."),
    T([["Datum", "Bewoner / organisatie", "Contact", "Inbreng", "Opvolging"],
       ["3-9", "[[PERSON:Hatice Yılmaz-Öztürk]], [[ADDRESS:Marshalllaan 212]]", "[[PHONE:06 42 97 10 36]]",
        "Zorgen over kosten aansluiting; wil eerst een {{PRODUCT:Warmtescan}}.", "Energiecoach ingepland"],
       ["3-9", "{{ORG:VvE Beneluxlaan}} (voorzitter [[PERSON:Jos Hermans]])", "{{MAILBOX:vvebeneluxlaan}}@gmail.com",
        "VvE wil collectief besluit in april.", "Info-avond VvE"],
       ["17-9", "[[PERSON:Martijn de Graaff]], [[ADDRESS:Churchilllaan 44]]", "[[EMAIL:mdegraaff1979]]@hotmail.com",
        "Heeft warmtepomp, wil niet aansluiten.", "Uitzondering beoordelen"],
       ["17-9", "Fam. [[PERSON:Benali]], [[ADDRESS:Rooseveltlaan 310]]", "[[PHONE:+31 6 1133 2804]]",
        "Vraagt naar {{PRODUCT:Nationaal Warmtefonds}} lening.", "Doorverwezen"],
       ["1-10", "{{ORG:Bo-Ex}} (corporatie)", "{{MAILBOX:verduurzaming}}@bo-ex.nl",
        "Wil 420 sociale huurwoningen in fase 1.", "Bestuurlijk overleg"],
       ["8-10", "[[PERSON:Ingrid Baars]], [[ADDRESS:Marshalllaan 198]]", "[[PHONE:030-2883105]]",
        "Medische situatie: [[HEALTH:afhankelijk van thuisbeademing]], vraagt garantie op warmte.", "Maatwerk"]],
      widths=(1.2, 4.4, 4.9, 3.6, 2.2), size=8),
    P("Observaties: de {{PROJECT:Warmtenet Kanaleneiland-Zuid}} kent weinig weerstand bij huurders, meer bij eigenaar-"
      "bewoners. Wethouder {{OFFICIAL:Susanne Schilderman}} heeft toegezegd de {{TITLE:Energiecoaches}} langer in te zetten. "
      "De heer [[PERSON:De Graaff|Martijn de Graaff]] heeft gevraagd zijn naam niet in verslagen op te nemen."),
    P("Contact: {{MAILBOX:warmtenet@utrecht.nl}} of {{SWITCH:14 030}}. Persoonlijk: [[EMAIL:b.hulsebos@utrecht.nl]]."),
], header_lines=["{{ORG:Gemeente Utrecht}} - {{PROGRAMME:Energietransitie}}", "{{OFFICEADDR:Stadsplateau 1}}, 3521 AZ {{PLACE:Utrecht}}"])

# ---------------------------------------------------------------------------------------------- d07
d = Doc("bd07_inspectie_veehouderij_odbn.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Rik Hendriks]]", "title": "Controlerapport veehouderij [[ADDRESS:Heikantsestraat 17]]",
          "subject": "ODBN toezicht milieu"}
d.outline = True
add(d, "rl", [
    P("Rapport van bevindingen - milieucontrole agrarisch bedrijf", "title"),
    KV([("Inrichting", "Varkenshouderij [[PERSON:Antonius Verhoeven]] (eenmanszaak), [[ADDRESS:Heikantsestraat 17]], "
                       "[[POSTCODE:5275 BL]] Den Dungen"),
        ("Eigenaar", "de heer [[PERSON:A.M.J. (Toon) Verhoeven]], geboren [[DOB:22 januari 1966]]"),
        ("KvK", "[[ID:17084429]]"),
        ("Toezichthouders", "[[PERSON:Rik Hendriks]] en [[PERSON:ing. Lieke van de Ven-Brouwers]] ({{ORG:Omgevingsdienst Brabant Noord}})"),
        ("Datum / tijd", "28 september 2026, 08.45-11.20 uur"), ("Zaak", "{{FILE:ODBN-Z2026-33810}}")], widths=(3.3, 12.7)),
    H("1. Aanleiding"),
    P("Controle op grond van het {{LAW:Besluit activiteiten leefomgeving}} na klachten over geur. De controle was "
      "aangekondigd. Aanwezig namens het bedrijf: de heer [[PERSON:Verhoeven|Antonius Verhoeven]] en zijn dochter "
      "[[PERSON:Marieke Verhoeven]], die de administratie voert."),
    H("2. Bevindingen"),
    T([["Nr.", "Onderwerp", "Norm", "Bevinding"],
       ["1", "Luchtwassers", "{{LAW:Activiteitenbesluit}} / {{PRODUCT:Inno+ luchtwasser}}", "Elektronisch logboek niet bijgehouden sinds juni"],
       ["2", "Mestopslag", "{{LAW:Bal}} art. 4.817", "Afdekking mestbassin beschadigd"],
       ["3", "Kadavers", "{{ORG:Rendac}} ophaalbewijs", "In orde"],
       ["4", "Voertuigen", "-", "Trekker met kenteken [[PLATE:WL-47-BG]] en bestelbus [[PLATE:VNZ-83-K]] lekken olie op erf"]],
      widths=(1.0, 3.2, 5.0, 6.8)),
    P("De heer [[PERSON:Verhoeven|Antonius Verhoeven]] verklaarde dat hij de luchtwasser niet kon controleren omdat hij "
      "[[HEALTH:na een hartinfarct in juli]] enkele weken niet op het bedrijf was."),
    H("3. Conclusie en vervolg"),
    P("Er zijn twee overtredingen geconstateerd (1 en 2). Het bevoegd gezag, het college van {{ORG:Gemeente "
      "'s-Hertogenbosch}}, ontvangt een handhavingsadvies. Burgemeester {{OFFICIAL:Mallens}} is hierover niet "
      "persoonlijk geïnformeerd. De hercontrole wordt uitgevoerd door [[PERSON:R. Hendriks|Rik Hendriks]]."),
    P("Toezichthouder: [[PERSON:Rik Hendriks]], [[EMAIL:r.hendriks@odbn.nl]], [[PHONE:06 - 10 92 73 55]]\n"
      "Algemeen: {{MAILBOX:info@odbn.nl}}, {{SWITCH:088 - 369 03 00}}"),
    PB(),
    H("Bijlage: verklaring [[PERSON:A.M.J. Verhoeven]]"),
    P("Ik, [[PERSON:Antonius Maria Johannes Verhoeven]], verklaar dat ik het rapport heb ontvangen en dat ik het "
      "niet eens ben met bevinding 2. Mijn adviseur [[PERSON:Gijs Pennings]] van {{ORG:ZLTO}} neemt contact op."),
    P("Handtekening: ......................  Plaats: Den Dungen  Datum: 28-09-2026"),
], letterhead=["{{ORG:Omgevingsdienst Brabant Noord}}", "{{OFFICEADDR:Pettelaarpark 120}}, 5216 PT {{PLACE:'s-Hertogenbosch}}",
               "{{SWITCH:088 - 369 03 00}}"], font="DejaVu")
d.xmp = {"dc:creator": "[[PERSON:Rik Hendriks]]"}

# ---------------------------------------------------------------------------------------------- d23
d = Doc("bd23_kwijtschelding_hhnk.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Monique Tuinman]]", "title": "Besluit kwijtschelding waterschapsbelasting"}
add(d, "docx", [
    SP(),
    P("De heer [[PERSON:K. (Kees) Schouten]] en mevrouw [[PERSON:L. Schouten-Bakker]]\n[[ADDRESS:Westerweg 231]]\n[[POSTCODE:1852 AH]] Heiloo"),
    SP(),
    KV([("Datum", "10 november 2026"), ("Aanslagnummer", "{{FILE:2026.4418.7730}}"), ("BSN", "[[BSN:507536629]]"),
        ("Behandelaar", "[[PERSON:Monique Tuinman]]"), ("Telefoon", "{{SWITCH:072 582 82 82}} (keuze 2)")], widths=(3.6, 12.4)),
    P("Onderwerp: uw verzoek om kwijtschelding", "bold"),
    P("Geachte heer en mevrouw [[PERSON:Schouten|K. (Kees) Schouten]],"),
    P("U vroeg op 14 oktober 2026 kwijtschelding van de watersysteemheffing en zuiveringsheffing 2026 van in totaal "
      "€ 412,18. Wij hebben uw gegevens opgevraagd bij het {{ORG:Inlichtingenbureau}}."),
    P("Wij hebben uw verzoek beoordeeld volgens de {{LAW:Invorderingswet 1990}} en de {{LAW:Uitvoeringsregeling "
      "Invorderingswet 1990}}. Uw netto besteedbaar inkomen ligt boven de kwijtscheldingsnorm; ook staat er op "
      "rekening [[IBAN:NL09 ABNA 9807 2663 93]] een saldo van meer dan € 4.000. Wij wijzen uw verzoek daarom af."),
    P("U kunt binnen zes weken beroep instellen bij de {{TITLE:invorderingsambtenaar}} van {{ORG:Hoogheemraadschap "
      "Hollands Noorderkwartier}}. Een betalingsregeling aanvragen kan via {{MAILBOX:belastingen@hhnk.nl}}."),
    P("Met vriendelijke groet,\nnamens de {{TITLE:invorderingsambtenaar}},\n\n[[PERSON:Monique Tuinman]]\n{{TITLE:medewerker kwijtschelding}}"),
], header_lines=["{{ORG:Hoogheemraadschap Hollands Noorderkwartier}}", "{{OFFICEADDR:Stationsplein 136}}, 1703 WC {{PLACE:Heerhugowaard}} - {{SWITCH:072 582 82 82}}"])

# ---------------------------------------------------------------------------------------------- d24
d = Doc("bd24_urgentie_portaal.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Kevin Onderwater]]", "title": "Advies urgentiecommissie dossier U-2026-0712"}
d.fields = [("behandelaar", "[[PERSON:Kevin Onderwater]]", 11.0, 1.5, 5.6)]
add(d, "rl", [
    P("Advies urgentiecommissie - medische urgentie", "title"),
    SP(10),
    KV([("Dossier", "{{FILE:U-2026-0712}}"), ("Aanvrager", "[[PERSON:Yvonne Gerritsen-Çelik]]"),
        ("Geboortedatum", "[[DOB:08-11-1987]]"), ("BSN", "[[BSN:339478251]]"), ("Telefoon", "[[PHONE:+31687654321]]"),
        ("Huidig adres", "[[ADDRESS:Pijlstaartstraat 7 bis]], [[POSTCODE:3544 HK]] Utrecht"),
        ("Corporatie", "{{ORG:Portaal}} / {{ORG:Mitros}} / {{ORG:Bo-Ex}} ({{PROGRAMME:WoningNet regio Utrecht}})")]),
    H("Medisch advies"),
    P("De onafhankelijke arts van {{ORG:Argonaut Advies}} stelt vast dat aanvrager [[HEALTH:multiple sclerose]] "
      "heeft en [[HEALTH:rolstoelgebonden]] is. De huidige woning op driehoog zonder lift is ongeschikt. Haar partner "
      "[[PERSON:Emre Çelik]] werkt in ploegendienst; dochter [[PERSON:Zeynep]] (8 jaar) gaat naar school in de wijk."),
    H("Advies"),
    P("De commissie adviseert urgentie toe te kennen voor een gelijkvloerse woning in {{PLACE:Leidsche Rijn}} of "
      "{{PLACE:Vleuten}}. Urgentie op grond van de {{LAW:Huisvestingsverordening Utrecht 2024}} art. 2.7.3."),
    T([["Commissielid", "Rol", "Stem"],
       ["[[PERSON:mr. Fleur Dikkerboom]]", "{{TITLE:voorzitter}}", "voor"],
       ["[[PERSON:Ahmed Ouali]]", "{{TITLE:lid namens huurders}}", "voor"],
       ["[[PERSON:Kevin Onderwater]]", "{{TITLE:secretaris}}", "-"]], widths=(6, 6, 3)),
    P("Secretariaat: {{MAILBOX:urgentie@woningnetregioutrecht.nl}}", "small"),
], letterhead=["{{ORG:Urgentiecommissie regio Utrecht}}", "p/a {{OFFICEADDR:Vondellaan 2}}, Utrecht"])

# ---------------------------------------------------------------------------------------------- d27
d = Doc("bd27_klachtenlog_geur_odra.pdf", "reportlab")
d.meta = {"author": "[[PERSON:Nicole Arends]]", "title": "Klachtenregistratie geur Q3 2026"}
add(d, "rl", [
    P("Klachtenregistratie geur en geluid - 3e kwartaal 2026", "title"),
    P("{{ORG:Omgevingsdienst Regio Arnhem}}, team Meldingen. Export uit {{PRODUCT:Squit XO}} op 2 oktober 2026 door [[PERSON:Nicole Arends]]."),
    T([["Nr", "Datum", "Melder", "Adres melder", "Telefoon", "Bron / omschrijving"],
       ["4411", "04-07", "[[PERSON:G.H. Lubbers]]", "[[ADDRESS:Kemperbergerweg 640]]", "[[PHONE:026-4437719]]", "Geur {{ORG:Smurfit Westrock}}"],
       ["4419", "11-07", "Anoniem", "-", "-", "Geluid evenement {{PLACE:Park Sonsbeek}}"],
       ["4437", "26-07", "[[PERSON:Wilma Kortman-Eijkelkamp]]", "[[ADDRESS:Steenstraat 88 A]]", "[[PHONE:06 2501 9904]]", "Geur rioolwaterzuivering {{ORG:Waterschap Rijn en IJssel}}"],
       ["4450", "09-08", "[[PERSON:Jürgen Hoffmann]]", "[[ADDRESS:Utrechtseweg 301]]", "[[PHONE:+49 2821 71 43 90]]", "Stank van composteerder"],
       ["4462", "21-08", "[[PERSON:Lubbers|G.H. Lubbers]]", "[[ADDRESS:Kemperbergerweg 640]]", "[[PHONE:026-4437719]]", "Geur {{ORG:Smurfit Westrock}} (herhaald)"],
       ["4471", "30-08", "[[PERSON:Mohamed Amrani]]", "[[ADDRESS:Johan de Wittlaan 12]]", "[[EMAIL:m.amrani@ziggo.nl]]", "Geluid bouwplaats {{PROJECT:Rijnboog}}"]],
      widths=(0.9, 1.1, 4.1, 3.5, 3.3, 3.6), size=7.5),
    P("Let op: melding 4419 is anoniem gedaan. De melder van 4450 woont in {{PLACE:Kleve}} en meldde in het Duits. "
      "Geen klachten over het {{ORG:Rijnstate}} ziekenhuis."),
    P("Afhandeling: {{TITLE:toezichthouder}} [[PERSON:Erwin Wolters]] heeft op 12 september de {{ORG:Smurfit Westrock}}-locatie "
      "bezocht met de {{TITLE:milieuadviseur}} [[PERSON:Karin Steentjes]]."),
], letterhead=["{{ORG:Omgevingsdienst Regio Arnhem}}", "{{OFFICEADDR:Kemperbergerweg 67}}, 6816 RW {{PLACE:Arnhem}}", "{{SWITCH:026 377 33 99}}"],
    font="DejaVu")

# ---------------------------------------------------------------------------------------------- d29
d = Doc("bd29_wijkaanpak_mail.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Daan Roodbergen]]", "title": "RE: Bewonersavond wijkaanpak Zwolle-Assendorp"}
d.mailto = True
add(d, "docx", [
    MONO("Van:        [[PERSON:Daan Roodbergen]] <[[EMAIL:daan.roodbergen@zwolle.nl]]>\n"
         "Verzonden:  donderdag 12 november 2026 16:42\n"
         "Aan:        Bewonersgroep Assendorp Duurzaam <{{MAILBOX:assendorpduurzaam@gmail.com}}>\n"
         "CC:         [[PERSON:Naomi Stegeman]] <[[EMAIL:n.stegeman@zwolle.nl]]>; {{MAILBOX:energieloket@zwolle.nl}}\n"
         "Onderwerp:  RE: Bewonersavond wijkaanpak"),
    P("Beste [[PERSON:Henk]] en [[PERSON:Marjolein]],"),
    P("Dank voor jullie mail. Wethouder {{OFFICIAL:Monique Schuttenbeld}} komt op 26 november naar de avond in het "
      "{{ORG:Buurthuis Assendorp}}. {{ORG:Rendo}} en {{ORG:Enexis}} sturen iemand voor de netcapaciteit."),
    P("Over de lijst met deelnemers: wij mogen die niet zomaar delen. Ik heb de lijst van [[PERSON:Henk]] ontvangen "
      "en de heer [[PERSON:Ferdinand Mulderije]] ([[ADDRESS:Assendorperstraat 140]]) heeft laten weten dat hij niet "
      "op een foto wil. Zijn buurvrouw mevrouw [[PERSON:Tineke Oosterveld]] wil juist spreken over "
      "haar {{PRODUCT:hybride warmtepomp}}."),
    P("Groet,\n[[PERSON:Daan]]\n\n[[PERSON:Daan Roodbergen]] | {{TITLE:wijkregisseur energietransitie}} | {{ORG:Gemeente Zwolle}}\n"
      "M [[PHONE:06 1470 2293]] | T {{SWITCH:14 038}}"),
    MONO("-----Oorspronkelijk bericht-----\n"
         "Van: [[PERSON:Henk Lubbinge]] <[[EMAIL:henklubbinge@kpnmail.nl]]>\n"
         "Verzonden: woensdag 11 november 2026 21:05\n"
         "Aan: [[PERSON:Roodbergen, Daan|Daan Roodbergen]]\n"
         "Onderwerp: Bewonersavond wijkaanpak"),
    P("Hoi [[PERSON:Daan]], namens [[PERSON:Marjolein Visscher]] en mij: kan de wethouder komen? We verwachten 60 mensen. "
      "Mijn nummer voor de avond zelf is [[PHONE:038-4217766]]. Groet, [[PERSON:Henk Lubbinge]], [[ADDRESS:Assendorperdijk 9]]."),
], header_lines=["{{ORG:Gemeente Zwolle}}"])

# ---------------------------------------------------------------------------------------------- d31
d = Doc("bd31_besluitenlijst_ab_hdsr.pdf", "libreoffice")
d.meta = {"author": "[[PERSON:Eveline Spruijt]]", "title": "Besluitenlijst Algemeen Bestuur 4 november 2026"}
add(d, "docx", [
    P("Besluitenlijst vergadering Algemeen Bestuur", "title"),
    P("{{ORG:Hoogheemraadschap De Stichtse Rijnlanden}}, 4 november 2026, {{OFFICEADDR:Poldermolen 2}}, {{PLACE:Houten}}."),
    P("Aanwezig: dijkgraaf {{OFFICIAL:Jan Rietkerk}} (voorzitter), heemraden {{OFFICIAL:Annemieke Boelhouwer}} en "
      "{{OFFICIAL:Gert-Jan van der Bijl}}, en 24 leden van het Algemeen Bestuur; {{TITLE:secretaris-directeur}} "
      "[[PERSON:Wim Plugge]]. Notulen: [[PERSON:Eveline Spruijt]] ({{TITLE:bestuurssecretaris}})."),
    T([["Agendapunt", "Besluit"],
       ["3. Inspreekrecht", "Mevrouw [[PERSON:Hennie Vlastuin]] (bewoner [[ADDRESS:Achterdijk 14]], Jutphaas) spreekt in over "
        "peilverhoging; de heer [[PERSON:Tom Brandsma]] namens {{ORG:Stichting Behoud Kromme Rijngebied}}."],
       ["5. {{PROGRAMME:Waterbeheerprogramma}} 2028-2033", "Vastgesteld conform voorstel. Heemraad {{OFFICIAL:Boelhouwer}} zegt toe "
        "de motie van {{ORG:Water Natuurlijk}} uit te voeren."],
       ["6. Dijkversterking {{PROJECT:Salmsteke}}", "Krediet van 8,4 mln. beschikbaar gesteld. Projectmanager [[PERSON:Olaf van Kooten]] "
        "licht toe. Grondeigenaar [[PERSON:Teunis Verkerk]] heeft bezwaar gemaakt."],
       ["7. Rondvraag", "Dijkgraaf {{OFFICIAL:Rietkerk}} meldt dat de {{ORG:Unie van Waterschappen}} de {{LAW:Waterschapswet}}-"
        "evaluatie start."]],
      widths=(4.4, 11.6), size=9),
    P("Vastgesteld in de vergadering van 9 december 2026.\n\nDe dijkgraaf,                 De secretaris-directeur,\n"
      "{{OFFICIAL:J. Rietkerk}}                   [[PERSON:W. Plugge|Wim Plugge]]"),
], header_lines=["{{ORG:Hoogheemraadschap De Stichtse Rijnlanden}}", "{{OFFICEADDR:Poldermolen 2}}, 3994 WZ Houten - {{SWITCH:030 634 57 00}}"])

# ---------------------------------------------------------------------------------------------- d18 (scan)
d = Doc("bd18_brief_grondeigenaar_scan.pdf", "scan", scan=True)
add(d, "scan", [
    P("[[PERSON:Jacobus Hendrikus Vermeulen]]\n[[ADDRESS:Polderweg 27]]\n[[POSTCODE:4273 LE]] Hank\ntel. [[PHONE:0162 402 918]]", "bold"),
    SP(18),
    P("Aan het Waterschap Brabantse Delta\nt.a.v. de heer [[PERSON:R. van Dongen]]\nPostbus 5520\n4801 DZ Breda", "bold"),
    SP(18),
    P("Hank, 3 oktober 2026", "bold"),
    P("Betreft: schouw sloot langs perceel Dussen L 2210", "bold"),
    SP(8),
    P("Geachte heer [[PERSON:Van Dongen|R. van Dongen]],", "bold"),
    P("Bij de schouw van 24 september is mijn sloot afgekeurd. Ik ben het daar niet mee eens. De sloot is in augustus "
      "nog geschoond door mijn buurman [[PERSON:Piet Hamers]]. Ik vraag u de afkeuring in te trekken. Mijn rekeningnummer "
      "voor de vergoeding is [[IBAN:NL90 TRIO 0012 5714 61]].", "bold"),
    P("Met vriendelijke groet,", "bold"),
    SP(20),
    P("[[PERSON:J.H. VERMEULEN|Jacobus Hendrikus Vermeulen]]", "bold"),
], font="Times-Roman", angle=-0.9, seed=18)
