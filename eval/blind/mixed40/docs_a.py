"""Documents 01-11 of set AX (health, welfare, housing). All personal data invented."""
from ids import B, I

DOCS = []
_B3 = f"{B[3][:4]}.{B[3][4:6]}.{B[3][6:]}"  # BSN written with dots


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------------------------------------
# 01 VWS answers a complaint (reportlab letter); Info Author = a civil servant not in the text
# ------------------------------------------------------------------------------------------------
doc(name="ax01_vws_antwoord_burgerbrief.pdf", producer="rl",
    meta={"Author": "Marloes Spijkerman-Ramdin", "Title": "Antwoord burgerbrief Bakker-El Amrani",
          "Subject": "Wlz-indicatie moeder"},
    footer="Ministerie van VWS | Parnassusplein 5 | 2511 VX Den Haag | T 070 340 79 11 | pagina {page}",
    items=[
        ("right", "Ministerie van Volksgezondheid, Welzijn en Sport\nDirectie Langdurige Zorg\nParnassusplein 5\n"
                  "2511 VX Den Haag\nPostbus 20350\n2500 EJ Den Haag\nwww.rijksoverheid.nl"),
        ("p", "Mevrouw Y. Bakker-El Amrani\nKastanjelaan 14\n7604 KL  Almelo"),
        ("sp", 8),
        ("p", "Datum 14 oktober 2024\nBetreft Uw brief over de Wlz-indicatie van uw moeder\n"
              "Ons kenmerk 4102337-1068840-LZ\nUw brief van 3 september 2024"),
        ("sp", 6),
        ("p", "Geachte mevrouw Bakker-El Amrani,"),
        ("p", "In uw brief van 3 september 2024 aan minister Agema schrijft u dat uw moeder, mevrouw Fatiha "
              "El Amrani (geboren 17 mei 1941), die woonachtig is aan de Wierdensestraat 211-A te Almelo, al "
              "zes maanden wacht op een besluit van het CIZ over haar aanvraag voor een indicatie op grond "
              "van de Wet langdurige zorg (Wlz). Minister Agema heeft mij gevraagd u namens haar te antwoorden."),
        ("p", "Ik begrijp dat de situatie zwaar is voor u en uw broer Karim. Het CIZ heeft ons laten weten dat "
              "de aanvraag met dossiernummer 2024-0771932 inmiddels in behandeling is en dat een "
              "indicatiesteller, de heer Wouter Schipper, uw moeder op 22 oktober 2024 thuis bezoekt. De "
              "heer Schipper belt u vooraf op uw mobiele nummer 06-41 77 20 93."),
        ("p", "Het CIZ is een zelfstandig bestuursorgaan. De minister kan niet in een individuele aanvraag "
              "beslissen, maar wij hebben uw signaal wel doorgegeven aan de Raad van Bestuur van het CIZ en aan "
              "Menzis Zorgkantoor, dat de zorg in de regio Twente inkoopt. Als u het niet eens bent met het "
              "besluit, kunt u bezwaar maken. Ook kunt u terecht bij de Nationale ombudsman."),
        ("p", "Heeft u nog vragen? Mijn medewerker de heer Ömer Doğan is bereikbaar op 070-340 5512 of via "
              "omer.dogan@minvws.nl. U kunt ook schrijven naar burgerbrieven@minvws.nl of bellen met het "
              "algemene nummer 070 340 79 11."),
        ("p", "Met vriendelijke groet,"),
        ("p", "De minister van Volksgezondheid, Welzijn en Sport,\nnamens deze,\n"
              "het hoofd van de afdeling Burgerbrieven,"),
        ("sp", 14),
        ("p", "mr. J.C. van der Heijden-Tjon A Fong"),
    ],
    red=[("PERSON", "Yasmina Bakker-El Amrani", ["Bakker-El Amrani"]),
         ("ADDRESS", "Kastanjelaan 14, 7604 KL Almelo", ["Kastanjelaan 14", "7604 KL"]),
         ("PERSON", "Fatiha El Amrani", ["Fatiha"]),
         ("DOB", "17 mei 1941", ["17 mei 1941"]),
         ("ADDRESS", "Wierdensestraat 211-A te Almelo", ["Wierdensestraat 211-A"]),
         ("PERSON", "Karim (brother)", ["Karim"]),
         ("CLIENTNR", "2024-0771932", ["2024-0771932"]),
         ("PERSON", "Wouter Schipper", ["Wouter Schipper", "Schipper"]),
         ("PHONE", "06-41 77 20 93", ["06-41 77 20 93"]),
         ("PERSON", "Ömer Doğan", ["Ömer Doğan", "Doğan"]),
         ("PHONE", "070-340 5512", ["070-340 5512"]),
         ("EMAIL", "omer.dogan@minvws.nl", ["omer.dogan@minvws.nl"]),
         ("PERSON", "J.C. van der Heijden-Tjon A Fong", ["Heijden-Tjon A Fong", "J.C. van der Heijden"]),
         ("PERSON", "Marloes Spijkerman-Ramdin (Info Author)", ["Spijkerman-Ramdin"])],
    keep=[("OFFICEHOLDER", "minister Agema", ["Agema"]),
          ("ORG", "Ministerie van Volksgezondheid, Welzijn en Sport", ["Volksgezondheid, Welzijn en Sport"]),
          ("GOVADDR", "Parnassusplein 5", ["Parnassusplein 5"]),
          ("GOVADDR", "Postbus 20350", ["Postbus 20350"]),
          ("ORG", "CIZ", ["CIZ"]), ("LAW", "Wet langdurige zorg", ["Wet langdurige zorg"]),
          ("ORG", "Menzis Zorgkantoor", ["Menzis Zorgkantoor"]), ("PLACE", "Twente", ["Twente"]),
          ("ORG", "Nationale ombudsman", ["Nationale ombudsman"]),
          ("MAILBOX", "burgerbrieven@minvws.nl", ["burgerbrieven@minvws.nl"]),
          ("SWITCHBOARD", "070 340 79 11", ["070 340 79 11"]),
          ("ROLE", "indicatiesteller", ["indicatiesteller"]),
          ("FILENR", "4102337-1068840-LZ", ["4102337-1068840-LZ"])])

