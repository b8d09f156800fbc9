"""Notes, minutes, reports and letters of blind set mixed39 (AW). MIT licence. All personal data invented."""
from common import E, K, P, R, T

DOCS = []

# ---------------------------------------------------------------- aw19 beslisnota JenV / Asiel en Migratie, 2 pages
DOCS.append(dict(
    name="aw19_nota_spreidingswet_opvangplekken.pdf", producer="rl", creator="Microsoft Word - Rijkshuisstijl",
    meta={"Author": "Verschoor, R.", "Title": "Nota Spreidingswet - stand opvangplekken", "Keywords": "nota, Spreidingswet, Verschoor"},
    outline=["Nota aan de minister", "Paraaf Sanne Wiersma (DMB)", "Bijlage"],
    lines=[
        "Ministerie van Justitie en Veiligheid",
        "Directoraat-Generaal Migratie",
        "# Nota",
        "|Aan|de minister van Asiel en Migratie",
        "|Van|Directoraat-Generaal Migratie, Directie Migratiebeleid",
        "|Datum|3 maart 2025",
        "|Kenmerk|6183420",
        "|Onderwerp|Spreidingswet: stand van zaken gemeentelijke opvangplekken",
        "|Kopie aan|staatssecretaris van Justitie en Veiligheid; SG; DG Migratie",
        "|Contactpersoon|Ruud Verschoor, senior beleidsmedewerker, T 06-5118 3406, r.verschoor@minjenv.nl",
        "",
        "## Aanleiding",
        "Op 1 februari 2025 liep de eerste termijn van de verdeelbeslissing op grond van de Wet gemeentelijke "
        "taak mogelijk maken asielopvangvoorzieningen (Spreidingswet) af. U heeft de Tweede Kamer toegezegd vóór "
        "het commissiedebat van 20 maart te rapporteren over de voortgang.",
        "## Geadviseerd besluit",
        "Aan de minister wordt gevraagd: kennis te nemen van de stand van zaken en in te stemmen met de "
        "bijgevoegde brief aan de Tweede Kamer.",
        "## Kern",
        "- Van de 96.000 benodigde opvangplekken zijn er 68.400 gerealiseerd. Het COA meldt dat het aanmeldcentrum "
        "Ter Apel nog steeds boven de afgesproken 2.000 bewoners zit.",
        "- Burgemeester Velema van Westerwolde heeft u op 24 februari een brandbrief gestuurd.",
        "- De provincies Groningen en Drenthe leveren relatief veel plekken; Noord-Holland en Utrecht blijven achter.",
        "## Krachtenveld",
        "Kamerlid Mutluer (GroenLinks-PvdA) en Kamerlid Podt (D66) hebben om intrekking van het voornemen tot "
        "afschaffing van de Spreidingswet gevraagd. De VNG en het IPO steunen de wet. Minister Faber heeft in het "
        "vragenuur van 11 februari aangegeven de wet te willen intrekken.",
        "||",
        "## Toelichting",
        "Het overleg met de VNG vond plaats op 26 februari. Namens de VNG waren aanwezig de heer Pim Rozendaal "
        "en mevrouw Esra Yıldız (beleidsadviseurs). Namens de directie namen Ruud Verschoor en Sanne Wiersma deel. "
        "Het COA was vertegenwoordigd door Hylke Boersma (programmamanager capaciteit), 06 - 29 33 41 86.",
        "",
        "## Paraaflijst",
        "|Naam|Functie|Paraaf|Datum",
        "|R. Verschoor|senior beleidsmedewerker DMB|RV|28-02-2025",
        "|S.M. Wiersma|afdelingshoofd DMB|SMW|28-02-2025",
        "|H.J. ten Velde|directeur Migratiebeleid|HJtV|03-03-2025",
        "",
        "## Bijlagen",
        "1. Concept-Kamerbrief Stand van zaken Spreidingswet",
        "2. Overzicht per provincie (bron: COA, peildatum 1 februari 2025)",
        "",
        "## Informatie die niet openbaar gemaakt kan worden",
        "(in te vullen)",
    ],
    redact=[
        P("Ruud Verschoor", "Verschoor", "Ruud", "RV"), T("06-5118 3406"), E("r.verschoor@minjenv.nl"),
        P("Sanne Wiersma", "Wiersma", "Sanne", "SMW"), P("H.J. ten Velde", "ten Velde", "HJtV"),
        P("Pim Rozendaal", "Rozendaal", "Pim"), P("Esra Yıldız", "Yıldız", "Esra"),
        P("Hylke Boersma", "Boersma", "Hylke"), T("06 - 29 33 41 86"),
    ],
    keep=[
        K("ORG", "Ministerie van Justitie en Veiligheid"), K("ORG", "Directoraat-Generaal Migratie"),
        K("TITLE", "de minister van Asiel en Migratie"), K("ORG", "Directie Migratiebeleid"), K("CASE", "6183420"),
        K("LAW", "Spreidingswet"), K("TITLE", "staatssecretaris van Justitie en Veiligheid"),
        K("TITLE", "senior beleidsmedewerker"), K("ORG", "Tweede Kamer"), K("ORG", "COA"),
        K("PLACE", "Ter Apel"), K("OFFICE_HOLDER", "Burgemeester Velema", "Velema"), K("PLACE", "Westerwolde"),
        K("PLACE", "Groningen"), K("PLACE", "Drenthe"), K("OFFICE_HOLDER", "Kamerlid Mutluer", "Mutluer"),
        K("OFFICE_HOLDER", "Kamerlid Podt", "Podt"), K("ORG", "GroenLinks-PvdA"), K("ORG", "VNG"),
        K("ORG", "IPO"), K("OFFICE_HOLDER", "Minister Faber", "Faber"), K("TITLE", "programmamanager capaciteit"),
        K("TITLE", "afdelingshoofd DMB"), K("TITLE", "directeur Migratiebeleid"), K("DATE", "3 maart 2025"),
    ],
))

