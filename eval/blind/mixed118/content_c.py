"""Set GR, documents gr17-gr24: a beslisnota, parliamentary questions, the bureau's advice (outline),
a draft press release with sticky notes, the final press release, two scans, a municipal letter."""
from lib import Doc, K, R, mm

DOCS = []


# ------------------------------------------------------------------ gr17 beslisnota (2 p.)
def s17(s):
    return [
        s.h("Beslisnota"),
        s.kv([("Aan", "de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties, Herstel Groningen"),
              ("Van", "Daan Ottens, beleidsmedewerker, Directie Herstel en Versterking Groningen"),
              ("Datum", "9 januari 2025"),
              ("Kenmerk", "DGHVG / 25003418"),
              ("Onderwerp", "Aanpak Opwierde: versnelling samenloop schade en versterking"),
              ("Kopie aan", "DG Herstel en Versterking Groningen; NCG; IMG"),
              ("Contactpersoon", "Daan Ottens, T 06-52 81 07 34, daan.ottens@minkgg.nl")],
             w1=32 * mm, w2=132 * mm),
        s.sp(4),
        s.h2_("Aanleiding"),
        s.p("In Opwierde (gemeente Eemsdelta) lopen bij circa 40 adressen zowel een schadeprocedure bij het "
            "IMG als een versterkingstraject bij de NCG. Bewoners klagen over dubbele opnames en lange "
            "doorlooptijden (bewonersavond 22 januari, schriftelijke vragen van het lid Wubbolts (BBB)). "
            "Gedeputeerde Stellingwerf van de provincie Groningen heeft om een gezamenlijke aanpak gevraagd."),
        s.h2_("Geadviseerd besluit"),
        s.p("Aan de staatssecretaris wordt gevraagd: (1) in te stemmen met een pilot ‘één loket samenloop’ in "
            "Opwierde, uitgevoerd door NCG en IMG samen; (2) € 2,4 mln uit het budget Nij Begun hiervoor "
            "beschikbaar te stellen; (3) de Tweede Kamer hierover te informeren in de voortgangsbrief van "
            "februari."),
        s.h2_("Kern"),
        s.p("De pilot bundelt opname, besluit en uitvoering per woning. Het advies van Ingenieursbureau "
            "Wadland (‘Versnellen Opwierde’) laat zien dat clustering per bouwblok de doorlooptijd met "
            "gemiddeld 9 maanden kan verkorten. Het IMG blijft zelfstandig beslissen over schade (Tijdelijke "
            "wet Groningen)."),
        s.h2_("Krachtenveld"),
        s.p("De gemeente Eemsdelta (burgemeester Tammeling, wethouder Dijkema-Snoek) steunt de pilot. Het "
            "Groninger Gasberaad wil betrokken worden bij de evaluatie. Het IMG (directeur Schadeafhandeling) "
            "vraagt om heldere afspraken over gegevensdeling (AVG)."),
        s.h2_("Toelichting"),
        s.p("Juridisch (mr. Hanneke Vos-Timmer, DWJZ) ziet geen bezwaar, mits het IMG de besluitvorming over "
            "schade zelf houdt en bewoners toestemming geven voor het delen van hun dossier. De financiële "
            "dekking is met FEZ afgestemd (contact: Priscilla Amankwah-Boateng)."),
        s.h2_("Paraafschema"),
        s.table([["Naam", "Functie", "Paraaf", "Datum"],
                 ["D. Ottens", "beleidsmedewerker", "DO", "09-01"],
                 ["J. Brinkman", "afdelingshoofd Versterking", "JBr", "10-01"],
                 ["H. Vos-Timmer", "jurist DWJZ", "HVT", "10-01"],
                 ["—", "directeur Herstel en Versterking", "akkoord", "13-01"]],
                widths=[40 * mm, 70 * mm, 26 * mm, 26 * mm]),
        s.h2_("Informatie die niet openbaar gemaakt kan worden"),
        s.p("Deze nota bevat persoonsgegevens van ambtenaren en van bewoners (namen, adressen)."),
        s.h2_("Motivering"),
        s.p("In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
            "geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo)."),
        s.h2_("Bijlagen"),
        s.p("1. Advies Ingenieursbureau Wadland, versie 0.9 (december 2024)<br/>2. Lijst samenloopadressen "
            "(niet bijgevoegd; bevat adressen van bewoners zoals Wirdumerweg 7 en Bosstraat 18)"),
    ]