# ------------------------------------------------------------------------------------------------
# 02 RIVM note on GGD outreach (reportlab, 2 pages, author name in header on every page, outline)
# ------------------------------------------------------------------------------------------------
doc(name="ax02_rivm_notitie_ggd_bereik.pdf", producer="rl",
    header="RIVM | Centrum Infectieziektebestrijding | notitie opgesteld door dr. Nguyễn Thị Lan | concept v0.3",
    footer="Rijksinstituut voor Volksgezondheid en Milieu | Antonie van Leeuwenhoeklaan 9, Bilthoven | pagina {page} van 2",
    hidden={"outline": ["1. Aanleiding", "2. Gesprekken met GGD'en (Lan, Verbeek)", "3. Vervolg - actie Kowalczyk"]},
    items=[
        ("h", "Notitie: bereik van vaccinatiecampagnes in wijken met lage opkomst"),
        ("table", [["Aan", "Programmaraad GGD GHOR Nederland / RIVM"],
                   ["Van", "dr. Nguyễn Thị Lan, senior epidemioloog"],
                   ["Datum", "2 december 2024"],
                   ["Kopie", "drs. Pieter-Jan Verbeek; Agnieszka Kowalczyk MSc"],
                   ["Contact", "lan.nguyen@rivm.nl | 06 1843 2276"]], [0.2, 0.8], {"header": False}),
        ("h2", "1. Aanleiding"),
        ("p", "Op verzoek van staatssecretaris Karremans (Jeugd, Preventie en Sport) brengt het RIVM in kaart "
              "waarom de opkomst voor de griep- en coronaprik in sommige wijken achterblijft. Deze notitie "
              "bundelt de gesprekken die wij in oktober en november 2024 voerden met vijf GGD'en en met "
              "sleutelpersonen in de wijken. Kamerlid Tielen (VVD) stelde hierover op 12 november 2024 "
              "schriftelijke vragen."),
        ("h2", "2. Gesprekken met GGD'en"),
        ("p", "Bij GGD Twente sprak Lan met Fatma Yılmaz-Koç, teamleider publieksvoorlichting. Volgens Fatma "
              "werkt de inzet van voorlichters uit de eigen gemeenschap beter dan een brief: in Enschede-Velve "
              "bereikten zij met een stand bij de moskee in twee zaterdagen meer mensen dan met 4.000 "
              "uitnodigingen. Fatma gaf wel aan dat de ICT van de afsprakenlijn (een SaaS-oplossing van een "
              "externe leverancier) geen meertalige bevestigingen kan versturen."),
        ("p", "Bij GGD Rotterdam-Rijnmond voerde Pieter-Jan Verbeek het gesprek met de wijkverpleegkundige "
              "Roshni Baldewsingh en met Jozef Kowalski, vrijwilliger bij de Poolse parochie. Kowalski schat "
              "dat minder dan een derde van de Poolse arbeidsmigranten in Charlois ingeschreven staat bij een "
              "huisarts. Roshni stelde voor om samen te werken met het Erasmus MC en met de "
              "uitzendbureaus; zij is bereikbaar via r.baldewsingh@ggdrr.nl."),
        ("p", "GGD Amsterdam wees op de goede ervaringen in Nieuw-West met de 'prikbus', die ook met steun "
              "van de Johan Cruijff Foundation bij Cruyff Courts stond. De contactpersoon daar, Ilse "
              "de Wit-Brouwer, stuurt de cijfers per postcodegebied na."),
        ("pb",),
        ("h2", "3. Vervolg"),
        ("p", "Agnieszka Kowalczyk (RIVM, team Data) koppelt de opkomstcijfers aan CBS-gegevens op wijkniveau. "
              "Zij maakt daarbij alleen gebruik van geaggregeerde data; er worden geen BSN's of andere "
              "persoonsgegevens van gevaccineerden verwerkt. De uitkomsten bespreken wij in de "
              "programmaraad van januari 2025 met GGD GHOR Nederland."),
        ("p", "Voorgestelde acties:"),
        ("table", [["Actie", "Trekker", "Gereed"],
                   ["Meertalige bevestiging in afsprakenlijn (ICT, leverancier)", "GGD GHOR Nederland", "Q1 2025"],
                   ["Factsheet Pools en Oekraïens", "A. Kowalczyk", "februari 2025"],
                   ["Overleg met Erasmus MC en uitzendbranche", "P.J. Verbeek", "maart 2025"],
                   ["Antwoord op Kamervragen Tielen (bijdrage)", "RIVM/CIb", "december 2024"]],
         [0.55, 0.25, 0.2]),
        ("p", "Vragen over deze notitie kunnen ook naar het algemene adres info@rivm.nl of het "
              "telefoonnummer 030 274 91 11."),
    ],
    red=[("PERSON", "Nguyễn Thị Lan", ["Nguyễn Thị Lan", "Lan"]),
         ("EMAIL", "lan.nguyen@rivm.nl", ["lan.nguyen@rivm.nl"]),
         ("PHONE", "06 1843 2276", ["06 1843 2276"]),
         ("PERSON", "Pieter-Jan Verbeek", ["Verbeek", "Pieter-Jan", "P.J. Verbeek"]),
         ("PERSON", "Agnieszka Kowalczyk", ["Kowalczyk", "Agnieszka"]),
         ("PERSON", "Fatma Yılmaz-Koç", ["Yılmaz-Koç", "Fatma"]),
         ("PERSON", "Roshni Baldewsingh", ["Baldewsingh", "Roshni"]),
         ("EMAIL", "r.baldewsingh@ggdrr.nl", ["r.baldewsingh@ggdrr.nl"]),
         ("PERSON", "Jozef Kowalski", ["Kowalski", "Jozef"]),
         ("PERSON", "Ilse de Wit-Brouwer", ["Wit-Brouwer", "Ilse"])],
    keep=[("OFFICEHOLDER", "staatssecretaris Karremans", ["Karremans"]),
          ("OFFICEHOLDER", "Kamerlid Tielen", ["Tielen"]),
          ("ORG", "GGD GHOR Nederland", ["GGD GHOR Nederland"]),
          ("ORG", "GGD Twente", ["GGD Twente"]), ("ORG", "GGD Rotterdam-Rijnmond", ["GGD Rotterdam-Rijnmond"]),
          ("ORG", "Erasmus MC", ["Erasmus MC"]), ("ORG", "Johan Cruijff Foundation", ["Johan Cruijff Foundation"]),
          ("ORG", "Cruyff Courts", ["Cruyff Courts"]),
          ("GOVADDR", "Antonie van Leeuwenhoeklaan 9", ["Antonie van Leeuwenhoeklaan 9"]),
          ("PLACE", "Charlois", ["Charlois"]), ("PLACE", "Nieuw-West", ["Nieuw-West"]),
          ("TERM", "SaaS", ["SaaS"]), ("TERM", "ICT", ["ICT"]),
          ("MAILBOX", "info@rivm.nl", ["info@rivm.nl"]), ("SWITCHBOARD", "030 274 91 11", ["030 274 91 11"]),
          ("ROLE", "wijkverpleegkundige", ["wijkverpleegkundige"]), ("ROLE", "senior epidemioloog", ["senior epidemioloog"])])