# ---------------------------------------------------------------- aw20 IND internal note, LO
DOCS.append(dict(
    name="aw20_nota_ind_nareis_achterstanden.pdf", producer="lo",
    meta={"Author": "Kuipers, Johanna", "Title": "Interne nota nareis - achterstanden", "Subject": "opgesteld door J. Kuipers en B. Oudejans"},
    lines=[
        "Immigratie- en Naturalisatiedienst",
        "# Interne nota",
        "|Aan|Managementteam Directie Asiel en Bescherming",
        "|Van|Johanna Kuipers, coördinator nareis, unit Zwolle",
        "|Datum|19 februari 2025",
        "|Kenmerk|IND/DAB/2025/0347",
        "|Kopie aan|Bart Oudejans (unitmanager), afdeling Communicatie",
        "|Telefoon|06-8211 0574",
        "",
        "## Onderwerp: achterstanden in de behandeling van nareisaanvragen",
        "De voorraad nareiszaken bedraagt 11.250 aanvragen. Ongeveer 40% is ouder dan de wettelijke termijn van "
        "negen maanden (artikel 29 Vreemdelingenwet 2000). Het aantal ingebrekestellingen stijgt; in januari ontving "
        "de IND 612 beroepen wegens niet tijdig beslissen.",
        "",
        "## Voorbeeld uit de praktijk",
        "Referent de heer Samir Haddad (V-nummer 2405517730), woonachtig Elzenlaan 17, 7521 KH Enschede, wacht "
        "sinds april 2024 op een besluit over de nareis van zijn echtgenote en drie kinderen. Zijn advocaat, "
        "mr. Anne-Marie Schoonhoven, heeft de IND in gebreke gesteld. De leges (€ 228) zijn op 3 april 2024 "
        "betaald vanaf rekening NL69INGB1171408123; dat is dus niet de oorzaak van de vertraging.",
        "",
        "## Voorstel",
        "1. Inzet van een vliegende brigade van 12 beslismedewerkers uit Den Bosch.",
        "2. Vereenvoudigde DNA-procedure in samenwerking met het NFI.",
        "3. Wekelijkse rapportage aan de minister van Asiel en Migratie via de directeur-generaal.",
        "",
        "Met dank aan Bart Oudejans en Tineke Brouwers voor de cijfers. JK/BO",
    ],
    redact=[
        P("Johanna Kuipers", "Kuipers", "Johanna", "JK"), T("06-8211 0574"),
        P("Bart Oudejans", "Oudejans", "Bart", "BO"), P("Samir Haddad", "Haddad", "Samir"),
        R("V-NUMMER", "2405517730"), R("IBAN", "NL69INGB1171408123"), R("ADDRESS_HOME", "Elzenlaan 17, 7521 KH Enschede", "Elzenlaan 17", "7521 KH"),
        P("Anne-Marie Schoonhoven", "Schoonhoven", "Anne-Marie"), P("Tineke Brouwers", "Brouwers", "Tineke"),
    ],
    keep=[
        K("ORG", "Immigratie- en Naturalisatiedienst"), K("ORG", "Directie Asiel en Bescherming"),
        K("TITLE", "coördinator nareis"), K("PLACE", "Zwolle"), K("CASE", "IND/DAB/2025/0347"),
        K("TITLE", "unitmanager"), K("LAW", "Vreemdelingenwet 2000"), K("ORG", "IND"), K("PLACE", "Den Bosch"),
        K("ORG", "NFI"), K("TITLE", "minister van Asiel en Migratie"), K("TITLE", "directeur-generaal"),
        K("DATE", "19 februari 2025"),
    ],
))

# ---------------------------------------------------------------- aw21 minutes driehoek / veiligheidsoverleg, 2 pages
DOCS.append(dict(
    name="aw21_verslag_driehoek_eindhoven.pdf", producer="rl", creator="Microsoft Word",
    meta={"Author": "Notulist: M. de Graaf", "Title": "Verslag lokale driehoek Eindhoven 13 maart 2025"},
    lines=[
        "Gemeente Eindhoven | Openbaar Ministerie Oost-Brabant | Politie Eenheid Oost-Brabant",
        "# Verslag lokale driehoek Eindhoven",
        "Datum: 13 maart 2025, 08.30-10.00 uur, Stadhuis Eindhoven, Stadhuisplein 1",
        "",
        "** Aanwezig",
        "burgemeester Dijsselbloem (voorzitter); mr. Jan-Willem van den Berg (officier van justitie); "
        "Carla Smulders (districtschef politie De Kempen / Eindhoven); Marieke de Graaf (notulist, "
        "gemeente Eindhoven); Tim Hoeks (adviseur OOV)",
        "** Afwezig",
        "Ahmed Benali (teamchef basisteam Eindhoven-Stad), met bericht",
        "",
        "## 1. Opening en vaststelling verslag 13 februari",
        "Het verslag wordt ongewijzigd vastgesteld. Burgemeester Dijsselbloem heet Tim Hoeks welkom als nieuwe "
        "adviseur OOV.",
        "## 2. Explosies bij woningen",
        "Smulders meldt dat er sinds 1 januari zeven explosies zijn geweest, waarvan vier in Woensel-Noord. "
        "Bij het adres Generaal Bothastraat 66 is de bewoner, de heer Thijs Mertens (geboren 25-08-1977), "
        "tijdelijk elders ondergebracht. Van den Berg licht toe dat twee verdachten zijn aangehouden; de "
        "zaak loopt onder parketnummer 01/210548-25. De burgemeester besluit de woning op grond van artikel "
        "13b Opiumwet niet te sluiten, omdat de bewoner slachtoffer is.",
        "## 3. Cameratoezicht Stratumseind",
        "De verlenging van het cameratoezicht (artikel 151c Gemeentewet) wordt voorbereid door Hoeks. "
        "Het besluit gaat naar de gemeenteraad.",
        "||",
        "## 4. Rondvraag",
        "Van den Berg vraagt aandacht voor het Zorg- en Veiligheidshuis Zuidoost-Brabant. Smulders zegt toe dat "
        "de wijkagent van Woensel-Noord, Frank Vissers, met de woningcorporatie Woonbedrijf contact opneemt.",
        "",
        "## Actielijst",
        "|nr|actie|wie|gereed",
        "|21-01|Brief aan bewoners Woensel-Noord over explosies|MdG / TH|27-03",
        "|21-02|Voorstel verlenging cameratoezicht Stratumseind naar de raad|TH|10-04",
        "|21-03|Terugkoppeling aanhoudingen aan de driehoek|JWvdB|10-04",
        "|21-04|Contact woningcorporatie over Generaal Bothastraat|CS|20-03",
        "",
        "Volgende vergadering: 10 april 2025. Verslag: MdG",
    ],
    redact=[
        P("Jan-Willem van den Berg (officier van justitie)", "Berg", "Jan-Willem", "JWvdB"),
        P("Carla Smulders (districtschef)", "Smulders", "Carla", "CS"),
        P("Marieke de Graaf", "Graaf", "Marieke", "MdG"), P("Tim Hoeks", "Hoeks", "Tim", "TH"),
        P("Ahmed Benali", "Benali", "Ahmed"),
        R("ADDRESS_HOME", "Generaal Bothastraat 66", "Generaal Bothastraat 66"),
        P("Thijs Mertens", "Mertens", "Thijs"), R("DOB", "25-08-1977"),
        P("Frank Vissers (wijkagent)", "Vissers", "Frank"),
    ],
    keep=[
        K("ORG", "Gemeente Eindhoven"), K("ORG", "Openbaar Ministerie Oost-Brabant"),
        K("ORG", "Politie Eenheid Oost-Brabant"), K("OFFICE_HOLDER", "burgemeester Dijsselbloem", "Dijsselbloem"),
        K("TITLE", "officier van justitie"), K("TITLE", "districtschef"), K("TITLE", "adviseur OOV"),
        K("ADDRESS_GOV", "Stadhuisplein 1"), K("PLACE", "Woensel-Noord"), K("CASE", "01/210548-25"),
        K("LAW", "Opiumwet"), K("LAW", "Gemeentewet"), K("PLACE", "Stratumseind"),
        K("ORG", "Zorg- en Veiligheidshuis Zuidoost-Brabant"), K("TITLE", "wijkagent"),
        K("ORG", "Woonbedrijf"), K("TITLE", "teamchef"), K("DATE", "13 maart 2025"),
    ],
))

