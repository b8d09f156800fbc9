"""Permits, enforcement, objections (ad01-ad07)."""
from framework import *  # noqa


def ad01():
    name = "ad01_omgevingsvergunning_uitbouw"
    b = [
        ("small", "Gemeente Haarlem | Grote Markt 2 | Postbus 511, 2003 PB Haarlem | telefoon 14 023 | www.haarlem.nl"),
        ("title", "Besluit omgevingsvergunning"),
        ("kv", [("Aan", "mevrouw T. Oedsmawier en de heer R.P. Kalverdijkhof<br/>Ridderstraat 37<br/>2011 RP Haarlem"),
                ("Zaaknummer", "OLO-9143872 / Z-25-118264"), ("Datum", "12 juni 2025"),
                ("Behandeld door", "Floortje Vermaasdonck, casemanager Vergunningen"),
                ("Onderwerp", "omgevingsvergunning voor het bouwen van een uitbouw en dakkapel")]),
        ("p", "Geachte mevrouw Oedsmawier en heer Kalverdijkhof,"),
        ("p", "Op 3 april 2025 hebben wij uw aanvraag ontvangen voor een omgevingsvergunning voor een "
              "omgevingsplanactiviteit en een technische bouwactiviteit. De aanvraag betreft het bouwen van een uitbouw "
              "aan de achtergevel en het plaatsen van een dakkapel op het perceel Ridderstraat 37, kadastraal bekend "
              "gemeente Haarlem, sectie K, nummer 4412. De aanvraag is ingediend via het Omgevingsloket door "
              "Architectenbureau Spaarnezicht B.V., namens u, met als contactpersoon ir. Bauke Hoitingastra."),
        ("h", "Besluit"),
        ("p", "Burgemeester en wethouders van Haarlem besluiten de omgevingsvergunning te verlenen op grond van artikel "
              "5.1, eerste lid, van de Omgevingswet, met inachtneming van de voorschriften in bijlage 1. De "
              "Commissie Omgevingskwaliteit heeft op 14 mei 2025 positief geadviseerd (advies CO-25-0311). De "
              "uitbouw past niet binnen het Omgevingsplan gemeente Haarlem, onderdeel bestemmingsplan Kleverpark, "
              "maar wij verlenen de vergunning met toepassing van de binnenplanse afwijkingsregels."),
        ("h", "Zienswijzen en belanghebbenden"),
        ("p", "De buren op nummer 35, de heer A.W. de Groot-Blom en mevrouw Zsófia Baranyi, hebben op 22 april 2025 "
              "per e-mail laten weten dat zij bezwaar hebben tegen de diepte van de uitbouw in verband met "
              "bezonning van hun tuin. Wij hebben een bezonningsstudie laten maken. Daaruit blijkt dat de "
              "schaduwwerking beperkt is tot de ochtenduren in de periode november tot februari. De heer De Groot-Blom "
              "is hierover op 6 mei 2025 telefonisch geïnformeerd door mevrouw Vermaasdonck."),
        ("h", "Leges"),
        ("p", "Voor de behandeling van de aanvraag brengen wij € 2.418,60 aan leges in rekening. U ontvangt hiervoor "
              "een aparte nota van de Belastingsamenwerking Haarlem. Betaling kan op NL43 BNGH 0285 1130 47 "
              "ten name van de gemeente Haarlem."),
        ("h", "Bezwaar"),
        ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na verzenddatum bezwaar maken bij "
              "burgemeester en wethouders van Haarlem, Postbus 511, 2003 PB Haarlem, of digitaal via "
              "www.haarlem.nl/bezwaar. Hebt u vragen, neem dan contact op via vergunningen@haarlem.nl of telefoon "
              "06 - 2391 7746 (mevrouw Vermaasdonck, bereikbaar op dinsdag en donderdag)."),
        ("p", "Met vriendelijke groet,<br/>burgemeester en wethouders van Haarlem,<br/>namens dezen,<br/><br/>"
              "K.A. Moerbeekhof<br/>teamleider Vergunningen, afdeling Vergunningen, Toezicht en Handhaving"),
        ("small", "Afschrift: Architectenbureau Spaarnezicht B.V., t.a.v. ir. B. Hoitingastra, "
                  "b.hoitingastra@spaarnezicht-architecten.nl; Omgevingsdienst IJmond."),
        ("br",),
        ("h", "Bijlage 1 - Voorschriften"),
        ("p", "1. De werkzaamheden mogen pas beginnen nadat de constructieve gegevens door de afdeling Vergunningen, "
              "Toezicht en Handhaving zijn beoordeeld. Dien deze uiterlijk drie weken voor de start in via het "
              "Omgevingsloket."),
        ("p", "2. Meld de start van de bouw minimaal twee werkdagen vooraf bij de toezichthouder bouw. Voor deze "
              "zaak is dat de heer Dan Ouwerkerk-Tilstra, bereikbaar via toezicht@haarlem.nl."),
        ("p", "3. De dakkapel wordt uitgevoerd in de kleur RAL 9001 (crèmewit) conform de Welstandsnota Haarlem 2024. "
              "Kozijnen in hout of in kunststof met houtnerfstructuur."),
        ("p", "4. Bij het slopen van de bestaande aanbouw wordt het Besluit bouwwerken leefomgeving (Bbl) in acht "
              "genomen; asbesthoudende materialen worden conform het asbestinventarisatierapport van "
              "Asbestbureau Kennemerland (rapport AI-2025-0417) verwijderd."),
        ("h", "Bijlage 2 - Overwegingen welstand"),
        ("p", "De Commissie Omgevingskwaliteit, voorzitter arch. drs. Menno Eijsbouts (extern lid), constateert "
              "dat de uitbouw zich goed voegt in het straatbeeld van de Kleverparkbuurt. De commissie adviseert de "
              "dakkapel 20 centimeter van de nok te plaatsen. Het advies is in het Gemeenteblad gepubliceerd."),
        ("small", "Dit besluit is genomen onder verantwoordelijkheid van wethouder Ilse Brederode-Kamphuis "
                  "(Ruimtelijke Ordening en Wonen). Burgemeester Jos Wienen is bevoegd gezag voor "
                  "openbare orde aspecten."),
    ]
    def build(out):
        render_reportlab(b, out, title="Besluit omgevingsvergunning Z-25-118264", author="Vermaasdonck, F.",
                         footer="Z-25-118264 | besluit omgevingsvergunning")
        post(out, info={"Author": "Vermaasdonck, F.", "Title": "Besluit omgevingsvergunning Z-25-118264"})
    redact = [
        R("PERSON", "Tjitske Oedsmawier", "Oedsmawier", "T. Oedsmawier"),
        R("PERSON", "R.P. Kalverdijkhof", "Kalverdijkhof", "R.P. Kalverdijkhof"),
        R("ADDRESS", "Ridderstraat 37, 2011 RP Haarlem", "Ridderstraat 37", "2011 RP"),
        R("CADASTRAL", "sectie K, nummer 4412", "sectie K, nummer 4412"),
        R("PERSON", "Floortje Vermaasdonck", "Floortje Vermaasdonck", "Vermaasdonck", P("Vermaasdonck, F.", ch="metadata")),
        R("PERSON", "Bauke Hoitingastra", "Bauke Hoitingastra", "Hoitingastra", "B. Hoitingastra"),
        R("EMAIL", "b.hoitingastra@spaarnezicht-architecten.nl", "b.hoitingastra@spaarnezicht-architecten.nl"),
        R("PERSON", "A.W. de Groot-Blom", "A.W. de Groot-Blom", "De Groot-Blom"),
        R("PERSON", "Zsófia Baranyi", "Zsófia Baranyi", "Baranyi"),
        R("ADDRESS", "nummer 35 (neighbours)", "op nummer 35"),
        R("PHONE", "06 - 2391 7746", "06 - 2391 7746"),
        R("PERSON", "K.A. Moerbeekhof", "K.A. Moerbeekhof", "Moerbeekhof"),
        R("PERSON", "Dan Ouwerkerk-Tilstra", "Dan Ouwerkerk-Tilstra", "Ouwerkerk-Tilstra"),
    ]
    keep = [
        K("ORG", "Gemeente Haarlem", "Gemeente Haarlem", "gemeente Haarlem"), K("ADDRESS_PUBLIC", "Grote Markt 2"),
        K("PHONE_SWITCH", "14 023"), K("MAILBOX", "vergunningen@haarlem.nl"), K("MAILBOX", "toezicht@haarlem.nl"),
        K("LAW", "Omgevingswet"), K("ORG", "Architectenbureau Spaarnezicht B.V."),
        K("ORG", "Commissie Omgevingskwaliteit"), K("PLAN", "Omgevingsplan gemeente Haarlem"),
        K("PLACE", "Kleverpark"), K("ORG", "Belastingsamenwerking Haarlem"), K("IBAN_ORG", "NL43 BNGH 0285 1130 47"),
        K("ORG", "Omgevingsdienst IJmond"), K("TERM", "Omgevingsloket"), K("PRODUCT", "RAL 9001"),
        K("DOC", "Welstandsnota Haarlem 2024"), K("LAW", "Besluit bouwwerken leefomgeving", "Besluit bouwwerken leefomgeving", "Bbl"),
        K("ORG", "Asbestbureau Kennemerland"), K("OFFICE_HOLDER", "wethouder Ilse Brederode-Kamphuis", "Ilse Brederode-Kamphuis"),
        K("OFFICE_HOLDER", "Burgemeester Jos Wienen", "Jos Wienen"), K("CASE", "Z-25-118264"),
        K("ROLE", "teamleider Vergunningen"), K("ROLE", "casemanager Vergunningen"), K("TERM", "Kleverparkbuurt"),
        K("DOC", "Gemeenteblad"), K("ROLE", "toezichthouder bouw"),
    ]
    return name, build, redact, keep