# ------------------------------------------------------------------------------------------------
# 03 GGD complaint handling e-mails (LibreOffice Writer)
# ------------------------------------------------------------------------------------------------
doc(name="ax03_ggd_klachtafhandeling_mails.pdf", producer="lo",
    meta={"Author": "Çelik, Zeynep", "Title": "Klacht K24-0318 mail export"},
    header="GGD Hollands Noorden - klachtenfunctionaris - export Outlook",
    footer="Afgedrukt door: Zeynep Çelik | pagina {page}",
    items=[
        ("h", "Klacht K24-0318 - bejegening op de prikstraat Alkmaar"),
        ("p", "Van: Zeynep Çelik <zeynep.çelik@ggdhn.nl>\nVerzonden: maandag 7 oktober 2024 09:12\n"
              "Aan: klachten@ggdhn.nl\nCC: Joël de Vries <joël.devries@ggdhn.nl>\n"
              "Onderwerp: RE: klacht over medewerker prikstraat"),
        ("p", "Hoi Joël,"),
        ("p", "Hierbij de klacht van de heer Tesfay, die ik vrijdag telefonisch heb gesproken. De heer "
              "Tesfay (voluit: Habtom Tesfay Gebremariam, geboren 02-11-1987) woont op de Noorderkade 78-3 "
              "in Alkmaar en is bereikbaar op +31 6 2390 4417. Hij voelde zich op 26 september niet serieus "
              "genomen toen hij vroeg om een tolk Tigrinya. Volgens hem zei de medewerker aan de balie "
              "dat 'dat hier niet kan'. Uit het rooster blijkt dat die dag Sandra Mulder en Dewi "
              "Soerjadi-Kromodimedjo aan de balie stonden."),
        ("p", "Kun jij met Sandra en Dewi een gesprek plannen? Ik heb de heer Tesfay beloofd dat hij binnen "
              "zes weken een schriftelijke reactie krijgt, conform de klachtenregeling van de GGD en de Wet "
              "kwaliteit, klachten en geschillen zorg (Wkkgz)."),
        ("p", "Groet,\nZeynep\n\nZeynep Çelik | klachtenfunctionaris | GGD Hollands Noorden\n"
              "T 088 010 05 55 (algemeen) | M 06-5512 0987\nStationsplein 48, 1703 WC Heerhugowaard"),
        ("p", "-----Oorspronkelijk bericht-----\nVan: H. Tesfay <habtom.tesfay87@gmail.com>\n"
              "Verzonden: vrijdag 4 oktober 2024 21:40\nAan: info@ggdhn.nl\nOnderwerp: klacht over medewerker prikstraat"),
        ("p", "Goedenavond,\nIk wil een klacht indienen. Op 26 september was ik met mijn vrouw Saba en onze "
              "dochter bij de prikstraat aan de Kanaalkade. Ik vroeg om een tolk maar de mevrouw aan de balie "
              "(blond haar, naamkaartje 'S. Mulder') zei dat het niet kon en lachte. Ik wil graag een "
              "gesprek.[[fn:Opmerking klachtenfunctionaris: tolk via Tolkcontract van het Rijk was wel "
              "beschikbaar; nagevraagd bij coördinator Ruud Kok, 11-10-2024.]]\n\nMet vriendelijke groet,\n"
              "Habtom Tesfay\nNoorderkade 78-3\n1823 CJ Alkmaar"),
        ("pb",),
        ("p", "Van: Joël de Vries <joël.devries@ggdhn.nl>\nVerzonden: dinsdag 15 oktober 2024 16:02\n"
              "Aan: Zeynep Çelik <zeynep.çelik@ggdhn.nl>\nOnderwerp: RE: RE: klacht over medewerker prikstraat"),
        ("p", "Hoi Zeynep,\nIk heb met beide collega's gesproken. Dewi herinnert zich het gesprek; Sandra was "
              "die middag op de vaccinatieplek en niet aan de balie. Het naamkaartje was dus van een "
              "collega die het hare had geleend. Ik stel voor dat Dewi en ik de heer Tesfay bellen en hem "
              "een excuus aanbieden. Ruud Kok regelt dat er een tolk Tigrinya aan de lijn is. De "
              "teamleider, mevrouw Van Dijk, is geïnformeerd.\n\nGr. Joël"),
        ("p", "Joël de Vries | teamleider vaccinatie | GGD Hollands Noorden | 06 - 2947 1150"),
        ("h2", "Afhandeling"),
        ("table", [["Datum", "Stap", "Door"],
                   ["07-10-2024", "klacht geregistreerd (K24-0318)", "Z. Çelik"],
                   ["15-10-2024", "hoor en wederhoor medewerkers", "J. de Vries"],
                   ["21-10-2024", "excuus telefonisch, met tolk", "J. de Vries / D. Soerjadi"],
                   ["04-11-2024", "schriftelijke reactie verstuurd, klacht gegrond", "Z. Çelik"]],
         [0.18, 0.55, 0.27]),
    ],
    red=[("PERSON", "Zeynep Çelik", ["Zeynep", "Çelik"]),
         ("EMAIL", "zeynep.çelik@ggdhn.nl", ["zeynep.çelik@ggdhn.nl"]),
         ("PERSON", "Joël de Vries", ["Joël", "de Vries"]),
         ("EMAIL", "joël.devries@ggdhn.nl", ["joël.devries@ggdhn.nl"]),
         ("PERSON", "Habtom Tesfay Gebremariam", ["Tesfay", "Habtom", "Gebremariam"]),
         ("DOB", "02-11-1987", ["02-11-1987"]),
         ("ADDRESS", "Noorderkade 78-3, 1823 CJ Alkmaar", ["Noorderkade 78-3", "1823 CJ"]),
         ("PHONE", "+31 6 2390 4417", ["+31 6 2390 4417"]),
         ("EMAIL", "habtom.tesfay87@gmail.com", ["habtom.tesfay87@gmail.com"]),
         ("PERSON", "Sandra Mulder", ["Mulder", "Sandra"]),
         ("PERSON", "Dewi Soerjadi-Kromodimedjo", ["Dewi", "Soerjadi-Kromodimedjo", "Soerjadi"]),
         ("PERSON", "Saba", ["Saba"]),
         ("PERSON", "Ruud Kok", ["Ruud Kok"]),
         ("PERSON", "mevrouw Van Dijk", ["Van Dijk"]),
         ("PHONE", "06-5512 0987", ["06-5512 0987"]),
         ("PHONE", "06 - 2947 1150", ["06 - 2947 1150"])],
    keep=[("ORG", "GGD Hollands Noorden", ["GGD Hollands Noorden"]),
          ("MAILBOX", "klachten@ggdhn.nl", ["klachten@ggdhn.nl"]), ("MAILBOX", "info@ggdhn.nl", ["info@ggdhn.nl"]),
          ("SWITCHBOARD", "088 010 05 55", ["088 010 05 55"]),
          ("GOVADDR", "Stationsplein 48, 1703 WC Heerhugowaard", ["Stationsplein 48", "1703 WC"]),
          ("LAW", "Wkkgz", ["Wkkgz"]), ("ROLE", "klachtenfunctionaris", ["klachtenfunctionaris"]),
          ("ROLE", "teamleider vaccinatie", ["teamleider vaccinatie"]),
          ("FILENR", "K24-0318", ["K24-0318"]), ("PLACE", "Kanaalkade", ["Kanaalkade"]),
          ("TERM", "Tigrinya", ["Tigrinya"]), ("ORG", "Tolkcontract van het Rijk", ["Tolkcontract van het Rijk"])])

# ------------------------------------------------------------------------------------------------
# 04 CIZ Wlz indication letter (reportlab); BSN, DOB, client number, address in running text
# ------------------------------------------------------------------------------------------------
doc(name="ax04_ciz_besluit_wlz_indicatie.pdf", producer="rl",
    footer="CIZ | Postbus 2750, 3500 GT Utrecht | 088 789 10 00 | www.ciz.nl",
    items=[
        ("right", "CIZ\nCentrum indicatiestelling zorg\nPostbus 2750\n3500 GT Utrecht"),
        ("p", "De heer A.R. Ramsaran\nOude Gracht 112-bis\n3511 AX  UTRECHT"),
        ("sp", 6),
        ("table", [["Datum", "Cliëntnummer", "BSN", "Geboortedatum"],
                   ["18 november 2024", "1470-338-206", B[0], "05-08-1949"]], [0.25, 0.25, 0.25, 0.25]),
        ("p", "Onderwerp: besluit over uw aanvraag Wet langdurige zorg"),
        ("p", "Geachte heer Ramsaran,"),
        ("p", "U heeft op 9 september 2024 een indicatie aangevraagd voor zorg uit de Wet langdurige zorg "
              "(Wlz). Uw dochter, mevrouw Anita Ramsaran-Jagesar, heeft de aanvraag namens u ingediend. Op "
              "4 oktober 2024 heeft onze medewerker, mevrouw Karlijn de Boer, u bezocht op het adres Oude "
              "Gracht 112-bis te Utrecht, waar u samen met uw dochter woont."),
        ("h2", "Ons besluit"),
        ("p", "U krijgt een indicatie voor het zorgprofiel VV-05 (Beschermd wonen met intensieve dementiezorg). "
              "Het besluit geldt voor onbepaalde tijd en gaat in op 18 november 2024. Wij geven dit besluit door "
              "aan Zorgkantoor Zilveren Kruis Utrecht; het zorgkantoor neemt contact met u op over de zorg die u "
              "kunt krijgen en de eigen bijdrage die het CAK vaststelt."),
        ("h2", "Waarom dit besluit?"),
        ("p", "Uit het gesprek en de informatie van uw huisarts, dokter Hoang Van Minh van Gezondheidscentrum "
              "Lombok, blijkt dat u blijvend 24 uur per dag toezicht in de nabijheid nodig heeft. Uw dochter "
              "gaf aan dat de mantelzorg niet langer vol te houden is. De uitgebreide motivering vindt u in "
              "de bijlage."),
        ("h2", "Bent u het niet eens met dit besluit?"),
        ("p", "Dan kunt u binnen zes weken bezwaar maken. Stuur uw bezwaarschrift naar CIZ, afdeling Bezwaar, "
              "Postbus 2750, 3500 GT Utrecht, of gebruik het formulier op www.ciz.nl. Vermeld uw cliëntnummer "
              "1470-338-206. Vragen? Bel ons op 088 789 10 00 (gratis keuzemenu) of mail naar "
              "klantcontact@ciz.nl. Uw contactpersoon is mevrouw De Boer, direct 088 789 14 27."),
        ("p", "Met vriendelijke groet,\nnamens het CIZ,\n\nK. de Boer\nindicatiesteller regio Midden-Nederland"),
    ],
    red=[("PERSON", "A.R. Ramsaran", ["Ramsaran", "A.R. Ramsaran"]),
         ("ADDRESS", "Oude Gracht 112-bis, 3511 AX Utrecht", ["Oude Gracht 112-bis", "Gracht 112-bis", "3511 AX"]),
         ("CLIENTNR", "1470-338-206", ["1470-338-206"]), ("BSN", B[0], [B[0]]),
         ("DOB", "05-08-1949", ["05-08-1949"]),
         ("PERSON", "Anita Ramsaran-Jagesar", ["Ramsaran-Jagesar", "Anita"]),
         ("PERSON", "Karlijn de Boer", ["Karlijn de Boer", "De Boer", "K. de Boer"]),
         ("PERSON", "Hoang Van Minh", ["Hoang Van Minh"]),
         ("PHONE", "088 789 14 27", ["088 789 14 27"])],
    keep=[("ORG", "CIZ", ["CIZ"]), ("GOVADDR", "Postbus 2750, 3500 GT Utrecht", ["Postbus 2750", "3500 GT"]),
          ("SWITCHBOARD", "088 789 10 00", ["088 789 10 00"]), ("MAILBOX", "klantcontact@ciz.nl", ["klantcontact@ciz.nl"]),
          ("LAW", "Wet langdurige zorg", ["Wet langdurige zorg"]), ("TERM", "VV-05", ["VV-05"]),
          ("ORG", "Zorgkantoor Zilveren Kruis Utrecht", ["Zorgkantoor Zilveren Kruis Utrecht"]),
          ("ORG", "CAK", ["CAK"]), ("ORG", "Gezondheidscentrum Lombok", ["Gezondheidscentrum Lombok"]),
          ("ROLE", "indicatiesteller", ["indicatiesteller"]), ("PLACE", "Midden-Nederland", ["Midden-Nederland"])])

