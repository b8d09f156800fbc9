"""Document texts of the blind 'ministry' set. All persons are invented, except the public office
holders listed in README.md. Markup: [[personal data|KIND]] to redact, {{keep|KIND}} to keep."""

DOCS = []


def D(name, kind, producer, font, blocks, header=""):
    DOCS.append({"name": name, "kind": kind, "producer": producer, "font": font, "blocks": blocks,
                 "header": header})


def H(t):
    return ("h", t)


def P(t):
    return ("p", t)


def T(rows):
    return ("t", rows)


MOTIV_EMPTY = [H("Informatie die niet openbaar gemaakt kan worden"), P("Motivering"),
               P("[in te vullen bij openbaarmaking]")]
MOTIV_STD = [H("Informatie die niet openbaar gemaakt kan worden"),
             P("Motivering\nIn de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van "
               "ambtenaren geanonimiseerd.")]

# ============================================================== reportlab (01-10)
D("m01_beslisnota_ocw", "beslisnota", "reportlab", "DejaVuSans", [
    H("Beslisnota"),
    P("Aan: de {{minister|ROLE}} van Onderwijs, Cultuur en Wetenschap\n"
      "Van: [[Fatma Yıldırım-de Koning]], {{directie Hoger Onderwijs en Studiefinanciering|ORG}}\n"
      "Datum: 14 maart 2024\nKenmerk: {{HOS/2024-0412877|REF}}\n"
      "Onderwerp: Uitvoering {{Wet studiefinanciering 2000|LAW}} door {{DUO|ACRONYM}}\n"
      "Kopie aan: {{DG|ACRONYM}} Hoger Onderwijs, {{DUO|ACRONYM}}\n"
      "Contactpersoon: [[Thijs Wiersma]], T [[06-4127 8830|PHONE]], [[thijs.wiersma@minocw.nl|EMAIL]]"),
    H("Aanleiding"),
    P("Op verzoek van {{minister|ROLE}} {{Dijkgraaf|PUBLIC}} is met {{DUO|ACRONYM}} een "
      "{{update|TERM}} opgesteld over de {{deadline|TERM}} voor de herziening van het "
      "{{dashboard|TERM}} studiefinanciering. Het lid {{Omtzigt|PUBLIC}} (NSC) heeft hierover "
      "vragen gesteld in het commissiedebat."),
    H("Geadviseerd besluit"),
    P("Aan de {{minister|ROLE}} wordt gevraagd in te stemmen met de {{business case|TERM}} van "
      "{{DUO|ACRONYM}} en de bijgevoegde brief aan de Tweede Kamer te ondertekenen."),
    H("Kern"),
    P("De {{stakeholders|TERM}} (studentenbonden, hogescholen, {{UWV|ACRONYM}}) zijn op 5 maart in "
      "{{Groningen|PLACE}} bijeengekomen. [[Wiersma]] heeft de resultaten vastgelegd; "
      "[[mevrouw Yıldırım]] bespreekt ze met de {{directeur-generaal|ROLE}}."),
    H("Paraaf"),
    T([["Naam", "Functie", "Paraaf", "Datum"],
       ["[[F. Yıldırım-de Koning]]", "{{directeur|ROLE}} HOS", "akkoord [[FYdK|PARAPH]]", "14-03-2024"],
       ["[[T. Wiersma]]", "{{senior beleidsmedewerker|ROLE}}", "[[TW|PARAPH]]", "13-03-2024"],
       ["{{DG|ACRONYM}} HO", "{{directeur-generaal|ROLE}}", "", ""]]),
    *MOTIV_EMPTY,
])

D("m02_mail_rws", "e-mail thread", "reportlab", "DejaVuSans", [
    P("Van: [[Kwame Mensah-Boateng]] <[[k.mensah-boateng@rws.nl|EMAIL]]>\n"
      "Verzonden: dinsdag 9 april 2024 16:02\n"
      "Aan: [[Anouk van den Berg]] <[[anouk.vanden.berg@minienw.nl|EMAIL]]>\n"
      "CC: {{woo@minienw.nl|MAILBOX}}; [[Sjoerd Hylkema]]\n"
      "Onderwerp: RE: Planning {{Programma Ruimte voor de Rivier|PROGRAM}}"),
    P("Hoi [[Anouk]],\n"
      "Dank voor je {{update|TERM}}. De {{deadline|TERM}} van 1 juni is voor {{Rijkswaterstaat|ORG}} "
      "haalbaar, mits de {{sprint|TERM}} van het team in {{Zwolle|PLACE}} doorgaat. Ik heb "
      "[[Sjoerd]] gevraagd het {{dashboard|TERM}} bij te werken.\n"
      "Groet,\n[[Kwame]]\n\n[[Kwame Mensah-Boateng]]\n{{projectleider|ROLE}} | {{Rijkswaterstaat|ORG}} "
      "Oost-Nederland\nM [[+31 6 2840 1957|PHONE]]"),
    P("-----Oorspronkelijk bericht-----\n"
      "Van: [[Anouk van den Berg]]\nVerzonden: maandag 8 april 2024 09:41\n"
      "Aan: [[Kwame Mensah-Boateng]]\nOnderwerp: Planning {{Programma Ruimte voor de Rivier|PROGRAM}}"),
    P("> Beste [[Kwame]],\n> Staatssecretaris {{Heijnen|PUBLIC}} wil voor het zomerreces een brief "
      "naar de Kamer sturen. Kun je met [[Sjoerd Hylkema]] ({{omgevingsmanager|ROLE}}) de "
      "{{business case|TERM}} afronden?\n> Met vriendelijke groet,\n> [[Anouk van den Berg]]\n"
      "> {{Ministerie van Infrastructuur en Waterstaat|ORG}}, {{DGWB|ACRONYM}}\n"
      "> {{Rijnstraat 8|OFFICE_ADDRESS}}, {{2515 XP Den Haag|OFFICE_ADDRESS}}\n"
      "> T [[070 - 456 1289|PHONE]]"),
])

D("m03_brief_burger_bsn", "letter to citizen", "reportlab", "Times-Roman", [
    P("{{Dienst Uitvoering Onderwijs|ORG}}\nPostbus 30205\n{{2500 GE Den Haag|OFFICE_ADDRESS}}"),
    P("DE HEER [[M. EL HADDOUTI]]\n[[HOOFDSTRAAT 117 B|ADDRESS]]\n[[7811 EP EMMEN|ADDRESS]]"),
    P("Datum: 22 februari 2024\nOns kenmerk: {{DUO-TG-2024/118273|REF}}\n"
      "Uw burgerservicenummer: [[9083.01.662|BSN]]"),
    P("Geachte heer [[El Haddouti]],"),
    P("U heeft op 3 februari een aanvraag ingediend voor een tegemoetkoming op grond van de "
      "{{Wet tegemoetkoming onderwijsbijdrage en schoolkosten|LAW}}. Wij hebben uw aanvraag "
      "beoordeeld. U ontvangt het bedrag van {{€ 1.214,00|AMOUNT}} op rekeningnummer "
      "[[NL86 INGB 6252 7601 89|IBAN]] ten name van [[M. El Haddouti]]."),
    P("Uw partner, [[mevrouw Naima Bakker]], woonachtig aan de [[Hoofdstraat 117 B|ADDRESS]] te "
      "{{Emmen|PLACE}}, ontvangt een aparte beschikking. Heeft u vragen? Bel ons op {{050 599 77 55|SWITCHBOARD}} "
      "of kijk op {{duo.nl|WEB}}. Gebruik bij contact uw BSN [[131860914|BSN]] van uw partner niet."),
    P("Met vriendelijke groet,\n\n{{Dienst Uitvoering Onderwijs|ORG}}\nnamens deze,\n\n[[drs. H.J. Koster]]\n"
      "{{teamleider|ROLE}} Tegemoetkomingen"),
    P("Bezwaar: u kunt binnen zes weken bezwaar maken op grond van de {{Algemene wet bestuursrecht|LAW}}."),
])