def ad02():
    name = "ad02_vooraankondiging_dwangsom"
    b = [
        ("title", "Vooraankondiging last onder dwangsom"),
        ("small", "Omgevingsdienst Noordzeekanaalgebied, namens het college van burgemeester en wethouders van Zaanstad"),
        ("kv", [("Aan", "De heer Gerrit-Jan (Joop) Zwolle<br/>Guisweg 212<br/>1544 AN Zaandijk"),
                ("Ons kenmerk", "ODNZKG-HH-2025-04471"), ("Datum", "2 juni 2025"),
                ("Contactpersoon", "ing. Mieke (Mies) van 't Hoog-Winter, toezichthouder"),
                ("Onderwerp", "opslag van bedrijfsmatige materialen en bewoning van bijgebouw")]),
        ("p", "Geachte heer Zwolle,"),
        ("p", "Op 8 en 21 mei 2025 hebben toezichthouders van de Omgevingsdienst Noordzeekanaalgebied (OD NZKG) een "
              "controle uitgevoerd op uw perceel Guisweg 212 te Zaandijk, kadastraal bekend gemeente Zaandam, "
              "sectie F, nummer 2786. Aanleiding was een melding van een omwonende, mevrouw Aafke Kingma-Ter Horst "
              "(Guisweg 208), die overlast ervaart van vrachtverkeer en van geluid in de avonduren."),
        ("p", "Tijdens de controles is geconstateerd dat op het achtererf circa 340 m² wordt gebruikt voor de opslag "
              "van steigermateriaal, bouwhekken en containers van het bedrijf Zwolle Steigerbouw V.O.F. Ook wordt "
              "het bijgebouw achter de woning bewoond door twee arbeidsmigranten. Volgens uw zoon, de heer Bas "
              "Zwolle, die bij de tweede controle aanwezig was, verblijven zij daar sinds januari 2025. Bas gaf aan dat "
              "de opslag tijdelijk zou zijn."),
        ("h", "Overtreding"),
        ("p", "Het gebruik in strijd met het omgevingsplan is verboden op grond van artikel 5.1, eerste lid, onder a "
              "van de Omgevingswet. Het perceel heeft de functie 'Wonen'; bedrijfsmatige opslag en zelfstandige "
              "bewoning van bijgebouwen zijn niet toegestaan. Het college is bevoegd handhavend op te treden "
              "(artikel 5:32 Algemene wet bestuursrecht) en heeft daartoe een beginselplicht."),
        ("h", "Voornemen"),
        ("p", "Wij zijn van plan u een last onder dwangsom op te leggen. U moet dan binnen acht weken de opslag "
              "verwijderen en de bewoning van het bijgebouw beëindigen. Doet u dat niet, dan verbeurt u een dwangsom "
              "van € 1.500,- per week met een maximum van € 15.000,-. Voordat wij een besluit nemen, kunt u uw "
              "zienswijze geven, schriftelijk of mondeling, binnen twee weken na dagtekening van deze brief."),
        ("h", "Vragen"),
        ("p", "Voor vragen kunt u contact opnemen met de contactpersoon via handhaving@odnzkg.nl of telefoon "
              "06 51 07 38 92, of met het algemene nummer van de OD NZKG, 088 567 0200. Mies is bereikbaar op "
              "maandag tot en met woensdag."),
        ("p", "Hoogachtend,<br/>namens het college van burgemeester en wethouders van Zaanstad,<br/><br/>"
              "Ing. H.J. Scholte-Rademaker<br/>teammanager Handhaving Bouwen en Wonen"),
        ("small", "Afschrift: mevrouw A. Kingma-Ter Horst (melder); Zaanstad, wethouder Wonen Jeroen Olthof-Veen (ter "
                  "informatie); Politie Zaanstad-Waterland; Arbeidsinspectie (signaal huisvesting arbeidsmigranten)."),
    ]
    def build(out):
        render_docx(b, out, name, author="Hoog-Winter, M. van 't",
                    footer="ODNZKG-HH-2025-04471 - vertrouwelijk tot besluit")
    redact = [
        R("PERSON", "Gerrit-Jan (Joop) Zwolle", "Gerrit-Jan", "Joop", "Zwolle", "Bas"),
        R("ADDRESS", "Guisweg 212, 1544 AN Zaandijk", "Guisweg 212", "1544 AN"),
        R("CADASTRAL", "sectie F, nummer 2786", "sectie F, nummer 2786"),
        R("PERSON", "Mieke (Mies) van 't Hoog-Winter", "Mieke", "Mies", "van 't Hoog-Winter"),
        R("PERSON", "Aafke Kingma-Ter Horst", "Aafke Kingma-Ter Horst", "Kingma-Ter Horst", "A. Kingma-Ter Horst"),
        R("ADDRESS", "Guisweg 208", "Guisweg 208"),
        R("PHONE", "06 51 07 38 92", "06 51 07 38 92"),
        R("PERSON", "H.J. Scholte-Rademaker", "H.J. Scholte-Rademaker", "Scholte-Rademaker"),
    ]
    keep = [
        K("ORG", "Omgevingsdienst Noordzeekanaalgebied"), K("ORG", "OD NZKG"), K("PLACE", "Zaanstad"),
        K("PLACE", "Zaandijk"), K("LAW", "Omgevingswet"), K("LAW", "Algemene wet bestuursrecht"),
        K("MAILBOX", "handhaving@odnzkg.nl"), K("PHONE_SWITCH", "088 567 0200"), K("CASE", "ODNZKG-HH-2025-04471"),
        K("ORG", "Politie Zaanstad-Waterland"), K("ORG", "Arbeidsinspectie"), K("ROLE", "teammanager Handhaving Bouwen en Wonen"),
        K("OFFICE_HOLDER", "wethouder Wonen Jeroen Olthof-Veen", "Jeroen Olthof-Veen"), K("TERM", "arbeidsmigranten"),
        K("WORD", "Wonen"), K("PLACE", "gemeente Zaandam"),
    ]
    return name, build, redact, keep