# ------------------------------------------------------------------------------------------------
# 05 Wmo beschikking with motivation and footnotes (LibreOffice, 2 pages, handler in header)
# ------------------------------------------------------------------------------------------------
doc(name="ax05_wmo_beschikking_huishoudelijke_hulp.pdf", producer="lo",
    meta={"Author": "gemeente Zwolle - Stijn Vos", "Title": "Beschikking Wmo 2024-40417"},
    header="Gemeente Zwolle | Team Wmo | behandeld door S. Vos | zaak 2024-40417",
    footer="Gemeente Zwolle, Postbus 10007, 8000 GA Zwolle | telefoon 14 038 | pagina {page}",
    items=[
        ("p", "Mevrouw H.J. Zwolle-Smit\nDiezerstraat 41-C\n8011 RH  Zwolle"),
        ("p", "Zwolle, 28 november 2024\nOnderwerp: beschikking maatwerkvoorziening huishoudelijke ondersteuning"),
        ("p", "Geachte mevrouw Zwolle-Smit,"),
        ("p", "Op 2 oktober 2024 heeft u bij de gemeente Zwolle een melding gedaan voor ondersteuning in het "
              "huishouden. Op 16 oktober 2024 heeft onze Wmo-consulent, de heer Stijn Vos, met u en uw "
              "buurvrouw, mevrouw Oksana Melnyk, een gesprek gevoerd bij u thuis aan de Diezerstraat.[[fn:Het "
              "gespreksverslag is u op 21 oktober 2024 toegestuurd; u heeft het op 25 oktober ondertekend "
              "teruggestuurd.]] In deze brief leest u ons besluit."),
        ("h", "Besluit"),
        ("p", "Wij kennen u een maatwerkvoorziening huishoudelijke ondersteuning toe in de vorm van zorg in "
              "natura, resultaat 'een schoon en leefbaar huis', voor 150 minuten per week, van 1 december "
              "2024 tot en met 30 november 2026. De ondersteuning wordt geleverd door Zorggroep "
              "Sint Jozef Wonen en Zorg. Uw cliëntnummer bij de gemeente is WMO-0093317."),
        ("h", "Motivering"),
        ("p", "U bent 84 jaar en sinds uw heupoperatie in augustus 2024 beperkt in uw mobiliteit. Uw zoon, de "
              "heer Ruben Zwolle, woont in Groningen en kan u niet wekelijks helpen. Uw buurvrouw doet "
              "boodschappen voor u. Op grond van artikel 2.3.5 van de Wet maatschappelijke "
              "ondersteuning 2015 en artikel 8 van de Verordening maatschappelijke ondersteuning Zwolle "
              "2023 beoordelen wij of u met eigen kracht, gebruikelijke hulp of mantelzorg het "
              "resultaat kunt bereiken.[[fn:Zie ook CRvB 18 mei 2016, ECLI:NL:CRVB:2016:1402 over "
              "gebruikelijke hulp.]] Dat is niet het geval."),
        ("p", "Het advies van de ergotherapeut, mevrouw drs. Mei Ling Chan, van 30 oktober 2024 hebben wij "
              "hierbij betrokken. Zij adviseert geen woningaanpassing."),
        ("h", "Eigen bijdrage"),
        ("p", "Voor deze voorziening betaalt u een eigen bijdrage van maximaal € 21,80 per maand. Het CAK "
              "stelt de bijdrage vast en int deze; u kunt daarvoor het rekeningnummer " + I[0] + " opgeven "
              "dat u ons heeft gegeven."),
        ("pb",),
        ("h", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief "
              "bezwaar maken bij het college van burgemeester en wethouders van Zwolle, Postbus 10007, "
              "8000 GA Zwolle. Wethouder Dijkstra (Zorg en Welzijn) is verantwoordelijk voor de Wmo; "
              "voor vragen kunt u ook terecht bij onafhankelijke cliëntondersteuning van MEE IJsseloevers."),
        ("p", "Voor vragen over deze brief kunt u contact opnemen met de heer Vos, telefoon 038 498 27 61 of "
              "e-mail s.vos@zwolle.nl. Het algemene nummer van de gemeente is 14 038; e-mail "
              "wmo@zwolle.nl."),
        ("p", "Met vriendelijke groet,\nhet college van burgemeester en wethouders van Zwolle,\nnamens deze,\n\n"
              "S. Vos\nconsulent Wmo"),
        ("small", "Persoonsgegevens in deze beschikking: naam, adres, geboortedatum 11-01-1940, BSN " + B[1] +
                  ", cliëntnummer WMO-0093317."),
    ],
    red=[("PERSON", "H.J. Zwolle-Smit", ["Zwolle-Smit", "H.J. Zwolle-Smit"]),
         ("ADDRESS", "Diezerstraat 41-C, 8011 RH Zwolle", ["Diezerstraat 41-C", "8011 RH"]),
         ("PERSON", "Stijn Vos", ["Stijn Vos", "Vos", "S. Vos"]),
         ("PERSON", "Oksana Melnyk", ["Oksana Melnyk", "Melnyk"]),
         ("CLIENTNR", "WMO-0093317", ["WMO-0093317"]),
         ("PERSON", "Ruben Zwolle", ["Ruben Zwolle", "Ruben"]),
         ("PERSON", "Mei Ling Chan", ["Mei Ling Chan"]),
         ("IBAN", I[0], [I[0]]),
         ("PHONE", "038 498 27 61", ["038 498 27 61"]),
         ("EMAIL", "s.vos@zwolle.nl", ["s.vos@zwolle.nl"]),
         ("DOB", "11-01-1940", ["11-01-1940"]), ("BSN", B[1], [B[1]])],
    keep=[("ORG", "gemeente Zwolle", ["gemeente Zwolle", "Gemeente Zwolle"]),
          ("GOVADDR", "Postbus 10007, 8000 GA Zwolle", ["Postbus 10007", "8000 GA"]),
          ("SWITCHBOARD", "14 038", ["14 038"]), ("MAILBOX", "wmo@zwolle.nl", ["wmo@zwolle.nl"]),
          ("OFFICEHOLDER", "wethouder Dijkstra", ["Dijkstra"]),
          ("ORG", "Zorggroep Sint Jozef Wonen en Zorg", ["Sint Jozef Wonen en Zorg"]),
          ("ORG", "MEE IJsseloevers", ["MEE IJsseloevers"]), ("ORG", "CAK", ["CAK"]),
          ("PLACE", "Groningen", ["Groningen"]),
          ("LAW", "Wet maatschappelijke ondersteuning 2015", ["Wet maatschappelijke ondersteuning 2015"]),
          ("FILENR", "ECLI:NL:CRVB:2016:1402", ["ECLI:NL:CRVB:2016:1402"]), ("FILENR", "zaak 2024-40417", ["2024-40417"]),
          ("ROLE", "Wmo-consulent", ["Wmo-consulent"]), ("ROLE", "ergotherapeut", ["ergotherapeut"])])

