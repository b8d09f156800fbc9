"""Set mixed53, documents 11-18: IND/COA, DJI, reclassering, advocaat, notaris, deurwaarder, Kamerdebat."""
from make_set import Doc


def R(kind, value, *probes):
    return (kind, value, list(probes))


K = R
DOCS = []

# ------------------------------------------------------------------------------------------------
# 11 COA - IND e-mail chain about a resident (medical + ethnic/religious data)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk11-coa-ind-mails", font="DejaVuSans", size=9,
    footer="Dit bericht kan informatie bevatten die niet voor u is bestemd. - pagina {page}",
    meta={"Title": "RE: bewoner Karimi - Dublinoverdracht en medische situatie", "Author": "Brouwer-Nauta, W."},
    blocks=[
        ("kv", [("Van:", "Brouwer-Nauta, Wendelien &lt;w.brouwer-nauta@coa.nl&gt;"),
                ("Verzonden:", "maandag 3 maart 2025 09:58"),
                ("Aan:", "Demirtaş, M. (IND) &lt;m.demirtas@ind.nl&gt;"),
                ("CC:", "Medisch Advies COA &lt;medischadvies@coa.nl&gt;; locatiemanager Budel"),
                ("Onderwerp:", "RE: bewoner Karimi - Dublinoverdracht en medische situatie")], {"cw": [0.14, 0.86]}),
        ("p", "Goedemorgen Mustafa,"),
        ("p", "Dank voor je snelle reactie. Ik begrijp dat de IND de Dublinoverdracht naar Griekenland wil laten "
              "doorgaan op grond van Verordening (EU) nr. 604/2013. Ik wil je er wel op wijzen dat meneer Karimi "
              "(V-nummer 2904.117.385, geboren 01-01-2003) diabetes type 1 heeft en dagelijks insuline nodig "
              "heeft. De GZA heeft dat bevestigd. Hij is bovendien sjiitische Hazara en voelt zich niet veilig "
              "in de opvang in Griekenland."),
        ("p", "Kan de Dienst Terugkeer en Vertrek (DT&amp;V) hiermee rekening houden bij de planning? De "
              "Koninklijke Marechaussee op Schiphol heeft gevraagd om een medische verklaring (fit-to-fly)."),
        ("lines", ["Met vriendelijke groet,", "Wendelien Brouwer-Nauta", "Woonbegeleider | COA locatie Budel",
                   "Centraal Orgaan opvang asielzoekers", "T 088 715 72 40 (algemeen) | M 06-14 63 20 87"]),
        ("sp", 3),
        ("kv", [("Van:", "Demirtaş, M. (IND) &lt;m.demirtas@ind.nl&gt;"),
                ("Verzonden:", "vrijdag 28 februari 2025 17:21"),
                ("Aan:", "Brouwer-Nauta, Wendelien &lt;w.brouwer-nauta@coa.nl&gt;"),
                ("Onderwerp:", "RE: bewoner Karimi")], {"cw": [0.14, 0.86]}),
        ("p", "Hoi Wendelien,"),
        ("p", "Er is een Eurodac-hit op Griekenland (Lesbos, 2022). Het claimakkoord is binnen. Ahmad heeft bij "
              "het aanmeldgehoor in Ter Apel niets over zijn gezondheid verklaard; als er nieuwe medische "
              "informatie is, kan de advocaat die inbrengen. Voor vragen over de procedure kun je ook bellen "
              "met het algemene nummer van de IND: 088 043 04 30."),
        ("lines", ["Groet,", "Mustafa Demirtaş", "Beslismedewerker Dublin | IND Directie Asiel en Bescherming"]),
    ],
    redact=[
        R("PERSON", "Wendelien Brouwer-Nauta (COA)", "Brouwer-Nauta", "Wendelien"),
        R("EMAIL", "w.brouwer-nauta@coa.nl", "w.brouwer-nauta@coa.nl"),
        R("PHONE", "06-14 63 20 87", "06-14 63 20 87"),
        R("PERSON", "Mustafa Demirtaş (IND)", "Demirtaş", "Mustafa"),
        R("EMAIL", "m.demirtas@ind.nl", "m.demirtas@ind.nl"),
        R("PERSON", "Ahmad Karimi (bewoner)", "Karimi", "Ahmad"),
        R("ID", "V-nummer", "2904.117.385"),
        R("DOB", "01-01-2003", "01-01-2003"),
        R("HEALTH", "diabetes type 1 / insuline", "diabetes type 1", "insuline"),
        R("ETHNIC_RELIGION", "sjiitische Hazara", "sjiitische Hazara"),
    ],
    keep=[
        K("MAILBOX", "medischadvies@coa.nl", "medischadvies@coa.nl"),
        K("ORG", "COA", "Centraal Orgaan opvang asielzoekers", "COA"),
        K("ORG", "IND", "IND", "Directie Asiel en Bescherming"),
        K("ORG", "DT&V", "Dienst Terugkeer en Vertrek", "DT&V"),
        K("ORG", "Koninklijke Marechaussee", "Koninklijke Marechaussee"),
        K("ORG", "GZA", "GZA"),
        K("LAW", "Verordening 604/2013", "604/2013"),
        K("PRODUCT", "Eurodac", "Eurodac-hit"),
        K("PLACE", "Griekenland / Lesbos / Ter Apel / Budel / Schiphol", "Griekenland", "Lesbos", "Ter Apel",
          "Schiphol"),
        K("PHONE_GENERAL", "IND algemeen", "088 043 04 30"),
        K("PHONE_GENERAL", "COA algemeen", "088 715 72 40"),
        K("FUNCTION", "functies", "Woonbegeleider", "Beslismedewerker Dublin"),
        K("TECH", "fit-to-fly", "fit-to-fly"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 12 COA incidentmelding (scan, no text layer)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk12-coa-incidentmelding-scan", font="Helvetica", size=11, scan="all",
    meta={"Title": "Scan 2025-04-14 0912", "Author": "Canon iR-ADV C5535", "Creator": "Canon iR-ADV C5535", "Producer": "Canon iR-ADV C5535 PDF", "force": True},
    blocks=[
        ("title", "INCIDENTMELDING COA"),
        ("kv", [("Locatie", "azc Budel-Cranendonck"), ("Datum incident", "12 april 2025, ca. 23:40 uur"),
                ("Melder", "Gerrit Wassenaar, beveiliger (Trigion)"),
                ("Betrokkene 1", "Yonas Berhane, V-nummer 3318.640.207"),
                ("Betrokkene 2", "Samir Haddad, V-nummer 3320.115.964"),
                ("Politie", "ja, Basisteam Cranendonck, registratie PL2100-2025114409")],
         {"cw": [0.28, 0.72], "box": True}),
        ("h", "Omschrijving"),
        ("p", "Na een ruzie in de keuken van unit C heeft Berhane de heer Haddad met een broodmes bedreigd. "
              "Haddad liep een snijwond aan zijn hand op en is door de ambulance naar het Catharina Ziekenhuis "
              "in Eindhoven gebracht. Berhane is door de politie aangehouden. Volgens medebewoners gebruikt "
              "Berhane sinds enkele weken veel alcohol."),
        ("h", "Genomen maatregelen"),
        ("p", "Berhane is na overleg met de locatiemanager overgeplaatst naar de Handhaving- en Toezichtlocatie "
              "(HTL) in Hoogeveen. De woonbegeleider Anouk Spanjaard neemt contact op met de IND."),
        ("kv", [("Ingevuld door", "G. Wassenaar"), ("Gezien locatiemanager", "paraaf: EvR, 13-04-2025")],
         {"cw": [0.35, 0.65]}),
    ],
    redact=[
        R("PERSON", "Gerrit Wassenaar (beveiliger)", "Wassenaar", "Gerrit"),
        R("PERSON", "Yonas Berhane (bewoner)", "Berhane", "Yonas"),
        R("ID", "V-nummer Berhane", "3318.640.207"),
        R("PERSON", "Samir Haddad (bewoner)", "Haddad", "Samir"),
        R("ID", "V-nummer Haddad", "3320.115.964"),
        R("PERSON", "Anouk Spanjaard (woonbegeleider)", "Spanjaard", "Anouk"),
        R("HEALTH", "alcoholgebruik", "veel alcohol"),
        R("PARAPH", "paraaf EvR", "EvR"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 13 DJI: beslissing overplaatsing gedetineerde
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk13-dji-overplaatsing", font="Times-Roman", size=10.5,
    footer="Dienst Justitiële Inrichtingen - Divisie Individuele Zaken - Postbus 30132, 2500 GC Den Haag",
    meta={"Title": "Beslissing selectiefunctionaris", "Author": "DJI DIZ"},
    blocks=[
        ("cols", [("<b>Dienst Justitiële Inrichtingen</b><br/>Ministerie van Justitie en Veiligheid<br/>"
                   "Divisie Individuele Zaken",
                   "Datum 9 juli 2025<br/>Ons kenmerk DIZ-2025-18834<br/>Registratienummer 2178845")],
         {"cw": [0.58, 0.42]}),
        ("sp", 5),
        ("lines", ["De heer L.M. Brandsma", "p/a Penitentiaire Inrichting Vught", "Lunettenlaan 501",
                   "5263 NT  Vught"]),
        ("p", "<b>Onderwerp: beslissing op uw overplaatsingsverzoek</b>"),
        ("p", "Geachte heer Brandsma,"),
        ("p", "U hebt verzocht om overplaatsing naar een inrichting dichter bij uw familie in Leeuwarden. Namens de "
              "minister van Justitie en Veiligheid beslis ik als selectiefunctionaris op grond van artikel 17 van "
              "de Penitentiaire beginselenwet als volgt."),
        ("p", "U verblijft in voorlopige hechtenis omdat u verdacht wordt van doodslag. De rechter-commissaris "
              "heeft bepaald dat u ter observatie wordt opgenomen in het Pieter Baan Centrum in Almere voor een "
              "Pro Justitia-rapportage. Uw overplaatsing naar het Pieter Baan Centrum volgt zodra daar plaats is; "
              "naar verwachting in september. Een overplaatsing naar PI Leeuwarden is tot die tijd niet mogelijk."),
        ("p", "Uit het advies van de psycholoog van de PI blijkt dat u bij binnenkomst een psychotische stoornis "
              "had. Die informatie is gedeeld met het Forensisch Psychiatrisch Centrum (FPC) Dr. S. van Mesdag in "
              "Groningen, dat mogelijk later bij uw zaak betrokken wordt."),
        ("p", "Uw advocaat, mr. J. Rozendaal van Rozendaal Strafrechtadvocaten, heeft een afschrift van deze "
              "beslissing ontvangen."),
        ("h", "Beklag"),
        ("p", "Bent u het niet eens met deze beslissing? Dan kunt u binnen zeven dagen beroep instellen bij de "
              "beroepscommissie van de Raad voor Strafrechtstoepassing en Jeugdbescherming (RSJ), Postbus 30137, "
              "2500 GC Den Haag."),
        ("lines", ["Hoogachtend,", "de minister van Justitie en Veiligheid,", "namens deze,", "",
                   "N.A. Oudshoorn-Pietersz", "selectiefunctionaris DIZ"]),
    ],
    redact=[
        R("PERSON", "L.M. Brandsma (gedetineerde)", "Brandsma"),
        R("ID", "registratienummer gedetineerde", "2178845"),
        R("CRIMINAL", "verdacht van doodslag", "verdacht wordt van doodslag"),
        R("HEALTH", "psychotische stoornis", "psychotische stoornis"),
        R("PERSON", "mr. J. Rozendaal (advocaat; ook in kantoornaam)", "Rozendaal"),
        R("PERSON", "N.A. Oudshoorn-Pietersz (selectiefunctionaris)", "Oudshoorn-Pietersz", "Oudshoorn"),
    ],
    keep=[
        K("ORG", "DJI", "Dienst Justitiële Inrichtingen", "Divisie Individuele Zaken"),
        K("BUILDING_NAMED", "Pieter Baan Centrum", "Pieter Baan Centrum"),
        K("ORG_NAMED", "FPC Dr. S. van Mesdag", "Dr. S. van Mesdag"),
        K("ORG", "PI Vught", "Penitentiaire Inrichting Vught"),
        K("ADDRESS_ORG", "Lunettenlaan 501, Vught (PI)", "Lunettenlaan 501", "5263 NT"),
        K("LAW", "Penitentiaire beginselenwet", "Penitentiaire beginselenwet", "artikel 17"),
        K("ORG", "RSJ", "Raad voor Strafrechtstoepassing en Jeugdbescherming", "RSJ"),
        K("ADDRESS_ORG", "Postbus 30137", "Postbus 30137", "Postbus 30132"),
        K("PLACE", "Leeuwarden / Almere / Groningen", "Leeuwarden", "Almere", "Groningen"),
        K("FUNCTION", "selectiefunctionaris", "selectiefunctionaris", "rechter-commissaris"),
        K("TERM", "Pro Justitia", "Pro Justitia-rapportage"),
        K("DOC", "kenmerk DIZ", "DIZ-2025-18834"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 14 Reclasseringsadvies (LibreOffice, 2 pages; page 2 = scanned signed page)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk14-reclasseringsadvies", producer="docx", size=10, docx_font="Liberation Sans", scan={1},
    header="Reclassering Nederland - Unit Gelderland Zuid - Adviesrapport",
    footer="Dit rapport is bestemd voor de opdrachtgever en mag niet aan derden worden verstrekt.",
    meta={"Author": "Kamphuis-Bol, E.", "Title": "Reclasseringsadvies 05/281234-24"},
    blocks=[
        ("title", "Reclasseringsadvies"),
        ("kv", [("Opdrachtgever", "Openbaar Ministerie, Parket Oost-Nederland (Arnhem)"),
                ("Parketnummer", "05/281234-24"), ("Cliënt", "Dennis Hoogeveen, geboren 23-07-1996"),
                ("Adviseur", "E. Kamphuis-Bol, reclasseringswerker"), ("Datum", "30 juni 2025")]),
        ("h", "1. Samenvatting"),
        ("p", "Cliënt wordt verdacht van mishandeling (artikel 300 Wetboek van Strafrecht) van een portier in "
              "het uitgaansgebied van Arnhem. Op basis van het RISc-instrument schatten wij het recidiverisico in "
              "als gemiddeld. Wij adviseren een voorwaardelijke straf met bijzondere voorwaarden op grond van "
              "artikel 14c Wetboek van Strafrecht."),
        ("h", "2. Achtergrond"),
        ("p", "Cliënt is eerder veroordeeld voor openlijke geweldpleging (2021). Hij heeft een alcoholverslaving "
              "en is bekend met ADHD. Hij woont bij zijn moeder en werkt sinds maart via een uitzendbureau in de "
              "logistiek. Cliënt staat open voor behandeling bij Tactus Verslavingszorg."),
        ("h", "3. Advies bijzondere voorwaarden"),
        ("table", [["Voorwaarde", "Toelichting"],
                   ["Meldplicht", "bij Reclassering Nederland, zo vaak als nodig"],
                   ["Ambulante behandeling", "bij Tactus Verslavingszorg of een soortgelijke instelling"],
                   ["Alcoholverbod", "met controle via enkelmonitor (SCRAM)"],
                   ["Contactverbod", "met het slachtoffer"]]),
        ("pb",),
        ("h", "4. Ondertekening"),
        ("p", "Dit advies is opgesteld door E. Kamphuis-Bol, reclasseringswerker, telefoon 06-47 20 15 93, "
              "en besproken met cliënt op 27 juni 2025."),
        ("sp", 10),
        ("kv", [("Reclasseringswerker", "Esther Kamphuis-Bol"), ("Unitmanager", "Marco Trouw"),
                ("Paraaf unitmanager", "MT 1-7")]),
    ],
    redact=[
        R("PERSON", "Dennis Hoogeveen (cliënt)", "Hoogeveen", "Dennis"),
        R("ID", "parketnummer", "05/281234-24"),
        R("DOB", "23-07-1996", "23-07-1996"),
        R("PERSON", "Esther Kamphuis-Bol (reclasseringswerker)", "Kamphuis-Bol", "Kamphuis", "Esther"),
        R("CRIMINAL", "eerdere veroordeling", "veroordeeld voor openlijke geweldpleging"),
        R("HEALTH", "alcoholverslaving / ADHD", "alcoholverslaving", "ADHD"),
        R("PHONE", "06-47 20 15 93", "06-47 20 15 93"),
        R("PERSON", "Marco Trouw (unitmanager)", "Trouw", "Marco"),
    ],
    keep=[
        K("ORG", "Reclassering Nederland", "Reclassering Nederland"),
        K("ORG", "Openbaar Ministerie", "Openbaar Ministerie", "Parket Oost-Nederland"),
        K("ORG", "Tactus Verslavingszorg", "Tactus Verslavingszorg"),
        K("LAW", "Wetboek van Strafrecht", "artikel 300", "artikel 14c", "Wetboek van Strafrecht"),
        K("PRODUCT", "RISc / SCRAM", "RISc-instrument", "SCRAM"),
        K("PLACE", "Arnhem", "Arnhem"),
        K("TERM", "bijzondere voorwaarden", "bijzondere voorwaarden"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 15 Advocaat: ingebrekestelling aan de IND (firm stays, lawyer goes)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk15-advocaat-ingebrekestelling-ind", font="DejaVuSerif", size=9.5,
    footer="Kroese Verhoef Advocaten B.V. - Herengracht 432, 1017 BZ Amsterdam - T 020 624 31 00 - "
           "KvK 81234567 - www.kroeseverhoef.nl",
    meta={"Title": "Ingebrekestelling IND", "Author": "Kroese Verhoef Advocaten"},
    blocks=[
        ("cols", [("<b>KROESE VERHOEF</b><br/>ADVOCATEN", "Herengracht 432<br/>1017 BZ Amsterdam<br/>"
                   "T 020 624 31 00<br/>info@kroeseverhoef.nl")], {"cw": [0.62, 0.38]}),
        ("sp", 6),
        ("lines", ["Immigratie- en Naturalisatiedienst", "t.a.v. de Unit Bezwaar en Beroep", "Postbus 287",
                   "7600 AG  Almelo"]),
        ("kv", [("Amsterdam", "14 augustus 2025"), ("Behandeld door", "mr. L.A. de Mol"),
                ("Doorkiesnummer", "020 624 31 17"), ("E-mail", "demol@kroeseverhoef.nl"),
                ("Uw kenmerk", "V-nummer 3012.554.871"), ("Betreft", "ingebrekestelling mevrouw A. Kaya")],
         {"cw": [0.25, 0.75]}),
        ("p", "Geachte heer, mevrouw,"),
        ("p", "Namens mijn cliënte, mevrouw Aylin Kaya, geboren 9 oktober 1990, stel ik u hierbij in gebreke "
              "op grond van artikel 4:17 van de Algemene wet bestuursrecht. Op 2 januari 2025 heeft cliënte een "
              "aanvraag ingediend voor een verblijfsvergunning regulier bij haar echtgenoot. De wettelijke "
              "beslistermijn van negen maanden is nog niet verstreken, maar de IND heeft toegezegd binnen zes "
              "maanden te beslissen."),
        ("p", "Cliënte is zeven maanden zwanger en ondervindt ernstige stress door de onzekerheid. Ik verzoek u "
              "daarom binnen twee weken na dagtekening van deze brief alsnog een besluit te nemen. Na het "
              "verstrijken van die termijn is de IND een dwangsom verschuldigd en zal ik beroep instellen bij de "
              "rechtbank."),
        ("p", "Voor de volledigheid wijs ik u op de uitspraak van de Afdeling bestuursrechtspraak van 18 december "
              "2024 (ECLI:NL:RVS:2024:5112). Mijn kantoorgenoot mr. drs. T. Bouzid is bij mijn afwezigheid uw "
              "aanspreekpunt."),
        ("lines", ["Hoogachtend,", "", "mr. L.A. de Mol", "advocaat"]),
    ],
    redact=[
        R("PERSON", "mr. L.A. de Mol (advocaat)", "de Mol"),
        R("PHONE", "020 624 31 17", "020 624 31 17"),
        R("EMAIL", "demol@kroeseverhoef.nl", "demol@kroeseverhoef.nl"),
        R("ID", "V-nummer", "3012.554.871"),
        R("PERSON", "Aylin Kaya (cliënte)", "Kaya", "Aylin"),
        R("DOB", "9 oktober 1990", "9 oktober 1990"),
        R("HEALTH", "zwangerschap", "zeven maanden zwanger"),
        R("PERSON", "mr. drs. T. Bouzid (kantoorgenoot)", "Bouzid"),
    ],
    keep=[
        K("ORG", "Kroese Verhoef Advocaten (firm)", "Kroese Verhoef Advocaten", "KROESE VERHOEF"),
        K("ADDRESS_ORG", "Herengracht 432, 1017 BZ Amsterdam", "Herengracht 432", "1017 BZ"),
        K("PHONE_GENERAL", "020 624 31 00", "020 624 31 00"),
        K("MAILBOX", "info@kroeseverhoef.nl", "info@kroeseverhoef.nl"),
        K("URL", "www.kroeseverhoef.nl", "www.kroeseverhoef.nl"),
        K("ORG", "IND", "Immigratie- en Naturalisatiedienst", "IND", "Unit Bezwaar en Beroep"),
        K("ADDRESS_ORG", "Postbus 287, 7600 AG Almelo", "Postbus 287", "7600 AG"),
        K("LAW", "artikel 4:17 Awb", "artikel 4:17", "Algemene wet bestuursrecht"),
        K("ECLI", "ECLI:NL:RVS:2024:5112", "ECLI:NL:RVS:2024:5112"),
        K("ID_ORG", "KvK 81234567", "81234567"),
        K("TERM", "verblijfsvergunning regulier", "verblijfsvergunning regulier"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 16 Notaris: e-mail about heirs of a deceased gedupeerde ouder
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk16-notaris-erfgenamen-mail", font="DejaVuSans", size=9,
    header="Uitvoeringsorganisatie Herstel Toeslagen - afdrukken e-mail",
    meta={"Title": "FW: verklaring van erfrecht nalatenschap", "Author": "UHT"},
    blocks=[
        ("kv", [("Van:", "Veldhuijzen, mr. C.J. &lt;c.veldhuijzen@vanrijnhaverkamp.nl&gt;"),
                ("Verzonden:", "dinsdag 22 juli 2025 14:03"),
                ("Aan:", "Team Erfgenamen UHT &lt;erfgenamen@toeslagen.nl&gt;"),
                ("CC:", "secretariaat@vanrijnhaverkamp.nl"),
                ("Onderwerp:", "verklaring van erfrecht nalatenschap Smulders-Aerts / dossier 7301-4470-22")],
         {"cw": [0.14, 0.86]}),
        ("p", "Geacht team,"),
        ("p", "In de nalatenschap van wijlen mevrouw Gerda Smulders-Aerts, overleden te Venlo op 4 januari 2025, "
              "ontvangt u hierbij de verklaring van erfrecht. Erfgenamen zijn haar zoon Bram Smulders "
              "(Maasstraat 61, 5911 GV Venlo) en haar dochter Lieke Janssen-Smulders. De erfgenamen hebben de "
              "nalatenschap beneficiair aanvaard."),
        ("p", "Graag ontvang ik bericht of de compensatie op grond van de Wet hersteloperatie toeslagen aan de "
              "erfgenamen kan worden uitgekeerd. Het bedrag kan worden overgemaakt op de derdengeldrekening van "
              "ons kantoor, NL17 INGB 0705 0044 44 ten name van Stichting Beheer Derdengelden Notariskantoor "
              "Van Rijn &amp; Haverkamp."),
        ("lines", ["Met vriendelijke groet,", "mr. C.J. Veldhuijzen", "kandidaat-notaris",
                   "Notariskantoor Van Rijn &amp; Haverkamp", "Keizerstraat 12, 5911 HR Venlo",
                   "T 077 351 20 00 | D 077 351 20 26"]),
        ("sp", 3),
        ("p", "<i>Interne notitie UHT (Femke, 23-7):</i> erfgenamen zijn akkoord met uitbetaling via de notaris. "
              "Let op: zoon heeft schulden bij het CJIB, geen verrekening volgens de beslagvrije voet. Dossier "
              "doorzetten naar team Uitbetaling."),
    ],
    redact=[
        R("PERSON", "mr. C.J. Veldhuijzen (kandidaat-notaris)", "Veldhuijzen"),
        R("EMAIL", "c.veldhuijzen@vanrijnhaverkamp.nl", "c.veldhuijzen@vanrijnhaverkamp.nl"),
        R("PHONE", "D 077 351 20 26", "077 351 20 26"),
        R("PERSON", "wijlen Gerda Smulders-Aerts", "Smulders-Aerts", "Gerda"),
        R("PERSON", "Bram Smulders (erfgenaam)", "Bram Smulders", "Bram", "Smulders"),
        R("ADDRESS", "Maasstraat 61, 5911 GV Venlo", "Maasstraat 61", "5911 GV"),
        R("PERSON", "Lieke Janssen-Smulders (erfgenaam)", "Janssen-Smulders", "Lieke"),
        R("ID", "dossiernummer UHT", "7301-4470-22"),
        R("PERSON", "Femke (UHT-medewerker)", "Femke"),
        R("FINANCIAL", "schulden zoon bij CJIB", "zoon heeft schulden bij het CJIB"),
    ],
    keep=[
        K("ORG", "Notariskantoor Van Rijn & Haverkamp", "Van Rijn & Haverkamp"),
        K("MAILBOX", "secretariaat@vanrijnhaverkamp.nl", "secretariaat@vanrijnhaverkamp.nl"),
        K("MAILBOX", "erfgenamen@toeslagen.nl", "erfgenamen@toeslagen.nl"),
        K("ADDRESS_ORG", "Keizerstraat 12, 5911 HR Venlo", "Keizerstraat 12", "5911 HR"),
        K("PHONE_GENERAL", "077 351 20 00", "077 351 20 00"),
        K("IBAN_ORG", "derdengeldrekening notaris", "NL17 INGB 0705 0044 44"),
        K("ORG", "Stichting Beheer Derdengelden", "Stichting Beheer Derdengelden"),
        K("LAW", "Wet hersteloperatie toeslagen", "Wet hersteloperatie toeslagen"),
        K("TERM", "verklaring van erfrecht", "verklaring van erfrecht", "beslagvrije voet"),
        K("FUNCTION", "kandidaat-notaris", "kandidaat-notaris"),
        K("ORG", "UHT", "Uitvoeringsorganisatie Herstel Toeslagen"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 17 Gerechtsdeurwaarder: exploot van betekening dwangbevel (scan)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk17-deurwaarder-exploot-scan", font="Times-Roman", size=11.5, scan="all",
    meta={"Title": "exploot 25-0311", "Author": "", "Creator": "KONICA MINOLTA bizhub C250i", "Producer": "KONICA MINOLTA bizhub C250i", "force": True},
    blocks=[
        ("title", "EXPLOOT VAN BETEKENING DWANGBEVEL"),
        ("p", "Heden, dinsdag elf maart tweeduizendvijfentwintig, op verzoek van de Ontvanger van de "
              "Belastingdienst, kantoor Zwolle, gevestigd te Zwolle, voor wie woonplaats wordt gekozen ten "
              "kantore van mij, gerechtsdeurwaarder,"),
        ("p", "heb ik, <b>Hendrik Jan Wolters</b>, gerechtsdeurwaarder ter standplaats Zwolle, kantoorhoudende "
              "aan de Grote Voort 210 te Zwolle,"),
        ("p", "AAN: <b>Johannes Timmerman</b>, geboren op 30 augustus 1971, wonende te 8032 ZH Zwolle aan de "
              "Pallasweg 17, aldaar mijn exploot doende en afschrift dezes latende aan zijn echtgenote "
              "Wilma Timmerman-Koster,"),
        ("p", "BETEKEND het dwangbevel van de Ontvanger, gedagtekend 14 februari 2025, ter zake van een "
              "aanslag inkomstenbelasting 2022 met aanslagnummer 5273.94.166.H.26, tot een bedrag van "
              "EUR 6.418,00, vermeerderd met invorderingsrente en kosten,"),
        ("p", "en hem BEVEL GEDAAN om binnen twee dagen aan de Ontvanger te betalen, op straffe van "
              "tenuitvoerlegging van het dwangbevel met inachtneming van de Invorderingswet 1990."),
        ("p", "Kosten van dit exploot: EUR 112,94."),
        ("sp", 6),
        ("p", "De gerechtsdeurwaarder,<br/><br/>H.J. Wolters"),
    ],
    redact=[
        R("PERSON", "Hendrik Jan Wolters (gerechtsdeurwaarder)", "Wolters", "Hendrik Jan"),
        R("PERSON", "Johannes Timmerman (schuldenaar)", "Timmerman", "Johannes"),
        R("DOB", "30 augustus 1971", "30 augustus 1971"),
        R("ADDRESS", "Pallasweg 17, 8032 ZH Zwolle", "Pallasweg 17", "8032 ZH"),
        R("PERSON", "Wilma Timmerman-Koster (echtgenote)", "Wilma", "Koster"),
        R("ID", "aanslagnummer (bevat BSN)", "5273.94.166.H.26"),
    ],
))

# ------------------------------------------------------------------------------------------------
# 18 Handelingen Tweede Kamer (public; only a hidden editor name goes)
# ------------------------------------------------------------------------------------------------
DOCS.append(Doc(
    "bk18-handelingen-debat-toeslagen", font="Times-Roman", size=10,
    header=["Tweede Kamer - Herstel Toeslagen - 3 april 2025 - TK 67"],
    footer="Tweede Kamer, vergaderjaar 2024-2025, 67e vergadering - Handelingen",
    meta={"Title": "Handelingen TK 67 - Herstel Toeslagen", "Author": "Jolanda Verbeek"},
    xmp={"dc:creator": "Jolanda Verbeek", "dc:title": "Handelingen TK 67 - Herstel Toeslagen"},
    blocks=[
        ("title", "Herstel Toeslagen"),
        ("p", "Aan de orde is het debat over de hersteloperatie kinderopvangtoeslag."),
        ("p", "<b>De voorzitter:</b> Ik heet de staatssecretaris van Financiën, belast met Herstel en Toeslagen, "
              "van harte welkom. Ik geef het woord aan de heer Omtzigt namens Nieuw Sociaal Contract."),
        ("p", "<b>De heer Omtzigt (NSC):</b> Voorzitter. Vijf jaar na 'Ongekend onrecht' wachten nog steeds "
              "duizenden ouders op de integrale beoordeling. De Uitvoeringsorganisatie Herstel Toeslagen haalt "
              "haar eigen planning niet. Ik vraag de staatssecretaris: wanneer is de laatste ouder geholpen? "
              "En neemt zij het advies van de commissie-Van Dam over om de Commissie Werkelijke Schade te "
              "versterken?"),
        ("p", "<b>De voorzitter:</b> Er is een interruptie van het lid Van Nispen."),
        ("p", "<b>De heer Van Nispen (SP):</b> Is de heer Omtzigt het met mij eens dat ook de kinderen van "
              "gedupeerde ouders, zoals Bureau Clara Wichmann en het Landelijk Netwerk Ouders hebben bepleit, "
              "sneller een tegemoetkoming moeten krijgen?"),
        ("p", "<b>De heer Omtzigt (NSC):</b> Zeker. Daarom heb ik samen met mevrouw Inge van Dijk (CDA) de "
              "motie-Omtzigt/Van Dijk ingediend."),
        ("p", "<b>Staatssecretaris Palmen:</b> Voorzitter. Ik deel de zorgen van de leden Omtzigt en Van Nispen. "
              "Ik heb de UHT gevraagd om de werkvoorraad voor de zomer te halveren. De Catshuisregeling van "
              "€ 30.000 is inmiddels aan ruim 30.000 ouders uitgekeerd. Over het advies van de commissie-Donner "
              "stuur ik de Kamer voor 1 juni een brief. Ik heb ook gesproken met de Nationale ombudsman, de heer "
              "Van Zutphen, over de klachtbehandeling."),
        ("p", "<b>De voorzitter:</b> Dank u wel. Dan geef ik nu het woord aan mevrouw Kathmann namens "
              "GroenLinks-PvdA."),
        ("p", "<b>Mevrouw Kathmann (GroenLinks-PvdA):</b> Voorzitter. Ook gemeenten, zoals Rotterdam onder "
              "burgemeester Schouten, doen veel voor gedupeerde ouders. Maar zij krijgen de kosten niet vergoed."),
    ],
    redact=[
        R("PERSON", "Jolanda Verbeek (redacteur, alleen metadata)", "Verbeek", "Jolanda"),
    ],
    keep=[
        K("OFFICE_HOLDER", "Kamerlid Omtzigt", "Omtzigt"),
        K("OFFICE_HOLDER", "Kamerlid Van Nispen", "Van Nispen"),
        K("OFFICE_HOLDER", "Kamerlid Inge van Dijk", "Inge van Dijk", "Van Dijk"),
        K("OFFICE_HOLDER", "staatssecretaris Palmen", "Palmen"),
        K("OFFICE_HOLDER", "Nationale ombudsman Van Zutphen", "Van Zutphen"),
        K("OFFICE_HOLDER", "Kamerlid Kathmann", "Kathmann"),
        K("OFFICE_HOLDER", "burgemeester Schouten", "Schouten"),
        K("ORG_NAMED", "commissie-Van Dam / commissie-Donner", "commissie-Van Dam", "commissie-Donner"),
        K("ORG_NAMED", "Bureau Clara Wichmann", "Bureau Clara Wichmann"),
        K("DOC", "motie-Omtzigt/Van Dijk", "motie-Omtzigt/Van Dijk"),
        K("ORG", "UHT", "Uitvoeringsorganisatie Herstel Toeslagen", "UHT"),
        K("ORG", "Landelijk Netwerk Ouders", "Landelijk Netwerk Ouders"),
        K("PARTY", "partijen", "NSC", "SP", "CDA", "GroenLinks-PvdA", "Nieuw Sociaal Contract"),
        K("PROGRAMME", "Catshuisregeling", "Catshuisregeling"),
        K("REPORT", "Ongekend onrecht", "Ongekend onrecht"),
        K("ORG", "Nationale ombudsman", "Nationale ombudsman"),
        K("PLACE", "Rotterdam", "Rotterdam"),
    ],
))