def ad03():
    name = "ad03_hoorzitting_bezwaarcommissie"
    b = [
        ("title", "Verslag hoorzitting Commissie bezwaarschriften"),
        ("kv", [("Gemeente", "Súdwest-Fryslân"), ("Zaak", "BZW-2025-0192, bezwaar tegen weigering omgevingsvergunning (mantelzorgwoning)"),
                ("Datum zitting", "15 mei 2025, 14.00 uur, stadhuis Sneek, Marktstraat 15"),
                ("Commissie", "de voorzitter (extern), twee externe leden"),
                ("Secretaris", "mr. Hiske Boonstra-Altena"),
                ("Bezwaarmaker", "de heer Wopke Jelle Hoekstraweer, Skrok 11, 8731 BV Wommels"),
                ("Gemachtigde", "mr. Dirkje Oosterwoldsma, advocaat, Frieslân Advocaten, Leeuwarden"),
                ("Namens het college", "de heer Jouke Hettinga-Falkena (vergunningverlener) en mevrouw Anna-Sophia de Vries-Ploeg (jurist)")]),
        ("h", "1. Opening"),
        ("p", "<b>Voorzitter:</b> Ik open de zitting en heet iedereen welkom. De commissie is onafhankelijk en adviseert "
              "het college van burgemeester en wethouders. Het verslag wordt gemaakt door de secretaris, mevrouw "
              "Boonstra-Altena."),
        ("h", "2. Toelichting bezwaarmaker"),
        ("p", "<b>Mr. Oosterwoldsma:</b> Mijn cliënt wil een mantelzorgwoning plaatsen voor zijn moeder, mevrouw Grytsje "
              "Hoekstraweer-Dykstra (87), die na een herseninfarct niet meer zelfstandig kan wonen. De weigering gaat "
              "voorbij aan de medische noodzaak die de huisarts, dokter Reitsma-Bouma, heeft onderbouwd."),
        ("p", "<b>De heer Hoekstraweer:</b> Mem woont nu in Bolsward. Elke dag rijd ik heen en weer. Wopke junior, "
              "mijn zoon, helpt mee, maar het lukt zo niet langer. Het perceel, sectie B nummer 1903, is groot genoeg."),
        ("h", "3. Reactie namens het college"),
        ("p", "<b>De heer Hettinga-Falkena:</b> Het bouwwerk ligt buiten het bouwvlak en binnen de zone "
              "'Waarde - Cultuurhistorie' van het omgevingsplan. Het Bbl geeft een vergunningvrije mogelijkheid voor "
              "mantelzorg, maar alleen in het achtererfgebied. Hier staat de woning voor de voorgevelrooilijn."),
        ("p", "<b>Mevrouw De Vries-Ploeg:</b> Wij hebben het advies van de Welstandscommissie Hûs en Hiem gevolgd. "
              "Wethouder Sijbe Knol-Terpstra heeft daarnaast een gesprek aangeboden; de heer Hoekstraweer heeft "
              "daarop niet gereageerd."),
        ("p", "<b>Mr. Oosterwoldsma:</b> Dat gesprek is wel degelijk gevraagd, per e-mail aan "
              "j.hettinga-falkena@sudwestfryslan.nl op 2 april. Ik leg de e-mail over."),
        ("h", "4. Vragen van de commissie"),
        ("p", "<b>Lid:</b> Is een tijdelijke vergunning voor tien jaar overwogen? <b>De heer Hettinga-Falkena:</b> Nee, "
              "dat is niet aangevraagd. Wij staan er wel open voor. <b>Voorzitter:</b> Ik stel voor dat partijen in "
              "overleg gaan; de commissie houdt het advies vier weken aan."),
        ("h", "5. Sluiting"),
        ("p", "De voorzitter sluit de zitting om 15.10 uur. Het verslag wordt aan partijen toegezonden. Vragen over de "
              "procedure via bezwaar@sudwestfryslan.nl of via het algemene nummer 14 0515."),
        ("small", "Verslag vastgesteld door de secretaris, HBA, 20 mei 2025."),
    ]
    def build(out):
        render_docx(b, out, name, author="Boonstra-Altena, H.", header="Commissie bezwaarschriften Súdwest-Fryslân - verslag BZW-2025-0192")
        post(out, outline=[("Verslag hoorzitting BZW-2025-0192 - Hoekstraweer", 0), ("Reactie namens het college", 0)])
    redact = [
        R("PERSON", "Hiske Boonstra-Altena", "Hiske Boonstra-Altena", "Boonstra-Altena", "HBA", P("Boonstra-Altena, H.", ch="metadata")),
        R("PERSON", "Wopke Jelle Hoekstraweer", "Wopke Jelle Hoekstraweer", "Hoekstraweer", "Wopke", P("Hoekstraweer", ch="outline")),
        R("ADDRESS", "Skrok 11, 8731 BV Wommels", "Skrok 11", "8731 BV"),
        R("PERSON", "Dirkje Oosterwoldsma (advocaat)", "Dirkje Oosterwoldsma", "Oosterwoldsma"),
        R("PERSON", "Jouke Hettinga-Falkena", "Jouke Hettinga-Falkena", "Hettinga-Falkena"),
        R("EMAIL", "j.hettinga-falkena@sudwestfryslan.nl", "j.hettinga-falkena@sudwestfryslan.nl"),
        R("PERSON", "Anna-Sophia de Vries-Ploeg", "Anna-Sophia de Vries-Ploeg", "De Vries-Ploeg"),
        R("PERSON", "Grytsje Hoekstraweer-Dykstra", "Grytsje", "Hoekstraweer-Dykstra"),
        R("HEALTH", "herseninfarct", "herseninfarct"),
        R("PERSON", "dokter Reitsma-Bouma", "Reitsma-Bouma"),
        R("CADASTRAL", "sectie B nummer 1903", "sectie B nummer 1903"),
    ]
    keep = [
        K("ORG", "Commissie bezwaarschriften"), K("PLACE", "Súdwest-Fryslân"), K("PUBLIC_ADDR", "Marktstraat 15"),
        K("PLACE", "Sneek"), K("PLACE", "Wommels"), K("PLACE", "Leeuwarden"), K("PLACE", "Bolsward"),
        K("ORG", "Frieslân Advocaten"), K("TERM", "mantelzorgwoning"), K("LAW", "Bbl"),
        K("ORG", "Welstandscommissie Hûs en Hiem", "Hûs en Hiem"), K("OFFICE_HOLDER", "Wethouder Sijbe Knol-Terpstra", "Sijbe Knol-Terpstra"),
        K("MAILBOX", "bezwaar@sudwestfryslan.nl"), K("PHONE_SWITCH", "14 0515"), K("CASE", "BZW-2025-0192"),
        K("ROLE", "Voorzitter"), K("ROLE", "vergunningverlener"),
    ]
    return name, build, redact, keep