# ------------------------------------------------------------------------------------------------
# 06 Wmo application form (reportlab form: label/value columns, CAPITALS, AcroForm fields)
# ------------------------------------------------------------------------------------------------
doc(name="ax06_aanvraagformulier_wmo_vervoer.pdf", producer="rl", form_fields=[
        ("aanvrager_naam", "SAHIN, MEHMET EMIN", 12.5, 27.0, 6.5),
        ("aanvrager_telefoon", "0546 - 812 345", 12.5, 27.7, 6.5)],
    hidden={"fields": [("contactpersoon_mantelzorger", "Elif Şahin-Aydın, 06 3817 2290")]},
    items=[
        ("h", "Aanvraagformulier Wmo - collectief vervoer (Regiotaxi Twente)"),
        ("small", "Gemeente Almelo | Zorgloket | Haven Noordzijde 21, 7607 ET Almelo | zorgloket@almelo.nl | 14 0546"),
        ("h2", "1. Gegevens aanvrager"),
        ("table", [["Achternaam (HOOFDLETTERS)", "ŞAHIN"],
                   ["Voornamen voluit", "MEHMET EMIN"],
                   ["Geboortedatum", "23-06-1952"],
                   ["BSN", B[2]],
                   ["Straat en huisnummer", "Ootmarsumsestraat 6\n(bovenwoning, ingang naast de bakker)"],
                   ["Postcode en woonplaats", "7603 AC ALMELO"],
                   ["Telefoon", "0546 - 812 345"],
                   ["E-mail", "m.e.sahin1952@hotmail.com"]], [0.38, 0.62], {"header": False}),
        ("h2", "2. Contactpersoon / mantelzorger"),
        ("table", [["Naam", "ELIF ŞAHIN-\nAYDIN"],
                   ["Relatie", "schoondochter"],
                   ["Telefoon", "06 3817 2290"],
                   ["Adres (indien anders)", "Rembrandtlaan 88, 7606 JE Almelo"]], [0.38, 0.62], {"header": False}),
        ("h2", "3. Uw situatie"),
        ("p", "Ik kan niet meer zelf fietsen of met de bus naar het buurthuis De Schelfhorst en naar de "
              "dagbesteding bij Carintreggeland. Mijn huisarts is dokter Van 't Hul (Huisartsenpraktijk "
              "Nieuwstraat)."),
        ("h2", "4. Ondertekening"),
        ("table", [["Plaats en datum", "Almelo, 12-11-2024"],
                   ["Handtekening aanvrager", "M.E. Şahin"],
                   ["Formulier ingevuld door", "E. Şahin-Aydın (schoondochter)"]], [0.38, 0.62], {"header": False}),
        ("small", "In te vullen door de gemeente: ontvangen 14-11-2024, registratienr. ZL-24-11803, "
                  "behandelaar: Priscilla Martina (klantmanager). Doorgestuurd naar Regiotaxi Twente (Syntus)."),
    ],
    red=[("PERSON", "Mehmet Emin Şahin", ["ŞAHIN", "MEHMET EMIN", "M.E. Şahin", "SAHIN, MEHMET EMIN"]),
         ("DOB", "23-06-1952", ["23-06-1952"]), ("BSN", B[2], [B[2]]),
         ("ADDRESS", "Ootmarsumsestraat 6, 7603 AC Almelo", ["Ootmarsumsestraat 6", "7603 AC"]),
         ("PHONE", "0546 - 812 345", ["0546 - 812 345"]),
         ("EMAIL", "m.e.sahin1952@hotmail.com", ["m.e.sahin1952@hotmail.com"]),
         ("PERSON", "Elif Şahin-Aydın", ["ELIF ŞAHIN-AYDIN", "E. Şahin-Aydın", "Elif Şahin-Aydın"]),
         ("PHONE", "06 3817 2290", ["06 3817 2290"]),
         ("ADDRESS", "Rembrandtlaan 88, 7606 JE Almelo", ["Rembrandtlaan 88", "7606 JE"]),
         ("PERSON", "dokter Van 't Hul", ["Van 't Hul"]),
         ("PERSON", "Priscilla Martina", ["Priscilla Martina"])],
    keep=[("ORG", "Regiotaxi Twente", ["Regiotaxi Twente"]), ("ORG", "Gemeente Almelo", ["Gemeente Almelo"]),
          ("GOVADDR", "Haven Noordzijde 21, 7607 ET Almelo", ["Haven Noordzijde 21", "7607 ET"]),
          ("MAILBOX", "zorgloket@almelo.nl", ["zorgloket@almelo.nl"]), ("SWITCHBOARD", "14 0546", ["14 0546"]),
          ("ORG", "De Schelfhorst", ["De Schelfhorst"]), ("ORG", "Carintreggeland", ["Carintreggeland"]),
          ("ORG", "Huisartsenpraktijk Nieuwstraat", ["Huisartsenpraktijk Nieuwstraat"]),
          ("ORG", "Syntus", ["Syntus"]), ("FILENR", "ZL-24-11803", ["ZL-24-11803"]),
          ("ROLE", "klantmanager", ["klantmanager"]), ("ROLE", "schoondochter", ["schoondochter"])])