DOCS.append(Doc(
    "gr17_beslisnota_pilot_een_loket_samenloop", story=s17, family="dv", size=10.5,
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="Bouwhuis, Femke", title="Beslisnota pilot één loket samenloop Opwierde",
    header="Ministerie van Klimaat en Groene Groei – DG Herstel en Versterking Groningen",
    redact=[
        R("PERSON", "Daan Ottens", "Daan Ottens", "D. Ottens"),
        R("PHONE", "06-52 81 07 34"),
        R("EMAIL", "daan.ottens@minkgg.nl"),
        R("PERSON", "Hanneke Vos-Timmer", "Hanneke Vos-Timmer", "H. Vos-Timmer"),
        R("PERSON", "Priscilla Amankwah-Boateng"),
        R("PERSON", "Joost Brinkman", "J. Brinkman"),
        R("INITIALS", "DO"), R("INITIALS", "JBr"), R("INITIALS", "HVT"),
        R("ADDRESS", "Wirdumerweg 7"), R("ADDRESS", "Bosstraat 18"),
        R("PERSON", "Femke Bouwhuis (metadata Author)", "Bouwhuis, Femke", "Bouwhuis", ch="metadata"),
    ],
    keep=[
        K("REF", "DGHVG / 25003418"),
        K("ORG", "Directie Herstel en Versterking Groningen"),
        K("OFFICIAL", "het lid Wubbolts (BBB)", "lid Wubbolts"),
        K("OFFICIAL", "Gedeputeerde Stellingwerf"),
        K("OFFICIAL", "burgemeester Tammeling"),
        K("OFFICIAL", "wethouder Dijkema-Snoek"),
        K("ORG", "provincie Groningen"),
        K("ORG", "Ingenieursbureau Wadland"),
        K("PROGRAMME", "Nij Begun"),
        K("AMOUNT", "€ 2,4 mln"),
        K("LAW", "Tijdelijke wet Groningen"),
        K("ORG", "Groninger Gasberaad"),
        K("ORG", "DWJZ"), K("ORG", "FEZ"),
        K("LAW", "AVG"),
        K("FUNCTION", "directeur Herstel en Versterking"),
        K("FUNCTION", "afdelingshoofd Versterking"),
        K("HEADING", "Informatie die niet openbaar gemaakt kan worden"),
        K("ORG", "Tweede Kamer"),
        K("TITLE", "één loket samenloop"),
    ]))