D("m04_kamervragen_bzk", "Kamervragen en antwoorden", "reportlab", "LiberationSerif", [
    H("Antwoorden op Kamervragen over de huisvesting van statushouders"),
    P("Vragen van het lid {{Bikker|PUBLIC}} (ChristenUnie) aan de {{minister|ROLE}} voor "
      "Volkshuisvesting en Ruimtelijke Ordening over de huisvesting van statushouders in "
      "{{Zwolle|PLACE}} en {{Deventer|PLACE}} (ingezonden 12 januari 2024)."),
    P("Vraag 1\nKent u het bericht dat burgemeester {{Halsema|PUBLIC}} van {{Amsterdam|PLACE}} "
      "noodopvang sluit?"),
    P("Antwoord 1\nJa. Ik heb daarover contact gehad met burgemeester {{Halsema|PUBLIC}} en met "
      "burgemeester {{Aboutaleb|PUBLIC}} van {{Rotterdam|PLACE}}."),
    P("Vraag 2\nDeelt u de mening van het lid {{Dassen|PUBLIC}} (Volt) dat het {{COA|ACRONYM}} meer "
      "regie nodig heeft?"),
    P("Antwoord 2\nHet {{COA|ACRONYM}} voert de {{Huisvestingswet 2014|LAW}} niet uit; gemeenten doen "
      "dat. De {{programmamanager|ROLE}} van mijn ministerie heeft samen met de "
      "{{Vereniging van Nederlandse Gemeenten|ORG}} ({{VNG|ACRONYM}}) een {{dashboard|TERM}} ontwikkeld."),
    P("Vraag 3\nWat is de stand van zaken van de motie-{{Bontenbal|PUBLIC}}?"),
    P("Antwoord 3\nDe motie wordt uitgevoerd. De Kamer ontvangt voor 1 juli een {{update|TERM}}."),
    P("De minister voor Volkshuisvesting en Ruimtelijke Ordening,\n\n{{Hugo de Jonge|PUBLIC}}"),
    P("Toelichting voor intern gebruik (niet openbaar): conceptantwoorden opgesteld door "
      "[[Jasper Bos]] ({{beleidsmedewerker|ROLE}}) en afgestemd met [[L. Wu]] (juridische zaken, "
      "[[lwu@minbzk.nl|EMAIL]]). Vragen over de statistiek via [[mevrouw Bos]]."),
])

D("m05_whatsapp", "WhatsApp chat", "reportlab", "Courier", [
    H("WhatsApp-export groep 'Crisisteam hoogwater'"),
    P("[11-01-24 07:12:44] [[Sanne]]: Goedemorgen! Waterstand {{Maas|PLACE}} bij {{Venlo|PLACE}} stijgt nog\n"
      "[11-01-24 07:13:02] [[Rachid]]: Ik sta om 8 uur bij de dijk, {{Rijkswaterstaat|ORG}} is er ook\n"
      "[11-01-24 07:15:30] [[Sanne]]: top. [[Ewa]] kun jij de {{NCTV|ACRONYM}} bellen?\n"
      "[11-01-24 07:16:11] [[Ewa Kowalczyk]]: doe ik. Mijn nieuwe nummer is [[0031 6 1937 4420|PHONE]]\n"
      "[11-01-24 07:20:45] [[Rachid]]: minister {{Harbers|PUBLIC}} komt morgen langs in {{Roermond|PLACE}}\n"
      "[11-01-24 07:21:03] [[Sanne]]: ok, ik zet het in de {{update|TERM}} voor de {{DG|ACRONYM}}\n"
      "[11-01-24 07:30:59] [[Ewa Kowalczyk]]: {{NCTV|ACRONYM}} gebeld, ze sturen iemand\n"
      "[11-01-24 07:31:40] [[Rachid]]: [[Ewa]] dank!! de dijkgraaf van {{Waterschap Limburg|ORG}} belt ook\n"
      "[11-01-24 07:45:12] [[Sanne]]: stakeholders lijst staat in Teams, vraag [[Rachid]] als je er niet in kunt"),
])

D("m06_verslag_overleg", "meeting notes", "reportlab", "DejaVuSerif", [
    H("Verslag bestuurlijk overleg Noordzeekanaalgebied"),
    P("Datum: 4 oktober 2023, {{Haarlem|PLACE}}, provinciehuis"),
    P("Aanwezig: burgemeester {{Halsema|PUBLIC}} ({{Amsterdam|PLACE}}), staatssecretaris {{Heijnen|PUBLIC}} "
      "({{IenW|ACRONYM}}), [[Priya Ramdin-Chotkan]] ({{secretaris|ROLE}}), [[Wouter de Wit]] "
      "({{adviseur|ROLE}} {{Havenbedrijf Amsterdam|ORG}}), [[J. Groen]] ({{notulist|ROLE}}), "
      "[[Oluwaseun Adeyemi]] ({{jurist|ROLE}}, {{ACM|ACRONYM}})"),
    P("Afwezig met kennisgeving: [[Hiske Dijkstra]] ({{beleidsadviseur|ROLE}} {{Provincie Noord-Holland|ORG}})"),
    P("1. Opening\nDe {{voorzitter|ROLE}} opent de vergadering. [[De Wit]] licht de "
      "{{business case|TERM}} toe voor de sluis bij {{IJmuiden|PLACE}}."),
    P("2. Stikstof\n{{Groen|TERM}} licht is gegeven voor de vergunning? Nee: [[Groen]] meldt dat de "
      "{{Raad van State|ORG}} nog moet beslissen. Staatssecretaris {{Heijnen|PUBLIC}} zegt toe de Kamer "
      "te informeren."),
    P("3. Rondvraag\n[[Priya]] vraagt om de {{stakeholders|TERM}} eerder te betrekken. Actie: [[PRC|PARAPH]]."),
    T([["Actie", "Wie", "Wanneer"],
       ["Notitie sluiscapaciteit", "[[W. de Wit]]", "1 november"],
       ["Brief aan de Kamer", "{{IenW|ACRONYM}} ({{DGMI|ACRONYM}})", "15 november"],
       ["Planning {{sprint|TERM}} 4", "[[O. Adeyemi]]", "8 november"]]),
])