def ad04():
    name = "ad04_beslissing_op_bezwaar_gs"
    b = [
        ("small", "Provincie Gelderland | Markt 11, Arnhem | Postbus 9090, 6800 GX Arnhem | (026) 359 99 99 | post@gelderland.nl"),
        ("title", "Beslissing op bezwaar - vergunning Wet natuurbescherming / Omgevingswet (Natura 2000-activiteit)"),
        ("kv", [("Aan", "Maatschap Van Ommeren-Kettelarij<br/>t.a.v. de heer H.G.J. van Ommeren en mevrouw C.W.M. Kettelarij<br/>Hessenweg 118, 3882 RB Putten"),
                ("Zaaknummer", "2024-019877"), ("Datum", "28 mei 2025"),
                ("Inlichtingen", "Sanne Wolters-Ogbonna, 026 359 84 17")]),
        ("p", "Geachte heer Van Ommeren en mevrouw Kettelarij,"),
        ("p", "Op 9 december 2024 ontvingen wij het bezwaarschrift van uw gemachtigde, mr. S.L.B. Veldhuijzen-Aydın van "
              "Agrarisch Advocatenkantoor Veluwe, tegen ons besluit van 31 oktober 2024. Met dat besluit hebben "
              "Gedeputeerde Staten de vergunning voor het uitbreiden van uw melkveehouderij (kadastraal bekend "
              "gemeente Putten, sectie N, nummer 640) geweigerd, omdat de stikstofdepositie op het Natura 2000-gebied "
              "Veluwe toeneemt."),
        ("h", "Hoorzitting en advies"),
        ("p", "U bent op 18 maart 2025 gehoord door de Adviescommissie bezwaarschriften. Namens ons waren aanwezig "
              "de heer Rutger Baakman (ecoloog) en mevrouw Wolters-Ogbonna. Uw adviseur, ir. Gijsbert Hazeleger-Tamminga "
              "van Stalbouw Advies Oost, heeft een nieuwe AERIUS Calculator-berekening overgelegd (versie 2024.2, "
              "kenmerk RVKQ3n8xy6Za). De commissie adviseert het bezwaar ongegrond te verklaren."),
        ("h", "Overwegingen"),
        ("p", "Intern salderen is na de uitspraak van de Raad van State van 18 december 2024 "
              "(ECLI:NL:RVS:2024:4923) vergunningplichtig. Uit de berekening blijkt een toename van 0,04 mol/ha/jaar "
              "op stikstofgevoelige habitattypen, waaronder H4030 Droge heiden. Een passende beoordeling ontbreekt. "
              "Wij hebben ook gekeken naar de persoonlijke omstandigheden die mevrouw Kettelarij ter zitting naar voren "
              "bracht: de bedrijfsopvolging door uw zoon Teun en de gezondheid van de heer Van Ommeren. Die "
              "omstandigheden begrijpen wij, maar zij kunnen bij deze toets geen rol spelen."),
        ("h", "Besluit"),
        ("p", "Gedeputeerde Staten verklaren het bezwaar ongegrond en handhaven het besluit van 31 oktober 2024. De "
              "proceskosten worden niet vergoed."),
        ("p", "Gedeputeerde Staten van Gelderland,<br/>namens dezen,<br/><br/>drs. Pieter-Bas Vroegindeweij<br/>"
              "afdelingshoofd Vergunningverlening"),
        ("small", "Gedeputeerde Peter Drenth (Landbouw en Natuur) is over dit besluit geïnformeerd. De Commissaris van de "
                  "Koning, John Berends, is voorzitter van Gedeputeerde Staten. Beroep: binnen zes weken bij de rechtbank "
                  "Gelderland. Vragen: omgevingsvergunning@gelderland.nl."),
    ]
    def build(out):
        tmp = SRC / f"{name}.rl.pdf"
        render_reportlab(b, tmp, title="Beslissing op bezwaar 2024-019877", author="S. Wolters-Ogbonna", serif=True)
        ghostscript(tmp, out)
        tmp.unlink()
    redact = [
        R("PERSON", "H.G.J. van Ommeren", "H.G.J. van Ommeren", "Van Ommeren"),
        R("PERSON", "C.W.M. Kettelarij", "C.W.M. Kettelarij", "Kettelarij"),
        R("ORG_PERSON", "Maatschap Van Ommeren-Kettelarij", "Van Ommeren-Kettelarij"),
        R("ADDRESS", "Hessenweg 118, 3882 RB Putten", "Hessenweg 118", "3882 RB"),
        R("PERSON", "Sanne Wolters-Ogbonna", "Sanne Wolters-Ogbonna", "Wolters-Ogbonna"),
        R("PHONE", "026 359 84 17", "026 359 84 17"),
        R("PERSON", "S.L.B. Veldhuijzen-Aydın (advocaat; Ghostscript lost the dotless i in the text layer)", "S.L.B. Veldhuijzen", "Veldhuijzen"),
        R("CADASTRAL", "sectie N, nummer 640", "sectie N, nummer 640"),
        R("PERSON", "Rutger Baakman", "Rutger Baakman", "Baakman"),
        R("PERSON", "Gijsbert Hazeleger-Tamminga", "Gijsbert Hazeleger-Tamminga", "Hazeleger-Tamminga"),
        R("PERSON", "Teun (zoon)", "Teun"),
        R("PERSON", "Pieter-Bas Vroegindeweij", "Pieter-Bas Vroegindeweij", "Vroegindeweij"),
    ]
    keep = [
        K("ORG", "Provincie Gelderland"), K("ADDRESS_PUBLIC", "Markt 11"), K("PHONE_SWITCH", "(026) 359 99 99"),
        K("MAILBOX", "post@gelderland.nl"), K("MAILBOX", "omgevingsvergunning@gelderland.nl"),
        K("LAW", "Wet natuurbescherming"), K("LAW", "Omgevingswet"), K("TERM", "Natura 2000-gebied"),
        K("PLACE", "Veluwe"), K("PLACE", "Putten"), K("ORG", "Gedeputeerde Staten"),
        K("ORG", "Adviescommissie bezwaarschriften"), K("ORG", "Agrarisch Advocatenkantoor Veluwe"),
        K("ORG", "Stalbouw Advies Oost"), K("PRODUCT", "AERIUS Calculator"), K("CODE", "RVKQ3n8xy6Za"),
        K("ORG", "Raad van State"), K("ECLI", "ECLI:NL:RVS:2024:4923"), K("TERM", "H4030 Droge heiden"),
        K("OFFICE_HOLDER", "Gedeputeerde Peter Drenth", "Peter Drenth"), K("OFFICE_HOLDER", "John Berends"),
        K("ROLE", "Commissaris van de Koning", "Commissaris van de"), K("ORG", "rechtbank Gelderland"),
        K("ROLE", "afdelingshoofd Vergunningverlening"), K("CASE", "2024-019877"),
    ]
    return name, build, redact, keep