# ------------------------------------------------------------------ gr18 Kamervragen + antwoorden (2 p.)
def s18(s):
    return [
        s.h("Antwoorden op Kamervragen over de schadeafhandeling en versterking in Opwierde"),
        s.p("Vragen van het lid Wubbolts (BBB) aan de staatssecretaris van Binnenlandse Zaken en "
            "Koninkrijksrelaties over de situatie in Opwierde (ingezonden 27 november 2024, kenmerk "
            "2024Z19417). Mede namens het lid Sieders (GroenLinks-PvdA)."),
        s.h2_("Vraag 1"),
        s.p("Bent u bekend met het bericht ‘Opwierde wacht al vier jaar op versterking’ in het Dagblad van het "
            "Noorden van 25 november 2024?"),
        s.h2_("Antwoord 1"),
        s.p("Ja."),
        s.h2_("Vraag 2"),
        s.p("Hoeveel woningen in Opwierde hebben zowel een open schademelding als een versterkingsopgave, en "
            "hoe lang wachten deze bewoners gemiddeld?"),
        s.h2_("Antwoord 2"),
        s.p("Volgens opgave van de NCG en het IMG gaat het om 41 adressen. De gemiddelde wachttijd sinds de "
            "eerste opname is 38 maanden. Ik vind dat te lang. Samen met de gemeente Eemsdelta start ik een "
            "pilot ‘één loket samenloop’, waarover ik uw Kamer in de voortgangsbrief van februari informeer."),
        s.h2_("Vraag 3"),
        s.p("Deelt u de mening dat bewoners met gezondheidsklachten door de mijnbouw voorrang moeten krijgen?"),
        s.h2_("Antwoord 3"),
        s.p("Ik begrijp de vraag. De NCG en het IMG hebben met de Commissie Bijzondere Situaties een route voor "
            "urgente situaties, waaronder medische urgentie. Ik zie geen aanleiding voor een aparte "
            "voorrangsregeling, maar ik vraag beide organisaties deze route beter bekend te maken. Ook verwijs "
            "ik naar het rapport van de parlementaire enquêtecommissie Aardgaswinning Groningen, ‘Groningers "
            "boven gas’, en naar het advies van de Staatscommissie Groningen."),
        s.h2_("Vraag 4"),
        s.p("Bent u bereid Opwierde te bezoeken en met bewoners te spreken?"),
        s.h2_("Antwoord 4"),
        s.p("Ja. Ik breng in maart een werkbezoek aan Appingedam en spreek dan met bewoners, de "
            "bewonersvereniging, burgemeester Tammeling en de Nationaal Coördinator."),
        s.h2_("Vraag 5"),
        s.p("Kunt u aangeven hoeveel klachten het IMG in 2024 heeft ontvangen over de afhandeling in Eemsdelta, "
            "en hoeveel daarvan gegrond waren?"),
        s.h2_("Antwoord 5"),
        s.p("Het IMG ontving in 2024 in totaal 1.146 klachten, waarvan 212 uit de gemeente Eemsdelta. Van die "
            "212 klachten zijn er 97 (deels) gegrond verklaard. De meeste klachten gaan over doorlooptijden en "
            "bereikbaarheid. Het IMG rapporteert hierover in zijn jaarverslag 2024, dat in april verschijnt."),
        s.h2_("Vraag 6"),
        s.p("Kunt u deze vragen afzonderlijk en voor het commissiedebat Mijnbouw/Groningen beantwoorden?"),
        s.h2_("Antwoord 6"),
        s.p("Ik heb de vragen zo snel mogelijk en afzonderlijk beantwoord."),
        s.sp(8),
        s.sm("Concept, versie 3 – 8 januari 2025. Opgesteld door DG HVG (beleid Versterking) met input van "
             "NCG en IMG. Afstemming met BZK via de Kamervragenmailbox kamervragen-hvg@minkgg.nl."),
        s.sm("Eerdere vragen over dit onderwerp: het lid Beukema-Zwart (SP), Aanhangsel Handelingen II "
             "2023/24, nr. 2188."),
    ]


DOCS.append(Doc(
    "gr18_antwoorden_kamervragen_opwierde", story=s18, family="times", size=11.5,
    producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="KGG", xmp_creator="Jasper Noordhof", title="Beantwoording Kamervragen 2024Z19417",
    header="Tweede Kamer der Staten-Generaal – beantwoording 2024Z19417 (concept)",
    redact=[
        R("PERSON", "Jasper Noordhof (XMP dc:creator)", "Jasper Noordhof", "Noordhof", ch="metadata"),
    ],
    keep=[
        K("OFFICIAL", "het lid Wubbolts (BBB)", "lid Wubbolts"),
        K("OFFICIAL", "het lid Sieders (GroenLinks-PvdA)", "lid Sieders"),
        K("OFFICIAL", "het lid Beukema-Zwart (SP)", "lid Beukema-Zwart"),
        K("OFFICIAL", "burgemeester Tammeling"),
        K("REF", "2024Z19417"),
        K("ORG", "Dagblad van het Noorden"),
        K("ORG", "NCG"), K("ORG", "IMG"),
        K("ORG", "gemeente Eemsdelta"),
        K("ORG", "Commissie Bijzondere Situaties"),
        K("ORG", "Staatscommissie Groningen"),
        K("ORG", "parlementaire enquêtecommissie Aardgaswinning Groningen"),
        K("TITLE", "Groningers boven gas", "Groningers boven gas"),
        K("EMAIL_FUNCTIONAL", "kamervragen-hvg@minkgg.nl"),
        K("REF", "Aanhangsel Handelingen II"),
        K("PLACE", "Appingedam"), K("PLACE", "Opwierde"),
        K("NUMBER", "41 adressen"),
        K("ORG", "BZK"),
        K("ORG", "Tweede Kamer der Staten-Generaal"),
        K("NUMBER", "1.146 klachten"),
        K("TERM", "commissiedebat Mijnbouw/Groningen"),
    ]))