# ---------------------------------------------------------------- aw22 minutes regional asylum overleg, LO, 2 pages
DOCS.append(dict(
    name="aw22_verslag_regietafel_asiel_gelderland.pdf", producer="lo",
    meta={"Author": "Secretariaat Regietafel - Linda Zwart", "Title": "Verslag Provinciale Regietafel Gelderland 5 februari 2025"},
    lines=[
        "# Verslag Provinciale Regietafel Migratie en Integratie Gelderland",
        "Datum: 5 februari 2025 | Locatie: Provinciehuis Arnhem, Markt 11 | Verslag: Linda Zwart",
        "",
        "** Aanwezig",
        "|Naam|Organisatie|Functie",
        "|gedeputeerde Van der Meer (voorzitter)|Provincie Gelderland|gedeputeerde",
        "|burgemeester Marcouch|Gemeente Arnhem|burgemeester",
        "|Gijs Langenberg|COA, regio Oost|regiomanager",
        "|Yvonne Haverkamp|IND, Directie Asiel en Bescherming|procesmanager",
        "|Hamid Azizi|VluchtelingenWerk Oost-Nederland|teamleider",
        "|Linda Zwart|Provincie Gelderland|secretaris",
        "",
        "## 1. Opvangcapaciteit",
        "Langenberg meldt dat de noodopvang in Zutphen per 1 april sluit. Het COA zoekt 300 plekken in de regio. "
        "Burgemeester Marcouch biedt aan de opvang in het voormalige kantoor aan de Eusebiusbuitensingel met zes "
        "maanden te verlengen.",
        "## 2. Statushouders",
        "Haverkamp licht toe dat de IND de wachttijden voor de eerste gehoren in Zevenaar heeft teruggebracht tot "
        "vier weken. Azizi vraagt aandacht voor een gezin dat al elf maanden in de noodopvang verblijft "
        "(familie Nazari, V-nummer hoofdaanvrager 2108865129). Haverkamp zoekt dit uit.",
        "||",
        "## 3. Huisvesting en taakstelling",
        "De taakstelling voor het eerste halfjaar 2025 is voor 71% gerealiseerd. Gedeputeerde Van der Meer "
        "stuurt een brief aan de minister van Volkshuisvesting en Ruimtelijke Ordening. Het Rijk wordt gevraagd de "
        "Regeling Versnelling Huisvesting te verlengen.",
        "",
        "## Actiepunten",
        "|nr|actie|wie",
        "|1|Overzicht opvangplekken per gemeente|GL",
        "|2|Navraag dossier familie Nazari bij de IND|YH",
        "|3|Brief aan minister VRO opstellen|LZ",
        "|4|Terugkoppeling aan VluchtelingenWerk|HA / YH",
        "",
        "Contact secretariaat: regietafel@gelderland.nl, 026 359 9999",
    ],
    redact=[
        P("Linda Zwart", "Zwart", "Linda", "LZ"), P("Gijs Langenberg", "Langenberg", "Gijs", "GL"),
        P("Yvonne Haverkamp", "Haverkamp", "Yvonne", "YH"), P("Hamid Azizi", "Azizi", "Hamid", "HA"),
        P("familie Nazari", "Nazari"), R("V-NUMMER", "2108865129"),
    ],
    keep=[
        K("OFFICE_HOLDER", "gedeputeerde Van der Meer", "Van der Meer"),
        K("OFFICE_HOLDER", "burgemeester Marcouch", "Marcouch"), K("ORG", "Provincie Gelderland"),
        K("ORG", "Gemeente Arnhem"), K("ORG", "COA"), K("ORG", "VluchtelingenWerk Oost-Nederland"),
        K("TITLE", "regiomanager"), K("TITLE", "procesmanager"), K("ADDRESS_GOV", "Markt 11"),
        K("PLACE", "Zutphen"), K("PLACE", "Zevenaar"), K("PLACE", "Eusebiusbuitensingel"),
        K("EMAIL_FUNCTIONAL", "regietafel@gelderland.nl"), K("PHONE_SWITCHBOARD", "026 359 9999"),
        K("PROGRAMME", "Regeling Versnelling Huisvesting"),
        K("TITLE", "minister van Volkshuisvesting en Ruimtelijke Ordening"),
    ],
))