# ------------------------------------------------------------------------------------------------
# 07 Debt counselling intake (python-docx -> LibreOffice), IBANs, creditors, 2 pages
# ------------------------------------------------------------------------------------------------
doc(name="ax07_schuldhulp_intakeverslag.pdf", producer="docx",
    meta={"Author": "Rajesh Mahabier", "Title": "Intake SHV Kanhai"},
    header="Gemeente Den Haag - Schuldhulpverlening - Intakeverslag - opgesteld door R. Mahabier",
    footer="Vertrouwelijk - bevat persoonsgegevens (AVG)",
    items=[
        ("h", "Intakeverslag schuldhulpverlening"),
        ("table", [["Veld", "Gegevens"],
                   ["Cliënt", "Soenita Kanhai-Ramdin (hierna: cliënt)"],
                   ["Partner", "Vikash Kanhai"],
                   ["Adres", "Hoefkade 1203, 2526 DZ Den Haag"],
                   ["Geboortedata", "cliënt 14-02-1979; partner 30-09-1976"],
                   ["Relatienummer SHV", "SHV-2024-06612"],
                   ["Telefoon", "06-24681357 (cliënt)"],
                   ["Intake door", "Rajesh Mahabier, schuldhulpverlener"],
                   ["Datum intake", "5 november 2024, Leyweg 1000 (stadsdeelkantoor Escamp)"]], [0.3, 0.7]),
        ("h2", "Aanleiding"),
        ("p", "Cliënt meldde zich via het Haags Startpunt Geldzaken nadat Eneco had aangekondigd de levering "
              "af te sluiten. Volgens Soenita is het tekort ontstaan nadat Vikash in juni 2024 zijn baan bij "
              "een uitzendbureau verloor. Het gezin heeft drie kinderen (Ashvin, Priya en Dev)."),
        ("h2", "Inkomsten en rekeningen"),
        ("table", [["Rekening", "Houder", "Bank"],
                   [I[1], "S. Kanhai-Ramdin", "ING"],
                   [I[2], "V. Kanhai", "ASN Bank"],
                   [I[3], "en/of-rekening", "Rabobank"]], [0.45, 0.3, 0.25]),
        ("p", "Inkomen: uitkering op grond van de Participatiewet (bijstand gehuwden) vanaf 1 september 2024; "
              "kinderbijslag via de SVB; zorgtoeslag en huurtoeslag via Dienst Toeslagen."),
        ("h2", "Schuldeisers"),
        ("table", [["Schuldeiser", "Dossier", "Bedrag"],
                   ["Eneco", "klantnr. 1029384756", "€ 1.842,17"],
                   ["Haag Wonen (huurachterstand)", "huurcontract 33-0781", "€ 2.310,00"],
                   ["CZ zorgverzekeraar", "polis 3344556", "€ 611,40"],
                   ["Belastingdienst/Toeslagen", "terugvordering 2023", "€ 1.120,00"],
                   ["DUO", "—", "€ 4.980,55"],
                   ["Klarna", "—", "€ 289,99"]], [0.45, 0.3, 0.25]),
        ("pb",),
        ("h2", "Afspraken"),
        ("p", "1. Rajesh neemt contact op met Haag Wonen (contactpersoon huurachterstanden: dhr. Mohamed "
              "Bouzid, m.bouzid@haagwonen.nl) om ontruiming te voorkomen.\n"
              "2. Cliënt levert binnen twee weken de bankafschriften van de rekeningen hierboven aan, via "
              "shv@denhaag.nl of in de brievenbus van het stadsdeelkantoor.\n"
              "3. Budgetcoach Wilma Groningen (vrijwilliger, Humanitas Den Haag) komt vanaf december "
              "eens per twee weken langs aan de Hoefkade.\n"
              "4. Aanvraag voor een saneringskrediet volgt na stabilisatie (Gemeentelijke Kredietbank "
              "Haaglanden)."),
        ("p", "Opmerking: Vikash gaf aan dat zijn broer, Ravi Kanhai (Zoetermeer, 06 48 12 90 33), "
              "bereid is bij te springen met de huur van december."),
        ("p", "Volgende afspraak: 19 november 2024, 10:00 uur. Vragen: algemeen nummer gemeente Den Haag "
              "14 070."),
        ("p", "R. Mahabier\nschuldhulpverlener, team Escamp"),
    ],
    red=[("PERSON", "Soenita Kanhai-Ramdin", ["Kanhai-Ramdin", "Soenita", "S. Kanhai-Ramdin"]),
         ("PERSON", "Vikash Kanhai", ["Vikash", "V. Kanhai", "Vikash Kanhai"]),
         ("ADDRESS", "Hoefkade 1203, 2526 DZ Den Haag", ["Hoefkade 1203", "2526 DZ"]),
         ("DOB", "14-02-1979", ["14-02-1979"]), ("DOB", "30-09-1976", ["30-09-1976"]),
         ("CLIENTNR", "SHV-2024-06612", ["SHV-2024-06612"]),
         ("PHONE", "06-24681357", ["06-24681357"]),
         ("PERSON", "Rajesh Mahabier", ["Mahabier", "Rajesh"]),
         ("PERSON", "children Ashvin, Priya, Dev", ["Ashvin", "Priya", "Dev"]),
         ("IBAN", I[1], [I[1]]), ("IBAN", I[2], [I[2]]), ("IBAN", I[3], [I[3]]),
         ("CLIENTNR", "klantnr. 1029384756", ["1029384756"]),
         ("CLIENTNR", "polis 3344556", ["3344556"]),
         ("PERSON", "Mohamed Bouzid", ["Mohamed Bouzid", "Bouzid"]),
         ("EMAIL", "m.bouzid@haagwonen.nl", ["m.bouzid@haagwonen.nl"]),
         ("PERSON", "Wilma Groningen", ["Wilma Groningen"]),
         ("PERSON", "Ravi Kanhai", ["Ravi Kanhai"]), ("PHONE", "06 48 12 90 33", ["06 48 12 90 33"])],
    keep=[("ORG", "Gemeente Den Haag", ["Gemeente Den Haag"]), ("ORG", "Eneco", ["Eneco"]),
          ("ORG", "Haag Wonen", ["Haag Wonen"]), ("ORG", "Humanitas Den Haag", ["Humanitas Den Haag"]),
          ("ORG", "Haags Startpunt Geldzaken", ["Haags Startpunt Geldzaken"]),
          ("ORG", "Gemeentelijke Kredietbank Haaglanden", ["Gemeentelijke Kredietbank Haaglanden"]),
          ("ORG", "Dienst Toeslagen", ["Dienst Toeslagen"]), ("ORG", "DUO", ["DUO"]), ("ORG", "SVB", ["SVB"]),
          ("GOVADDR", "Leyweg 1000", ["Leyweg 1000"]), ("PLACE", "Zoetermeer", ["Zoetermeer"]),
          ("MAILBOX", "shv@denhaag.nl", ["shv@denhaag.nl"]), ("SWITCHBOARD", "14 070", ["14 070"]),
          ("LAW", "Participatiewet", ["Participatiewet"]), ("AMOUNT", "€ 2.310,00", ["€ 2.310,00"]),
          ("ROLE", "schuldhulpverlener", ["schuldhulpverlener"])])

# ------------------------------------------------------------------------------------------------
# 08 Bijstand decision (reportlab letter), Eritrean names
# ------------------------------------------------------------------------------------------------
doc(name="ax08_besluit_bijstand_participatiewet.pdf", producer="rl",
    meta={"Author": "WIZ-Tilburg\\ahmadi.n", "Title": "Besluit PW toekenning"},
    footer="Gemeente Tilburg | Werk, Inkomen en Zorg | Stadhuisplein 130, 5038 TC Tilburg | 14 013",
    items=[
        ("right", "Gemeente Tilburg\nPostbus 90155\n5000 LH Tilburg"),
        ("p", "Aan mevrouw S.T. Haile\nt.a.v. mevrouw Semhar Tekle Haile\nWagnerplein 3 kamer 12\n5011 LP  Tilburg"),
        ("p", "Datum: 4 december 2024\nDossiernummer: PW-24-88120\nUw BSN: " + _B3),
        ("p", "Geachte mevrouw Haile,"),
        ("p", "U heeft op 30 oktober 2024 een uitkering aangevraagd op grond van de Participatiewet. Wij hebben "
              "uw aanvraag onderzocht. Op 13 november 2024 heeft u een gesprek gehad met onze klantmanager, de "
              "heer Navid Ahmadi, in aanwezigheid van uw begeleider van VluchtelingenWerk Zuid-Nederland, "
              "mevrouw Lidwien van Kempen-Tilburg. Een tolk Tigrinya, de heer Yonas Berhane, vertaalde."),
        ("h2", "Besluit"),
        ("p", "U krijgt vanaf 30 oktober 2024 bijstand naar de norm voor een alleenstaande ouder. De uitkering "
              "wordt elke maand rond de 25e betaald op rekening " + I[4] + " ten name van S.T. Haile. Uw "
              "zoon Aman (geboren 8 maart 2016) woont bij u in."),
        ("h2", "Verplichtingen"),
        ("p", "U bent verplicht wijzigingen door te geven, bijvoorbeeld als u gaat werken of verhuist. Op dit "
              "moment woont u tijdelijk in de opvang aan het Wagnerplein; zodra u de woning aan de "
              "Ringbaan-West krijgt die WonenBreburg u heeft aangeboden, geeft u uw nieuwe adres door. "
              "De taaleis geldt voor u; u volgt het taaltraject bij ROC Tilburg."),
        ("h2", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken. Stuur uw "
              "bezwaarschrift aan het college van burgemeester en wethouders van Tilburg, Postbus 90155, "
              "5000 LH Tilburg. Wethouder Van Tilborg is verantwoordelijk voor werk en inkomen."),
        ("p", "Heeft u vragen? Bel dan de heer Ahmadi op 013 542 96 18 (dinsdag en donderdag) of mail naar "
              "n.ahmadi@tilburg.nl. U kunt ook het algemene nummer 14 013 bellen."),
        ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\nN. Ahmadi\nklantmanager"),
    ],
    red=[("PERSON", "Semhar Tekle Haile", ["Haile", "Semhar", "S.T. Haile", "Tekle"]),
         ("ADDRESS", "Wagnerplein 3 kamer 12, 5011 LP Tilburg", ["Wagnerplein 3", "5011 LP"]),
         ("CLIENTNR", "PW-24-88120", ["PW-24-88120"]), ("BSN", _B3, [_B3]),
         ("PERSON", "Navid Ahmadi", ["Ahmadi", "Navid", "N. Ahmadi"]),
         ("PERSON", "Lidwien van Kempen-Tilburg", ["Kempen-Tilburg", "Lidwien"]),
         ("PERSON", "Yonas Berhane", ["Yonas Berhane", "Berhane"]),
         ("IBAN", I[4], [I[4]]), ("PERSON", "Aman", ["Aman"]), ("DOB", "8 maart 2016", ["8 maart 2016"]),
         ("PHONE", "013 542 96 18", ["013 542 96 18"]), ("EMAIL", "n.ahmadi@tilburg.nl", ["n.ahmadi@tilburg.nl"]),
         ("PERSON", "ahmadi.n (Info Author account)", ["ahmadi.n"])],
    keep=[("ORG", "Gemeente Tilburg", ["Gemeente Tilburg"]), ("GOVADDR", "Postbus 90155", ["Postbus 90155"]),
          ("GOVADDR", "Stadhuisplein 130", ["Stadhuisplein 130"]), ("SWITCHBOARD", "14 013", ["14 013"]),
          ("ORG", "VluchtelingenWerk Zuid-Nederland", ["VluchtelingenWerk Zuid-Nederland"]),
          ("ORG", "WonenBreburg", ["WonenBreburg"]), ("ORG", "ROC Tilburg", ["ROC Tilburg"]),
          ("OFFICEHOLDER", "Wethouder Van Tilborg", ["Van Tilborg"]), ("LAW", "Participatiewet", ["Participatiewet"]),
          ("PLACE", "Ringbaan-West", ["Ringbaan-West"]), ("ROLE", "klantmanager", ["klantmanager"])])