# ------------------------------------------------------------------ gr19 advies Wadland (outline)
def s19(s):
    return [
        s.h("Versnellen Opwierde – advies clusteraanpak (versie 1.0)"),
        s.sm("Ingenieursbureau Wadland B.V. · Zuiderdiep 88, Groningen · info@wadland-ingenieurs.nl · "
             "050 - 311 20 40 · projectnummer W24-118"),
        s.sp(6),
        s.h2_("1. Samenvatting"),
        s.p("In opdracht van de Stuurgroep Versterking en Herstel Eemsdelta is onderzocht hoe de versterking "
            "in Opwierde kan worden versneld. Wij adviseren de 214 adressen te bundelen in 17 clusters per "
            "bouwblok, per cluster één aannemer te contracteren (bouwteam, UAV-GC 2005) en schadeherstel van het "
            "IMG in hetzelfde bouwtraject mee te nemen. De verwachte winst is 9 maanden per woning."),
        s.h2_("2. Uitgangspunten"),
        s.p("Rekenmethode NPR 9998:2020 met hazardkaart 2024; Typologie-aanpak NCG (typologie 1 t/m 6); "
            "Samenloopprotocol 2024 van NCG en IMG. Monumenten (o.a. de Stefanuskerk en de Nicolaïkerk) "
            "vallen buiten dit advies."),
        s.h2_("3. Clusters"),
        s.table([["Cluster", "Straten", "Adressen", "Typologie", "Start"],
                 ["C01", "Wirdumerweg, Kanaalweg", "18", "3 en 4", "Q3 2025"],
                 ["C02", "Bosstraat, Lindelaan", "22", "2", "Q3 2025"],
                 ["C03", "Beukenlaan, Eikenlaan", "15", "2", "Q4 2025"],
                 ["C04", "Jan Schaapstraat", "12", "5", "Q1 2026"],
                 ["C05–C17", "overige straten", "147", "divers", "2026"]],
                widths=[20 * mm, 62 * mm, 22 * mm, 24 * mm, 24 * mm]),
        s.sp(4),
        s.h2_("4. Risico's"),
        s.p("Capaciteit bij aannemers; draagvlak bij bewoners die al een eigen traject hebben; "
            "gegevensuitwisseling tussen IMG en NCG (AVG). Wij adviseren een bewonerspanel per cluster."),
        s.h2_("5. Verantwoording"),
        s.p("Dit advies is opgesteld door het projectteam van Ingenieursbureau Wadland en besproken in de "
            "stuurgroep van 5 december 2024. Het bureau is onafhankelijk van NAM en EBN."),
    ]


DOCS.append(Doc(
    "gr19_advies_wadland_versnellen_opwierde", story=s19, family="helv", size=10.5,
    producer="PDFlib+PDI 9.3.1 (Win64)", creator="Wadland Rapportgenerator", author="Ingenieursbureau Wadland",
    title="Versnellen Opwierde – advies clusteraanpak",
    outline=[("1. Samenvatting", 0, []),
             ("2. Uitgangspunten", 0, [("opmerking S. Nauta: NPR-versie checken", 0)]),
             ("3. Clusters", 0, [("C01 – review Marloes Ubbens", 0), ("C02 – review Stefan Nauta", 0)]),
             ("4. Risico's (input E.J. Scholtens)", 0, []),
             ("5. Verantwoording", 0, [])],
    redact=[
        R("PERSON", "Stefan Nauta (bookmark)", "S. Nauta", "Stefan Nauta", ch="outline"),
        R("PERSON", "Marloes Ubbens (bookmark)", "Marloes Ubbens", ch="outline"),
        R("PERSON", "Evert-Jan Scholtens (bookmark)", "E.J. Scholtens", ch="outline"),
    ],
    keep=[
        K("ORG", "Ingenieursbureau Wadland B.V."),
        K("ADDRESS_PUBLIC", "Zuiderdiep 88"),
        K("EMAIL_FUNCTIONAL", "info@wadland-ingenieurs.nl"),
        K("PHONE_GENERAL", "050 - 311 20 40"),
        K("REF", "W24-118"),
        K("ORG", "Stuurgroep Versterking en Herstel Eemsdelta"),
        K("STANDARD", "UAV-GC 2005"),
        K("STANDARD", "NPR 9998:2020"),
        K("POLICY", "Samenloopprotocol 2024"),
        K("NOT_PERSON", "Stefanuskerk"), K("NOT_PERSON", "Nicolaïkerk"),
        K("NOT_PERSON", "Jan Schaapstraat"),
        K("STREET", "Wirdumerweg"), K("STREET", "Bosstraat"),
        K("ORG", "NAM"), K("ORG", "EBN"),
        K("TERM", "bewonerspanel"),
        K("NUMBER", "214 adressen"),
    ]))