# ---------------------------------------------------------------- aw23 proces-verbaal politie with form fields, 2 pages
DOCS.append(dict(
    name="aw23_pv_mishandeling_leeuwarden.pdf", producer="rl", creator="BVH Politie - PV-generator",
    meta={"Author": "hoofdagent S. Postmus", "Title": "Proces-verbaal van bevindingen PL0100-2025043871",
          "Subject": "verdachte Jesse Kingma"},
    fields=[("verbalisant", "Sietse Postmus", "Naam verbalisant"),
            ("verbalisant_2", "Manon Keizer", "Tweede verbalisant"),
            ("zaaknummer", "PL0100-2025043871", "Registratienummer")],
    lines=[
        "POLITIE | Eenheid Noord-Nederland | Basisteam Leeuwarden",
        "# Proces-verbaal van bevindingen",
        "Registratienummer: PL0100-2025043871",
        "Feit: mishandeling (artikel 300 Wetboek van Strafrecht)",
        "Pleegdatum/tijd: zaterdag 22 maart 2025, omstreeks 01.45 uur",
        "Pleegplaats: Nieuwestad, Leeuwarden",
        "",
        "Ik, verbalisant Sietse Postmus, hoofdagent van politie Eenheid Noord-Nederland, verklaar het volgende.",
        "",
        "Op zaterdag 22 maart 2025 omstreeks 01.45 uur werden wij, verbalisanten Postmus en Keizer, door de "
        "meldkamer Noord-Nederland naar de Nieuwestad gestuurd in verband met een vechtpartij.",
        "",
        "## Verdachte",
        "|Achternaam|Kingma",
        "|Voornamen|Jesse Wiebe",
        "|Geboren|07-02-2000 te Sneek",
        "|Adres|Vlietsingel 31, 8921 CK Leeuwarden",
        "|BSN|944176495",
        "",
        "## Getuige",
        "|Achternaam|Dijkhuizen",
        "|Voornamen|Rianne",
        "|Geboren|16-04-1997 te Heerenveen",
        "|Adres|Tuinen 4-A, 8911 KE Leeuwarden",
        "|BSN|678160065",
        "|Telefoon|06 3355 2718",
        "",
        "## Bevindingen",
        "Ter plaatse zag ik een man op de grond liggen, later gebleken te zijn het slachtoffer Ruben Visser "
        "(geboren 30-09-1998). Hij bloedde uit zijn neus. De getuige Dijkhuizen wees een man aan die ik herkende "
        "als Kingma. Kingma verklaarde: 'Hij begon zelf.' Collega Keizer heeft de verdachte om 01.52 uur "
        "aangehouden en overgebracht naar het politiebureau Leeuwarden (Holstmeerweg 1).",
        "||",
        "De hulpofficier van justitie, inspecteur Folkert Hoekstra-Wijma, heeft de inverzekeringstelling bevolen. "
        "De officier van justitie van het Arrondissementsparket Noord-Nederland is geïnformeerd.",
        "",
        "Het slachtoffer is door de ambulance naar het Medisch Centrum Leeuwarden gebracht. Zijn vriendin, "
        "Yara Bosma (06-1877 4302), heeft hem begeleid.",
        "",
        "Waarvan door mij is opgemaakt dit proces-verbaal, dat ik sloot en ondertekende te Leeuwarden op "
        "22 maart 2025.",
        "",
        "S. Postmus, hoofdagent",
        "",
        "Formuliervelden:",
    ],
    redact=[
        P("Sietse Postmus", "Postmus", "Sietse"), P("Manon Keizer", "Keizer", "Manon"),
        P("Jesse Wiebe Kingma", "Kingma", "Jesse Wiebe", "Jesse"), R("DOB", "07-02-2000"),
        R("ADDRESS_HOME", "Vlietsingel 31, 8921 CK Leeuwarden", "Vlietsingel 31", "8921 CK"), R("BSN", "944176495"),
        P("Rianne Dijkhuizen", "Dijkhuizen", "Rianne"), R("DOB", "16-04-1997"),
        R("ADDRESS_HOME", "Tuinen 4-A, 8911 KE Leeuwarden", "Tuinen 4-A", "8911 KE"), R("BSN", "678160065"),
        T("06 3355 2718"), P("Ruben Visser", "Visser", "Ruben"), R("DOB", "30-09-1998"),
        P("Folkert Hoekstra-Wijma", "Hoekstra-Wijma", "Folkert"), P("Yara Bosma", "Bosma", "Yara"),
        T("06-1877 4302"),
    ],
    keep=[
        K("ORG", "Eenheid Noord-Nederland"), K("ORG", "Basisteam Leeuwarden"), K("CASE", "PL0100-2025043871"),
        K("LAW", "Wetboek van Strafrecht"), K("PLACE", "Nieuwestad"), K("RANK", "hoofdagent"),
        K("ORG", "meldkamer Noord-Nederland"), K("PLACE", "Sneek"), K("PLACE", "Heerenveen"),
        K("ADDRESS_GOV", "Holstmeerweg 1"), K("TITLE", "hulpofficier van justitie"),
        K("ORG", "Arrondissementsparket Noord-Nederland"), K("ORG", "Medisch Centrum Leeuwarden"),
        K("DATE", "22 maart 2025"),
    ],
))

# ---------------------------------------------------------------- aw24 scan: proces-verbaal van aangifte
DOCS.append(dict(
    name="aw24_scan_pv_aangifte_fietsdiefstal.pdf", producer="scan",
    meta={"Title": "Scan PV aangifte - Ilse Groenewegen", "Author": "SCAN-BUREAU-DELFT"},
    lines=[
        "POLITIE Eenheid Den Haag - Basisteam Delft",
        "# Proces-verbaal van aangifte",
        "Registratienummer: PL1500-2025031188",
        "",
        "Aangever: Ilse Groenewegen",
        "Geboren: 02-11-1989 te Gouda",
        "Adres: Oude Delft 140, 2611 CJ Delft",
        "Telefoon: 06-5520 7314",
        "BSN: 318738338",
        "",
        "Aangeefster verklaart: Op dinsdag 18 maart 2025 tussen 08.00 en 17.30 uur is mijn elektrische fiets "
        "gestolen bij station Delft. De fiets stond op slot. Mijn buurman Gerrit Lagerwey heeft gezien dat een "
        "man de fiets meenam.",
        "",
        "Opgenomen door: Naima Boukhari, surveillant",
        "Delft, 18 maart 2025",
    ],
    redact=[
        P("Ilse Groenewegen", "Groenewegen", "Ilse"), R("DOB", "02-11-1989"),
        R("ADDRESS_HOME", "Oude Delft 140, 2611 CJ Delft", "Oude Delft 140", "2611 CJ"), T("06-5520 7314"),
        R("BSN", "318738338"), P("Gerrit Lagerwey", "Lagerwey", "Gerrit"), P("Naima Boukhari", "Boukhari", "Naima"),
    ],
    keep=[],
))

# ---------------------------------------------------------------- aw25 IND letter to a citizen
DOCS.append(dict(
    name="aw25_brief_ind_uitnodiging_gehoor.pdf", producer="rl", creator="IND Correspondentie",
    meta={"Title": "Uitnodiging aanvullend gehoor - mevrouw M. Tekle", "Author": "IND DAB Den Bosch - Kruijswijk"},
    links=[("ind.nl/contact", "https://ind.nl/contact?vnr=2817044329&achternaam=Tekle")],
    lines=[
        "Immigratie- en Naturalisatiedienst",
        "Directie Asiel en Bescherming",
        "Postbus 5, 9580 AA Musselkanaal",
        "",
        "Mevrouw M. Tekle",
        "p/a COA azc Den Bosch",
        "Kooikersweg 2",
        "5223 KA 's-Hertogenbosch",
        "",
        "Datum: 14 april 2025",
        "Ons kenmerk: V-nummer 2817044329",
        "Onderwerp: uitnodiging aanvullend gehoor",
        "",
        "Geachte mevrouw Tekle,",
        "",
        "U heeft op 2 januari 2025 een asielaanvraag ingediend. Wij nodigen u uit voor een aanvullend gehoor op "
        "dinsdag 6 mei 2025 om 09.00 uur op de IND-locatie Den Bosch, Leonardo da Vinciplein 60. Neemt u uw "
        "W-document mee. Een tolk Tigrinya is aanwezig. Uw advocaat, mr. R.P. Valkenburg, ontvangt een kopie "
        "van deze brief.",
        "",
        "Uw dochter Saba Tekle (geboren 21-06-2012) hoeft niet mee te komen.",
        "",
        "Heeft u vragen? Kijk op ind.nl/contact of bel 088 043 0430 (lokaal tarief).",
        "",
        "Met vriendelijke groet,",
        "namens de minister van Asiel en Migratie,",
        "",
        "Esther Kruijswijk",
        "medewerker planning",
        "||",
        "## Bijlage - praktische informatie bij de uitnodiging van mevrouw Tekle (V-nummer 2817044329)",
        "",
        "Route: vanaf station 's-Hertogenbosch rijdt buslijn 90 naar de halte Paleiskwartier. De IND-locatie ligt "
        "op vijf minuten lopen. Reiskosten worden vergoed door het COA; vraag uw woonbegeleider om een reisbon.",
        "",
        "Wat neemt u mee?",
        "- uw W-document en, als u die heeft, documenten uit uw land van herkomst;",
        "- medische informatie, als u wilt dat de IND daarmee rekening houdt (gezondheid is een bijzonder "
        "persoonsgegeven; u beslist zelf of u die deelt).",
        "",
        "Kinderopvang tijdens het gehoor is niet mogelijk. Voor uw dochter Saba kan de locatie van het COA "
        "opvang regelen.",
        "",
        "Wilt u het gehoor verzetten? Neem dan contact op met uw advocaat, mr. Valkenburg, of met de IND via "
        "088 043 0430. Vermeld altijd uw V-nummer.",
    ],
    redact=[
        P("Mebrat Tekle", "Tekle"), R("V-NUMMER", "2817044329"), P("R.P. Valkenburg", "Valkenburg"),
        P("Saba Tekle", "Saba"), R("DOB", "21-06-2012"), P("Esther Kruijswijk", "Kruijswijk", "Esther"),
    ],
    keep=[
        K("ORG", "Immigratie- en Naturalisatiedienst"), K("ORG", "Directie Asiel en Bescherming"),
        K("ADDRESS_GOV", "Postbus 5"),
        K("ADDRESS_GOV", "Leonardo da Vinciplein 60"), K("PHONE_SWITCHBOARD", "088 043 0430"),
        K("TITLE", "minister van Asiel en Migratie"), K("TITLE", "medewerker planning"), K("DATE", "14 april 2025"),
        K("TITLE", "tolk Tigrinya"), K("PLACE", "Musselkanaal"),
    ],
))