# ------------------------------------------------------------------------------------------------
# 09 Debt counselling client list (openpyxl -> LibreOffice Calc)
# ------------------------------------------------------------------------------------------------
_rows09 = [["Nr", "Naam cliënt", "Adres", "Geb.datum", "IBAN", "Telefoon", "Consulent", "Status"],
           ["SHV-0412", "Nguyen, Van Thanh", "Kanaalstraat 77-bis\n3531 CL Utrecht", "12-07-1983", I[5], "06-19283746", "B. Visser", "intake"],
           ["SHV-0413", "Kowalczyk-Mulder, Joanna", "Columbuslaan 402\n3526 EP Utrecht", "03-03-1990", I[6], "+31 6 55 66 77 01", "B. Visser", "stabilisatie"],
           ["SHV-0414", "EL HADDOUCHI, Nordin", "Amsterdamsestraatweg 519\n3553 EG Utrecht", "21-12-1968", I[7], "030 - 243 88 19", "M. Abdi", "aanmelding"],
           ["SHV-0415", "Bakker, Gerrit", "Kanaalweg 15\n3526 KL Utrecht", "09-09-1957", I[8], "06 2837 4650", "M. Abdi", "sanering"],
           ["SHV-0416", "Tjon-A-Joe, Marvin R.", "Overvecht, Gambiadreef 8\n3564 BA Utrecht", "30-04-1995", I[9], "0031 6 4422 1188", "B. Visser", "nazorg"],
           ["SHV-0417", "Bondarenko, Olena", "Zamenhofdreef 101\n3562 JV Utrecht", "17-10-1986", I[10], "06-38 29 10 47", "M. Abdi", "intake"]]
doc(name="ax09_schuldhulp_clientenoverzicht.pdf", producer="calc",
    meta={"Author": "Bart Visser", "Title": "Clientenoverzicht SHV Utrecht wk 47"},
    header="Gemeente Utrecht - Schuldhulpverlening - werkvoorraad week 47 - beheer: B. Visser",
    footer="Intern gebruik",
    sheets=[("Werkvoorraad", _rows09),
            ("Toelichting", [["Toelichting"],
                             ["Consulenten: Bart Visser (b.visser@utrecht.nl) en Maryan Abdi (m.abdi@utrecht.nl)."],
                             ["Escalaties naar teamleider Stadsdeel Overvecht via schuldhulp@utrecht.nl."],
                             ["Algemeen nummer Gemeente Utrecht: 14 030. Budgetbeheer door Plangroep."]])],
    widths={"A": 10, "B": 18, "C": 24, "D": 11, "E": 24, "F": 16, "G": 10, "H": 12}, wrap_cols=("B", "C"),
    red=[("PERSON", "Van Thanh Nguyen", ["Nguyen", "Van Thanh"]),
         ("ADDRESS", "Kanaalstraat 77-bis", ["Kanaalstraat 77-bis", "3531 CL"]), ("DOB", "12-07-1983", ["12-07-1983"]),
         ("PERSON", "Joanna Kowalczyk-Mulder", ["Kowalczyk-Mulder", "Joanna"]),
         ("ADDRESS", "Columbuslaan 402", ["Columbuslaan 402", "3526 EP"]), ("DOB", "03-03-1990", ["03-03-1990"]),
         ("PERSON", "Nordin El Haddouchi", ["EL HADDOUCHI", "Nordin"]),
         ("ADDRESS", "Amsterdamsestraatweg 519", ["Amsterdamsestraatweg 519", "3553 EG"]),
         ("DOB", "21-12-1968", ["21-12-1968"]),
         ("PERSON", "Gerrit Bakker", ["Bakker", "Gerrit"]), ("ADDRESS", "Kanaalweg 15", ["Kanaalweg 15", "3526 KL"]),
         ("DOB", "09-09-1957", ["09-09-1957"]),
         ("PERSON", "Marvin R. Tjon-A-Joe", ["Tjon-A-Joe", "Marvin"]),
         ("ADDRESS", "Gambiadreef 8", ["Gambiadreef 8", "3564 BA"]), ("DOB", "30-04-1995", ["30-04-1995"]),
         ("PERSON", "Olena Bondarenko", ["Bondarenko", "Olena"]),
         ("ADDRESS", "Zamenhofdreef 101", ["Zamenhofdreef 101", "3562 JV"]), ("DOB", "17-10-1986", ["17-10-1986"]),
         ("IBAN", "IBANs", [I[5], I[6], I[7], I[8], I[9], I[10]]),
         ("PHONE", "phones", ["06-19283746", "+31 6 55 66 77 01", "030 - 243 88 19", "06 2837 4650",
                              "0031 6 4422 1188", "06-38 29 10 47"]),
         ("PERSON", "Bart Visser", ["Bart Visser", "B. Visser"]), ("EMAIL", "b.visser@utrecht.nl", ["b.visser@utrecht.nl"]),
         ("PERSON", "Maryan Abdi", ["Maryan Abdi", "M. Abdi"]), ("EMAIL", "m.abdi@utrecht.nl", ["m.abdi@utrecht.nl"]),
         ("CLIENTNR", "SHV numbers", ["SHV-0412", "SHV-0415", "SHV-0417"])],
    keep=[("ORG", "Gemeente Utrecht", ["Gemeente Utrecht"]), ("MAILBOX", "schuldhulp@utrecht.nl", ["schuldhulp@utrecht.nl"]),
          ("SWITCHBOARD", "14 030", ["14 030"]), ("ORG", "Plangroep", ["Plangroep"]),
          ("PLACE", "Stadsdeel Overvecht", ["Stadsdeel Overvecht"]), ("TERM", "sanering", ["sanering"]),
          ("TERM", "stabilisatie", ["stabilisatie"])])

# ------------------------------------------------------------------------------------------------
# 10 Tenants list of a housing corporation (Calc)
# ------------------------------------------------------------------------------------------------
_rows10 = [["Huurdernr", "Huurder(s)", "Adres complex Paddepoel", "Ingang", "Telefoon", "E-mail", "Achterstand"],
           ["H-207731", "A. Groningen en\nJ.K. Groningen-Schipper", "Pleiadenlaan 14-a", "01-03-2011", "050-5712338", "a.groningen@ziggo.nl", "€ 0,00"],
           ["H-207732", "dhr. Wiktor Zieliński", "Pleiadenlaan 14-b", "15-08-2019", "06 8123 4409", "wiktor.zielinski@wp.pl", "€ 412,50"],
           ["H-207733", "mw. Đặng Thị Hoa", "Pleiadenlaan 14-c", "01-02-2021", "+31 6 1020 3040", "hoa.dang@gmail.com", "€ 0,00"],
           ["H-207734", "mw. R.E. Koning-de Haan", "Pleiadenlaan 16-a", "01-11-1998", "(050) 571 09 87", "—", "€ 1.120,00"],
           ["H-207735", "dhr. Mulugeta Kidane Woldu", "Pleiadenlaan 16-b", "01-06-2022", "06-11 22 33 45", "m.woldu@outlook.com", "€ 0,00"],
           ["H-207736", "fam. Van der Molen", "Pleiadenlaan 16-c", "15-01-2005", "06 3546 7788", "—", "€ 96,10"]]