def ad05():
    name = "ad05_handhavingsverzoek_email"
    b = [
        ("title", "Doorgestuurd: handhavingsverzoek houtrook en geluid - Prins Hendrikkade / bedrijfspand"),
        ("pre", "Van:        Bas Kuijpers-N'Diaye <b.kuijpers-ndiaye@dordrecht.nl>\n"
                "Verzonden:  dinsdag 10 juni 2025 16:42\n"
                "Aan:        Team Handhaving <handhaving@dordrecht.nl>\n"
                "CC:         Dan Verschuren <d.verschuren@ozhz.nl>\n"
                "Onderwerp:  FW: handhavingsverzoek houtrook en geluid"),
        ("p", "Hoi Dan en collega's,"),
        ("p", "Zie hieronder het verzoek van mevrouw Nyarko. Kunnen jullie dit oppakken in de planning van de OZHZ? "
              "Het gaat om de houtbewerkingswerkplaats van Timmerbedrijf Dekker & De Wit B.V. aan de Vest. De "
              "eigenaar, de heer Koos de Wit, heeft in 2023 al een waarschuwing gehad (zaak HH-23-2211). Ik bel "
              "morgen met Joop van de wijkagent-overleg, die weet meer van de klachten in de buurt."),
        ("p", "Groet,<br/>Bas<br/>Bas Kuijpers-N'Diaye | beleidsmedewerker Milieu | Gemeente Dordrecht<br/>"
              "Spuiboulevard 300, 3311 GR Dordrecht | M 06 18 44 09 63 | werkdagen ma-di-do"),
        ("pre", "-----Oorspronkelijk bericht-----\n"
                "Van:       Abena Nyarko-Visser <abena.nyarko@kpnmail.nl>\n"
                "Verzonden: maandag 9 juni 2025 21:17\n"
                "Aan:       info@dordrecht.nl\n"
                "Onderwerp: handhavingsverzoek houtrook en geluid"),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Hierbij verzoek ik u handhavend op te treden tegen de werkplaats naast mijn woning aan de Vest 141. "
              "Sinds maart draait de afzuiginstallatie tot 23.00 uur en wordt in een houtkachel resthout gestookt. "
              "Mijn dochter Efua (6) heeft astma en ligt 's nachts te hoesten. Mijn buurman, de heer Winter van "
              "nummer 139, heeft dezelfde klachten en heeft op 2 juni met de eigenaar gesproken, zonder resultaat."),
        ("p", "Ik heb foto's en geluidsopnamen (app NoiseCapture) die ik graag toestuur. Mijn telefoonnummer is "
              "06 43 71 26 08; overdag ben ik bereikbaar op mijn werk via 078 770 8125 (vraag naar Abena)."),
        ("p", "Met vriendelijke groet,<br/>Abena Nyarko-Visser"),
        ("pre", "-----Reactie in behandelsysteem (Squit XO), 11-06-2025 09:05, d.verschuren-----\n"
                "Zaak aangemaakt: OZHZ-2025-HV-03318. Toegewezen aan toezichthouder Mieke Blom.\n"
                "Eerste controle ingepland in week 25. Melder ontvangt ontvangstbevestiging via info@ozhz.nl.\n"
                "Let op: melding valt onder Activiteitenbesluit-regels die per 1-1-2024 in het Bal staan; houtstook\n"
                "is geregeld in het omgevingsplan (bruidsschat). Geluidsnormen: Bal art. 3.xx niet van toepassing."),
        ("small", "Omgevingsdienst Zuid-Holland Zuid (OZHZ) | Johan de Wittstraat 50, Dordrecht | 078 770 8585 | info@ozhz.nl"),
    ]
    def build(out):
        render_reportlab(b, out, title="FW: handhavingsverzoek houtrook en geluid", author="Kuijpers-N'Diaye, Bas")
        post(out, info={"Author": "Kuijpers-N'Diaye, Bas"}, links=[(0, (60, 700, 300, 712), "mailto:b.kuijpers-ndiaye@dordrecht.nl")],
             annots=[(0, (520, 760, 540, 780), "Verschuren, Dan (OZHZ)", "Mies, kun jij dit meenemen? Abena heeft al 3x gebeld. Dan", "Notitie")])
    redact = [
        R("PERSON", "Bas Kuijpers-N'Diaye", "Bas Kuijpers-N'Diaye", "Kuijpers-N'Diaye", "Bas", P("Kuijpers-N'Diaye, Bas", ch="metadata")),
        R("EMAIL", "b.kuijpers-ndiaye@dordrecht.nl", "b.kuijpers-ndiaye@dordrecht.nl", P("mailto:b.kuijpers-ndiaye@dordrecht.nl", ch="annotations")),
        R("PERSON", "Dan Verschuren", "Dan Verschuren", "Dan", "d.verschuren", P("Verschuren, Dan", ch="annotations")),
        R("EMAIL", "d.verschuren@ozhz.nl", "d.verschuren@ozhz.nl"),
        R("PERSON", "Abena Nyarko-Visser", "Abena Nyarko-Visser", "Abena", "Nyarko", "~abena.nyarko"),
        R("EMAIL", "abena.nyarko@kpnmail.nl", "abena.nyarko@kpnmail.nl"),
        R("PHONE", "06 18 44 09 63", "06 18 44 09 63"), R("PHONE", "06 43 71 26 08", "06 43 71 26 08"),
        R("PHONE", "078 770 8125 (werk melder)", "078 770 8125"),
        R("ADDRESS", "Vest 141", "Vest 141"), R("ADDRESS", "nummer 139", "nummer 139"),
        R("PERSON", "Efua", "Efua"), R("HEALTH", "astma", "astma"),
        R("PERSON", "de heer Winter (buurman)", "de heer Winter"),
        R("PERSON", "Koos de Wit", "Koos de Wit"),
        R("PERSON", "Joop (wijkagent-overleg)", "Joop"),
        R("PERSON", "Mieke Blom", "Mieke Blom", P("Mies", ch="annotations")),
    ]
    keep = [
        K("MAILBOX", "handhaving@dordrecht.nl"), K("MAILBOX", "info@dordrecht.nl"), K("MAILBOX", "info@ozhz.nl"),
        K("ORG", "Gemeente Dordrecht"), K("ADDRESS_PUBLIC", "Spuiboulevard 300"), K("ORG", "OZHZ"),
        K("ORG", "Timmerbedrijf Dekker & De Wit B.V."), K("PRODUCT", "NoiseCapture"), K("PRODUCT", "Squit XO"),
        K("LAW", "Activiteitenbesluit"), K("LAW", "Bal"), K("ORG", "Omgevingsdienst Zuid-Holland Zuid"),
        K("ADDRESS_PUBLIC", "Johan de Wittstraat 50"), K("PHONE_SWITCH", "078 770 8585"),
        K("ROLE", "beleidsmedewerker Milieu"), K("CASE", "OZHZ-2025-HV-03318"), K("PLACE", "Prins Hendrikkade"),
        K("WORD", "houtkachel"), K("TERM", "bruidsschat"),
    ]
    return name, build, redact, keep


MODULE_DOCS = [ad01, ad02, ad03, ad04, ad05]