# ------------------------------------------------------------------ gr20 concept-persbericht met notities
def s20(s):
    return [
        s.sm("CONCEPT 2 – niet verspreiden"),
        s.h("Eén loket voor bewoners van Opwierde met schade én versterking"),
        s.p("<b>Appingedam, 14 februari 2025</b> – Bewoners van Opwierde die zowel schade hebben als in de "
            "versterking zitten, krijgen vanaf april één aanspreekpunt. De Nationaal Coördinator Groningen, het "
            "Instituut Mijnbouwschade Groningen en de gemeente Eemsdelta starten daarvoor de pilot ‘één loket "
            "samenloop’. Staatssecretaris Ten Hove stelt € 2,4 miljoen beschikbaar uit Nij Begun."),
        s.p("“Bewoners hebben te vaak hun verhaal moeten doen bij verschillende instanties,” zegt wethouder "
            "Dijkema-Snoek. “Dat moet stoppen. Eén keukentafel, één plan.”"),
        s.p("De pilot geldt voor 41 adressen. Bewoners krijgen in maart een brief. Een tweede bewonersavond "
            "volgt op 19 maart in Loppersum (De Wierde). Burgemeester Tammeling: “De bewonersavond van januari "
            "liet zien hoe groot het ongeduld is. Dat nemen we serieus.”"),
        s.h2_("Noot voor de redactie (niet voor publicatie)"),
        s.p("Meer informatie: persvoorlichting gemeente Eemsdelta, pers@eemsdelta.nl, 14 0596. Woordvoerder "
            "IMG: Femke Ritsema. Beeldmateriaal van de bewonersavond is beschikbaar via de persmap."),
    ]


DOCS.append(Doc(
    "gr20_concept_persbericht_met_opmerkingen", story=s20, family="helv", size=11,
    producer="Adobe Acrobat Pro (64-bit) 24.1.20643", creator="Microsoft® Word voor Microsoft 365",
    author="Gemeente Eemsdelta", title="Concept persbericht één loket samenloop",
    notes=[(0, 480, 700, "Lotte Bakker", "Quote wethouder nog laten accorderen door Kees (bestuursadviseur)."),
           (0, 480, 560, "Wiebe Kamminga", "41 adressen klopt, check met Karin Sluiter (NCG) of datum april haalbaar is."),
           (0, 480, 420, "Froukje Dallinga", "Mevr. Bos-Wieringa wil niet met naam in de krant, graag geen foto "
                                             "van haar huis gebruiken. Haar zoon belt: 06 5532 0918"),
           (0, 480, 300, "L.Bakker", "Femke (IMG) akkoord per mail 13-02.")],
    redact=[
        R("PERSON", "Lotte Bakker (note author)", "Lotte Bakker", "L.Bakker", ch="annotations"),
        R("PERSON", "Kees (bestuursadviseur)", "Kees", ch="annotations"),
        R("PERSON", "Wiebe Kamminga (note author)", "Wiebe Kamminga", ch="annotations"),
        R("PERSON", "Karin Sluiter (note)", "Karin Sluiter", ch="annotations"),
        R("PERSON", "Froukje Dallinga (note author)", "Froukje Dallinga", ch="annotations"),
        R("PERSON", "Aaltje Bos-Wieringa (note)", "Bos-Wieringa", ch="annotations"),
        R("PHONE", "06 5532 0918", ch="annotations"),
    ],
    keep=[
        K("ORG", "Nationaal Coördinator Groningen"),
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("ORG", "gemeente Eemsdelta"),
        K("OFFICIAL", "Staatssecretaris Ten Hove"),
        K("OFFICIAL", "wethouder Dijkema-Snoek", "Dijkema-Snoek"),
        K("OFFICIAL", "Burgemeester Tammeling"),
        K("SPOKESPERSON", "Femke Ritsema"),
        K("PROGRAMME", "Nij Begun"),
        K("EMAIL_FUNCTIONAL", "pers@eemsdelta.nl"),
        K("PHONE_GENERAL", "14 0596"),
        K("BUILDING", "De Wierde"),
        K("PLACE", "Loppersum"),
        K("AMOUNT", "€ 2,4 miljoen"),
        K("DATE", "19 maart"),
        K("FUNCTION", "Woordvoerder"),
    ]))


