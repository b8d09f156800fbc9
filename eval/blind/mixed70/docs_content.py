"""Content of set CB (mixed70). All persons are invented; see README.md."""

HAND = "/usr/share/fonts/truetype/femkeklaver/femkeklaver.ttf"
MONO = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIFB = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
DKG = "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf"


def bsn(p8):
    """A valid BSN (11-proef) from eight digits."""
    while True:
        d = [int(x) for x in p8]
        r = sum(d[i] * (9 - i) for i in range(8)) % 11
        if r != 10:
            return p8 + str(r)
        p8 = p8[:7] + str((d[7] + 1) % 10)


def iban(bank, acct, grouped=True):
    acct = acct.zfill(10)
    num = "".join(str(int(ch, 36)) for ch in (bank + acct + "NL00"))
    s = f"NL{98 - int(num) % 97:02d}{bank}{acct}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def define(Doc):
    # ------------------------------------------------------------ cb01 leerplicht case file (2 pages)
    d = Doc("cb01", "Dossier leerplicht - verzuimzaak 2025-LP-0417", font="Helvetica")
    d.h("‹Regionaal Bureau Leerplicht› ‹Hart van Brabant› – dossieroverzicht")
    d.t([["Veld", "Gegevens"],
         ["Zaaknummer", "‹2025-LP-0417›"],
         ["Leerling", "«Jayden Mahabier-Kroes»"],
         ["Geboortedatum", "«DOB|14-02-2011»"],
         ["BSN", f"«BSN|{bsn('21847356')}»"],
         ["Adres", "«ADDR|Ringbaan-Oost 212»-B, «5013 CE» ‹Tilburg›"],
         ["School", "‹Theresialyceum›, klas 2H (mentor: «dhr. R.P. Uittenbogaard»)"],
         ["Ouder/verzorger 1", "«Chantal Kroes», tel. «06-41870233»"],
         ["Ouder/verzorger 2", "«Ravi Mahabier», «r.mahabier77@hotmail.com»"],
         ["Leerplichtambtenaar", "«W. Nobels» (‹RBL›), «w.nobels@rblhartvanbrabant.nl», «013-5420876»"],
         ], [1, 3])
    d.p("Aanleiding: op 10 februari 2025 ontving het ‹RBL› via het ‹verzuimloket› van ‹DUO› een melding van "
        "ongeoorloofd verzuim (48 lesuren in vier weken). De school meldt dat «Jayden» sinds de kerstvakantie "
        "vrijwel dagelijks het eerste uur mist en op vrijdagen geheel afwezig is.")
    d.p("Gesprek 18 februari 2025 op het ‹Stadskantoor› met moeder, «Jayden» en mentor «Uittenbogaard». "
        "Moeder vertelt dat «Jayden» sinds november onder behandeling is bij «GEZONDHEID|Jeugd-GGZ voor een angststoornis» "
        "en 's ochtends vaak paniekklachten heeft. Vader woont in ‹Breda› en is niet bij het gesprek.")
    d.p("Afspraken: (1) de school zet via het ‹zorgadviesteam› een aangepast rooster in; (2) de "
        "‹jeugdarts› van de ‹GGD Hart voor Brabant› (mw. «S. El Idrissi») wordt ingeschakeld; (3) "
        "«Nobels» neemt over zes weken opnieuw contact op. Een ‹proces-verbaal› wordt vooralsnog niet "
        "opgemaakt; de zaak valt onder de ‹Leerplichtwet 1969›, artikel 21.")
    d.pb()
    d.h("Logboek")
    d.t([["Datum", "Actie", "Door"],
         ["10-02-2025", "Melding ‹DUO› ontvangen, dossier aangemaakt", "«WN»"],
         ["12-02-2025", "Brief uitnodiging ouders verstuurd", "«WN»"],
         ["17-02-2025", "Telefoon vader («06-28813460»): komt niet, stemt in met aanpak", "«WN»"],
         ["18-02-2025", "Gesprek op school, zie verslag", "«WN» / «RPU»"],
         ["04-03-2025", "Terugkoppeling jeugdarts «El Idrissi»: spreekuur gepland", "«SEI»"],
         ["01-04-2025", "Verzuim gedaald naar 6 lesuren per maand; zaak in monitoring", "«WN»"],
         ], [1, 4, 1])
    d.p("Gegevens van de verzorgers in ‹Suite4Jeugd› gecontroleerd door «Nobels». Bij heropening ook "
        "grootmoeder «Ingrid Kroes-Verhagen» (logeeradres «ADDR|Hasseltstraat 77», ‹Tilburg›) betrekken.")
    d.p("Contact ‹RBL›: ‹leerplicht@rblhartvanbrabant.nl›, algemeen nummer ‹013-5429911›.")

    # ------------------------------------------------------------ cb02 DUO verzuimmelding
    d = Doc("cb02", "Melding ongeoorloofd verzuim", font="LiberationSerif", fontsize=10.5)
    d.h("‹Verzuimloket› – bevestiging van melding")
    d.p("Meldingsnummer ‹VZ-2025-118734› · ingediend 3 maart 2025 09:41 · soort: ‹relatief verzuim›")
    d.t([["Gegevens", ""],
         ["Instelling", "‹Het Rhedens› ‹Rozendaal› (BRIN ‹17YS›)"],
         ["Naam leerling", "«MERT YILDIZ»"],
         ["Geboortedatum", "«DOB|22 september 2009»"],
         ["Onderwijsnummer/BSN", f"«BSN|{bsn('30294811')}»"],
         ["Woonadres", "«ADDR|Kerkallee 41», «6991 JC» ‹Rheden›"],
         ["Gemeente leerplicht", "‹Gemeente Rheden›"],
         ["Melder", "«Annemiek ten Hove-Brinkers», verzuimcoördinator"],
         ["E-mail melder", "«a.tenhove@rhedens.nl»"],
         ["Telefoon melder (direct)", "«026-3641927»"],
         ], [1, 2])
    d.p("Toelichting school: leerling was afwezig van 3 tot en met 28 februari 2025 zonder bericht. "
        "Volgens zijn zus «Elif» is hij met zijn vader «Hüseyin Yıldız» naar ‹Kayseri› gereisd voor "
        "familieomstandigheden. Eerdere verlofaanvraag (‹artikel 11f Leerplichtwet›) werd door "
        "teamleider «Bart Joosten» afgewezen.")
    d.p("Deze melding is doorgezet naar de leerplichtambtenaar van ‹Rheden›. Vragen: ‹Informatie Beheer Groep›/‹DUO›, "
        "‹050-5997755›.")

    # ------------------------------------------------------------ cb03 e-mail chain board - inspectie - minister's office (docx, 2 pages)
    d = Doc("cb03", "Mailwisseling O2G2 - Inspectie - OCW", producer="docx", font="Liberation Sans", fontsize=10)
    d.m("Van: «Roelof Ravensberg» &lt;«r.ravensberg@o2g2.nl»&gt;\nVerzonden: dinsdag 11 maart 2025 16:02\n"
        "Aan: «Marit de Vlieger-Bos» &lt;«m.devlieger@owinsp.nl»&gt;\nCC: «Jannes Oosterhof»; ‹bestuursbureau@o2g2.nl›\n"
        "Onderwerp: RE: herstelopdracht ‹OBS De Starter› – termijn")
    d.p("Beste «Marit»,")
    d.p("Dank voor het gesprek van vanochtend. Zoals besproken vraagt het college van bestuur van ‹O2G2› om "
        "uitstel van de herstelopdracht voor ‹OBS De Starter› (‹Groningen›) tot 1 oktober 2025. De nieuwe "
        "directeur, «mevrouw Ilse Koning», start pas op 1 mei. Ik stuur de onderbouwing morgen na; die is "
        "opgesteld door onze kwaliteitsmedewerker «Jannes Oosterhof» («06-21907714» is zijn werknummer, niet "
        "zijn privénummer).")
    d.p("Met vriendelijke groet,\n«Roelof Ravensberg»\nvoorzitter college van bestuur ‹O2G2›\n«06-52339018»")
    d.m("Van: «Marit de Vlieger-Bos»\nVerzonden: woensdag 12 maart 2025 09:14\nAan: «Roelof Ravensberg»\n"
        "CC: ‹Directie Primair Onderwijs›; «Ahmed Bakkali» (‹OCW›)\nOnderwerp: RE: herstelopdracht ‹OBS De Starter›")
    d.p("Geachte heer «Ravensberg»,")
    d.p("De ‹Inspectie van het Onderwijs› kan de termijn niet zelf verlengen zonder nieuw onderzoek; ik leg uw "
        "verzoek voor aan mijn teamleider, «Sietske Hoekstra». Omdat de staatssecretaris in het ‹Commissiedebat "
        "Funderend onderwijs› vragen kreeg over zeer zwakke scholen in ‹Groningen›, heb ik «Ahmed» van de directie "
        "in kopie gezet.")
    d.p("Met vriendelijke groet,\n«Marit de Vlieger-Bos»\ninspecteur, ‹sector primair onderwijs›\n"
        "‹Inspectie van het Onderwijs› | ‹Park Voorn 4› | ‹Utrecht›\nT «088-6696153» | M «06-10493382»")
    d.pb()
    d.m("Van: «Ahmed Bakkali» &lt;«ahmed.bakkali@minocw.nl»&gt;\nVerzonden: donderdag 13 maart 2025 11:47\n"
        "Aan: «Marit de Vlieger-Bos»; ‹secretariaat-DGFO@minocw.nl›\nCC: «AB/PO»; «Tessa van Buuren»\n"
        "Onderwerp: FW: herstelopdracht ‹OBS De Starter› – t.b.v. minister")
    d.p("Dag «Marit»,")
    d.p("Ik heb dit besproken met directeur-generaal ‹Ravensbergen›. Zij wil ‹minister Bruins› en "
        "‹staatssecretaris Paul› voor het ‹Commissiedebat Funderend onderwijs› van 26 maart een korte "
        "feitelijke notitie geven, zonder schoolnamen. ‹Kamerlid Paternotte› heeft over deze school schriftelijke "
        "vragen aangekondigd.")
    d.p("Kun jij bevestigen dat het ‹herstelonderzoek› uiterlijk in juni plaatsvindt? Mijn collega «Tessa» "
        "(«tessa.vanbuuren@minocw.nl», «06-47730921») neemt het over tijdens mijn verlof.")
    d.p("Groet,\n«Ahmed»\nbeleidsmedewerker ‹Directie Primair Onderwijs›, ‹ministerie van Onderwijs, Cultuur en "
        "Wetenschap›\n‹Rijnstraat 50›, ‹Den Haag›")
    d.m("Van: «Marit de Vlieger-Bos»\nVerzonden: donderdag 13 maart 2025 14:30\nAan: «Ahmed Bakkali»\n"
        "Onderwerp: RE: FW: herstelopdracht")
    d.p("Bevestigd: herstelonderzoek staat op 17 juni 2025. Voor de notitie kan ‹directeur-generaal Ravensbergen› "
        "verwijzen naar het openbare rapport op ‹onderwijsinspectie.nl›. Mijn teamleider «Hoekstra» is akkoord. "
        "Graag niet de naam van de nieuwe directeur («Koning») in de notitie.")
    d.p("«MdVB»")

    # ------------------------------------------------------------ cb04 MR minutes (docx, 2 pages)
    d = Doc("cb04", "Notulen MR 2025-03", producer="docx", font="DejaVu Serif", fontsize=10,
            author="Kim Stoutjesdijk")
    d.hid("PERSON", "Stoutjesdijk", "metadata")
    d.h("Notulen vergadering medezeggenschapsraad ‹Het Baken Almere›")
    d.p("Datum: 20 maart 2025, 19.30 uur, ‹mediatheek› locatie ‹Almere Haven›")
    d.p("Aanwezig: personeelsgeleding «Fenna Wijnberg» (voorzitter, «FW»), «Orhan Çelik» («OÇ»), "
        "«Lotte van der Meulen» («LvdM»), «Dirk-Jan Aalbers» («DJA»); oudergeleding «Nicole Dekker-Pinas» («ND»), "
        "«Samira El Haddouchi» («SEH»); leerlinggeleding «Niels Brouwers» (4V) en «Yara Slootweg» (5H).\n"
        "Afwezig met bericht: «Ruud Hermsen» (oudergeleding).\n"
        "Namens het bevoegd gezag: rector «drs. P.A. (Paul) Verkerk», notulist «Kim Stoutjes».")
    d.p("1. Opening en mededelingen. «FW» opent de vergadering. «Verkerk» meldt dat de ‹Stichting Het Baken› "
        "per 1 augustus de ‹Regeling lerarenbeurs› anders inzet. De gemeenteraad van ‹Almere› bespreekt op 3 april het "
        "‹Integraal Huisvestingsplan Onderwijs›; ‹wethouder Hofman› heeft de MR uitgenodigd.")
    d.p("2. Formatieplan 2025-2026. De ‹PMR› stemt in met het formatieplan onder voorbehoud van de uitwerking van "
        "het ‹werkverdelingsplan›. «Çelik» vraagt om een overzicht van de inzet van ‹NP Onderwijs›-gelden.")
    d.p("3. Schoolgids en ‹ouderbijdrage›. «ND» meldt dat een ouder («Stephanie Groenendijk») een klacht heeft over "
        "de vrijwillige bijdrage voor de ‹Parijsreis›. «SEH» stelt voor de ‹Wet vrijwillige ouderbijdrage› in de "
        "schoolgids duidelijker te verwoorden.")
    d.p("4. Veiligheidsmonitor. De resultaten van de ‹Monitor Sociale Veiligheid› laten in 3-havo een daling zien. "
        "«Yara» vertelt dat leerlingen de vertrouwenspersoon («mevrouw Adinda Roodenburg») niet kennen.")
    d.pb()
    d.h("Actielijst")
    d.t([["Nr.", "Actie", "Wie", "Wanneer"],
         ["25-07", "Overzicht inzet ‹NP Onderwijs› naar MR", "«PV»", "april"],
         ["25-08", "Tekst ouderbijdrage schoolgids herschrijven", "«SEH» / «ND»", "mei"],
         ["25-09", "Vertrouwenspersoon stelt zich voor in mentorlessen", "«Roodenburg»", "april"],
         ["25-10", "Reactie aan ‹wethouder Hofman› over IHP", "«FW»", "3 april"],
         ["25-11", "Verkiezingen leerlinggeleding voorbereiden", "«Niels» / «Yara»", "juni"],
         ], [1, 5, 2, 1.3])
    d.h("Besluitenlijst")
    d.p("B25-04: instemming formatieplan (voorbehoud werkverdelingsplan). B25-05: advies schoolgids volgt op 15 mei.")
    d.t([["Paraaf notulen", "Naam", "Datum"],
         ["voorzitter", "«F. Wijnberg» – «FWb»", "24-03-2025"],
         ["secretaris", "«L.v.d. Meulen» – «lvdm»", "24-03-2025"]], [2, 3, 2])
    d.p("Volgende vergadering: 15 mei 2025. Stukken via ‹mr@hetbakenalmere.nl›.")

    # ------------------------------------------------------------ cb05 DUO letter student number + BSN
    d = Doc("cb05", "Brief DUO - herziening studiefinanciering", font="DejaVuSans", fontsize=9.5)
    d.p("‹Dienst Uitvoering Onderwijs›\nPostbus 50061, 9702 AB ‹Groningen›".replace("\n", "<br/>"))
    d.p("«Mevrouw O. Kovalchuk»<br/>«ADDR|Oudegracht 318»-bis<br/>«3511 PL» ‹Utrecht›")
    d.t([["Datum", "Ons kenmerk", "Uw relatienummer", "BSN"],
         ["‹7 april 2025›", "‹SF-HER-2025-0884621›", "«7720194635»", f"«BSN|{bsn('61722845')}»"]], [1, 1.4, 1.2, 1])
    d.h("Herziening van uw ‹studiefinanciering›")
    d.p("Geachte «mevrouw Kovalchuk»,")
    d.p("U studeert ‹Geneeskunde› aan de ‹Universiteit Utrecht› (studentnummer «STUDENT|6094217»). Uit de "
        "gegevens van de ‹Belastingdienst› blijkt dat het inkomen van uw ouders, «Serhiy Kovalchuk» en "
        "«Nataliya Kovalchuk-Hrytsenko», hoger is dan wij hebben aangenomen. Uw ‹aanvullende beurs› wordt daarom "
        "met ingang van 1 september 2024 verlaagd naar € 212,14 per maand.")
    d.p("U heeft € 1.486,20 te veel ontvangen. Dit bedrag verrekenen wij met uw toekomstige betalingen op "
        "rekeningnummer «IBAN|" + iban("INGB", "6650917") + "». U hoeft zelf niets te doen.")
    d.p("Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken via ‹Mijn DUO›. "
        "Vermeld daarbij uw relatienummer.")
    d.p("Met vriendelijke groet,<br/>namens de ‹minister van Onderwijs, Cultuur en Wetenschap›,<br/>"
        "«J.H. Buitenwerf»<br/>teamleider ‹Studiefinanciering›")
    d.p("Vragen? Bel ‹050-5997755› (werkdagen 9.00–17.00 uur) of kijk op ‹duo.nl›.")

    # ------------------------------------------------------------ cb06 university integrity committee report (2 pages)
    d = Doc("cb06", "Advies Commissie Wetenschappelijke Integriteit CWI-2024-09", font="LiberationSerif", fontsize=10.5,
            hidden={"xmp": ["Dr. Gertjan Swaanswijk"]})
    d.hid("PERSON", "Swaanswijk", "metadata")
    d.h("‹Commissie Wetenschappelijke Integriteit› – advies in zaak ‹CWI-2024-09›")
    d.p("Aan: het ‹College van Bestuur› van de ‹Universiteit Leiden›, t.a.v. ‹rector magnificus Hester Bijl›<br/>"
        "Datum: 24 januari 2025")
    d.p("<b>1. De klacht.</b> Op 2 september 2024 diende dr. «Sophie Bijlsma» (hierna: klaagster), universitair "
        "docent bij het ‹Instituut Psychologie›, een klacht in tegen prof. dr. «Maarten H. van Oordt» "
        "(hierna: beklaagde). Klaagster stelt dat beklaagde in het artikel in ‹Psychological Science› (2023) "
        "data uit haar promotieonderzoek heeft gebruikt zonder toestemming en zonder bronvermelding. Zij wordt "
        "bijgestaan door haar partner, mr. «Thijs Roozendaal», advocaat te ‹Leiden›.")
    d.p("<b>2. Procedure.</b> De commissie (voorzitter prof. mr. «E.J. Harteveld-Lim», leden prof. dr. «K. Ozturk» "
        "en dr. «A.M. Vis», secretaris mr. «Lieke Donkers») hoorde partijen op 14 november 2024. Ook is "
        "gehoord promovenda «Daria Shevchenko», die de dataset in 2021 heeft opgeschoond. Getoetst is aan de "
        "‹Nederlandse gedragscode wetenschappelijke integriteit› (2018) en de ‹Klachtenregeling Wetenschappelijke "
        "Integriteit› van de ‹Universiteit Leiden›.")
    d.p("<b>3. Feiten.</b> De dataset ‹LEIDEN-MOOD-19› is verzameld door klaagster onder supervisie van beklaagde. "
        "In de datamanagementplannen staat klaagster als eigenaar. «Van Oordt» heeft verklaard dat hij meende "
        "dat de data gedeeld eigendom waren van de onderzoeksgroep. «Shevchenko» bevestigt dat «Bijlsma» in 2022 "
        "schriftelijk bezwaar maakte tegen hergebruik.")
    d.pb()
    d.p("<b>4. Overwegingen.</b> De commissie acht de klacht gegrond voor zover het de bronvermelding betreft. "
        "Het gebruik van de data zonder vermelding van klaagster is een schending van norm 50 van de ‹gedragscode›; "
        "van fabricage of vervalsing is geen sprake. De commissie neemt in aanmerking dat beklaagde in de periode "
        "van publicatie «GEZONDHEID|herstelde van een hartinfarct», zoals zijn huisarts heeft bevestigd, maar dit "
        "ontslaat hem niet van zijn verantwoordelijkheid.")
    d.p("<b>5. Advies.</b> De commissie adviseert ‹rector magnificus Hester Bijl› de klacht gedeeltelijk gegrond "
        "te verklaren, beklaagde te vragen een correctie bij het tijdschrift in te dienen en het oordeel voor te "
        "leggen aan het ‹LOWI› indien een partij dat wenst.")
    d.t([["Ondertekening", "", ""],
         ["voorzitter", "prof. mr. «E.J. Harteveld-Lim»", "«SIGN|[handtekening EJHL]»"],
         ["secretaris", "mr. «L. Donkers»", "«SIGN|[paraaf LD]»"]], [1, 2, 2])
    d.p("Correspondentie: ‹integriteit@leidenuniv.nl›. Klaagster is bereikbaar via «s.bijlsma@fsw.leidenuniv.nl», "
        "beklaagde via zijn secretariaat (‹071-5273600›).")

    # ------------------------------------------------------------ cb07 inburgering progress table (landscape, 2 pages)
    d = Doc("cb07", "Voortgangsoverzicht inburgering Q1 2025", font="LiberationSans", fontsize=9, landscape=True)
    d.h("‹Gemeente Utrecht› – team ‹Inburgering en Participatie› – voortgang ‹Wet inburgering 2021›, eerste kwartaal 2025")
    d.p("Intern overzicht voor het casusoverleg van 8 april 2025. Klantmanagers: «Loes Dijkman» («LD»), «Hamid Azizi» («HA»), "
        "«Petra Wolters-van Dam» («PW»). Niet verspreiden buiten het team.")
    rows = [["Naam", "V-nummer", "Geb.datum", "Land / taal", "Route", "Voortgang", "Bijzonderheden", "KM"]]
    people = [
        ("«Yonas Tesfamariam Gebru»", "«V|2901847731»", "«DOB|03-06-1994»", "‹Eritrea› / ‹Tigrinya›", "‹B1-route›", "KNM behaald; A2 lezen", "«GEZONDHEID|PTSS, behandeling bij i-psy»", "«LD»"),
        ("«Semhar Ghebremedhin»", "«V|2913306520»", "«DOB|11-12-1999»", "‹Eritrea› / ‹Tigrinya›", "‹Z-route›", "alfabetisering fase 2", "«GEZONDHEID|zwanger, uitgerekend juni»", "«LD»"),
        ("«AL-KHATIB, Rania»", "«V|2877140299»", "«DOB|27-01-1988»", "‹Syrië› / ‹Arabisch›", "‹onderwijsroute›", "‹Staatsexamen NT2› I gepland", "—", "«HA»"),
        ("«Mahmoud Haddad»", "«V|2877140301»", "«DOB|15-08-1961»", "‹Syrië› / ‹Arabisch›", "‹Z-route›", "40 uur ‹PVT›", "«GEZONDHEID|diabetes, rolstoel»", "«HA»"),
        ("«Farid Ahmadzai»", "«V|2920554187»", "«DOB|01-01-2001»", "‹Afghanistan› / ‹Dari›", "‹B1-route›", "A2 spreken behaald", "«GEZONDHEID|religieus: vraagt vrij voor vrijdaggebed»", "«PW»"),
        ("«Zarghuna Noori»", "«V|2920554195»", "«DOB|19-03-1997»", "‹Afghanistan› / ‹Pashto›", "‹B1-route›", "verzuim sinds feb.", "kinderopvang geregeld", "«PW»"),
        ("«Olena Bondarenko»", "«V|2935012846»", "«DOB|07-07-1985»", "‹Oekraïne› / ‹Oekraïens›", "vrijwillig", "A2 behaald", "geen inburgeringsplicht (‹Rtvo›)", "«HA»"),
        ("«Dmytro Tkachenko»", "«V|2935012854»", "«DOB|30-10-1979»", "‹Oekraïne› / ‹Russisch›", "vrijwillig", "gestopt", "werkt bij ‹PostNL›", "«HA»"),
        ("«Abdirahman Warsame Ali»", "«V|2889023365»", "«DOB|12-05-1990»", "‹Somalië› / ‹Somali›", "‹B1-route›", "MAP afgerond", "«GEZONDHEID|hepatitis B, GGD-traject»", "«LD»"),
        ("«Merhawi Kidane»", "«V|2901847749»", "«DOB|23-09-2003»", "‹Eritrea› / ‹Tigrinya›", "‹onderwijsroute›", "‹ISK› → ‹ROC Midden Nederland›", "—", "«LD»"),
        ("«Ayşe Kaplan-Demir»", "«V|2866712038»", "«DOB|05-04-1992»", "‹Turkije› / ‹Turks›", "‹B1-route›", "A2 schrijven herkansing", "gezinsmigrant", "«PW»"),
        ("«Bashar Alhamwi»", "«V|2877140328»", "«DOB|09-02-1975»", "‹Syrië› / ‹Koerdisch›", "‹Z-route›", "ONA-module loopt", "«GEZONDHEID|slechthorend»", "«HA»"),
        ("«Huda Alhamwi»", "«V|2877140336»", "«DOB|14-11-1978»", "‹Syrië› / ‹Koerdisch›", "‹Z-route›", "KNM gestart", "—", "«HA»"),
        ("«Mohammad Rahimi»", "«V|2920554209»", "«DOB|02-02-1986»", "‹Afghanistan› / ‹Dari›", "‹B1-route›", "ontheffing aangevraagd", "«GEZONDHEID|psychiatrisch rapport bij DUO»", "«PW»"),
    ]
    for r in people:
        rows.append(list(r))
    d.t(rows, [2.2, 1.3, 1.1, 1.6, 1.2, 1.8, 2.4, 0.6])
    d.p("Taalscholen: ‹Taalhuis Utrecht›, ‹ROC Midden Nederland›, ‹Het Taalcentrum Utrecht›. Vragen over de "
        "‹leerbaarheidstoets› naar ‹inburgering@utrecht.nl›. De ‹Dienst Uitvoering Onderwijs› verwerkt de "
        "examenresultaten; ‹COA› levert het ‹PVT›-dossier aan.")
    d.pb()
    d.h("Toelichting en cijfers")
    d.t([["Route", "Aantal", "Op schema", "Achter", "Ontheffing/vrijstelling"],
         ["‹B1-route›", "412", "301", "88", "23"], ["‹onderwijsroute›", "57", "49", "8", "0"],
         ["‹Z-route›", "133", "120", "6", "7"]], [2, 1, 1, 1, 1.5])
    d.p("De cijfers gaan naar het ‹ministerie van Sociale Zaken en Werkgelegenheid› (‹staatssecretaris Nobel›) "
        "via de ‹Monitor Inburgering›. Bij de Z-route blijft het vervoer naar de taalschool in ‹Overvecht› een knelpunt.")
    d.p("Casus «Noori»: contact via haar broer «Jawad» («06-38812077»). Casus «Haddad»: dochter «Lina Haddad» tolkt "
        "(«lina.haddad.93@gmail.com»). «Tesfamariam Gebru» krijgt voorlopig geen boete: zie ‹artikel 31 Wi2021›.")
    d.p("Opgesteld door «PW», gecontroleerd door teamleider «M.J. Sprenkels». ‹Burgemeester Dijksma› en "
        "‹wethouder Eerenberg› ontvangen alleen de geanonimiseerde cijfers.")

    # ------------------------------------------------------------ cb08 COA location e-mail with residents' first names (docx)
    d = Doc("cb08", "Mail azc Budel - schoolgang kinderen", producer="docx", font="Liberation Serif", fontsize=10.5)
    d.m("Van: «Gerdien Spoelstra» &lt;«g.spoelstra@coa.nl»&gt;\nVerzonden: maandag 17 februari 2025 08:12\n"
        "Aan: «Koen Lammertink» (‹Stichting Bravoo›); ‹leerplicht@cranendonck.nl›\nCC: «Wouter Brink» (‹COA›, "
        "locatiemanager)\nOnderwerp: Nieuwe bewoners ‹azc Budel› – aanmelding ‹AZC-school› en ‹ISK›")
    d.p("Goedemorgen «Koen»,")
    d.p("Afgelopen week zijn op ‹azc Budel› vier gezinnen met schoolgaande kinderen ingestroomd vanuit ‹Ter Apel›. "
        "Ik geef alleen voornamen en unit, de volledige gegevens staan in ‹IBIS›:")
    d.t([["Unit", "Kind (leeftijd)", "Ouder", "Opmerking"],
         ["B-14", "«Hamdi» (7), «Rahwa» (10)", "moeder «Tsega»", "spreken alleen Tigrinya"],
         ["B-17", "«Ahmad Shah» (13)", "vader «Naqibullah»", "«GEZONDHEID|oorlogstrauma, op wachtlijst ‹GGZ›»".replace("‹GGZ›", "GGZ")],
         ["C-03", "«Maryam» (6), «Yusuf» (15)", "moeder «Reem», oom «Khaled»", "Yusuf naar ‹ISK› in ‹Weert›"],
         ["C-09", "«Bohdan» (11)", "grootmoeder «Halyna»", "had school in ‹Kharkiv› tot 2024"]], [0.8, 2, 2, 3])
    d.p("«Rahwa» heeft volgens de ‹GZA›-verpleegkundige «GEZONDHEID|epilepsie en gebruikt medicatie»; de school moet "
        "een ‹medicijnprotocol› opstellen. De familie van «Ahmad Shah» vraagt of hij op vrijdagmiddag naar de moskee "
        "mag; dat valt onder ‹artikel 11 Leerplichtwet›.")
    d.p("Vervoer: de ‹BNR›-taxi rijdt vanaf 24 februari. Chauffeur «Jos Hendrikx» («(06) 155 209 84») haalt op bij de "
        "hoofdingang, ‹Ringovenstraat 2›.")
    d.p("Met vriendelijke groet,\n«Gerdien Spoelstra»\nwoonbegeleider onderwijs en jeugd, ‹COA› ‹azc Budel›\n"
        "«06-46297105» | ‹088-7157000› (receptie)")

    # ------------------------------------------------------------ cb09 Teams chat of teachers
    d = Doc("cb09", "Export Teams-chat sectie NT2", font="DejaVuSans", fontsize=9)
    d.h("Chat: ‹ISK Amersfoort› – sectie NT2 (export 28-03-2025)")
    chat = [
        ("«Bouchra Ait Taleb»", "08:02", "Morgen is «Dawit» jarig, wie neemt taart mee? :-)"),
        ("«Joris Kuipers»", "08:05", "Ik! Trouwens: «Mustafa» uit groep 3 was weer niet op tijd, 3e keer deze week"),
        ("«Bouchra Ait Taleb»", "08:06", "Ik bel zijn moeder «Nour» even, nummer staat in ‹Magister›"),
        ("«Anouk de Graaf-Yilmaz»", "08:11", "Let op: de vader van «Dawit» belde me, ze hebben een negatief besluit van de ‹IND› gekregen. "
         "Hij is erg van slag. Niet in de klas bespreken pls"),
        ("«Joris Kuipers»", "08:12", "Ai. Moet «Hanneke» van de ‹zorgcoördinatie› dit weten?"),
        ("«Hanneke Vroegindeweij»", "08:20", "Ja graag, ik zet het in het leerlingdossier. @«Anouk» kun je me ook het "
         "V-nummer doorsturen? ‹Vluchtelingenwerk› vraagt erom. Bel me op «06-29480611» na 15u."),
        ("«Anouk de Graaf-Yilmaz»", "08:22", "«V|3011458921», staat ook op zijn W-document"),
        ("«Stefan Aydın»", "09:40", "Wie heeft de sleutel van lokaal 1.14? «AdG» had hem gisteren"),
        ("«Anouk de Graaf-Yilmaz»", "09:41", "ligt bij «Marianne» van de receptie"),
        ("«Bouchra Ait Taleb»", "10:15", "Moeder van «Mustafa» zegt dat hij 's nachts werkt in een bezorgrestaurant. "
         "Hij is 15!! Ik meld het bij leerplicht («Gijs» van ‹gemeente Amersfoort›)"),
        ("«Stefan Aydın»", "10:18", "Goed. Vergeet ‹Veilig Thuis› niet als er meer speelt. Ik heb «Ilyas» en «Mustafa» "
         "allebei in de mentorles, zal zijn rooster checken"),
        ("«Hanneke Vroegindeweij»", "12:30", "Update: rector «Van Lienden» wil vrijdag een casusoverleg. ‹Wethouder Tigelaar› "
         "(Onderwijs) komt 4 april op bezoek voor het ‹nieuwkomersonderwijs›, niets over leerlingen delen!"),
    ]
    for who, t, msg in chat:
        d.p(f"<b>{who}</b>  {t}<br/>{msg}")
    d.p("Leden: «Bouchra Ait Taleb», «Joris Kuipers», «Anouk de Graaf-Yilmaz», «Hanneke Vroegindeweij», «Stefan Aydın». "
        "Bestanden: rooster_week13.xlsx, oudergesprekken.docx")

    # ------------------------------------------------------------ cb10 scanned handwritten parent letter
    d = Doc("cb10", "Scan brief ouder", producer="scan",
            scan={"font": HAND, "size": 54, "angle": 0.4, "seed": 10, "hand": True, "q": 80, "wrap": 42, "typed": MONO})
    d.p("Almelo, 6 januari 2025")
    d.p("Aan de directie van ‹Pius X College›")
    d.p("Beste meneer «Wessels»,")
    d.p("Mijn zoon «Emre» «Yildirim» uit klas 1B kan de komende twee weken niet naar school. Zijn opa is overleden in "
        "Turkije en wij gaan naar de begrafenis in Konya. Ik weet dat dit buiten de vakantie is. Ik hoop dat u "
        "begrip heeft.")
    d.p("Mijn telefoon is «0612849930». Ons adres is «Wierdensestraat 45».")
    d.p("Met vriendelijke groet,")
    d.p("«Gülsen» «Yildirim»")
    d.m("ONTVANGEN 07-01-2025 - ‹PIUS X COLLEGE› ALMELO\nBehandeld: «M. WESSELS» (teamleider) / paraaf «MWe»\n"
        "Verlof art. 11 sub g: toegekend 10 dagen. Leerling: «YILDIRIM, Emre» 1B\nKopie: leerplicht ‹Almelo›")

    # ------------------------------------------------------------ cb11 form with fields (values only in AcroForm)
    d = Doc("cb11", "Aanvraagformulier extra verlof", producer="form", font="LiberationSans")
    d.h("‹Gemeente Zaanstad› – aanvraag extra verlof (‹artikel 11 Leerplichtwet 1969›)")
    d.p("In te vullen door de ouder/verzorger en in te leveren bij de directeur van de school. Bij meer dan 10 "
        "schooldagen beslist de leerplichtambtenaar van ‹Zaanstad›. Zie ook ‹rijksoverheid.nl›.")
    fields = [("Naam leerling", "leerling", "Amira Benali"),
              ("Geboortedatum", "gebdatum", "09-10-2014"),
              ("School / groep", "school", "IKC De Zaanbocht, groep 7"),
              ("Naam ouder/verzorger", "ouder", "Karim Benali"),
              ("Adres", "adres", "Westzijde 288, 1506 GK Zaandam"),
              ("Telefoon", "tel", "06-24187750"),
              ("E-mail", "mail", "karim.benali@ziggo.nl"),
              ("Periode verlof", "periode", "14-04-2025 t/m 25-04-2025"),
              ("Reden", "reden", "bruiloft broer in Nador"),
              ("Handtekening directeur", "dir", "A. Zwanenburg-de Ruiter")]
    d.blocks.append(("fields", fields))
    for kind, val in (("PERSON", "Amira Benali"), ("DOB", "09-10-2014"), ("PERSON", "Karim Benali"),
                      ("ADDR", "Westzijde 288"), ("PHONE", "06-24187750"), ("EMAIL", "karim.benali@ziggo.nl"),
                      ("PERSON", "Zwanenburg-de Ruiter")):
        d.hid(kind, val, "annotations")
    d.p("Besluit school: ‹toegekend› / afgewezen (doorhalen wat niet van toepassing is). Bezwaar: binnen zes weken "
        "bij de directeur of het college van ‹burgemeester en wethouders› van ‹Zaanstad›.")
    d.p("Leerplicht ‹Zaanstad›: ‹leerplicht@zaanstad.nl›, ‹14 075›.")

    # ------------------------------------------------------------ cb12 English e-mail with a foreign university
    d = Doc("cb12", "E-mail exchange student - Ghent University", font="LiberationSerif", fontsize=10.5,
            hidden={"annots": [(0, 500, 760, "Wendy Hoogeveen-Amrani", "Check with Pieter whether Iryna's grades are in Osiris")]})
    d.hid("PERSON", "Hoogeveen-Amrani", "annotations")
    d.m("From: «Pieter-Jan Claeys» &lt;«pieterjan.claeys@ugent.be»&gt;\nSent: Tuesday, 4 February 2025 10:31\n"
        "To: ‹international.office@rug.nl›; «Wendy Hoogeveen»\nSubject: ‹Erasmus+› exchange – «Iryna Melnyk» "
        "(student no. «STUDENT|02315478»)")
    d.p("Dear «Wendy»,")
    d.p("Thank you for your quick reply. As discussed, «Iryna Melnyk» (born «DOB|12 May 2003» in ‹Kharkiv›) will "
        "join the ‹University of Groningen› for the second semester under our ‹Erasmus+› agreement ‹B GENT01›. "
        "Her ‹Learning Agreement› was signed by our faculty coordinator, prof. «Annelies Verstraete», on 30 January.")
    d.p("«Iryna» holds temporary protection in Belgium; she asked whether she needs to register with the ‹IND› or the "
        "‹Gemeente Groningen› when she moves to the ‹Zernike Campus›. She also mentioned that she receives "
        "«GEZONDHEID|psychological support for war-related trauma» and would like to continue this in Groningen; "
        "could your ‹Student Service Centre› advise?")
    d.p("Her private e-mail is «iryna.melnyk03@gmail.com» and her Belgian mobile «+32 478 51 20 96».")
    d.p("Kind regards,<br/>«Pieter-Jan Claeys»<br/>International Relations Office, ‹Faculty of Arts and Philosophy›<br/>"
        "‹Ghent University› | ‹Blandijnberg 2›, ‹Ghent› | T «+32 9 264 39 87»")
    d.m("From: «Wendy Hoogeveen» &lt;«w.hoogeveen@rug.nl»&gt;\nSent: Wednesday, 5 February 2025 09:02\n"
        "To: «Pieter-Jan Claeys»\nSubject: RE: ‹Erasmus+› exchange")
    d.p("Dear «Pieter-Jan», Iryna does not need a residence permit from the ‹IND›; she registers with the "
        "municipality (‹BRP›) within five days. I have forwarded the question about psychological support to "
        "«Dr. Femke Tuinstra» of our student psychologists. Our ‹rector magnificus Jacquelien Scherpen› will "
        "welcome all exchange students on 10 February.<br/>Best, «Wendy»<br/>Exchange officer, ‹Faculty of Arts›, "
        "‹University of Groningen›, ‹Oude Kijk in 't Jatstraat 26›")

    # ------------------------------------------------------------ cb13 inspectorate report (2 pages)
    d = Doc("cb13", "Rapport kwaliteitsonderzoek Al-Amana", font="Helvetica", fontsize=10,
            hidden={"outline": [(0, "1. Samenvatting"), (1, "Bijlage: gesproken met L. Oussaid en R. Veltkamp")]})
    d.hid("PERSON", "Oussaid", "outline")
    d.hid("PERSON", "Veltkamp", "outline")
    d.h("‹Inspectie van het Onderwijs› – rapport herstelonderzoek ‹basisschool Al-Amana› (‹Rotterdam›)")
    d.p("Bestuur: ‹Stichting Islamitisch Primair Onderwijs Rijnmond› (bestuursnummer ‹41876›). Onderzoeksnummer "
        "‹318842›. Datum onderzoek: 21 en 22 januari 2025. Inspecteurs: «drs. H.C. (Hugo) Dekkers-Lindqvist» en "
        "«Nadia Ouali MSc»; observator «J. Tromp» (in opleiding).")
    d.p("<b>Samenvatting.</b> In 2023 beoordeelden wij de kwaliteit als zeer zwak. De school heeft de tekortkomingen "
        "op de standaarden ‹Zicht op ontwikkeling› (OP2) en ‹Kwaliteitszorg› (KA1) hersteld. Het oordeel is nu "
        "‹voldoende›. Wij spraken met het bestuur (voorzitter «A. El Khayari»), de directeur «mevrouw F. Bouzid», de "
        "intern begeleider «Esra Yavuz», zes leraren, ouders en leerlingen.")
    d.p("<b>Burgerschap.</b> De school besteedt aandacht aan de basiswaarden van de democratische rechtsstaat, zoals "
        "vereist in de ‹Wet op het primair onderwijs› (artikel 8, derde lid). In groep 8 zagen wij een les over de "
        "gemeenteraad; ‹burgemeester Schouten› bezocht de school in november.")
    d.pb()
    d.p("<b>Reactie van het bestuur.</b> Het bestuur herkent zich in het rapport. Voorzitter «El Khayari» schrijft "
        "dat de resultaten het werk zijn van het hele team, in het bijzonder van «juf Samira» en «meester Anton» in de "
        "onderbouw. Een ouder, «de heer Veltman», heeft in het oudergesprek zorgen geuit over de veiligheid bij het "
        "schoolplein; het bestuur heeft dit met ‹gemeente Rotterdam› opgepakt.")
    d.p("<b>Vervolg.</b> Wij voeren over vier jaar een vierjaarlijks onderzoek uit. Het rapport wordt gepubliceerd op "
        "‹onderwijsinspectie.nl›. Contact: ‹loket@owinsp.nl›, ‹088-6696060›. Behandelend inspecteur: "
        "«Dekkers-Lindqvist», «h.dekkerslindqvist@owinsp.nl».")

    # ------------------------------------------------------------ cb14 beslisnota OCW (2 pages)
    d = Doc("cb14", "Beslisnota nieuwkomersonderwijs", font="LiberationSans", fontsize=10)
    d.h("‹Ministerie van Onderwijs, Cultuur en Wetenschap› – beslisnota")
    d.t([["Aan", "‹staatssecretaris Paul›"], ["Van", "‹directeur-generaal Ravensbergen›"],
         ["Datum", "‹4 februari 2025›"], ["Kenmerk", "‹50176234›"],
         ["Onderwerp", "Bekostiging ‹nieuwkomersonderwijs› Oekraïense ontheemde leerlingen 2025"],
         ["Contactpersoon", "«drs. S.A. (Saskia) Paulussen», senior beleidsmedewerker ‹DPO›, «06-18402733», "
                            "«saskia.paulussen@minocw.nl»"],
         ["Kopie aan", "‹minister Bruins›, ‹Directie Financieel-Economische Zaken›"]], [1, 4])
    d.p("<b>Aanleiding.</b> In de ‹Kamerbrief› van 12 december 2024 heeft u toegezegd de ‹Regeling aanvullende "
        "bekostiging nieuwkomers› te verlengen. ‹Kamerlid Bontenbal› en ‹Kamerlid Van der Plas› vroegen in het "
        "commissiedebat naar de wachtlijsten bij ‹ISK›’s in ‹Zeeland› en ‹Flevoland›.")
    d.p("<b>Geadviseerd besluit.</b> Aan de staatssecretaris wordt gevraagd in te stemmen met verlenging tot 1 augustus "
        "2026 en de bijgevoegde brief aan de ‹Tweede Kamer› te tekenen.")
    d.p("<b>Kern.</b> Er zitten circa 21.000 Oekraïense leerlingen in het Nederlandse onderwijs. Het ‹Lowan›-"
        "netwerk meldt dat scholen de bekostiging pas na drie maanden ontvangen. De ‹PO-Raad› en de ‹VO-raad› "
        "steunen verlenging. Budget: € 120 mln uit de ‹Aanvullende Post›.")
    d.pb()
    d.p("<b>Krachtenveld.</b> Gemeenten (via de ‹VNG›) vragen ook om middelen voor huisvesting. Het ‹ministerie van "
        "Justitie en Veiligheid› is akkoord. De ‹Inspectie van het Onderwijs› heeft geen bezwaar.")
    d.p("<b>Toelichting.</b> In het overleg met ‹Lowan› op 28 januari (namens ‹Lowan›: «Marta Hryhorenko» en «Bas "
        "Uylenburg») is afgesproken dat de teldatum 1 februari blijft. Zie ook de mail van «Paulussen» aan «R. van "
        "Paul» (‹Rijksfinanciën›).")
    d.p("<b>Informatie die niet openbaar gemaakt kan worden.</b> Niet van toepassing.")
    d.t([["Paraaf", "Naam", "Functie", "Datum"],
         ["«SAP»", "«S.A. Paulussen»", "senior beleidsmedewerker", "04-02"],
         ["«JvdB»", "«J. van den Boogaard-Tan»", "afdelingshoofd ‹DPO›", "04-02"],
         ["«MRW»", "«M.R. Wiegersma»", "directeur ‹DPO›", "05-02"],
         ["‹Ravensbergen›", "‹directeur-generaal Ravensbergen›", "DG Funderend Onderwijs", "05-02"]], [1, 2, 2, 1])

    # ------------------------------------------------------------ cb15 IND letter, typed and scanned
    d = Doc("cb15", "Scan IND beschikking studie", producer="scan",
            scan={"font": SERIF, "bold": SERIFB, "size": 33, "angle": 0.9, "seed": 15, "q": 50, "wrap": 70})
    d.h("Immigratie- en Naturalisatiedienst")
    d.p("Postbus 287, 7600 AG Almelo\n\nDe heer Tesfay Berhane Weldu\nStudentencomplex Uilenstede 104-12\n1183 AM Amstelveen")
    d.p("Datum: 19 maart 2025\nOns kenmerk: 2503-STU-44817\nV-nummer: 3024417759\nGeboortedatum: 18-11-2002\n"
        "Nationaliteit: Eritrese")
    d.p("Onderwerp: beschikking verblijfsvergunning regulier, verblijfsdoel studie")
    d.p("Geachte heer Weldu,")
    d.p("U heeft op 3 februari 2025 via uw referent, de Vrije Universiteit Amsterdam, een aanvraag ingediend voor "
        "een verblijfsvergunning met het verblijfsdoel studie. Uw aanvraag wordt ingewilligd. De vergunning is "
        "geldig tot 31 augustus 2029. U moet voldoende studievoortgang maken; de VU meldt dit aan de IND.")
    d.p("Met vriendelijke groet,\nde Staatssecretaris van Justitie en Veiligheid,\nnamens deze,\n\nA.R. Kromhout-Sedney\n"
        "medewerker Kennis en Talent")
    # marks for a scan: write the spans separately below so that parse() sees them
    d.blocks = [(k, *rest) for k, *rest in d.blocks]
    spans = ["«Tesfay Berhane Weldu»", "«Uilenstede 104-12»", "«V|3024417759»", "«DOB|18-11-2002»", "«Weldu»",
             "«Kromhout-Sedney»", "‹Vrije Universiteit Amsterdam›"]
    txt = d.blocks
    fixed = []
    for b in txt:
        if b[0] in ("p", "h"):
            s = b[1]
            for sp in spans:
                body = sp[1:-1].split("|")[-1]
                if body in s and sp not in s and ("«" + body) not in s and (body + "»") not in s:
                    s = s.replace(body, sp, 1)
            fixed.append((b[0], s))
        else:
            fixed.append(b)
    d.blocks = fixed

    # ------------------------------------------------------------ cb16 plan inburgering en participatie (PIP)
    d = Doc("cb16", "PIP samenvatting", font="DejaVuSerif", fontsize=9.5, author="gemeente Arnhem")
    d.h("‹Gemeente Arnhem› – ‹Persoonlijk Plan Inburgering en Participatie› (PIP)")
    d.t([["Inburgeraar", "«HAMWI, Rasha Abdulkarim»"], ["Geboren", "«DOB|2 maart 1990», ‹Aleppo›"],
         ["BSN", f"«BSN|{bsn('70519233')}»"], ["Adres", "«ADDR|Presikhaafweg 311», ‹Arnhem›"],
         ["Telefoon", "«+31 6 3377 1902»"], ["Klantmanager", "«Jeroen Staal» («j.staal@arnhem.nl»)"],
         ["Tolk bij brede intake", "«Nizar Kassab» (‹Global Talk›)"]], [1, 3])
    d.p("<b>Leerroute:</b> ‹B1-route› bij ‹Rijn IJssel›, 12 uur per week, gecombineerd met vrijwilligerswerk bij "
        "‹Voedselbank Arnhem›. Module Arbeidsmarkt en Participatie (MAP) via ‹Werkbedrijf Rijk van Nijmegen›? "
        "Nee: ‹Werkbedrijf Arnhem›.")
    d.p("<b>Brede intake:</b> mevrouw «Hamwi» was lerares Engels in ‹Syrië›. Zij heeft drie kinderen; haar "
        "echtgenoot «Walid Hamwi» volgt de ‹Z-route›. Zij noemt «GEZONDHEID|chronische rugklachten na een "
        "hernia-operatie» en «GEZONDHEID|is moslima en draagt een hoofddoek; wil geen gemengde zwemles»; dit "
        "wordt meegenomen bij de matching.")
    d.p("<b>Ontzorging:</b> de gemeente betaalt de eerste zes maanden de vaste lasten. Huurtoeslag via ‹Dienst "
        "Toeslagen›. Rekeningnummer voor ontzorging: «IBAN|" + iban("RABO", "3152668904") + "».")
    d.p("Vastgesteld door ‹college van burgemeester en wethouders› van ‹Arnhem›, namens deze «J. Staal», "
        "12 februari 2025. Akkoord inburgeraar: handtekening «SIGN|R. Hamwi».")

    # ------------------------------------------------------------ cb17 B&W besluit onderwijshuisvesting (docx)
    d = Doc("cb17", "Collegebesluit IHP Amersfoort", producer="docx", font="Liberation Sans", fontsize=10,
            author="Yvonne Kloosterboer")
    d.hid("PERSON", "Kloosterboer", "metadata")
    d.h("‹Gemeente Amersfoort› – collegevoorstel")
    d.t([["Onderwerp", "Uitbreiding ‹ISK Amersfoort› en ‹Integraal Huisvestingsplan› 2025-2040"],
         ["Portefeuillehouder", "‹wethouder Tigelaar›"], ["Datum college", "‹25 maart 2025›"],
         ["Registratienummer", "‹7390211›"], ["Steller", "«B.W. (Berend) Nooteboom», afdeling ‹Onderwijs›, «033-4695528»"],
         ["Afstemming", "«Mirjam Bruijns» (Financiën), «Ozan Kılıç» (Vastgoed)"]], [1, 3])
    d.p("Beslispunten: 1. In te stemmen met een tijdelijke uitbreiding van de ‹ISK Amersfoort› met 8 lokalen op de "
        "locatie ‹Leusderweg›. 2. De raad via een raadsinformatiebrief te informeren. 3. Het ‹Integraal "
        "Huisvestingsplan› voor inspraak vrij te geven.")
    d.p("Toelichting: het aantal nieuwkomers is sinds 2022 verdubbeld. ‹Burgemeester Bolsius› heeft in het "
        "veiligheidsoverleg gemeld dat de locatie bij het ‹azc Amersfoort› kan worden gebruikt. De schoolbesturen "
        "(‹Meerwaarde›, ‹KPOA›) zijn in het ‹OOGO› van 6 maart akkoord gegaan; namens ‹Meerwaarde› tekende "
        "«Gerard Bruins-Hemmes».")
    d.p("Risico’s: bezwaar van omwonenden. Een bewoner van de ‹Leusderweg›, de heer «Van Schaik-Roelofs», heeft al "
        "een zienswijze gestuurd («vanschaik.roelofs@kpnmail.nl»).")
    d.p("Paraaf afdelingshoofd: «YK» · paraaf concerncontroller: «AvdW»")

    # ------------------------------------------------------------ cb18 klachtencommissie uitspraak
    d = Doc("cb18", "Uitspraak klachtencommissie 2025-012", font="Times-Roman", fontsize=10.5)
    d.h("‹Landelijke Klachtencommissie Onderwijs› – advies ‹2025-012›")
    d.p("inzake de klacht van «de heer S. Bakker» en «mevrouw L. Bakker-Oudshoorn», ouders van «Daan Bakker» "
        "(groep 6), wonende te ‹Zwolle›, klagers, tegen het bevoegd gezag van ‹Stichting Catent› (‹CBS De "
        "Morgenster›), verweerder, vertegenwoordigd door «mr. P. Heuvelman».")
    d.p("De commissie bestond uit mr. «C.M. de Bruin» (voorzitter), «drs. F. Amrani» en «W. Hofstede-Tjoa»; "
        "ambtelijk secretaris «mr. R.J. Ploeg».")
    d.p("<b>Klacht.</b> Klagers stellen dat leerkracht «Marloes Jansen» hun zoon tijdens de gymles voor de klas heeft "
        "uitgelachen om zijn «GEZONDHEID|dyspraxie», en dat de directeur, «de heer Tom Kaptein», hun klacht niet heeft "
        "behandeld. Klagers hebben ook een melding gedaan bij de vertrouwensinspecteur van de ‹Inspectie van het "
        "Onderwijs›.")
    d.p("<b>Overwegingen.</b> De commissie heeft «Jansen» en «Kaptein» gehoord op 12 maart 2025. Uit de verklaring "
        "van de klassenassistent «Fatma Kurt» volgt dat de opmerking is gemaakt. De ‹Wet op het primair onderwijs› "
        "verplicht de school tot een veilige omgeving (artikel 4c).")
    d.p("<b>Advies.</b> De klacht is gegrond ten aanzien van de leerkracht en ongegrond ten aanzien van de directeur. "
        "De commissie adviseert ‹Stichting Catent› excuses aan te bieden en «Daan» een vaste begeleider te geven.")
    d.p("‹Utrecht›, 2 april 2025 · ‹Landelijke Klachtencommissie Onderwijs›, ‹Postbus 85191›, ‹3508 AD Utrecht›, "
        "‹info@onderwijsgeschillen.nl›")

    # ------------------------------------------------------------ cb19 ziekmelding teacher with health note
    d = Doc("cb19", "Verslag verzuimgesprek", font="Courier", fontsize=9.5)
    d.h("‹Stichting Sirius› – verslag verzuimgesprek (vertrouwelijk)")
    d.m("Medewerker      : «Robin van der Kolk-Sewdien»\nPersoneelsnummer: «PERS|104772»\nFunctie         : leraar "
        "LB, ‹Sirius College› ‹Amsterdam-Noord›\nLeidinggevende  : «I. (Ilona) Brandsma»\nBedrijfsarts    : «dr. "
        "K. Oyelaran» (‹ArboNed›)\nDatum gesprek   : 19 februari 2025")
    d.p("«Robin» is sinds 6 januari ziek gemeld. Hij vertelt dat hij «GEZONDHEID|in behandeling is voor een burn-out en "
        "antidepressiva gebruikt». Volgens de bedrijfsarts kan hij vanaf maart therapeutisch hervatten (2 × 3 uur).")
    d.p("Afspraken: re-integratie via het ‹Vervangingsfonds›-traject; collega «Mieke Zijlstra» neemt de mentorklas over; "
        "contact met P&amp;O («Hasan Yücel», «h.yucel@siriusamsterdam.nl»). Volgend gesprek 19 maart. Partner "
        "van medewerker («Priya Sewdien», «06-11748235») is contactpersoon in noodgevallen.")
    d.p("Paraaf leidinggevende: «IB» · paraaf medewerker: «RvdK»")

    # ------------------------------------------------------------ cb20 ouderbrief (docx), mostly keep
    d = Doc("cb20", "Nieuwsbrief De Regenboog maart 2025", producer="docx", font="DejaVu Sans", fontsize=10)
    d.h("Nieuwsbrief ‹OBS De Regenboog› ‹Leeuwarden› – maart 2025")
    d.p("Beste ouders en verzorgers,")
    d.p("Op 17 maart komt ‹burgemeester Buma› de nieuwe ‹schooltuin› openen. Ook ‹wethouder Bouma› (Onderwijs) is "
        "erbij. Daarna doet groep 8 mee aan ‹Kinderen voor Kinderen›-zingen op het ‹Oldehoofsterkerkhof›.")
    d.p("Nieuw in het team: juf «Sjoukje Buma-Terpstra» (groep 3) en meester «Ibrahim Sahin» (gym). Juf «Femke» is "
        "met zwangerschapsverlof; wij wensen haar en haar man «Jelmer» veel geluk.")
    d.p("De ‹GGD Fryslân› houdt op 24 maart het spreekuur van de jeugdverpleegkundige. Aanmelden kan bij "
        "‹administratie@obsderegenboog.nl› of via de school, ‹058-2131450›.")
    d.p("‹Week van de Lentekriebels›: in alle groepen lessen over relaties en seksualiteit, volgens de ‹kerndoelen› "
        "van ‹SLO›. Vragen? Bel intern begeleider «Anke Dijkstra» op «06 53 11 88 40».")
    d.p("Met vriendelijke groet,\n«Harm Postma», directeur")

    # ------------------------------------------------------------ cb21 zorgadviesteam verslag
    d = Doc("cb21", "Verslag ZAT", font="LiberationSans", fontsize=9.5)
    d.h("Verslag ‹zorgadviesteam› ‹Koningin Wilhelmina College› ‹Culemborg›, 10 maart 2025")
    d.p("Aanwezig: «M. Pranger» (zorgcoördinator, vz), «dr. Ilse Verweij-Oduya» (jeugdarts ‹GGD Gelderland-Zuid›), "
        "«Kees Nobel» (leerplicht ‹Culemborg›), «Sanne Ruijs» (‹Sociaal Team Culemborg›), «Jaap Dekker» (wijkagent).")
    d.p("<b>Casus 1 – «Noa Verbrugge» (3V, «DOB|11-08-2010»)</b>. Ouders «Gert Verbrugge» en «Lisette van Ommen» "
        "gescheiden. «GEZONDHEID|Diagnose anorexia nervosa, opname bij ‹Rintveld› overwogen»." .replace("‹Rintveld›", "Rintveld")
        + " Verzuim 22%. Afspraak: ‹OPP› opstellen; «Nobel» meldt geen verzuim door zolang behandeling loopt.")
    d.p("<b>Casus 2 – «Youssef El Amrani» (2K)</b>. Broer «Bilal» is in 2024 veroordeeld voor "
        "«STRAF|betrokkenheid bij een plofkraak»; hij wordt op school bedreigd. Wijkagent «Dekker» neemt contact "
        "op met ‹Halt›; «Youssef» krijgt een veilige route naar school. Moeder «Fatima Bouzid-El Amrani» (alleen Arabisch/Tarifit) krijgt een tolk via ‹Tolkcentrum›.")
    d.p("<b>Casus 3 – «Oleksandr» (ISK-2)</b>. Woont met moeder bij gastgezin «familie Hoefnagels», «ADDR|Prijssestraat 9»; "
        "gastgezin stopt per mei. ‹Sociaal Team Culemborg› zoekt andere woonruimte met ‹Gemeente Culemborg›.")
    d.p("Volgende ZAT: 14 april. Verslag naar deelnemers via ‹Zorgdomein›? Nee, via beveiligde mail ‹zat@kwc-culemborg.nl›.")
    d.p("Paraaf «MP» 11-03-2025")

    # ------------------------------------------------------------ cb22 commissievergadering besluitenlijst
    d = Doc("cb22", "Besluitenlijst commissie Samenleving", font="Helvetica", fontsize=10)
    d.h("‹Gemeente Eindhoven› – besluitenlijst ‹commissie Samenleving›, 13 februari 2025")
    d.p("Voorzitter: ‹raadslid Van Gurp›. Aanwezig namens het college: ‹wethouder Steenbakkers› (Onderwijs) en "
        "‹burgemeester Dijsselbloem› (agendapunt 4). Griffier: «Marloes Verhagen-Tan»; commissiegriffier "
        "«Bram Oerlemans» («b.oerlemans@eindhoven.nl»).")
    d.p("1. Inspraak. Mevrouw «Kübra Aslan», moeder van een leerling van ‹De Boog›, spreekt in over het vervoer van "
        "kinderen met een beperking. Haar dochter «Elif» «GEZONDHEID|zit in een rolstoel en heeft een "
        "spierziekte». De heer «Wim van Rooij» (‹Ouderraad Eindhoven-Zuid›) sluit zich aan.")
    d.p("2. ‹Leerlingenvervoer› – raadsvoorstel ‹25bst00214›. ‹Raadslid Koç› (‹GroenLinks›) vraagt naar de "
        "klachten over ‹Munckhof›. Toezegging ‹wethouder Steenbakkers›: evaluatie voor de zomer.")
    d.p("3. ‹Nieuwkomersvoorziening› ‹Eindhoven›. ‹Raadslid De Jong› en ‹raadslid Van Gurp› stellen vragen over "
        "de wachtlijst van de ‹Internationale Schakelklas›. De ambtenaar «Joost van den Eijnde» licht toe.")
    d.p("4. ‹Veiligheid rond scholen›. ‹Burgemeester Dijsselbloem› meldt dat de ‹politie Oost-Brabant› extra "
        "toezicht houdt bij ‹het Stedelijk College›.")
    d.p("Volgende vergadering 13 maart 2025. Stukken: ‹eindhoven.raadsinformatie.nl›.")

    # ------------------------------------------------------------ cb23 screenshot of a parents' app group (image page)
    d = Doc("cb23", "Screenshot oudergroep", producer="scan",
            scan={"font": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "size": 36, "angle": 0.0, "seed": 23,
                  "q": 75, "wrap": 55})
    d.h("Groep 5b ouders (WhatsApp) – 12 maart")
    d.p("Marieke (mama van Tim): Weet iemand of juf Hester morgen weer is?")
    d.p("Rachid Ouazzani: Volgens mij niet, ze is nog ziek. Mijn vrouw hoorde dat het een hernia is.")
    d.p("Marieke (mama van Tim): Ah sneu. Wie vervangt?")
    d.p("Lisa Brenninkmeijer: Meester Koos, die van groep 7. Zijn nummer is 06-27391184 als je iets wil regelen.")
    d.p("Rachid Ouazzani: Top. Wie haalt Sem en Noor op vrijdag? Ik kan pas om 16 uur.")
    d.p("+31 6 48801572: Ik doe het wel! Groet, Natasja (moeder van Noor)")
    spans = ["«Marieke»", "«Tim»", "«Hester»", "«Rachid Ouazzani»", "«GEZONDHEID|het een hernia is»",
             "«Lisa Brenninkmeijer»", "«Koos»", "«06-27391184»", "«Sem»", "«Noor»", "«+31 6 48801572»", "«Natasja»"]
    fixed = []
    for b in d.blocks:
        s = b[1]
        for sp in spans:
            body = sp[1:-1].split("|")[-1]
            if body in s and sp not in s:
                s = s.replace(body, sp, 1)
        fixed.append((b[0], s))
    d.blocks = fixed

    # ------------------------------------------------------------ cb24 DUO terugvordering inburgering lening
    d = Doc("cb24", "DUO brief lening inburgering", font="LiberationSerif", fontsize=10,
            hidden={"author": "Gerda Talsma-Weening"})
    d.hid("PERSON", "Talsma-Weening", "metadata")
    d.p("‹Dienst Uitvoering Onderwijs› · ‹Inburgering› · Postbus 30205, 2500 GE ‹Den Haag›")
    d.p("«De heer A. Habibi»<br/>«ADDR|Lange Nieuwstraat 88»<br/>«3111 AL» ‹Schiedam›")
    d.t([["Datum", "Klantnummer", "V-nummer", "Kenmerk"],
         ["‹14 maart 2025›", "«KLANT|INB-8830271»", "«V|2788201643»", "‹LI-2025-33710›"]], [1, 1, 1, 1])
    d.h("Aflossing ‹lening inburgering›")
    d.p("Geachte «heer Habibi»,")
    d.p("U heeft een lening van € 10.000 gekregen voor uw inburgering onder de ‹Wet inburgering 2013›. U heeft op "
        "14 juni 2022 het ‹inburgeringsexamen› gehaald. Daarom hoeft u € 6.400 niet terug te betalen "
        "(‹kwijtschelding›). Het restant van € 3.600 betaalt u in 120 maanden terug via automatische incasso van "
        "rekening «IBAN|" + iban("ABNA", "518204331") + "» (ten name van «A. Habibi-Sultani»).")
    d.p("Uw gezinslid «Shabnam Habibi-Sultani» (klantnummer «KLANT|INB-8830289») ontvangt een eigen brief.")
    d.p("Met vriendelijke groet,<br/>«H. Meinsma-Oosting»<br/>‹DUO›, afdeling ‹Inburgering›<br/>"
        "Vragen: ‹088-0123888› · ‹inburgeren.nl›")

    # ------------------------------------------------------------ cb25 examencommissie fraud decision
    d = Doc("cb25", "Besluit examencommissie fraude", font="DejaVuSans", fontsize=9.5)
    d.h("‹Hogeschool van Amsterdam› – ‹Examencommissie› ‹Faculteit Onderwijs en Opvoeding›")
    d.p("Aan: «dhr. L.J.M. (Luuk) Hoekstra-Ramdin», studentnummer «STUDENT|500912847», «luuk.hoekstra-ramdin@hva.nl»<br/>"
        "Opleiding: ‹Leraar Basisonderwijs› (‹Pabo›), voltijd<br/>Datum: 17 januari 2025 · Kenmerk ‹EC-FOO-2025-0031›")
    d.p("Geachte heer «Hoekstra-Ramdin»,")
    d.p("De examinator van de cursus ‹Taaldidactiek 2›, «mevrouw drs. Y. Sitompul», meldde op 9 december 2024 een "
        "vermoeden van fraude: in uw portfolio kwamen drie passages letterlijk overeen met het werk van medestudent "
        "«Zoë Schermerhorn» (studentnummer «STUDENT|500877305»). Daarnaast liet ‹Ephorus› gelijkenis zien met een "
        "tekst die door ‹ChatGPT› was gegenereerd.")
    d.p("Tijdens de hoorzitting op 8 januari 2025 (aanwezig: voorzitter «dr. A. Kreuger», lid «M. el Bakkali», "
        "secretaris «J. Nijhof») verklaarde u dat u het document van «Zoë» had gekregen om te leren. U gaf aan dat u "
        "«GEZONDHEID|in die periode ADHD-medicatie was gestopt» en onder druk stond.")
    d.p("<b>Besluit.</b> De examencommissie stelt fraude vast (artikel 6.3 ‹OER›). Het resultaat wordt ongeldig "
        "verklaard en u wordt voor vier maanden uitgesloten van tentamens van de cursus. Mevrouw «Schermerhorn» "
        "ontvangt een waarschuwing. U kunt binnen zes weken beroep instellen bij het ‹College van Beroep voor de "
        "Examens› (‹CBE›), ‹cbe@hva.nl›. Een beroep bij het ‹CBHO› is daarna mogelijk.")
    d.p("Namens de examencommissie,<br/>«dr. A. Kreuger», voorzitter")

    # ------------------------------------------------------------ cb26 scanned attendance list with handwriting
    d = Doc("cb26", "Scan presentielijst training", producer="scan",
            scan={"font": HAND, "size": 52, "angle": -0.7, "seed": 26, "hand": True, "q": 70, "wrap": 60,
                  "typed": MONO})
    d.m("PRESENTIELIJST - Training Meldcode huiselijk geweld en kindermishandeling\n"
        "Stichting OOZ, 4 februari 2025, locatie Zoetermeer\nTrainer: Linda Hagenaars-Kuijpers (Augeo)")
    d.m("Nr  Naam                       School                Handtekening")
    d.p("1   Peter Valkenburg       De Piramide")
    d.p("2   Rukiye Aksoy           Het Baken")
    d.p("3   Gwen Steenbergen       De Piramide")
    d.p("4   Tamara Mulder          Oranje Nassau")
    d.p("5   Hassan Bennani         Het Baken")
    d.m("Aantal deelnemers: 5. Getekend voor akkoord: L. Hagenaars-Kuijpers")
    spans = ["«Linda Hagenaars-Kuijpers»", "«Hagenaars-Kuijpers»", "«Valkenburg»", "«Rukiye»", "«Aksoy»",
             "«Steenbergen»", "«Tamara»", "«Mulder»", "«Hassan»", "«Bennani»", "«Peter»", "«Gwen»"]
    fixed = []
    for b in d.blocks:
        s = b[1]
        for sp in spans:
            body = sp[1:-1].split("|")[-1]
            if body in s and sp not in s and ("«" + body) not in s and (body + "»") not in s:
                s = s.replace(body, sp, 1)
        fixed.append((b[0], s))
    d.blocks = fixed

    # ------------------------------------------------------------ cb27 Rotterdam memo Ukrainian pupils (docx, 2 pages)
    d = Doc("cb27", "Memo onderwijs Oekraiense leerlingen Rotterdam", producer="docx", font="Liberation Serif",
            fontsize=10.5)
    d.h("‹Gemeente Rotterdam› – memo")
    d.t([["Aan", "‹burgemeester Schouten›, ‹wethouder Kasmi›"], ["Van", "«Evelien Moerman», programmamanager "
          "‹Opvang Oekraïners›"], ["Cc", "«Yusuf Karaca» (‹Maatschappelijke Ontwikkeling›), «I.M. Hoogendoorn-Petrenko»"],
         ["Datum", "‹21 januari 2025›"], ["Onderwerp", "Onderwijs aan ontheemde kinderen uit ‹Oekraïne›"]], [1, 4])
    d.p("<b>Stand van zaken.</b> In ‹Rotterdam› verblijven circa 4.800 ontheemden uit ‹Oekraïne›, onder wie 1.150 "
        "leerplichtige kinderen. 930 kinderen gaan naar een ‹taalklas› of ‹ISK›; 85 kinderen volgen alleen "
        "Oekraïens afstandsonderwijs. Dit laatste is onder de ‹Leerplichtwet 1969› niet voldoende.")
    d.p("<b>Knelpunten.</b> De opvanglocatie ‹Hotel New York›? Nee: de ‹Rijnhaven›-locatie heeft geen vervoer. Bij "
        "het ‹Wolfert Lyceum› ligt een wachtlijst van 40 leerlingen. ‹LOWAN› adviseert extra taalklassen.")
    d.p("<b>Voorbeeld (geanonimiseerd voor de raad, niet in deze memo).</b> Het gezin «Shevchuk» (moeder «Oksana», "
        "kinderen «Artem» (12) en «Sofiia» (9)) woont sinds 2023 in ‹Feijenoord›. «Artem» volgt alleen online "
        "les bij zijn oude school in ‹Odesa›; moeder zegt dat hij «GEZONDHEID|na een bombardement niet meer "
        "in groepen durft». Leerplichtambtenaar «Niek Rombouts» («06-39921406») heeft een huisbezoek gedaan.")
    d.pb()
    d.p("<b>Voorstel.</b> 1. Per 1 maart twee extra taalklassen in ‹Charlois› en ‹IJsselmonde›. 2. Leerplicht "
        "intensiveert huisbezoeken. 3. ‹Wethouder Kasmi› informeert de raad via een ‹raadsinformatiebrief›.")
    d.p("<b>Financiën.</b> Kosten € 2,1 mln, te dekken uit de ‹Regeling opvang ontheemden Oekraïne› (‹ROO›) van het "
        "‹ministerie van Justitie en Veiligheid›, en de bekostiging van ‹OCW› voor nieuwkomers.")
    d.p("<b>Afstemming.</b> Besproken met ‹Stichting BOOR› («Ton Verhoeckx») en ‹PPO Rotterdam› («Mariska "
        "Bouwman-Lie», «m.bouwman@pporotterdam.nl»). Ambtelijk contact: «Evelien Moerman», «ef.moerman@rotterdam.nl», "
        "«010-4982271»; algemeen: ‹14 010›.")
    d.p("«EM» / «YK»")

    # ------------------------------------------------------------ cb28 OOGO verslag with paraph list
    d = Doc("cb28", "Verslag OOGO Den Haag", font="Times-Roman", fontsize=10.5)
    d.h("Verslag ‹Op Overeenstemming Gericht Overleg› (‹OOGO›) ‹Den Haag›, 30 januari 2025")
    d.p("Aanwezig: ‹wethouder Bredemeijer› (voorzitter), namens ‹Lucas Onderwijs› «drs. R. Valstar», namens "
        "‹Stichting Haagse Scholen› «H. van Leeuwen-Dorst», namens ‹VCO Den Haag› «mr. E.K. Bosman», ambtelijk "
        "«T. Berkhout» («tberkhout@denhaag.nl») en «Sander Jacobs» (verslag).")
    d.p("1. ‹Onderwijsachterstandenbeleid›: de verdeling van de ‹GOAB›-middelen 2025 wordt vastgesteld. «Valstar» "
        "vraagt om meer middelen voor ‹voorschoolse educatie› in ‹Laak› en ‹Escamp›.")
    d.p("2. ‹Nieuwkomersonderwijs›: in ‹Den Haag› zijn 14 ‹NT2›-klassen. ‹Burgemeester Van Zanen› heeft de "
        "schoolbesturen bedankt voor de opvang van kinderen uit het ‹aanmeldcentrum›.")
    d.p("3. Huisvesting: het schoolgebouw aan de ‹Mient› wordt vervangen. Bezwaar van de buren («familie Oudshoorn», "
        "«ADDR|Mient 402») is ongegrond verklaard.")
    d.t([["Actie", "Wie", "Paraaf"],
         ["Verdeling GOAB naar raad", "‹wethouder Bredemeijer›", "—"],
         ["Overzicht wachtlijsten NT2", "«Bosman»", "«EKB»"],
         ["Notitie huisvesting Mient", "«Berkhout»", "«TBk»"],
         ["Verslag rondsturen", "«Jacobs»", "«SJ»"]], [3, 2, 1])

    # ------------------------------------------------------------ cb29 incidentmelding school (criminal data)
    d = Doc("cb29", "Incidentmelding 2025-031", font="LiberationMono", fontsize=9)
    d.h("‹ROC Mondriaan› – incidentregistratie ‹2025-031›")
    d.m("Datum/tijd : 24-02-2025 12:40\nLocatie    : ‹Leeghwaterplein› ‹Den Haag›, kantine\nMelder     : «Tjeerd Hoogland», "
        "docent, «t.hoogland@rocmondriaan.nl»\nBetrokken  : «Anass Boukhari» (studentnr «STUDENT|2198440»), «Milan de Graaf» "
        "(studentnr «STUDENT|2201173»)")
    d.p("Beschrijving: tijdens de pauze kreeg «Anass» ruzie met «Milan» over een filmpje op ‹TikTok›. «Milan» trok een "
        "mes. Beveiliger «Ricardo Martina» heeft hem ontwapend. ‹Politie Den Haag› is gebeld (‹112›); «Milan» is "
        "aangehouden. Hij heeft volgens zijn mentor «STRAF|al een taakstraf lopen voor een eerder geweldsdelict».")
    d.p("Nazorg: «Anass» heeft een snijwond aan de hand, behandeld bij de ‹Spoedeisende Hulp› van ‹HMC Westeinde›. "
        "Ouders ingelicht: vader «Mohamed Boukhari» («06-47125539»), moeder van «Milan» («Sandra de Graaf», «+31 6 "
        "1409 8722»). Melding aan de ‹Inspectie van het Onderwijs› via het ‹meldpunt vertrouwensinspecteurs›.")
    d.p("Afgehandeld door teamleider «H.J. (Henk) Ruijgrok», paraaf «HJR».")

    # ------------------------------------------------------------ cb30 university press release
    d = Doc("cb30", "Persbericht TU Delft", font="Helvetica", fontsize=10)
    d.h("Persbericht ‹TU Delft› – Vluchtelingstudenten starten in ‹Delft› met ‹schakeljaar›")
    d.p("‹Delft›, 3 maart 2025 – Vijfentwintig studenten met een vluchtelingenachtergrond zijn deze week begonnen aan "
        "het ‹schakeljaar› van de ‹TU Delft›, in samenwerking met het ‹UAF› en ‹Stichting voor Vluchteling-Studenten›. "
        "‹Rector magnificus Van der Hagen› opende het programma in de ‹Aula›.")
    d.p("Een van hen is «Bilal Haidari» (27) uit ‹Kabul›, die in Afghanistan twee jaar civiele techniek studeerde. "
        "“Ik wil bruggen bouwen, letterlijk,” zegt «Haidari», die sinds 2023 met zijn zus «Mursal» in ‹Rijswijk› woont. "
        "Ook «Hevin Mustafa-Rashid» (31), apotheker uit ‹Qamishli›, doet mee.")
    d.p("Programmaleider «dr. ir. Annemarie Hoogland-Scheffer»: “De groep is gemotiveerd en heeft veel in huis.” "
        "‹Staatssecretaris Nobel› (‹SZW›) bracht vorige maand een werkbezoek aan het programma.")
    d.p("Noot voor de redactie, niet voor publicatie: voor interviews met deelnemers kunt u contact opnemen met "
        "«Inge Wolters» (studentbegeleiding, «06-22864317», «i.wolters-1@tudelft.nl»). Algemene persvragen: "
        "‹Mediarelaties› ‹TU Delft›, ‹press@tudelft.nl›, ‹015-2784400›.")

    # ------------------------------------------------------------ cb31 vrijstelling leerplicht (religion)
    d = Doc("cb31", "Besluit vrijstelling art 5 Leerplichtwet", font="DejaVuSerif", fontsize=9.5)
    d.h("‹Gemeente Staphorst› – besluit op kennisgeving vrijstelling (‹artikel 5, onder b, Leerplichtwet 1969›)")
    d.p("Aan: «de heer en mevrouw J. Brinkman-Mulder», «ADDR|Gemeenteweg 176», ‹Staphorst›<br/>Datum: 10 april 2025 · "
        "Zaaknummer ‹Z-2025-004188›")
    d.p("Geachte «heer en mevrouw Brinkman»,")
    d.p("Op 2 april 2025 heeft u kennisgegeven dat u voor uw zoon «Hendrik Jan Brinkman» («DOB|27-05-2020») een "
        "beroep doet op vrijstelling van inschrijving op een school, omdat u «RELIGIE|als leden van de Oud "
        "Gereformeerde Gemeente bedenkingen heeft tegen de richting van het onderwijs» op alle scholen binnen "
        "redelijke afstand.")
    d.p("De leerplichtambtenaar, «mevrouw G. Mulder-Tolsma», heeft uw kennisgeving beoordeeld. De kennisgeving is "
        "tijdig gedaan en voldoet aan de vereisten. Op grond van artikel 5 onder b is uw zoon vrijgesteld voor het "
        "schooljaar 2025-2026. De ‹Inspectie van het Onderwijs› en ‹DUO› (‹Basisregister Onderwijs›) ontvangen een "
        "afschrift.")
    d.p("Met vriendelijke groet,<br/>het college van ‹burgemeester en wethouders› van ‹Staphorst›, namens dezen,<br/>"
        "«G. Mulder-Tolsma», leerplichtambtenaar ‹Regio IJssel-Vecht›, «038-8514267»")

    # ------------------------------------------------------------ cb32 DUO exam results to a language school (docx)
    d = Doc("cb32", "Examenuitslagen inburgering februari", producer="docx", font="DejaVu Sans", fontsize=9.5)
    d.m("Van: ‹examens@duo.nl›\nAan: «Marleen Koopal» (‹Taalschool Noorderpoort›, ‹Groningen›)\n"
        "Datum: 11 maart 2025\nOnderwerp: Uitslagen ‹staatsexamen NT2› en ‹inburgeringsexamen›, sessie februari")
    d.p("Beste «mevrouw Koopal»,")
    d.p("Hierbij de uitslagen van uw kandidaten die toestemming gaven om de uitslag met de taalschool te delen.")
    d.t([["Kandidaat", "Kandidaatnr.", "Onderdeel", "Uitslag"],
         ["«Abebe Tadesse Wolde»", "«KAND|E-55218730»", "Lezen B1", "geslaagd"],
         ["«Luwam Okbazghi»", "«KAND|E-55218748»", "Spreken B1", "niet geslaagd"],
         ["«ÖZDEMIR, Kemal»", "«KAND|E-55219013»", "Schrijven A2", "geslaagd"],
         ["«Hanna Savchenko»", "«KAND|E-55219021»", "‹Staatsexamen NT2› I", "geslaagd"],
         ["«Noor Al-Hassan»", "«KAND|E-55219137»", "KNM", "geslaagd"],
         ["«Fawad Sultani»", "«KAND|E-55219145»", "Luisteren B1", "uitgesteld – «GEZONDHEID|ziek (griep)»"]],
        [2, 1.2, 1.4, 1.4])
    d.p("Kandidaat «Okbazghi» kan een herexamen aanvragen via ‹Mijn Inburgering›. Voor kandidaat «Sultani» is "
        "een medische verklaring ontvangen van zijn huisarts «dr. P. Eilander».")
    d.p("Met vriendelijke groet,\n‹Dienst Uitvoering Onderwijs›, examenbureau ‹Inburgering›\n«W. de Haan» (behandelaar)")