D("m07_beslisnota_ienw", "beslisnota", "reportlab", "Helvetica", [
    H("Nota"),
    T([["Aan", "de {{minister|ROLE}} van Infrastructuur en Waterstaat"],
       ["Van", "[[drs. ing. R.A. (Robin) van der Meulen-Kramer]]"],
       ["Behandeld door", "[[Mei Ling Chen]]\nT [[(010) 28 47 311|PHONE]]\n[[meiling.chen@minienw.nl|EMAIL]]"],
       ["Datum", "2 mei 2024"], ["Kenmerk", "{{IENW/BSK-2024/129981|REF}}"],
       ["Onderwerp", "Reactie op het advies van de {{Onderzoeksraad voor Veiligheid|ORG}}"]]),
    H("Aanleiding"),
    P("De {{Onderzoeksraad voor Veiligheid|ORG}} ({{OVV|ACRONYM}}) heeft op 18 april advies uitgebracht "
      "over spoorwegovergangen. {{ProRail|ORG}} en de {{ILT|ACRONYM}} zijn geconsulteerd."),
    H("Geadviseerd besluit"),
    P("U wordt geadviseerd in te stemmen met de reactie. [[Van der Meulen-Kramer]] heeft dit met "
      "{{ProRail|ORG}} afgestemd; [[Chen]] verzorgt de {{update|TERM}} aan de Kamer."),
    H("Krachtenveld"),
    P("Het lid {{Van der Plas|PUBLIC}} (BBB) heeft aangekondigd een motie in te dienen. "
      "De {{ANWB|ORG}} steunt het advies."),
    P("akkoord [[RvdMK|PARAPH]] 2/5\nParaaf: [[MLC|PARAPH]]"),
    *MOTIV_STD,
])

D("m08_bijlage_contacten", "annex contacts table", "reportlab", "DejaVuSans", [
    H("Bijlage 2. Contactpersonen projectorganisatie Programma Aardgasvrije Wijken"),
    T([["Naam", "Functie", "Organisatie", "E-mail", "Telefoon"],
       ["[[Gökhan Aydın]]", "{{programmamanager|ROLE}}", "{{BZK|ACRONYM}}", "[[g.aydin@minbzk.nl|EMAIL]]", "[[06 21 43 65 87|PHONE]]"],
       ["[[Anneke Visser]]", "{{projectsecretaris|ROLE}}", "{{RVO|ACRONYM}}", "[[anneke.visser2@rvo.nl|EMAIL]]", "[[088 042 6718|PHONE]]"],
       ["[[Kofi Owusu]]", "{{data-analist|ROLE}}", "{{RVO|ACRONYM}}", "[[kofi_owusu-01@rvo.nl|EMAIL]]", "[[+31 (0)6 5509 1188|PHONE]]"],
       ["[[Tjitske van der Wal]]", "{{communicatieadviseur|ROLE}}", "{{VNG|ACRONYM}}", "[[t.vdwal@vng.nl|EMAIL]]", "[[070-3738 921|PHONE]]"],
       ["[[Huang Wei]]", "{{adviseur|ROLE}} warmtenetten", "{{TNO|ACRONYM}}", "[[wei.huang@tno.nl|EMAIL]]", "[[06-27384950|PHONE]]"],
       ["Servicedesk", "algemeen", "{{RVO|ACRONYM}}", "{{servicedesk@rvo.nl|MAILBOX}}", "{{088 042 42 42|SWITCHBOARD}}"]]),
    P("De {{stakeholders|TERM}} van het programma worden per kwartaal geïnformeerd via de "
      "{{nieuwsbrief|TERM}}. Vragen over deze lijst: {{aardgasvrijewijken@minbzk.nl|MAILBOX}}. "
      "[[Visser]] beheert de lijst; visserij valt buiten het programma."),
])

D("m09_brief_uwv", "letter to citizen", "reportlab", "LiberationSerif", [
    P("{{UWV|ACRONYM}}\n{{La Guardiaweg 94-114|OFFICE_ADDRESS}}\n{{1043 DL Amsterdam|OFFICE_ADDRESS}}"),
    P("Mevrouw [[S.R. Ramsaran-Jaggan]]\n[[Van Speijkstraat 38-II|ADDRESS]]\n[[2518 GE  's-Gravenhage|ADDRESS]]"),
    P("Burgerservicenummer [[390996038|BSN]]\nDatum 7 december 2023\nOnderwerp Uw WW-uitkering"),
    P("Geachte mevrouw [[Ramsaran-Jaggan]],"),
    P("Wij hebben besloten uw uitkering op grond van de {{Werkloosheidswet|LAW}} te verlengen. Wij "
      "betalen de uitkering uit op [[NL73 RABO 5559 7971 14|IBAN]]. Uw {{werkcoach|ROLE}}, "
      "[[de heer Kok]], neemt contact met u op via [[06 - 1209 8876|PHONE]]. U kunt ook bellen met "
      "{{088 - 898 92 94|SWITCHBOARD}} (algemeen nummer {{UWV|ACRONYM}})."),
    P("Heeft u een vraag over de {{Participatiewet|LAW}}? Dan kunt u terecht bij de gemeente "
      "{{Den Haag|PLACE}}. De kok van uw vorige werkgever is geen partij in deze zaak."),
    P("Met vriendelijke groet,\n\n[[Dennis Kok]]\n{{Afdelingsmanager|ROLE}} {{UWV|ACRONYM}} WERKbedrijf"),
])

D("m10_mail_szw", "e-mail thread", "reportlab", "Helvetica", [
    P("From: [[Yusuf Demir]] <[[y.demir@minszw.nl|EMAIL]]>\nSent: Thursday, 7 March 2024 11:20\n"
      "To: [[Marloes de Boer-Tjon A Fong]] <[[m.deboer-tjonafong@minszw.nl|EMAIL]]>\n"
      "Subject: FW: Kamerbrief arbeidsmarktkrapte"),
    P("Hi [[Marloes]],\nZie onderstaand. Minister {{Van Gennip|PUBLIC}} wil de brief volgende week "
      "tekenen. Kun jij de cijfers van het {{CBS|ACRONYM}} en het {{UWV|ACRONYM}} checken?\n"
      "Thx, [[Yusuf]]"),
    P("From: [[Bas Brouwer]]\nSent: Wednesday, 6 March 2024 17:02\nTo: [[Yusuf Demir]]\n"
      "Subject: Kamerbrief arbeidsmarktkrapte"),
    P("Beste [[Yusuf]],\nIn de bijlage de {{business case|TERM}} voor het {{Actieplan Groen en Digitaal|PROGRAM}}. "
      "[[Brouwer]] van de {{Inspectie SZW|ORG}} (nu {{Nederlandse Arbeidsinspectie|ORG}}) heeft "
      "input geleverd — dat is mijn naamgenoot, geen familie.\n"
      "Met vriendelijke groet,\n[[Bas Brouwer]]\n{{senior beleidsmedewerker|ROLE}} | {{Directie Arbeidsmarkt|ORG}}\n"
      "{{Ministerie van Sociale Zaken en Werkgelegenheid|ORG}}\n{{Parnassusplein 5|OFFICE_ADDRESS}} | {{2511 VX Den Haag|OFFICE_ADDRESS}}\n"
      "M [[+31 6 48 12 93 07|PHONE]]"),
])