# ---------------------------------------------------------------- aw26 CJIB letter, schadevergoeding, LO
DOCS.append(dict(
    name="aw26_brief_cjib_voorschotregeling.pdf", producer="lo",
    meta={"Title": "Besluit voorschotregeling - dhr. H. Brinkman", "Author": "CJIB - Wouters, Priscilla"},
    lines=[
        "Centraal Justitieel Incassobureau",
        "Ministerie van Justitie en Veiligheid",
        "Postbus 1794, 8901 CB Leeuwarden",
        "",
        "De heer H.A. Brinkman",
        "Burgemeester Roelenweg 9",
        "8021 EV Zwolle",
        "",
        "Leeuwarden, 28 maart 2025",
        "Betreft: uitkering voorschot schadevergoedingsmaatregel",
        "Ons kenmerk: CJIB-SV-2025-118204",
        "Parketnummer: 07/665120-24",
        "",
        "Geachte heer Brinkman,",
        "",
        "De rechtbank Overijssel heeft op 12 november 2024 aan de veroordeelde een schadevergoedingsmaatregel "
        "opgelegd ten behoeve van u. Omdat de veroordeelde niet binnen acht maanden heeft betaald, keert het "
        "CJIB op grond van artikel 36f Wetboek van Strafrecht een voorschot uit van € 1.850,00.",
        "",
        "Wij maken het bedrag over op uw rekening NL40RABO6272523735 ten name van H.A. Brinkman. Uw "
        "burgerservicenummer 383922252 is gecontroleerd in de Basisregistratie Personen.",
        "",
        "Heeft u vragen, bel dan 058 - 205 08 00 (werkdagen 08.00-18.00 uur) of mail info@cjib.nl.",
        "Uw contactpersoon bij Slachtofferhulp Nederland, Joris Weijenberg, is over dit besluit geïnformeerd.",
        "",
        "Met vriendelijke groet,",
        "",
        "P. Wouters",
        "teamleider Slachtofferzaken",
    ],
    redact=[
        P("H.A. Brinkman", "Brinkman"), R("ADDRESS_HOME", "Burgemeester Roelenweg 9, 8021 EV Zwolle",
                                          "Burgemeester Roelenweg 9", "8021 EV"),
        R("IBAN", "NL40RABO6272523735"), R("BSN", "383922252"), P("Joris Weijenberg", "Weijenberg", "Joris"),
        P("Priscilla Wouters", "Wouters", "Priscilla"),
    ],
    keep=[
        K("ORG", "Centraal Justitieel Incassobureau"), K("ADDRESS_GOV", "Postbus 1794"), K("PLACE", "Leeuwarden"),
        K("CASE", "CJIB-SV-2025-118204"), K("CASE", "07/665120-24"), K("ORG", "rechtbank Overijssel"),
        K("LAW", "Wetboek van Strafrecht"), K("ORG", "CJIB"), K("ORG", "Basisregistratie Personen"),
        K("PHONE_SWITCHBOARD", "058 - 205 08 00"), K("EMAIL_FUNCTIONAL", "info@cjib.nl"),
        K("ORG", "Slachtofferhulp Nederland"), K("TITLE", "teamleider Slachtofferzaken"), K("AMOUNT", "€ 1.850,00"),
    ],
))

# ---------------------------------------------------------------- aw27 DJI incident report
DOCS.append(dict(
    name="aw27_dji_incidentmelding_pi_zwaag.pdf", producer="rl", creator="DJI Incidentenregistratie",
    meta={"Title": "Incidentmelding PI Zwaag 2025-0412", "Author": "Kroon, Esmee - piketfunctionaris"},
    notes=[("E. Kroon", "Familie van Maduro (broer Shurwin) heeft gebeld, niets gezegd over letsel")],
    lines=[
        "Dienst Justitiële Inrichtingen - Penitentiaire Inrichting Zwaag",
        "# Incidentmelding",
        "|Meldingsnummer|PI-ZWG-2025-0412",
        "|Datum en tijd|12 april 2025, 19.20 uur",
        "|Afdeling|Huis van bewaring, afdeling A-vleugel",
        "|Soort incident|geweld tegen personeel",
        "|Melder|Esmee Kroon, piketfunctionaris, 06-4471 8839",
        "",
        "## Betrokken gedetineerde",
        "Naam: Dwayne Maduro, registratienummer 5520917, geboren 13-03-1993, BSN 542013915. "
        "Laatste woonadres vóór detentie: Dollardstraat 19, 1784 RL Den Helder.",
        "",
        "## Toedracht",
        "Tijdens het luchten weigerde de gedetineerde terug te gaan naar zijn cel. Hij duwde PIW-er Gert-Jan "
        "Vlasblom tegen de deur. Vlasblom liep een kneuzing aan de schouder op en is door de BHV-er, Fatma "
        "Sarıkaya, eerst geholpen. De gedetineerde is op grond van artikel 24 Penitentiaire beginselenwet in "
        "afzondering geplaatst. De directeur is telefonisch ingelicht.",
        "",
        "## Vervolg",
        "- Aangifte door Vlasblom bij de politie Eenheid Noord-Holland (basisteam Kop van Noord-Holland).",
        "- Melding aan de commissie van toezicht van de PI Zwaag.",
        "- Nazorg via het bedrijfsopvangteam; contactpersoon Hans Molenkamp.",
        "- Informeren Inspectie Justitie en Veiligheid: niet nodig (geen ernstig letsel).",
        "",
        "Opgemaakt door E. Kroon, piketfunctionaris. Paraaf afdelingshoofd: GJV/HM",
    ],
    redact=[
        P("Esmee Kroon", "Kroon", "Esmee"), T("06-4471 8839"), P("Dwayne Maduro", "Maduro", "Dwayne"),
        R("REGNR", "5520917"), R("DOB", "13-03-1993"), R("BSN", "542013915"),
        R("ADDRESS_HOME", "Dollardstraat 19, 1784 RL Den Helder", "Dollardstraat 19", "1784 RL"),
        P("Gert-Jan Vlasblom", "Vlasblom", "Gert-Jan", "GJV"), P("Fatma Sarıkaya", "Sarıkaya", "Fatma"),
        P("Hans Molenkamp", "Molenkamp", "Hans", "HM"), P("Shurwin Maduro", "Shurwin"),
    ],
    keep=[
        K("ORG", "Dienst Justitiële Inrichtingen"), K("ORG", "Penitentiaire Inrichting Zwaag"),
        K("CASE", "PI-ZWG-2025-0412"), K("TITLE", "piketfunctionaris"), K("TITLE", "PIW-er"),
        K("LAW", "Penitentiaire beginselenwet"), K("TITLE", "directeur"), K("ORG", "Eenheid Noord-Holland"),
        K("ORG", "commissie van toezicht"), K("ORG", "PI Zwaag"), K("ORG", "Inspectie Justitie en Veiligheid"),
        K("TITLE", "BHV-er"), K("DATE", "12 april 2025"),
    ],
))