# ------------------------------------------------------------------ gr21 persbericht definitief
def s21(s):
    return [
        s.h("Persbericht: één loket voor schade en versterking in Opwierde"),
        s.sm("Gezamenlijk persbericht NCG · IMG · gemeente Eemsdelta · ministerie van BZK · 17 februari 2025"),
        s.sp(4),
        s.p("Bewoners van Opwierde die zowel mijnbouwschade hebben als in de versterking zitten, krijgen vanaf "
            "april één aanspreekpunt. De Nationaal Coördinator Groningen (NCG), het Instituut Mijnbouwschade "
            "Groningen (IMG) en de gemeente Eemsdelta starten de pilot ‘één loket samenloop’. Staatssecretaris "
            "Ten Hove stelt hiervoor € 2,4 miljoen beschikbaar uit het programma Nij Begun."),
        s.p("“Bewoners hebben te vaak hun verhaal moeten doen,” zegt wethouder Dijkema-Snoek. “Eén keukentafel, "
            "één plan.” Staatssecretaris Ten Hove: “Groningers moeten kunnen rekenen op een overheid die "
            "samenwerkt. Wat in Opwierde werkt, wil ik breder toepassen.”"),
        s.p("De pilot geldt voor 41 adressen en duurt een jaar. Het Groninger Gasberaad en het Groninger "
            "Bodem Beweging worden betrokken bij de evaluatie. Een tweede bewonersavond is op 19 maart in De "
            "Wierde in Loppersum."),
        s.h2_("Meer informatie"),
        s.p("Voor bewoners: Informatiepunt Versterken, 0800 - 3434 500, of het IMG, 0800 - 4020 400.<br/>"
            "Voor de pers: woordvoerder IMG Femke Ritsema, via pers@schadedoormijnbouw.nl of 088 - 2014 000 "
            "(algemeen persnummer); gemeente Eemsdelta: pers@eemsdelta.nl."),
        s.sm("Foto: de Ommelanderbrug over het Damsterdiep bij Appingedam. Beeld: Provincie Groningen / "
             "Beeldbank."),
    ]


DOCS.append(Doc(
    "gr21_persbericht_een_loket_samenloop", story=s21, family="dv", size=10.5,
    producer="Aspose.PDF for .NET 24.1", creator="Umbraco Forms", author="Hinke Jorritsma",
    title="Persbericht één loket samenloop Opwierde",
    redact=[
        R("PERSON", "Hinke Jorritsma (metadata Author)", "Hinke Jorritsma", "Jorritsma", ch="metadata"),
    ],
    keep=[
        K("ORG", "Nationaal Coördinator Groningen"),
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("ORG", "gemeente Eemsdelta"),
        K("ORG", "ministerie van BZK"),
        K("OFFICIAL", "Staatssecretaris Ten Hove"),
        K("OFFICIAL", "wethouder Dijkema-Snoek"),
        K("SPOKESPERSON", "Femke Ritsema"),
        K("PROGRAMME", "Nij Begun"),
        K("ORG", "Groninger Gasberaad"),
        K("ORG", "Groninger Bodem Beweging"),
        K("BUILDING", "De Wierde"),
        K("PHONE_GENERAL", "0800 - 3434 500"), K("PHONE_GENERAL", "0800 - 4020 400"),
        K("PHONE_GENERAL", "088 - 2014 000"),
        K("EMAIL_FUNCTIONAL", "pers@schadedoormijnbouw.nl"),
        K("EMAIL_FUNCTIONAL", "pers@eemsdelta.nl"),
        K("NOT_PERSON", "Ommelanderbrug"),
        K("PLACE", "Damsterdiep"),
        K("ORG", "Provincie Groningen"),
        K("ORG", "Informatiepunt Versterken"),
    ]))