# ============================================================== LibreOffice from python-docx (11-20)
D("m11_beslisnota_szw", "beslisnota", "libreoffice", "Liberation Sans", [
    H("Beslisnota inzake kinderopvangtoeslag en herstel"),
    T([["Aan", "Van", "Datum", "Kenmerk"],
       ["{{Staatssecretaris|ROLE}} Toeslagen en Douane", "[[Mustafa Öztürk]], {{programmadirecteur|ROLE}}, {{DG|ACRONYM}} Herstel",
        "19 januari 2024", "{{2024-0000012345|REF}}"]]),
    P("Contactpersoon: [[Lieke Hoekstra]]\nTelefoon: [[06-51234789|PHONE]]\nE-mail: [[lieke.hoekstra@minfin.nl|EMAIL]]"),
    H("Aanleiding"),
    P("De {{Commissie Werkelijke Schade|ORG}} en de {{Uitvoeringsorganisatie Herstel Toeslagen|ORG}} "
      "({{UHT|ACRONYM}}) hebben gevraagd om een {{update|TERM}}. Het lid {{Omtzigt|PUBLIC}} (NSC) en "
      "het lid {{Marijnissen|PUBLIC}} (SP) hebben in het debat van 14 december om een brief gevraagd."),
    H("Geadviseerd besluit"),
    P("Aan de staatssecretaris wordt gevraagd in te stemmen met bijgevoegde Kamerbrief over de "
      "{{Wet hersteloperatie kinderopvangtoeslag|LAW}}."),
    H("Toelichting"),
    P("Een gedupeerde ouder, [[mevrouw A. Boateng]], woonachtig aan de [[Wielingenstraat 12|ADDRESS]] in "
      "[[3522 PA Utrecht|ADDRESS]], heeft een klacht ingediend bij de {{Nationale ombudsman|ORG}}. "
      "Haar BSN [[948219932|BSN]] staat in het dossier. [[Öztürk]] heeft de zaak met de "
      "{{persoonlijk zaakbehandelaar|ROLE}} besproken."),
    H("Parafen"),
    T([["Naam", "Functie", "Paraaf", "Datum"],
       ["[[L. Hoekstra]]", "{{beleidsmedewerker|ROLE}}", "[[LH|PARAPH]]", "18-01"],
       ["[[M. Öztürk]]", "programmadirecteur", "akkoord [[MÖ|PARAPH]]", "19-01"],
       ["[[drs. P.J. de Graaf]]", "{{directeur|ROLE}} Beleid", "[[PJdG|PARAPH]]", "19-01"]]),
    *MOTIV_EMPTY,
], header="Ministerie van Financiën - Directoraat-Generaal Herstel")

D("m12_gs_besluit", "provincial GS-besluit", "libreoffice", "Liberation Serif", [
    H("Besluit van Gedeputeerde Staten van Gelderland"),
    P("Zaaknummer {{2024-004711|REF}}\nVergadering GS van 16 april 2024"),
    P("Aanwezig: gedeputeerde {{Van der Veen|PUBLIC}} ({{voorzitter|ROLE}}), gedeputeerde {{Meijer-Smit|PUBLIC}}, "
      "gedeputeerde {{Hamdaoui|PUBLIC}}, {{commissaris van de Koning|ROLE}}\n"
      "Ambtelijk secretaris: [[ir. C.J.M. Brouwer]] ({{senior adviseur bestuurszaken|ROLE}})\n"
      "Notulen: [[Roos Bakker]] ({{bestuursadviseur|ROLE}})"),
    P("Onderwerp: Subsidie {{Regeling Natuur- en Landschapsbeheer|LAW}} {{Veluwe|PLACE}}"),
    P("Gedeputeerde Staten besluiten:\n1. een subsidie van {{€ 2.400.000|AMOUNT}} te verlenen aan "
      "{{Staatsbosbeheer|ORG}} en {{Natuurmonumenten|ORG}};\n"
      "2. de aanvraag van [[Herman Bos]], eigenaar van een particulier landgoed bij {{Ede|PLACE}}, "
      "af te wijzen;\n3. gedeputeerde {{Hamdaoui|PUBLIC}} te machtigen de brief te ondertekenen."),
    P("Toelichting: [[Bakker]] heeft de adviezen van {{RVO|ACRONYM}} en de {{Omgevingsdienst|ORG}} "
      "verwerkt. De aanvrager ([[dhr. Bos]]) is telefonisch geïnformeerd op [[0318-654 321|PHONE]]. "
      "Het {{Deelerwoud|PLACE}} en het {{Bos|TERM}} van Ede (zo heet het gebied) vallen onder Natura 2000."),
    P("Paraaf opsteller: [[RB|PARAPH]]   Paraaf secretaris: [[CJMB|PARAPH]]"),
], header="Provincie Gelderland")