# ---------------------------------------------------------------- aw28 Defensie memo with ranks, 2 pages
DOCS.append(dict(
    name="aw28_defensie_memo_inzet_kmar_grens.pdf", producer="rl", creator="Microsoft Word",
    meta={"Author": "KOL R.W. Bergsma", "Title": "Memo inzet KMar binnengrenscontroles",
          "Subject": "Opgesteld door kapitein Iris Landman"},
    outline=["Memo KOL Bergsma", "Reactie kapitein Landman", "Bijlage roosters - adjudant Peters"],
    lines=[
        "Ministerie van Defensie - Koninklijke Marechaussee",
        "Staf Landelijk Tactisch Commando, Den Haag",
        "# Memo",
        "|Aan|Commandant Koninklijke Marechaussee",
        "|Van|kolonel R.W. Bergsma, Hoofd Operaties LTC",
        "|Datum|17 januari 2025",
        "|Kenmerk|KMAR/LTC/OPS/2025-0031",
        "|Onderwerp|Capaciteit voor de binnengrenscontroles vanaf 9 december 2024",
        "|Behandeld door|kapitein I. Landman, 06-2713 5084, i.landman@mindef.nl",
        "",
        "## 1. Aanleiding",
        "Op verzoek van minister Faber voert de Koninklijke Marechaussee sinds 9 december 2024 extra "
        "binnengrenscontroles uit aan de grenzen met Duitsland en België, op grond van de Schengengrenscode "
        "(artikel 25). Minister Brekelmans van Defensie heeft de Tweede Kamer toegezegd dat dit niet ten koste "
        "gaat van de bewaking van Schiphol.",
        "## 2. Capaciteit",
        "Per week zijn ongeveer 24 teams nodig. De districten Noord, Oost en Zuid leveren elk acht teams. "
        "Adjudant Marcel Peters (district Zuid) meldt dat de roosters tot eind maart rond zijn. Majoor Nienke "
        "Roelofs (district Oost) vraagt om versterking uit de reservisten.",
        "## 3. Knelpunten",
        "- De brigade Venlo heeft drie vacatures; wachtmeester Sven Arends is per 1 februari overgeplaatst.",
        "- Door de inzet zijn 4.600 overuren ontstaan (peildatum 10 januari).",
        "||",
        "## 4. Advies",
        "Ik adviseer de commandant om de controles vanaf april te beperken tot mobiele controles (MTV) en de "
        "vaste controlepunten bij Bad Nieuweschans en Hazeldonk op te heffen. Het Ministerie van Asiel en Migratie "
        "wordt via de DGM geïnformeerd.",
        "",
        "kolonel R.W. (Rob) Bergsma",
        "Hoofd Operaties Landelijk Tactisch Commando",
        "Mobiel +31 (0)6 - 5144 2860 | Centrale KMar: 088 957 0000",
        "",
        "Paraaf: IL / RWB",
    ],
    redact=[
        P("Rob Bergsma", "Bergsma", "Rob", "RWB"), P("Iris Landman", "Landman", "Iris", "IL"),
        T("06-2713 5084"), E("i.landman@mindef.nl"), P("Marcel Peters", "Peters", "Marcel"),
        P("Nienke Roelofs", "Roelofs", "Nienke"), P("Sven Arends", "Arends", "Sven"),
        T("+31 (0)6 - 5144 2860"),
    ],
    keep=[
        K("ORG", "Ministerie van Defensie"), K("ORG", "Koninklijke Marechaussee"),
        K("ORG", "Landelijk Tactisch Commando"), K("TITLE", "Commandant Koninklijke Marechaussee"),
        K("RANK", "kolonel"), K("TITLE", "Hoofd Operaties"), K("CASE", "KMAR/LTC/OPS/2025-0031"),
        K("OFFICE_HOLDER", "minister Faber", "Faber"), K("OFFICE_HOLDER", "Minister Brekelmans", "Brekelmans"),
        K("LAW", "Schengengrenscode"), K("PLACE", "Duitsland"), K("PLACE", "België"), K("ORG", "Tweede Kamer"),
        K("PLACE", "Schiphol"), K("RANK", "Adjudant"), K("RANK", "Majoor"), K("PLACE", "Venlo"),
        K("PLACE", "Bad Nieuweschans"), K("PLACE", "Hazeldonk"), K("PHONE_SWITCHBOARD", "088 957 0000"),
        K("RANK", "kapitein"),
    ],
))