# ------------------------------------------------------------------ gr22 scan handgeschreven brief bewoner
SCAN22 = [
    ("Tjamsweer, 2 februari 2025", "h"),
    ("", ""),
    ("Aan het IMG, afdeling klachten", "h"),
    ("", ""),
    ("Geachte mensen,", "h"),
    ("Ik schrijf u omdat ik niet goed met de computer kan.", "h"),
    ("Mijn naam is Grietje Buurma, Lindelaan 5 in Tjamsweer.", "h"),
    ("Ik ben weduwe en 81 jaar. Sinds de beving van", "h"),
    ("augustus heb ik last van mijn hart en ik slaap slecht.", "h"),
    ("Dokter Ebbens zegt dat het van de spanning komt.", "h"),
    ("Mijn dossier is SDM-2024-120358. De scheur in de", "h"),
    ("slaapkamer wordt steeds groter. Wilt u alstublieft", "h"),
    ("iemand sturen? Mijn buurvrouw Tineke helpt mij.", "h"),
    ("Zij is bereikbaar op 06-2209 7461.", "h"),
    ("", ""),
    ("Met vriendelijke groet,", "h"),
    ("G. Buurma", "s"),
]

DOCS.append(Doc(
    "gr22_scan_handgeschreven_brief_bewoner", scan={"lines": SCAN22, "angle": -0.7, "seed": 22,
                                                   "stamp": "IMG Postkamer - ontvangen 05-02-2025 - "
                                                            "SDM-2024-120358 - KL-2025-0246"},
    producer="Canon iR-ADV C5840 PDF", creator="Canon iR-ADV C5840", title="Scan 0205_0914",
    redact=[
        R("PERSON", "Grietje Buurma", "Grietje Buurma", "Buurma", ch="ocr"),
        R("ADDRESS", "Lindelaan 5", "Lindelaan 5", ch="ocr"),
        R("HEALTH", "last van mijn hart", "last van mijn hart", ch="ocr"),
        R("PERSON", "Dokter Ebbens", "Ebbens", ch="ocr"),
        R("PERSON", "Tineke", "Tineke", ch="ocr"),
        R("PHONE", "06-2209 7461", ch="ocr"),
        R("AGE", "81 jaar", ch="ocr"),
    ],
    keep=[
        K("REF", "SDM-2024-120358"),
        K("REF", "KL-2025-0246"),
        K("ORG", "IMG Postkamer"),
    ]))


# ------------------------------------------------------------------ gr23 scan getypte brief met handnotitie
SCAN23 = [
    ("Gemeente Eemsdelta", "b"),
    ("Postbus 20003, 9930 PA Delfzijl", "t"),
    ("", ""),
    ("De heer en mevrouw Wiersum", "t"),
    ("Bosstraat 18", "t"),
    ("9902 GH Appingedam", "t"),
    ("", ""),
    ("Datum: 7 februari 2025", "t"),
    ("Onderwerp: bewonersbegeleiding versterking", "t"),
    ("", ""),
    ("Geachte heer en mevrouw Wiersum,", "t"),
    ("Zoals besproken krijgt u vanaf deze maand een vaste", "t"),
    ("bewonersbegeleider van de gemeente: Froukje Dallinga.", "t"),
    ("Zij helpt u bij de gesprekken met het IMG en de NCG.", "t"),
    ("Zij is bereikbaar op 06-4471 3358.", "t"),
    ("", ""),
    ("Met vriendelijke groet,", "t"),
    ("namens het college,", "t"),
    ("W. Kamminga, gebiedsregisseur", "t"),
    ("", ""),
    ("Notitie: 10/2 gebeld met mw Wiersum,", "h"),
    ("slaapt slecht, huilde. Afspraak 13/2. FD", "h"),
]

DOCS.append(Doc(
    "gr23_scan_brief_bewonersbegeleiding_met_notitie", scan={"lines": SCAN23, "angle": 0.5, "seed": 23,
                                                            "stamp": "Eemsdelta DIV - archiefexemplaar - "
                                                                     "zaak Z/25/043120"},
    producer="HP Digital Sending Software 5.0", creator="HP ScanJet Pro", title="Archiefexemplaar",
    redact=[
        R("PERSON", "Wiersum", "Wiersum", ch="ocr"),
        R("ADDRESS", "Bosstraat 18, 9902 GH", "Bosstraat 18", "9902 GH", ch="ocr"),
        R("PERSON", "Froukje Dallinga", "Froukje Dallinga", ch="ocr"),
        R("PHONE", "06-4471 3358", ch="ocr"),
        R("PERSON", "W. Kamminga", "Kamminga", ch="ocr"),
        R("HEALTH", "slaapt slecht", ch="ocr"),
    ],
    keep=[
        K("REF", "Z/25/043120"),
        K("ORG", "Eemsdelta DIV"),
    ]))