D("m13_woo_besluit", "Woo-besluit with inventory", "libreoffice", "DejaVu Sans", [
    H("Besluit op uw Woo-verzoek over het Nationaal Groeifonds"),
    P("[[DE HEER J.P. VAN ’T HOF]]\n[[POSTBUS 1187|ADDRESS]]\n[[8001 BD ZWOLLE|ADDRESS]]"),
    P("Geachte heer [[Van ’t Hof]],"),
    P("In uw verzoek van 2 november 2023 vraagt u op grond van de {{Wet open overheid|LAW}} ({{Woo|ACRONYM}}) "
      "om documenten over het {{Nationaal Groeifonds|PROGRAM}}. De {{minister|ROLE}} van Economische Zaken "
      "en Klimaat heeft besloten de documenten deels openbaar te maken. Namen van ambtenaren zijn "
      "weggelakt op grond van artikel 5.1, tweede lid, aanhef en onder e, {{Woo|ACRONYM}}. Namen van "
      "minister {{Adriaansens|PUBLIC}} en van de {{directeur-generaal|ROLE}} zijn niet weggelakt."),
    T([["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
       ["1", "E-mail [[S. Yilmaz]] aan {{DGBI|ACRONYM}}", "12-01-2023", "deels openbaar", "5.1.2e", ""],
       ["2", "Beslisnota {{Nationaal Groeifonds|PROGRAM}}", "03-02-2023", "deels openbaar", "5.1.2e, 5.2.1", ""],
       ["3", "Verslag overleg met {{CPB|ACRONYM}}", "17-02-2023", "openbaar", "", ""],
       ["4", "Chat [[Noor]] / [[Joris]]", "21-02-2023", "niet openbaar", "5.1.2e", "privé"],
       ["5", "Kamerbrief", "01-03-2023", "reeds openbaar", "", "zie {{Kamerstuk 36 200 XIII|REF}}"]]),
    P("De gegevens van uw contactpersoon, [[mevrouw Zwolle]] ({{jurist|ROLE}} {{Woo|ACRONYM}}), "
      "zijn [[zwolle.e@minezk.nl|EMAIL]] en [[070 379 8911|PHONE]]. Algemene vragen: {{woo-verzoeken@minezk.nl|MAILBOX}}."),
    P("Hoogachtend,\nDe minister van Economische Zaken en Klimaat,\nnamens deze,\n\n[[mr. E. Zwolle]]\n{{Hoofd|ROLE}} Juridische Zaken"),
], header="Ministerie van Economische Zaken en Klimaat")

D("m14_verslag_mt", "meeting notes", "libreoffice", "Liberation Sans", [
    H("Verslag MT-overleg Directie Participatie en Decentrale Voorzieningen"),
    P("Datum: 11 juni 2024\nLocatie: {{Parnassusplein 5|OFFICE_ADDRESS}}, kamer 4.12 / MS Teams"),
    P("Aanwezig: [[Hanneke Kuipers]] ({{directeur|ROLE}}), [[Ravi Sewdien]] ({{plaatsvervangend directeur|ROLE}}), "
      "[[Ingrid Wijnja]] ({{afdelingshoofd|ROLE}}), [[Abdelkader Bouzid]] ({{controller|ROLE}}), "
      "[[Zhang Li]] ({{senior adviseur|ROLE}}), [[Gerrit Jan Folkertsma]] ({{notulist|ROLE}})"),
    P("1. Mededelingen\n[[Hanneke]] meldt dat minister {{Van Gennip|PUBLIC}} het {{Breed offensief|PROGRAM}} "
      "op 20 juni presenteert. Minister {{Kuipers|PUBLIC}} (VWS) is uitgenodigd; [[Kuipers]] van het MT "
      "is geen familie."),
    P("2. Begroting\n[[Bouzid]] presenteert de cijfers. Het {{dashboard|TERM}} voor de "
      "{{Participatiewet|LAW}} is klaar; de {{sprint|TERM}} loopt tot eind juni."),
    P("3. Personeel\n[[Wijnja]] is vanaf 1 juli met verlof (persoonlijke omstandigheden). [[Ravi]] neemt waar."),
    T([["Nr.", "Actie", "Eigenaar", "Status"],
       ["24-11", "Notitie {{UWV|ACRONYM}}-signalen", "[[IW|PARAPH]]", "loopt"],
       ["24-12", "{{Stakeholders|TERM}}-sessie {{Divosa|ORG}}", "[[ZL|PARAPH]]", "gepland"],
       ["24-13", "Reactie {{Raad van State|ORG}}", "[[RS|PARAPH]]", "gereed"]]),
], header="Ministerie van Sociale Zaken en Werkgelegenheid - intern")

D("m15_brief_gemeente", "letter to citizen", "libreoffice", "Liberation Serif", [
    P("{{Gemeente Rotterdam|ORG}}\n{{Cluster Werk en Inkomen|ORG}}\n{{Postbus 70012|OFFICE_ADDRESS}}\n"
      "{{3000 KP Rotterdam|OFFICE_ADDRESS}}"),
    P("Aangetekend\nFamilie [[Van Dijk-Mohan]]\n[[Beukelsdijk 201 a|ADDRESS]]\n[[3022 DG Rotterdam|ADDRESS]]"),
    P("Rotterdam, 30 augustus 2023\nBetreft: terugvordering bijstand\nBSN aanvrager: [[518190936|BSN]]\n"
      "BSN partner: [[786579754|BSN]]"),
    P("Geachte heer en mevrouw [[Van Dijk]],"),
    P("Bij controle is gebleken dat u in de periode januari tot en met april 2023 inkomsten had die u "
      "niet heeft gemeld. Op grond van artikel 58 van de {{Participatiewet|LAW}} vorderen wij "
      "{{€ 3.412,18|AMOUNT}} terug. U kunt betalen op {{NL12 BNGH 0285 0017 00|IBAN_ORG}} onder vermelding "
      "van het dossiernummer. Uw eigen rekening [[NL67 ABNA 7104 9746 50|IBAN]] wordt niet belast."),
    P("Wethouder {{De Lange-Amrani|PUBLIC}} heeft het beleid hierover op 1 juli vastgesteld. Het gesprek met uw "
      "{{consulent|ROLE}}, [[mevrouw Sarita Mohan]], vond plaats op 12 juli."),
    P("Met vriendelijke groet,\n\nnamens het college van burgemeester en wethouders,\n\n"
      "[[K. Brouwer]]\n{{teammanager|ROLE}} Handhaving\nTelefoon {{14 010|SWITCHBOARD}}"),
], header="Gemeente Rotterdam")

D("m16_kamervragen_vws", "Kamervragen en antwoorden", "libreoffice", "DejaVu Sans", [
    H("Antwoord van staatssecretaris Van Ooijen (Volksgezondheid, Welzijn en Sport)"),
    P("Vragen van de leden {{Bikker|PUBLIC}} (ChristenUnie) en {{Bontenbal|PUBLIC}} (CDA) aan de "
      "staatssecretaris van Volksgezondheid, Welzijn en Sport over wachtlijsten in de jeugdzorg."),
    P("Vraag 1\nHeeft u kennisgenomen van het rapport van de {{Inspectie Gezondheidszorg en Jeugd|ORG}} "
      "({{IGJ|ACRONYM}})?\nAntwoord 1\nJa."),
    P("Vraag 2\nKunt u aangeven hoe de {{Jeugdwet|LAW}} wordt uitgevoerd in {{Leeuwarden|PLACE}} "
      "en {{Tilburg|PLACE}}?\nAntwoord 2\nDe gemeenten zijn verantwoordelijk. Ik heb gesproken met "
      "wethouder {{Feenstra|PUBLIC}} van {{Leeuwarden|PLACE}}."),
    P("Vraag 3\nWat vindt u van de uitspraak van het lid {{Wilders|PUBLIC}} (PVV)?\nAntwoord 3\n"
      "Ik laat die uitspraak voor zijn rekening."),
    P("De staatssecretaris van Volksgezondheid, Welzijn en Sport,\n\n{{Maarten van Ooijen|PUBLIC}}"),
    P("Intern: beantwoording door [[Samira Benali]] ({{DJZ|ACRONYM}}), telefoon [[070 340 6712|PHONE]]; "
      "controle door [[Bram Koster]]. [[Benali]] en [[Koster]] hebben de tekst op 3 mei afgerond."),
], header="Tweede Kamer der Staten-Generaal - Aanhangsel Handelingen")

D("m17_mail_nctv", "e-mail thread", "libreoffice", "Liberation Sans", [
    P("Van: [[de Vries-Ramdas, Anjali]] <[[a.devries-ramdas@nctv.minjenv.nl|EMAIL]]>\n"
      "Verzonden: vrijdag 16 februari 2024 18:47\nAan: [[Haddou, Youssef]]\n"
      "CC: {{secretariaat.dgvs@minjenv.nl|MAILBOX}}\nOnderwerp: RE: dreigingsbeeld"),
    P("[[Youssef]],\nDe {{NCTV|ACRONYM}} publiceert het {{Dreigingsbeeld Terrorisme Nederland|PROGRAM}} "
      "op 27 februari. Minister {{Yeşilgöz-Zegerius|PUBLIC}} wil vooraf een {{update|TERM}}. "
      "Kun je met [[Mark]] de {{stakeholders|TERM}} (politie, {{AIVD|ACRONYM}}, {{OM|ACRONYM}}) informeren?\n"
      "[[Anjali]]\nVerzonden vanaf mijn iPhone"),
    P("Op 16 feb. 2024 om 14:03 heeft [[Youssef Haddou]] <[[youssef.haddou@minjenv.nl|EMAIL]]> het volgende geschreven:\n"
      "> Hoi [[Anjali]], heb je de definitieve tekst? [[Mark Visser]] van {{DGPenV|ACRONYM}} vraagt ernaar. "
      "Bel me op [[06 3344 7812|PHONE]].\n> Groet, [[Youssef]]"),
    P("Dit bericht kan informatie bevatten die niet voor u is bestemd. {{Nationaal Coördinator "
      "Terrorismebestrijding en Veiligheid|ORG}}, {{Turfmarkt 147|OFFICE_ADDRESS}}, {{Den Haag|PLACE}}."),
], header="")

D("m18_bijlage_contacten", "annex contacts table", "libreoffice", "Liberation Sans", [
    H("Bijlage 1 Contactlijst crisisorganisatie Veiligheidsregio IJsselland"),
    T([["Naam", "Functie", "E-mail", "Mobiel"],
       ["[[drs. Ayşe Kaya]]", "{{operationeel leider|ROLE}}", "[[a.kaya@vr04.nl|EMAIL]]", "[[06-1122 3344|PHONE]]"],
       ["[[Jelle Tjalsma]]", "{{informatiemanager|ROLE}}", "[[j.tjalsma@vr04.nl|EMAIL]]", "[[06 5566 7788|PHONE]]"],
       ["[[Aditi Baldewsingh]]", "{{communicatie|ROLE}}", "[[aditi.b@vr04.nl|EMAIL]]", "[[+31 6 9988 7766|PHONE]]"],
       ["[[Piotr Nowak]]", "{{logistiek|ROLE}}", "[[p.nowak.2@vr04.nl|EMAIL]]", "[[0031 6 44 55 66 77|PHONE]]"],
       ["[[Femke Groen]]", "{{secretaris|ROLE}} beleidsteam", "[[f.groen@zwolle.nl|EMAIL]]", "[[038 - 498 2211|PHONE]]"],
       ["Meldkamer", "24/7", "{{meldkamer@vr04.nl|MAILBOX}}", "{{088 - 012 40 00|SWITCHBOARD}}"]]),
    P("Voorzitter veiligheidsregio: burgemeester {{Snijders|PUBLIC}} ({{Zwolle|PLACE}}). De lijst wordt "
      "beheerd door het {{Veiligheidsbureau|ORG}} in {{Zwolle|PLACE}}. Wijzigingen via [[Groen]]."),
], header="Veiligheidsregio IJsselland")

D("m19_beslisnota_bzk", "beslisnota", "libreoffice", "Liberation Serif", [
    H("Beslisnota"),
    P("Aan: de minister van Binnenlandse Zaken en Koninkrijksrelaties\nVan: {{DGOO|ACRONYM}}\n"
      "Datum: 8 november 2022\nKenmerk: {{2022-0000654321|REF}}\nOnderwerp: {{Wet open overheid|LAW}}, "
      "uitvoering en capaciteit"),
    P("Behandeld door: [[Nadia El Khatib]] ({{projectleider|ROLE}} {{Open Overheid|PROGRAM}}), "
      "[[nadia.el-khatib@minbzk.nl|EMAIL]], [[06-87 65 43 21|PHONE]]"),
    H("Aanleiding"),
    P("Minister {{Bruins Slot|PUBLIC}} heeft in het debat toegezegd de Kamer te informeren over de "
      "termijnen. Het lid {{Sneller|PUBLIC}} (D66) vroeg om een {{dashboard|TERM}}. "
      "{{KOOP|ACRONYM}} en het {{Adviescollege Openbaarheid en Informatiehuishouding|ORG}} zijn geraadpleegd."),
    H("Geadviseerd besluit"),
    P("Instemmen met de voorgestelde verdeling van middelen ({{€ 12 mln|AMOUNT}})."),
    H("Kern"),
    P("[[El Khatib]] en [[Tomasz Wiśniewski]] ({{informatieadviseur|ROLE}}) stellen voor een "
      "{{sprint|TERM}} te organiseren met {{DUO|ACRONYM}}, {{RVO|ACRONYM}} en de {{AP|ACRONYM}}.\n"
      "Paraaf: [[NEK|PARAPH]]     Paraaf: [[TW2|PARAPH]]"),
    *MOTIV_STD,
], header="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")

D("m20_teams_export", "Teams chat", "libreoffice", "DejaVu Sans", [
    H("Export Microsoft Teams-chat 'Woo-verzoek stikstof'"),
    T([["Tijd", "Afzender", "Bericht"],
       ["09:02", "[[Marieke]]", "Goedemorgen, wie pakt het Woo-verzoek van {{Greenpeace|ORG}} op?"],
       ["09:05", "[[Hamza]]", "Ik! deadline is 14 juni toch?"],
       ["09:06", "[[Marieke]]", "ja. [[Sietske]] heeft de inventarislijst"],
       ["09:10", "[[Sietske Hoekstra]]", "klopt, zit in de map van {{DGAN|ACRONYM}}. minister {{Adema|PUBLIC}} wil het vóór het reces"],
       ["09:11", "[[Hamza]]", "@[[Sietske]] kun je me toegang geven?"],
       ["09:14", "[[Sietske Hoekstra]]", "gedaan. bel anders [[06-2211 3344|PHONE]]"],
       ["09:20", "[[Marieke]]", "{{RVO|ACRONYM}} en {{LNV|ACRONYM}} juristen zitten er ook in"]]),
], header="Ministerie van Landbouw, Natuur en Voedselkwaliteit")

# ============================================================== Chromium from HTML (21-30)
D("m21_teams_chat", "Teams chat", "chromium", "'Liberation Sans'", [
    H("Chatgesprek Microsoft Teams - kanaal 'Kamerbrief Lelylijn'"),
    P("[[Daan]] 10:14\nHoi [[Wen]], heb je de update van {{ProRail|ORG}} al gezien?"),
    P("[[Wen Zhou]] 10:16\nJa, komt vanmiddag. {{DG|ACRONYM}} wil hem vóór de {{deadline|TERM}} van vrijdag."),
    P("[[Daan]] 10:17\nminister {{Harbers|PUBLIC}} heeft gisteren met gedeputeerde {{Bouwmeester|PUBLIC}} "
      "({{Provincie Fryslân|ORG}}) gesproken, dus haast"),
    P("[[Wen Zhou]] 10:21\nok. ik vraag [[Boukje]] of ze het {{dashboard|TERM}} kan updaten"),
    P("[[Boukje de Haan-Sikkema]] 10:40\nIs gebeurd! Trouwens: [[Daan van Beek]] is ziek vandaag, dus ik "
      "neem zijn overleg in {{Leeuwarden|PLACE}} over."),
    P("[[Wen Zhou]] 10:42\ndank [[Boukje]] 🙏 ik zet het in de planning voor de {{sprint|TERM}}"),
    P("[[Daan]] 11:05\n(bericht verwijderd)"),
])

D("m22_mail_ezk", "e-mail thread", "chromium", "'DejaVu Serif'", [
    P("Van: [[Ahmad Al-Khatib]] &lt;[[ahmad.alkhatib@minezk.nl|EMAIL]]&gt;"
      .replace("&lt;", "<").replace("&gt;", ">") +
      "\nVerzonden: 3 oktober 2023 08:55\nAan: [[Eline Kok]]; [[Ruud Bakker]]\n"
      "CC: {{postbus.dgk@minezk.nl|MAILBOX}}\nOnderwerp: RE: RE: SDE++ beschikking windpark"),
    P("Goedemorgen [[Eline]] en [[Ruud]],\nMinister {{Jetten|PUBLIC}} heeft gisteravond het "
      "concept gezien. {{RVO|ACRONYM}} kan de beschikking in week 41 versturen; de {{ACM|ACRONYM}} "
      "hoeft niet te worden betrokken. Het windpark ligt bij {{Bakkum|PLACE}}, niet bij "
      "{{Zwolle|PLACE}}.\n\nMet vriendelijke groet,\n[[Ahmad Al-Khatib]]\n"
      "{{Coördinerend beleidsmedewerker|ROLE}} Wind op land\n{{Directie Warmte en Ondergrond|ORG}}\n"
      "{{Bezuidenhoutseweg 73|OFFICE_ADDRESS}} | {{2594 AC Den Haag|OFFICE_ADDRESS}}\nT {{070 379 8911|SWITCHBOARD}}\n"
      "M [[06 – 1357 9246|PHONE]]"),
    P("Van: [[Ruud Bakker]]\nVerzonden: 2 oktober 2023 17:30\nAan: [[Ahmad Al-Khatib]]\n"
      "Onderwerp: RE: SDE++ beschikking windpark\n"
      "> [[Ahmad]], bakker [[Bakker]] hier (ja, ik weet het). De ontwikkelaar, [[dhr. K. Asante]], "
      "woonachtig aan de [[Dorpsstraat 4|ADDRESS]] te {{Castricum|PLACE}}, belde weer.\n"
      "> Zijn privénummer [[(072) 502 18 44|PHONE]] staat in {{Zaaksysteem|TERM}}."),
])

D("m23_beslisnota_lnv", "beslisnota", "chromium", "'Nimbus Sans'", [
    H("BESLISNOTA"),
    T([["Aan", "{{Minister van Landbouw, Natuur en Voedselkwaliteit|ROLE}}"],
       ["Van", "[[ir. Gerard Visser]]"], ["Datum", "25 januari 2024"],
       ["Kenmerk", "{{DGAN-NB/24012345|REF}}"], ["Onderwerp", "Aanpak piekbelasting stikstof"],
       ["Contactpersoon", "[[Charissa Lie-A-Ling]], [[charissa.lieaing@minlnv.nl|EMAIL]], [[+31 70 378 4512|PHONE]]"]]),
    H("Aanleiding"),
    P("Op 10 januari sprak minister {{Adema|PUBLIC}} met de provincies. {{BIJ12|ORG}} heeft de "
      "{{Aerius|TERM}}-berekeningen aangeleverd. Het lid {{Van der Plas|PUBLIC}} (BBB) en het lid "
      "{{Bontenbal|PUBLIC}} (CDA) stelden schriftelijke vragen."),
    H("Geadviseerd besluit"),
    P("Instemmen met de openstelling van de {{Landelijke beëindigingsregeling veehouderijlocaties|LAW}} "
      "({{Lbv|ACRONYM}}) per 1 maart."),
    H("Toelichting"),
    P("[[Visser]] en [[Lie-A-Ling]] hebben gesproken met veehouder [[Jan-Willem Huisman]], "
      "[[Broekweg 7|ADDRESS]], [[7941 KK Meppel|ADDRESS]], die wil deelnemen. De visserij valt buiten deze regeling."),
    T([["Paraaf", "Naam", "Datum"],
       ["[[GV|PARAPH]]", "[[G. Visser]]", "25/1"],
       ["[[CLAL|PARAPH]]", "[[C. Lie-A-Ling]]", "24/1"]]),
    *MOTIV_EMPTY,
])

D("m24_brief_burger_caps", "letter to citizen", "chromium", "'C059'", [
    P("{{Belastingdienst/Toeslagen|ORG}}\n{{Postbus 8080|OFFICE_ADDRESS}}\n{{6710 RA Ede|OFFICE_ADDRESS}}"),
    P("[[MEVROUW E. ÇELIK-VAN DER HEIJDEN]]\n[[ZUIDERDIEP 88|ADDRESS]]\n[[9521 AK NIEUW-BUINEN|ADDRESS]]"),
    P("Datum 15 mei 2024\nBurgerservicenummer [[432319487|BSN]]\nBetreft Voorschot zorgtoeslag 2024"),
    P("Geachte mevrouw [[Çelik-van der Heijden]],"),
    P("U ontvangt per maand een voorschot van {{€ 123|AMOUNT}} op uw rekening "
      "[[NL71 ASNB 7529 1703 42|IBAN]]. Wij hebben het inkomen van uw toeslagpartner, "
      "[[de heer Emre Çelik]] (BSN [[757491182|BSN]]), meegenomen. Verhuist u? Geef dat door via "
      "{{Mijn toeslagen|TERM}} of bel de {{BelastingTelefoon|ORG}}: {{0800 - 0543|SWITCHBOARD}}."),
    P("Met vriendelijke groet,\n\n{{Belastingdienst/Toeslagen|ORG}}"),
])

D("m25_woo_besluit_inventaris", "Woo-besluit with inventory", "chromium", "'Liberation Serif'", [
    H("Besluit op uw verzoek om informatie over de Lelylijn"),
    P("Verzoeker: [[mr. drs. Z. (Zeynep) Arslan]], [[Tesselschadestraat 15|ADDRESS]], [[1054 ET Amsterdam|ADDRESS]]"),
    P("Geachte mevrouw [[Arslan]],\nOp 6 december 2023 heeft u een verzoek gedaan op grond van de "
      "{{Woo|ACRONYM}}. Bij deze beslissing is het advies van [[Joost Koster]] ({{jurist|ROLE}}) en van "
      "{{directeur-generaal|ROLE}} {{Mobiliteit|TERM}} betrokken. Minister {{Harbers|PUBLIC}} en "
      "staatssecretaris {{Heijnen|PUBLIC}} worden in de documenten met naam genoemd; hun namen "
      "blijven leesbaar."),
    T([["ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting", "Gerelateerd ID"],
       ["0001", "E-mail [[P. Oduro]] aan {{DGMo|ACRONYM}}", "04-01-2023", "Deels openbaar", "5.1.2e", "", ""],
       ["0002", "Bijlage {{business case|TERM}} Lelylijn", "04-01-2023", "Deels openbaar", "5.1.2e; 5.1.2i", "", "0001"],
       ["0003", "Verslag bestuurlijk overleg {{MIRT|ACRONYM}}", "22-03-2023", "Openbaar", "", "", ""],
       ["0004", "Memo [[Koster]] - {{Lelystad|PLACE}}", "30-03-2023", "Niet openbaar", "5.2.1", "persoonlijke beleidsopvatting", ""],
       ["0005", "Kamerbrief", "14-04-2023", "Reeds openbaar", "", "{{Kamerstuk 36 200 A|REF}}", ""]]),
    P("Hoogachtend,\n\nDe minister van Infrastructuur en Waterstaat,\nnamens deze,\n\n[[S.\nSoeropawiro]]\n"
      "{{plv. directeur|ROLE}} Bestuurlijke en Juridische Zaken"),
    P("Postadres: {{Postbus 20901|OFFICE_ADDRESS}}, {{2500 EX Den Haag|OFFICE_ADDRESS}}"),
])

D("m26_verslag_regio", "meeting notes", "chromium", "'URW Gothic'", [
    H("Verslag regiotafel Zuid-Holland Zuid"),
    P("Datum: 19 september 2023 | {{Dordrecht|PLACE}}, stadskantoor"),
    P("Aanwezig:\n- burgemeester {{Kolff|PUBLIC}} ({{Dordrecht|PLACE}}, {{voorzitter|ROLE}})\n"
      "- {{Martijn Bakker|PUBLIC}} (wethouder {{Gorinchem|PLACE}})\n"
      "- [[Aminata Diallo]] ({{projectleider|ROLE}} {{Drechtsteden|ORG}})\n"
      "- [[Kees-Jan Verhoeven]] ({{beleidsadviseur|ROLE}} {{IenW|ACRONYM}})\n"
      "- [[Rafael Soares da Silva]] ({{adviseur|ROLE}} {{Rijkswaterstaat|ORG}})"),
    P("1. Opening en vaststelling verslag\nHet verslag wordt vastgesteld. [[Diallo]] merkt op dat de "
      "actie van [[Verhoeven]] nog openstaat."),
    P("2. {{Programma Mooi Nederland|PROGRAM}}\nWethouder {{Bakker|PUBLIC}} vraagt om meer aandacht voor "
      "{{Merwedelingelijn|PLACE}}. De {{stakeholders|TERM}} worden in oktober uitgenodigd."),
    P("3. Afsluiting\nVolgende bijeenkomst: 21 november in {{Gorinchem|PLACE}}. Contact: "
      "{{regiotafel@drechtsteden.nl|MAILBOX}}."),
])

D("m27_kamervragen_ocw", "Kamervragen en antwoorden", "chromium", "'Nimbus Roman'", [
    H("Aanhangsel van de Handelingen"),
    P("Vragen van het lid {{Kwint|PUBLIC}} (SP) aan de minister van Onderwijs, Cultuur en Wetenschap "
      "over lerarentekort in {{Almere|PLACE}} (ingezonden 2 februari 2023)."),
    P("Antwoord van minister {{Wiersma|PUBLIC}} (Primair en Voortgezet Onderwijs), mede namens de minister "
      "van Onderwijs, Cultuur en Wetenschap (ontvangen 1 maart 2023)."),
    P("Vraag 1\nHoeveel vacatures staan open?\nAntwoord 1\nVolgens {{DUO|ACRONYM}} en de "
      "{{Inspectie van het Onderwijs|ORG}} circa 9.700 fte."),
    P("Vraag 2\nBent u bereid met de {{PO-Raad|ORG}} in gesprek te gaan?\nAntwoord 2\nJa. "
      "Ook met wethouder {{Noorlander|PUBLIC}} van {{Almere|PLACE}} spreek ik regelmatig."),
    P("De minister voor Primair en Voortgezet Onderwijs,\n\n{{Dennis Wiersma|PUBLIC}}"),
    P("Kenmerk {{OCW/PO-2023/3456789|REF}} - opgesteld door [[Hatice Korkmaz]] en [[Sven\nLindqvist-de Groot]]; "
      "vragen aan [[hatice.korkmaz@minocw.nl|EMAIL]]."),
])

D("m28_bijlage_contacten", "annex contacts table", "chromium", "'DejaVu Sans'", [
    H("Bijlage B - Contactgegevens projectteam Digitale Overheid"),
    T([["Naam", "Rol", "E-mail", "Telefoon", "Kantoor"],
       ["[[Lotte Brouwer]]", "{{scrum master|ROLE}}", "[[lotte.brouwer@minbzk.nl|EMAIL]]", "[[06-39 48 57 66|PHONE]]", "{{Den Haag|PLACE}}"],
       ["[[Obinna Eze]]", "{{product owner|ROLE}}", "[[o.eze+woo@logius.nl|EMAIL]]", "[[+316 1029 3847|PHONE]]", "{{Apeldoorn|PLACE}}"],
       ["[[Jan de Wit]]", "{{developer|ROLE}}", "[[jan.de.wit@logius.nl|EMAIL]]", "[[055 - 577 8821|PHONE]]", "{{Apeldoorn|PLACE}}"],
       ["[[Syarifah Hasibuan]]", "{{UX-designer|ROLE}}", "[[s_hasibuan@ictu.nl|EMAIL]]", "[[0031 70 888 77 31|PHONE]]", "{{Den Haag|PLACE}}"],
       ["[[Rik Bos]]", "{{architect|ROLE}}", "[[rik.bos@ictu.nl|EMAIL]]", "[[06 1928 3746|PHONE]]", "{{Den Haag|PLACE}}"],
       ["Servicedesk {{Logius|ORG}}", "—", "{{servicecentrum@logius.nl|MAILBOX}}", "{{088 - 900 62 23|SWITCHBOARD}}", "{{Apeldoorn|PLACE}}"]]),
    P("Het team werkt in een {{sprint|TERM}} van twee weken; de {{business case|TERM}} is goedgekeurd door "
      "de {{CIO Rijk|ROLE}}. Bij afwezigheid van [[De Wit]] is [[Bos]] aanspreekpunt."),
])

D("m29_whatsapp_gemeente", "WhatsApp chat", "chromium", "'Liberation Mono'", [
    H("WhatsApp - 'Afstemming opvang Ter Apel'"),
    P("12-08-2022 21:03 - [[Mohamed]]: burgemeester {{Velema|PUBLIC}} belt morgen met staatssecretaris {{Van der Burg|PUBLIC}}"),
    P("12-08-2022 21:04 - [[Ineke]]: oké. {{COA|ACRONYM}} heeft nog 0 plekken. [[Kwabena]] staat bij de poort"),
    P("12-08-2022 21:10 - [[Kwabena Asamoah]]: klopt, {{IND|ACRONYM}} is er ook. bel me op [[06 - 4433 2211|PHONE]] als het niet lukt"),
    P("12-08-2022 21:12 - [[Ineke]]: top. [[Mohamed]], stuur jij de {{update|TERM}} naar de {{NCTV|ACRONYM}}?"),
    P("12-08-2022 21:15 - [[Mohamed Amrani]]: ja doe ik. wie is er morgen in {{Emmen|PLACE}}?"),
    P("12-08-2022 21:16 - [[Ineke Jonker]]: ik. [[Kwabena]] en ik rijden samen"),
])

D("m30_notitie_vws", "memo with quoted mail", "chromium", "'Liberation Sans'", [
    H("Notitie"),
    P("Aan: {{SG|ACRONYM}}\nVan: [[Bart-Jan Oosterhuis]]\nKopie: [[Dewi Soekhoe]], [[Malika Ait Taleb]]\n"
      "Datum: 2 juni 2023\nOnderwerp: {{Integraal Zorgakkoord|PROGRAM}} - stand van zaken"),
    P("1. Minister {{Kuipers|PUBLIC}} heeft op 1 juni met {{Zorgverzekeraars Nederland|ORG}} en de "
      "{{NZa|ACRONYM}} gesproken. Staatssecretaris {{Van Ooijen|PUBLIC}} was verhinderd."),
    P("2. De {{deadline|TERM}} voor de regiobeelden is 1 juli. [[Soekhoe]] coördineert de "
      "{{stakeholders|TERM}}; [[Ait Taleb]] houdt het {{dashboard|TERM}} bij."),
    P("3. Zie onderstaande mail van de {{GGD GHOR Nederland|ORG}}:\n"
      "> Van: [[Rutger van Zwolle]] <[[r.v.zwolle@ggdghor.nl|EMAIL]]>\n"
      "> Wij kunnen leveren. Bellen kan via [[010-4339 988|PHONE]] of het algemene nummer "
      "{{088 - 030 50 00|SWITCHBOARD}}.\n> Groet, [[Rutger]]"),
    P("Akkoord [[BJO|PARAPH]]\nParaaf SG: ........"),
    *MOTIV_STD,
])