# ---------------------------------------------------------------- aw29 RvdK casusoverleg / besluitenlijst
DOCS.append(dict(
    name="aw29_rvdk_besluitenlijst_mdo.pdf", producer="rl", creator="Microsoft Word",
    meta={"Title": "Besluitenlijst MDO Veilig Thuis / RvdK 4 maart 2025", "Author": "Kim Oldenkamp"},
    lines=[
        "Raad voor de Kinderbescherming - regio Noord-Nederland, locatie Groningen",
        "# Besluitenlijst multidisciplinair overleg (MDO)",
        "Datum: 4 maart 2025 | Voorzitter: Kim Oldenkamp (teamleider RvdK) | Verslag: Romy Veenstra",
        "Aanwezig: Kim Oldenkamp (KO), Romy Veenstra (RV), Bernard Wubbels (Veilig Thuis Groningen, BW), "
        "Esther Dijkema-Smit (jeugdbeschermer William Schrikker Stichting, EDS), wijkagent Hidde Kuiper (HK)",
        "",
        "## Casus 1 - gezin Van der Werf",
        "Kinderen: Levi van der Werf (geboren 02-05-2014) en Mila van der Werf (geboren 19-01-2018). "
        "Moeder: Sandra van der Werf. Adres: Korreweg 233a, 9715 AG Groningen.",
        "Besluit: de Raad start een beschermingsonderzoek naar een ondertoezichtstelling (artikel 1:255 BW). "
        "De kinderrechter van de rechtbank Noord-Nederland wordt om een spoedmachtiging gevraagd indien de "
        "situatie verslechtert. Kuiper rijdt vanavond langs.",
        "",
        "## Casus 2 - jongere D.K.",
        "Dylan Kloosterman (geboren 08-08-2009), strafzaak parketnummer 18/023311-25 (winkeldiefstal). "
        "Besluit: basisonderzoek door de Raad, advies aan de officier van justitie over een taakstraf bij HALT. "
        "Dylan woont bij zijn oma, mevrouw Geesje Kloosterman, Hoornsediep 81, 9728 PK Groningen.",
        "",
        "## Actielijst",
        "|wie|actie|wanneer",
        "|KO|Start beschermingsonderzoek gezin Van der Werf|5 maart",
        "|HK|Huisbezoek Korreweg|4 maart",
        "|EDS|Overdracht dossier aan de Raad|7 maart",
        "|RV|Uitnodiging oma Kloosterman|6 maart",
        "",
        "Algemeen nummer Raad voor de Kinderbescherming: 088 - 370 88 00",
    ],
    redact=[
        P("Kim Oldenkamp", "Oldenkamp", "Kim", "KO"), P("Romy Veenstra", "Veenstra", "Romy", "RV"),
        P("Bernard Wubbels", "Wubbels", "Bernard", "BW"), P("Esther Dijkema-Smit", "Dijkema-Smit", "Esther", "EDS"),
        P("Hidde Kuiper (wijkagent)", "Kuiper", "Hidde", "HK"), P("Levi van der Werf", "Werf", "Levi"),
        R("DOB", "02-05-2014"), P("Mila van der Werf", "Mila"), R("DOB", "19-01-2018"), P("Sandra van der Werf", "Sandra"),
        R("ADDRESS_HOME", "Korreweg 233a, 9715 AG Groningen", "Korreweg 233a", "9715 AG"),
        P("Dylan Kloosterman", "Kloosterman", "Dylan", "D.K."), R("DOB", "08-08-2009"),
        P("Geesje Kloosterman", "Geesje"),
        R("ADDRESS_HOME", "Hoornsediep 81, 9728 PK Groningen", "Hoornsediep 81", "9728 PK"),
    ],
    keep=[
        K("ORG", "Raad voor de Kinderbescherming"), K("PLACE", "Noord-Nederland"), K("TITLE", "teamleider RvdK"),
        K("ORG", "Veilig Thuis Groningen"), K("TITLE", "jeugdbeschermer"), K("ORG", "William Schrikker Stichting"),
        K("TITLE", "wijkagent"), K("TITLE", "kinderrechter"), K("ORG", "rechtbank Noord-Nederland"),
        K("CASE", "18/023311-25"), K("TITLE", "officier van justitie"), K("ORG", "HALT"),
        K("PHONE_SWITCHBOARD", "088 - 370 88 00"), K("DATE", "4 maart 2025"),
    ],
))

# ---------------------------------------------------------------- aw30 advocaat letter to IND, LO
DOCS.append(dict(
    name="aw30_brief_advocaat_ind_zienswijze.pdf", producer="lo",
    meta={"Title": "Zienswijze op voornemen - cliënt Nwosu", "Author": "mr. Jolanda Vermeer-Kop",
          "Keywords": "Nwosu; V2905531806; zienswijze"},
    notes=[("J. Vermeer-Kop", "Cliënt nu verblijvend bij nicht Grace Nwosu, Amsterdam-Zuidoost")],
    lines=[
        "Kanaal Advocaten",
        "Kanaalweg 12, 3526 KL Utrecht | T 030 271 44 90 | secretariaat@kanaaladvocaten.nl",
        "",
        "Immigratie- en Naturalisatiedienst",
        "t.a.v. Unit Zienswijzen, Directie Asiel en Bescherming",
        "Postbus 17",
        "9580 AA Musselkanaal",
        "",
        "Per e-mail: zienswijzen.asiel@ind.nl",
        "",
        "Utrecht, 9 april 2025",
        "Betreft: zienswijze op het voornemen tot afwijzing",
        "Uw kenmerk: V-nummer 2905531806",
        "Cliënt: de heer Emeka Nwosu, geboren 27-10-1997, nationaliteit Nigeriaanse",
        "",
        "Geachte heer, mevrouw,",
        "",
        "Namens mijn cliënt, de heer Nwosu, dien ik hierbij een zienswijze in op het voornemen van 26 maart "
        "2025. Uw beslismedewerker, de heer W. Nijboer, stelt dat de verklaringen van cliënt over zijn "
        "vervolging in Lagos ongeloofwaardig zijn. Cliënt heeft in het nader gehoor echter consistent "
        "verklaard, onder meer over zijn werkgever, de heer Chukwuma Eze.",
        "",
        "Het voornemen is in strijd met artikel 31 Vreemdelingenwet 2000 en met de jurisprudentie van de "
        "Afdeling bestuursrechtspraak van de Raad van State. Ik verzoek u de aanvraag in te willigen.",
        "",
        "Cliënt verblijft momenteel in het azc Amsterdam, maar is tevens bereikbaar via 06-8833 1209.",
        "",
        "Hoogachtend,",
        "",
        "mr. J. Vermeer-Kop",
        "advocaat",
        "Direct: 030 - 271 44 93 | j.vermeerkop@kanaaladvocaten.nl",
    ],
    redact=[
        P("Jolanda Vermeer-Kop", "Vermeer-Kop", "Jolanda"), T("030 - 271 44 93"), E("j.vermeerkop@kanaaladvocaten.nl"),
        P("Emeka Nwosu", "Nwosu", "Emeka"), R("V-NUMMER", "2905531806"), R("DOB", "27-10-1997"),
        P("W. Nijboer", "Nijboer"), P("Chukwuma Eze", "Eze", "Chukwuma"), T("06-8833 1209"),
        P("Grace Nwosu", "Grace"),
    ],
    keep=[
        K("ORG", "Kanaal Advocaten"), K("ADDRESS_OFFICE", "Kanaalweg 12"), K("PHONE_SWITCHBOARD", "030 271 44 90"),
        K("EMAIL_FUNCTIONAL", "secretariaat@kanaaladvocaten.nl"), K("ORG", "Immigratie- en Naturalisatiedienst"),
        K("ADDRESS_GOV", "Postbus 17"), K("EMAIL_FUNCTIONAL", "zienswijzen.asiel@ind.nl"),
        K("LAW", "Vreemdelingenwet 2000"), K("ORG", "Raad van State"), K("PLACE", "Lagos"),
        K("TITLE", "beslismedewerker"), K("TITLE", "advocaat"), K("DATE", "9 april 2025"),
    ],
))