# ------------------------------------------------------------------ gr24 brief gemeente aan bewoner
def s24(s):
    return [
        s.r("Gemeente Eemsdelta<br/>Postbus 20003<br/>9930 PA Delfzijl<br/>T 14 0596<br/>www.eemsdelta.nl"),
        s.lines("Mevrouw M. Haaksma", "Wirdumerweg 3", "9905 PC  TJAMSWEER"),
        s.sp(8),
        s.kv([("Datum", "3 maart 2025"), ("Ons kenmerk", "Z/25/044019 – U25.00871"),
              ("Behandeld door", "F. Dallinga"), ("Telefoon", "(0596) 639 218"),
              ("Onderwerp", "uw vraag over de Stuwmeerregeling")]),
        s.sp(6),
        s.p("Geachte mevrouw Haaksma,"),
        s.p("Op de bewonersavond van 22 januari 2025 in dorpshuis De Ploeg is namens u gevraagd waarom de "
            "Stuwmeerregeling niet voor uw woning geldt. Wij hebben dit uitgezocht met het Instituut "
            "Mijnbouwschade Groningen."),
        s.p("De Stuwmeerregeling was bedoeld voor woningen waarvoor vóór 1 juli 2022 een melding was gedaan en "
            "nog geen besluit was genomen. Uw eerste melding dateert van september 2022. Per 1 januari 2025 is de "
            "regeling opgegaan in de Waardevermeerderingsregeling. U komt daarvoor mogelijk wel in aanmerking. "
            "Het IMG stuurt u daarover binnen vier weken een brief."),
        s.p("Wij begrijpen dat dit niet het antwoord is waarop u hoopte. Wilt u er met iemand over praten? Uw "
            "bewonersbegeleider neemt graag contact met u op. U kunt ook terecht bij het Steunpunt Eemsdelta of "
            "bij de Commissie Mijnbouwschade."),
        s.p("Met vriendelijke groet,"),
        s.p("burgemeester en wethouders van Eemsdelta,<br/>namens dezen,"),
        s.sp(14),
        s.p("S.M. Dijkema-Snoek<br/>wethouder Versterking en Herstel"),
        s.sm("Kopie: F. Dallinga, bewonersbegeleider (f.dallinga@eemsdelta.nl). Deze brief is digitaal ondertekend. Ontvangt u liever geen post maar e-mail? Geef dit door via "
             "versterking@eemsdelta.nl."),
    ]


DOCS.append(Doc(
    "gr24_brief_gemeente_stuwmeerregeling", story=s24, family="times", size=11.5,
    producer="Xential 2024 / Aspose.Words for Java 24.2", creator="Xential", author="Gemeente Eemsdelta",
    title="Brief Z/25/044019",
    redact=[
        R("PERSON", "Marijke Haaksma", "M. Haaksma", "mevrouw Haaksma"),
        R("ADDRESS", "Wirdumerweg 3, 9905 PC", "Wirdumerweg 3", "9905 PC"),
        R("PERSON", "Froukje Dallinga", "F. Dallinga"),
        R("EMAIL", "f.dallinga@eemsdelta.nl"),
        R("PHONE", "(0596) 639 218"),
    ],
    keep=[
        K("ORG", "Gemeente Eemsdelta"),
        K("ADDRESS_PUBLIC", "Postbus 20003"),
        K("PHONE_GENERAL", "14 0596"),
        K("URL", "www.eemsdelta.nl"),
        K("REF", "Z/25/044019"), K("REF", "U25.00871"),
        K("BUILDING", "dorpshuis De Ploeg"),
        K("POLICY", "Stuwmeerregeling"),
        K("POLICY", "Waardevermeerderingsregeling"),
        K("ORG", "Instituut Mijnbouwschade Groningen"),
        K("ORG", "Steunpunt Eemsdelta"),
        K("ORG", "Commissie Mijnbouwschade"),
        K("OFFICIAL", "S.M. Dijkema-Snoek"),
        K("FUNCTION", "wethouder Versterking en Herstel"),
        K("EMAIL_FUNCTIONAL", "versterking@eemsdelta.nl"),
        K("DATE", "1 januari 2025"),
    ]))