doc(name="ax10_corporatie_huurderslijst_renovatie.pdf", producer="calc",
    meta={"Author": "Jildou Hoekstra", "Title": "Huurderslijst renovatie Paddepoel - Lefier"},
    header="Lefier - project renovatie Pleiadenlaan Groningen - huurderslijst - opsteller: J. Hoekstra",
    footer="Lefier, Postbus 1041, 9701 BA Groningen - klantenservice 088 011 12 00",
    sheets=[("Huurders", _rows10)],
    widths={"A": 10, "B": 22, "C": 25, "D": 11, "E": 15, "F": 24, "G": 11}, wrap_cols=("B",),
    red=[("PERSON", "A. Groningen", ["A. Groningen"]),
         ("PERSON", "J.K. Groningen-Schipper", ["Groningen-Schipper"]),
         ("ADDRESS", "Pleiadenlaan 14/16 a-c", ["Pleiadenlaan 14-a", "Pleiadenlaan 14-b", "Pleiadenlaan 14-c",
                                                "Pleiadenlaan 16-a", "Pleiadenlaan 16-b", "Pleiadenlaan 16-c"]),
         ("PHONE", "phones", ["050-5712338", "06 8123 4409", "+31 6 1020 3040", "(050) 571 09 87", "06-11 22 33 45",
                              "06 3546 7788"]),
         ("EMAIL", "emails", ["a.groningen@ziggo.nl", "wiktor.zielinski@wp.pl", "hoa.dang@gmail.com",
                              "m.woldu@outlook.com"]),
         ("PERSON", "Wiktor Zieliński", ["Wiktor Zieliński", "Zieliński"]),
         ("PERSON", "Đặng Thị Hoa", ["Đặng Thị Hoa"]),
         ("PERSON", "R.E. Koning-de Haan", ["Koning-de Haan"]),
         ("PERSON", "Mulugeta Kidane Woldu", ["Mulugeta Kidane Woldu", "Woldu"]),
         ("PERSON", "fam. Van der Molen", ["Van der Molen"]),
         ("CLIENTNR", "huurdernummers", ["H-207731", "H-207732", "H-207733", "H-207734", "H-207735", "H-207736"]),
         ("PERSON", "Jildou Hoekstra", ["J. Hoekstra", "Jildou Hoekstra"])],
    keep=[("ORG", "Lefier", ["Lefier"]), ("PLACE", "project Pleiadenlaan Groningen", ["Pleiadenlaan Groningen"]), ("GOVADDR", "Postbus 1041, 9701 BA Groningen", ["Postbus 1041", "9701 BA"]),
          ("SWITCHBOARD", "088 011 12 00", ["088 011 12 00"]), ("PLACE", "Paddepoel", ["Paddepoel"]),
          ("AMOUNT", "€ 412,50", ["€ 412,50"])])

# ------------------------------------------------------------------------------------------------
# 11 Huurcommissie ruling (reportlab, 2 pages)
# ------------------------------------------------------------------------------------------------
doc(name="ax11_huurcommissie_uitspraak_gebreken.pdf", producer="rl",
    meta={"Author": "Huurcommissie - secretariaat", "Title": "Uitspraak ZK24-1187 Nowak / Woonstad Rotterdam"},
    footer="Huurcommissie | Postbus 1006, 3000 BA Rotterdam | 088 11 11 444 | zaaknummer ZK24-1187 | blad {page}",
    items=[
        ("h", "Uitspraak van de Huurcommissie"),
        ("p", "in het geschil tussen\n\n**huurder:** de heer Tomasz Nowak en mevrouw Katarzyna Nowak-Wiśniewska, "
              "wonende aan de Mathenesserweg 190-B, 3026 HK Rotterdam, hierna: huurder,\n\nen\n\n**verhuurder:** "
              "Woonstad Rotterdam, gevestigd aan de Burgemeester de Withstraat 12 te Rotterdam, hierna: "
              "verhuurder, vertegenwoordigd door mevrouw L. Tjin-Asjoe, woonconsulent."),
        ("h2", "1. De procedure"),
        ("p", "Op 11 juni 2024 heeft huurder de Huurcommissie verzocht uitspraak te doen over de redelijkheid "
              "van de huurprijs wegens gebreken (schimmel in de badkamer, lekkage aan de achtergevel). "
              "Op 9 september 2024 heeft de rapporteur van de Huurcommissie, de heer ing. D. Mulder, de woning "
              "geïnspecteerd. Bij de inspectie waren aanwezig: de heer Nowak, zijn buurman en tolk de heer "
              "Andrzej Lewandowski, en namens verhuurder de opzichter Kevin Brouwer."),
        ("p", "De zitting vond plaats op 21 oktober 2024 in Rotterdam. De commissie bestond uit "
              "mr. A.C. Bosman-Ferwerda (voorzitter), de heer R. Oosterhuis en mevrouw S. Lachman (leden), "
              "bijgestaan door mr. Y. Aydoğan (secretaris)."),
        ("h2", "2. De feiten"),
        ("p", "Huurder huurt sinds 1 april 2017 de woning. Huurder heeft de gebreken op 3 januari 2024 per e-mail "
              "aan verhuurder gemeld vanaf t.nowak.rotterdam@gmail.com. Volgens Katarzyna werd pas in mei "
              "een afspraak gemaakt. Verhuurder stelt dat de lekkage op 28 mei 2024 is verholpen."),
        ("pb",),
        ("h2", "3. Beoordeling"),
        ("p", "De commissie stelt vast dat het gebrek 'ernstige schimmelvorming' (categorie B) aanwezig is "
              "op grond van het Besluit huurprijzen woonruimte en het Beleidsboek Gebreken. De huurprijs "
              "wordt verlaagd tot € 512,40 per maand met ingang van 1 februari 2024 tot de eerste dag van "
              "de maand volgend op die waarin het gebrek is verholpen."),
        ("p", "De commissie merkt op dat verhuurder de gebreken ook na de inspectie van de heer Mulder "
              "niet volledig heeft hersteld. Dit blijkt uit de foto's die de heer Lewandowski namens "
              "huurder op 15 oktober 2024 heeft gestuurd."),
        ("h2", "4. Uitspraak"),
        ("p", "De Huurcommissie verklaart het verzoek van huurder gegrond. Het legesbedrag van € 25 komt voor "
              "rekening van verhuurder. Partijen kunnen binnen acht weken na verzending van deze uitspraak "
              "de kantonrechter vragen een beslissing te nemen."),
        ("p", "Verzonden op 4 november 2024.\n\nmr. Y. Aydoğan, secretaris"),
        ("small", "Informatie: www.huurcommissie.nl of info@huurcommissie.nl. De algemene voorzitter van de "
                  "Huurcommissie is verantwoordelijk voor de uitvoering."),
    ],
    red=[("PERSON", "Tomasz Nowak", ["Tomasz Nowak", "Nowak"]),
         ("PERSON", "Katarzyna Nowak-Wiśniewska", ["Nowak-Wiśniewska", "Katarzyna"]),
         ("ADDRESS", "Mathenesserweg 190-B, 3026 HK", ["Mathenesserweg 190-B", "3026 HK"]),
         ("PERSON", "L. Tjin-Asjoe", ["Tjin-Asjoe"]),
         ("PERSON", "ing. D. Mulder", ["Mulder", "D. Mulder"]),
         ("PERSON", "Andrzej Lewandowski", ["Andrzej Lewandowski", "Lewandowski"]),
         ("PERSON", "Kevin Brouwer", ["Kevin Brouwer"]),
         ("PERSON", "mr. A.C. Bosman-Ferwerda", ["Bosman-Ferwerda"]),
         ("PERSON", "R. Oosterhuis", ["R. Oosterhuis"]), ("PERSON", "S. Lachman", ["S. Lachman"]),
         ("PERSON", "mr. Y. Aydoğan", ["Aydoğan", "Y. Aydoğan"]),
         ("EMAIL", "t.nowak.rotterdam@gmail.com", ["t.nowak.rotterdam@gmail.com"]),
         ("PERSON", "Nowak in Info Title", ["Nowak / Woonstad"])],
    keep=[("ORG", "Huurcommissie", ["Huurcommissie"]), ("ORG", "Woonstad Rotterdam", ["Woonstad Rotterdam"]),
          ("GOVADDR", "Burgemeester de Withstraat 12", ["Burgemeester de Withstraat 12"]),
          ("GOVADDR", "Postbus 1006, 3000 BA Rotterdam", ["Postbus 1006", "3000 BA"]),
          ("SWITCHBOARD", "088 11 11 444", ["088 11 11 444"]), ("MAILBOX", "info@huurcommissie.nl", ["info@huurcommissie.nl"]),
          ("FILENR", "ZK24-1187", ["ZK24-1187"]), ("LAW", "Besluit huurprijzen woonruimte", ["Besluit huurprijzen woonruimte"]),
          ("AMOUNT", "€ 512,40", ["€ 512,40"]), ("ROLE", "woonconsulent", ["woonconsulent"]),
          ("ROLE", "rapporteur", ["rapporteur"]), ("ROLE", "kantonrechter", ["kantonrechter"])])