# ---------------------------------------------------------------- aw31 politie memo: wijkagent, woordvoerder
DOCS.append(dict(
    name="aw31_politie_memo_wijkagenten_persbericht.pdf", producer="rl", creator="Microsoft Word",
    meta={"Title": "Memo communicatie buurtonrust Zaandam", "Author": "Pauline Kerkhof"},
    links=[("mail het teamsecretariaat", "mailto:secretariaat.zaanstreek@politie.nl?cc=p.kerkhof@politie.nl")],
    lines=[
        "Politie Eenheid Noord-Holland | District Zaanstreek-Waterland",
        "# Memo communicatie buurtonrust Zaandam-Poelenburg",
        "|Aan|Teamchef basisteam Zaanstad, districtschef Zaanstreek-Waterland",
        "|Van|Pauline Kerkhof, communicatieadviseur",
        "|Datum|25 februari 2025",
        "|Kopie|burgemeester Hamming (gemeente Zaanstad), via het kabinet",
        "",
        "## Situatie",
        "Na de onrust in Poelenburg op 22 februari hebben de wijkagenten Rick Zonneveld en Salma Bouzid "
        "gesprekken gevoerd met bewoners. Een bewoner, de heer Erwin Straatman (Pieter Ghijsenstraat 48), heeft "
        "zijn beelden van de onrust aan de politie gegeven.",
        "",
        "## Woordvoering",
        "De woordvoering ligt bij woordvoerder Annemiek Tiemens van de Eenheid Noord-Holland. Zij meldt aan de "
        "pers alleen dat 'een 17-jarige jongen uit Zaandam' is aangehouden. Zijn naam (Mohamed el Idrissi) "
        "wordt niet genoemd. Vragen van de pers via 088 - 169 16 69 (persvoorlichting).",
        "",
        "## Wijkagenten in de media",
        "Regel: namen van wijkagenten noemen we niet in persberichten; de wijkagent is te vinden via "
        "politie.nl/mijn-wijkagent. Rick kan wel een interview geven aan de lokale omroep, zonder achternaam.",
        "",
        "Vragen? Bel mij op 06 - 2290 4471 of mail het teamsecretariaat. PK",
    ],
    redact=[
        P("Pauline Kerkhof", "Kerkhof", "Pauline", "PK"), T("06 - 2290 4471"), E("p.kerkhof@politie.nl"),
        P("Rick Zonneveld (wijkagent)", "Zonneveld", "Rick"), P("Salma Bouzid (wijkagent)", "Bouzid", "Salma"),
        P("Erwin Straatman", "Straatman", "Erwin"),
        R("ADDRESS_HOME", "Pieter Ghijsenstraat 48", "Pieter Ghijsenstraat 48"),
        P("Mohamed el Idrissi", "Idrissi", "Mohamed"),
    ],
    keep=[
        K("ORG", "Politie Eenheid Noord-Holland"), K("ORG", "District Zaanstreek-Waterland", "Zaanstreek-Waterland"),
        K("PLACE", "Poelenburg"), K("TITLE", "Teamchef"), K("TITLE", "communicatieadviseur"),
        K("OFFICE_HOLDER", "burgemeester Hamming", "Hamming"), K("ORG", "gemeente Zaanstad"),
        K("SPOKESPERSON", "woordvoerder Annemiek Tiemens", "Annemiek Tiemens", "Tiemens"),
        K("PHONE_SWITCHBOARD", "088 - 169 16 69"), K("URL", "politie.nl/mijn-wijkagent"),
        K("TITLE", "wijkagenten"), K("DATE", "25 februari 2025"),
    ],
))

# ---------------------------------------------------------------- aw32 control: Kamerbrief, no personal data
DOCS.append(dict(
    name="aw32_kamerbrief_asielketen_control.pdf", producer="lo",
    meta={"Title": "Kamerbrief voortgang asielketen", "Author": "Ministerie van Asiel en Migratie"},
    lines=[
        "Ministerie van Asiel en Migratie",
        "Turfmarkt 147, 2511 DP Den Haag | Postbus 20011, 2500 EA Den Haag",
        "",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Postbus 20018, 2500 EA Den Haag",
        "",
        "Datum: 15 mei 2025",
        "Betreft: voortgang asielketen en uitvoering moties",
        "",
        "Hierbij informeer ik uw Kamer, mede namens de staatssecretaris van Justitie en Veiligheid, over de "
        "voortgang in de asielketen. In het commissiedebat van 9 april hebben het lid Vondeling (PVV), het lid "
        "Ellian (VVD) en het lid Dobbe (SP) gevraagd naar de wachttijden bij de IND.",
        "",
        "De IND heeft in het eerste kwartaal 9.800 asielbeslissingen genomen. Het COA vangt 64.000 mensen op, "
        "van wie 2.100 in het aanmeldcentrum Ter Apel. De Dienst Terugkeer en Vertrek realiseerde 1.450 "
        "gedwongen vertrekken. De motie-Vondeling (Kamerstuk 19637, nr. 3302) is uitgevoerd.",
        "",
        "Burgemeester Velema van Westerwolde en de Nationale ombudsman hebben aandacht gevraagd voor de "
        "omstandigheden in Ter Apel. De Inspectie Justitie en Veiligheid publiceert in juni een rapport.",
        "",
        "De minister van Asiel en Migratie,",
        "",
        "M.H.M. Faber-van de Klashorst",
    ],
    redact=[],
    keep=[
        K("ORG", "Ministerie van Asiel en Migratie"), K("ADDRESS_GOV", "Turfmarkt 147"),
        K("ADDRESS_GOV", "Postbus 20011"), K("ADDRESS_GOV", "Postbus 20018"),
        K("ORG", "Tweede Kamer der Staten-Generaal"), K("TITLE", "staatssecretaris van Justitie en Veiligheid"),
        K("OFFICE_HOLDER", "het lid Vondeling", "Vondeling"), K("OFFICE_HOLDER", "het lid Dobbe", "Dobbe"), K("OFFICE_HOLDER", "het lid Ellian", "Ellian"),
        K("ORG", "IND"), K("ORG", "COA"), K("PLACE", "Ter Apel"), K("ORG", "Dienst Terugkeer en Vertrek"),
        K("CASE", "Kamerstuk 19637, nr. 3302", "19637"), K("OFFICE_HOLDER", "Burgemeester Velema", "Velema"),
        K("PLACE", "Westerwolde"), K("ORG", "Nationale ombudsman"), K("ORG", "Inspectie Justitie en Veiligheid"),
        K("OFFICE_HOLDER", "minister Faber (signature)", "Faber-van de Klashorst"), K("DATE", "15 mei 2025"),
    ],
))
