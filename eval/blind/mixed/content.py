"""Content of blind set C (mixed). All persons are invented except public office holders, who are
named as in public life and only in their public role. Used by generate.py."""
from generate import bsn, iban


def P(value, *probes):
    return ("PERSON", value, list(probes) or [value])


def E(addr):
    return ("EMAIL_ADDRESS", addr, [addr])


def T(num):
    return ("PHONE_NUMBER", num, [num])


def PA(x, value=None):
    return ("PARAPH", value or x, [x])


def K(kind, value, *probes):
    return (kind, value, list(probes) or [value])


def O(*names):  # public office holders in role
    return [K("OFFICIAL", n) for n in names]


def KK(kind, *values):
    return [K(kind, v) for v in values]


MOT_EMPTY = ("h", "Informatie die niet openbaar gemaakt kan worden")
DOCUMENTS = []


def doc(name, type_, producer, body, R, Kp, title="", author="", **kw):
    d = dict(name=name, type=type_, producer=producer, body=body, R=R, K=Kp, title=title, author=author)
    d.update(kw)
    DOCUMENTS.append(d)


# =============================================================================================
# 1. beslisnota's / memo's
# =============================================================================================
doc("nota_bzk_woo_termijnen", "beslisnota", "docx", [
    ("h1", "Beslisnota"),
    ("kv", [("Aan", "de minister van Binnenlandse Zaken en Koninkrijksrelaties"),
            ("Van", "Jeroen Uitermark, afdelingshoofd Informatiehuishouding"),
            ("Datum", "14 maart 2025"),
            ("Kenmerk", "2025-0000184723"),
            ("Onderwerp", "Reactie op motie-Omtzigt over de beslistermijnen Woo"),
            ("Kopie aan", "plv. secretaris-generaal; directie Communicatie"),
            ("Contactpersoon", "Fatima el Ouali-Brink"),
            ("Telefoon", "06-41 22 87 90"),
            ("E-mail", "fatima.elouali@minbzk.nl")]),
    ("h", "Aanleiding"),
    ("p", "Op 6 maart 2025 nam de Tweede Kamer de motie van het lid Omtzigt (NSC) aan over de beslistermijnen "
          "van de Wet open overheid. Minister Uitermark heeft in het debat toegezegd voor het zomerreces te "
          "reageren. Omtzigt vroeg daarbij ook naar de rol van de Raad van State."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd: in te stemmen met bijgaande Kamerbrief en deze te ondertekenen."),
    ("h", "Kern"),
    ("p", "De afdeling (mevrouw El Ouali-Brink en de heer Hoekstra) heeft met het Adviescollege Openbaarheid en "
          "Informatiehuishouding (ACOI) overlegd. Het ACOI adviseert de termijn niet te verlengen. Wytse "
          "Hoekstra heeft de cijfers van Logius en het CBS gecontroleerd; J. Uitermark heeft de conclusies "
          "afgestemd met de landsadvocaat."),
    ("h", "Krachtenveld"),
    ("p", "Kamerlid Van der Plas (BBB) en het lid Dassen (Volt) steunden de motie. Minister-president Schoof "
          "heeft in de ministerraad gevraagd om een kabinetsbrede aanpak. Staatssecretaris Szabó is "
          "geïnformeerd en stemt in."),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["Fatima el Ouali-Brink", "senior beleidsmedewerker", "FeO", "12-03-2025"],
        ["Wytse Hoekstra", "coördinator Woo", "WH", "12-03-2025"],
        ["Jeroen Uitermark", "afdelingshoofd", "JU", "13-03-2025"]]),
    MOT_EMPTY,
    ("p", "[Toelichting invullen]"),
    ("pb",),
    ("h", "Bijlage 1 - e-mailwisseling met het ACOI"),
    ("pre", "Van: Hoekstra, Wytse <w.hoekstra@minbzk.nl>\n"
            "Verzonden: maandag 10 maart 2025 10:41\n"
            "Aan: 'Bas Verhoeven (ACOI)' <b.verhoeven@acoi.nl>\n"
            "CC: Uitermark, Jeroen <jeroen.uitermark@minbzk.nl>; postbus-woo@minbzk.nl\n"
            "Onderwerp: cijfers beslistermijnen\n\n"
            "Beste Bas,\n\n"
            "Zoals besproken de cijfers over 2024. Minister Uitermark wil het advies van het ACOI "
            "volgen. Kun je voor woensdag reageren?\n\n"
            "Groet,\nWytse Hoekstra\nM: 06 - 1387 2290"),
], [
    P("Jeroen Uitermark", "Jeroen Uitermark", "J. Uitermark"),
    P("Fatima el Ouali-Brink", "Ouali-Brink", "Fatima"),
    P("Wytse Hoekstra", "Hoekstra", "Wytse"),
    T("06-41 22 87 90"), E("fatima.elouali@minbzk.nl"),
    PA("FeO"), PA("WH"), PA("JU"),
    P("Bas Verhoeven", "Verhoeven", "Bas"),
    E("w.hoekstra@minbzk.nl"), E("b.verhoeven@acoi.nl"), E("jeroen.uitermark@minbzk.nl"), T("06 - 1387 2290"),
    P("Jeroen Uitermark (header form)", "Uitermark, Jeroen"),
], [K("FUNCTIONAL_EMAIL", "postbus-woo@minbzk.nl")] + O("Omtzigt", "Minister Uitermark", "Van der Plas", "Dassen", "Schoof", "Szabó")
   + KK("ORG", "Tweede Kamer", "Raad van State", "ACOI", "Logius", "CBS", "NSC", "BBB", "Volt")
   + KK("TITLE", "beleidsmedewerker", "afdelingshoofd", "plv. secretaris-generaal", "landsadvocaat")
   + KK("TERM", "Wet open overheid", "2025-0000184723"),
   title="Beslisnota Woo-termijnen", author="Fatima el Ouali-Brink")

doc("nota_vws_wzd", "beslisnota", "html", [
    ("h1", "Nota"),
    ("kv", [("Aan", "de minister van Volksgezondheid, Welzijn en Sport"),
            ("Van", "Daan Agema-Vos"),
            ("Directie", "Langdurige Zorg"),
            ("Behandeld door", "Nguyen Thi Lan"),
            ("Telefoon", "+31 6 2840 1173"),
            ("E-mail", "lan.nguyen@minvws.nl"),
            ("Datum", "3 februari 2025"),
            ("Kenmerk", "4012876-1066031-LZ"),
            ("Onderwerp", "Tweede voortgangsrapportage Wet zorg en dwang")]),
    ("h", "Aanleiding"),
    ("p", "In het commissiedebat van 22 januari vroeg Kamerlid Bikker (ChristenUnie) naar het gebruik van "
          "onvrijwillige zorg in kleinschalige woonvormen. Minister Agema heeft een tweede "
          "voortgangsrapportage toegezegd. Staatssecretaris Karremans ontvangt een afschrift."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd: akkoord te gaan met verzending van de rapportage aan de Tweede Kamer."),
    ("h", "Toelichting"),
    ("p", "De Inspectie Gezondheidszorg en Jeugd (IGJ) en het Zorginstituut Nederland leverden cijfers aan. "
          "Mevrouw Nguyen heeft de cijfers met de NZa besproken. De IGJ stuurde op 28 januari de volgende mail:"),
    ("pre", "Van: Bos, Merel <merel.bos@igj.nl>\n"
            "Verzonden: dinsdag 28 januari 2025 16:02\n"
            "Aan: Nguyen, Lan <lan.nguyen@minvws.nl>\n"
            "CC: Agema-Vos, Daan <daan.agemavos@minvws.nl>; meldpunt@igj.nl\n"
            "Onderwerp: cijfers Wzd Q4\n\n"
            "Hoi Lan,\n\n"
            "Bijgaand de cijfers over het vierde kwartaal. Het aantal meldingen van verplichte zorg steeg met "
            "11 procent. Let op: de cijfers van Staatsbosbeheer-locaties (zorgboerderijen) zitten er niet in.\n\n"
            "Groet,\nMerel Bos\ninspecteur | IGJ\nM 06 5318 2047 | T 088 120 50 00"),
    ("p", "Het algemene nummer van de IGJ (088 120 50 00) kan in de rapportage worden genoemd."),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["N.T. Lan", "beleidsmedewerker", "NTL", "31-01-2025"],
        ["D. Agema-Vos", "directeur Langdurige Zorg", "DAV", "01-02-2025"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Persoonsgegevens van ambtenaren zijn niet openbaar op grond van artikel 5.1, tweede lid, onder e, Woo."),
], [
    P("Daan Agema-Vos", "Agema-Vos", "Daan"),
    P("Nguyen Thi Lan", "Nguyen Thi Lan", "Nguyen", "Lan", "N.T. Lan"),
    P("Merel Bos", "Bos", "Merel"),
    T("+31 6 2840 1173"), T("06 5318 2047"),
    E("lan.nguyen@minvws.nl"), E("merel.bos@igj.nl"), E("daan.agemavos@minvws.nl"),
    PA("NTL"), PA("DAV"),
], O("Bikker", "Minister Agema", "Staatssecretaris Karremans")
   + KK("ORG", "ChristenUnie", "IGJ", "Zorginstituut Nederland", "NZa", "Staatsbosbeheer", "Tweede Kamer",
        "Inspectie Gezondheidszorg en Jeugd")
   + [K("FUNCTIONAL_EMAIL", "meldpunt@igj.nl"), K("SERVICE_NUMBER", "088 120 50 00")]
   + KK("TITLE", "inspecteur", "directeur Langdurige Zorg", "beleidsmedewerker")
   + KK("TERM", "Wet zorg en dwang", "4012876-1066031-LZ"),
   title="Nota Wzd - Agema-Vos")

doc("nota_jenv_dji", "beslisnota", "reportlab", [
    ("h1", "Beslisnota"),
    ("kv", [("Aan", "de minister van Justitie en Veiligheid"),
            ("Van", "mr. drs. Pieter-Jan van 't Hek"),
            ("Directoraat-generaal", "Straffen en Beschermen"),
            ("Datum", "9 mei 2025"),
            ("Onderwerp", "Capaciteit Dienst Justitiële Inrichtingen"),
            ("Contactpersoon", "Ayşe Yılmaz-de Graaf, +31 (0)6 12 09 33 48"),
            ("E-mail", "a.yilmaz-degraaf@minjenv.nl"),
            ("Algemeen nummer", "070 370 79 11")]),
    ("h", "Aanleiding"),
    ("p", "Kamerlid Ellian (VVD) en het lid Van Nispen (SP) hebben gevraagd naar het cellentekort. Minister "
          "Van Weel heeft een brief toegezegd. Staatssecretaris Struycken wordt meegenomen voor het deel over "
          "de jeugdinrichtingen."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd: kennis te nemen van de capaciteitsprognose en in te stemmen met de "
          "heropening van een afdeling in PI Vught."),
    ("h", "Toelichting"),
    ("p", "De werkgroep capaciteit bestaat uit DJI, het Openbaar Ministerie en de Raad voor de "
          "Rechtspraak. Het lid Jansen van de werkgroep (DJI, afdeling Planning) heeft de prognose opgesteld; "
          "Kees Jansen verwacht een tekort van 650 plaatsen. Mevrouw Yılmaz-de Graaf heeft de financiële "
          "paragraaf met Financiën afgestemd. Van 't Hek adviseert de heropening in Vught."),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["A. Yılmaz-de Graaf", "beleidsadviseur", "AYdG", "7-5-2025"],
        ["P.J. van 't Hek", "plv. directeur", "PJvtH", "8-5-2025"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Passages over de beveiliging van PI Vught zijn niet openbaar op grond van artikel 5.1, tweede lid, "
          "onder h, Woo."),
    ("h", "Motivering"),
    ("p", "Openbaarmaking zou de veiligheid van personeel en gedetineerden in gevaar kunnen brengen."),
], [
    P("Pieter-Jan van 't Hek", "Pieter-Jan van 't Hek", "Van 't Hek", "van 't Hek"),
    P("Ayşe Yılmaz-de Graaf", "Yılmaz-de Graaf", "Ayşe"),
    P("Kees Jansen", "Kees Jansen", "Jansen"),
    T("+31 (0)6 12 09 33 48"), E("a.yilmaz-degraaf@minjenv.nl"),
    PA("AYdG"), PA("PJvtH"),
], O("Ellian", "Van Nispen", "Minister Van Weel", "Staatssecretaris Struycken")
   + KK("ORG", "Dienst Justitiële Inrichtingen", "DJI", "Openbaar Ministerie", "Raad voor de Rechtspraak", "VVD", "SP")
   + [K("SERVICE_NUMBER", "070 370 79 11"), K("PLACE", "Vught")]
   + KK("TITLE", "beleidsadviseur", "plv. directeur"),
   title="Beslisnota DJI capaciteit", author="P.J. van 't Hek")

doc("nota_fin_box3", "beslisnota", "docx", [
    ("h1", "Beslisnota"),
    ("kv", [("Aan", "de minister van Financiën"),
            ("Van", "drs. Brenda Oosterhuis-Mensah"),
            ("Datum", "2 december 2024"),
            ("Kenmerk", "2024-0000571120"),
            ("Onderwerp", "Rechtsherstel box 3 na arresten Hoge Raad"),
            ("Kopie aan", "staatssecretaris Fiscaliteit en Belastingdienst"),
            ("Contactpersoon", "Koen de Wit, 070 342 81 97, k.de.wit@minfin.nl")]),
    ("h", "Aanleiding"),
    ("p", "De Hoge Raad heeft op 6 juni 2024 opnieuw geoordeeld over box 3. Minister Heinen moet de Tweede Kamer "
          "voor 1 januari informeren. Eerder had Idsinga toegezegd dat het rechtsherstel via de Belastingdienst "
          "automatisch zou verlopen. Staatssecretaris Van Oostenbruggen neemt het dossier over."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd: te kiezen voor variant B (forfaitair rechtsherstel) en in te stemmen "
          "met de bijgevoegde Kamerbrief."),
    ("h", "Krachtenveld"),
    ("p", "Kamerlid Grinwis (ChristenUnie) en het lid Vijlbrief (D66) vragen om spoed. De Nationale ombudsman "
          "wijst op de Belastingtelefoon (0800-0543), die in de piek overbelast raakte. Marieke Winter (DG "
          "Fiscale Zaken, directie Directe Belastingen) en Koen de Wit hebben de varianten doorgerekend; "
          "de heer De Wit is tot 1 januari het aanspreekpunt."),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["KOEN DE WIT", "fiscaal jurist", "KdW", "28-11-2024"],
        ["MARIEKE WINTER", "coördinerend beleidsmedewerker", "MW", "29-11-2024"],
        ["BRENDA OOSTERHUIS-MENSAH", "directeur Directe Belastingen", "BOM", "29-11-2024"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("h", "Motivering"),
    ("p", "[nog in te vullen]"),
], [
    P("Brenda Oosterhuis-Mensah", "Oosterhuis-Mensah", "OOSTERHUIS-MENSAH", "Brenda"),
    P("Koen de Wit", "Koen de Wit", "De Wit", "KOEN DE WIT"),
    P("Marieke Winter", "Marieke Winter", "MARIEKE WINTER"),
    T("070 342 81 97"), E("k.de.wit@minfin.nl"),
    PA("KdW"), PA("MW"), PA("BOM"),
], O("Minister Heinen", "Idsinga", "Staatssecretaris Van Oostenbruggen", "Grinwis", "Vijlbrief")
   + KK("ORG", "Hoge Raad", "Belastingdienst", "ChristenUnie", "D66", "Nationale ombudsman", "Tweede Kamer")
   + [K("SERVICE_NUMBER", "0800-0543"), K("PRODUCT", "Belastingtelefoon")]
   + KK("TITLE", "fiscaal jurist", "coördinerend beleidsmedewerker", "directeur Directe Belastingen")
   + KK("TERM", "box 3", "2024-0000571120", "variant B"),
   title="Beslisnota box 3", author="Koen de Wit")

doc("memo_ienw_afsluitdijk", "memo", "html", [
    ("h1", "Memo"),
    ("kv", [("Aan", "de minister van Infrastructuur en Waterstaat"),
            ("Van", "Priya Jansen (Rijkswaterstaat, Netwerkmanagement)"),
            ("Datum", "17 maart 2025"),
            ("Onderwerp", "Vertraging renovatie spuisluizen Den Oever"),
            ("Telefoon", "0031 6 4820 1937"),
            ("E-mail", "priya.jansen@rws.nl")]),
    ("h", "Aanleiding"),
    ("p", "Minister Madlener bezoekt op 1 april de Afsluitdijk. Staatssecretaris Jansen (openbaar vervoer) "
          "reist mee vanwege de busverbinding over de dijk. Deze memo geeft de stand van zaken."),
    ("h", "Kern"),
    ("p", "De aannemerscombinatie Levvel (BAM en Van Oord) meldt vier maanden vertraging bij de spuisluizen in "
          "Den Oever en Kornwerderzand. Jansen stuurt de planning wekelijks bij met Jasper Dijkstra (contract"
          "manager) en Kübra Aydın (omgevingsmanager). Vragen van omwonenden gaan via 0800-8002 en "
          "bereikbaarheid@rws.nl."),
    ("h", "Advies"),
    ("p", "Aan de minister wordt geadviseerd tijdens het bezoek niet te spreken over een nieuwe opleverdatum. "
          "Priya zorgt voor een kaart van de werkzaamheden."),
    ("small", "Contact: J. Dijkstra, 06-2277 1530 | K. Aydın, kubra.aydin@rws.nl"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["P. Jansen", "adviseur netwerkmanagement", "PJ", "14-03-2025"],
        ["K. Aydın", "omgevingsmanager", "KA", "14-03-2025"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
], [
    P("Priya Jansen", "Priya Jansen", "Priya", "Jansen stuurt", "P. Jansen"),
    PA("PJ"), PA("KA"),
    P("Jasper Dijkstra", "Jasper Dijkstra", "J. Dijkstra"),
    P("Kübra Aydın", "Kübra Aydın", "K. Aydın"),
    T("0031 6 4820 1937"), T("06-2277 1530"),
    E("priya.jansen@rws.nl"), E("kubra.aydin@rws.nl"),
], O("Minister Madlener", "Staatssecretaris Jansen")
   + KK("ORG", "Rijkswaterstaat", "Levvel", "BAM", "Van Oord")
   + KK("PLACE", "Den Oever", "Kornwerderzand", "Afsluitdijk")
   + [K("SERVICE_NUMBER", "0800-8002"), K("FUNCTIONAL_EMAIL", "bereikbaarheid@rws.nl")]
   + KK("TITLE", "omgevingsmanager"),
   title="Memo Afsluitdijk")

doc("nota_ocw_studiefinanciering", "beslisnota", "reportlab", [
    ("h1", "Beslisnota"),
    ("kv", [("Aan", "de minister van Onderwijs, Cultuur en Wetenschap"),
            ("Van", "Marjan ten Brinke, directeur Hoger Onderwijs en Studiefinanciering a.i."),
            ("Datum", "24 september 2024"),
            ("Onderwerp", "Uitvoering basisbeurs en tegemoetkoming leenstelselgeneratie"),
            ("Behandeld door", "Roos van Groningen / (070) 412 35 66 / r.vangroningen@minocw.nl")]),
    ("h", "Aanleiding"),
    ("p", "Minister Bruins heeft de Kamer toegezegd de uitvoeringstoets van DUO voor Prinsjesdag te sturen. "
          "Kamerlid Paternotte (D66) en het lid Bikker (ChristenUnie) hebben om spoed gevraagd."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd: de uitvoeringstoets vrij te geven en in te stemmen met de planning."),
    ("h", "Toelichting"),
    ("p", "DUO in Groningen kan de tegemoetkoming per 1 juli 2025 uitbetalen. Mevrouw Van Groningen heeft dit "
          "op 19 september met DUO besproken; Ten Brinke heeft de risico's voor de ICT-keten in kaart gebracht. "
          "Studenten kunnen met vragen terecht bij DUO via 050 599 77 55."),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["R. van Groningen", "beleidsmedewerker", "RvG", "20-9-2024"],
        ["M. ten Brinke", "directeur a.i.", "MtB", "23-9-2024"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Geen."),
], [
    P("Marjan ten Brinke", "Marjan ten Brinke", "Ten Brinke", "M. ten Brinke"),
    P("Roos van Groningen", "Roos van Groningen", "Van Groningen", "R. van Groningen"),
    T("(070) 412 35 66"), E("r.vangroningen@minocw.nl"),
    PA("RvG"), PA("MtB"),
], O("Minister Bruins", "Paternotte", "Bikker")
   + KK("ORG", "DUO", "D66", "ChristenUnie")
   + [K("PLACE", "Groningen", "in Groningen"), K("SERVICE_NUMBER", "050 599 77 55")]
   + KK("TITLE", "beleidsmedewerker", "directeur a.i.")
   + KK("TERM", "Prinsjesdag", "basisbeurs", "uitvoeringstoets"),
   title="Beslisnota studiefinanciering")

doc("nota_szw_kinderopvang", "beslisnota", "fpdf", [
    ("h1", "Beslisnota"),
    ("kv", [("Aan", "de staatssecretaris van Sociale Zaken en Werkgelegenheid"),
            ("Van", "Mehmet Özdemir"),
            ("Datum", "11 april 2025"),
            ("Onderwerp", "Directe financiering kinderopvang: stand van zaken"),
            ("Contactpersoon", "Anouk van Dijk, 06 18 44 02 73, anouk.van.dijk@minszw.nl")]),
    ("h", "Aanleiding"),
    ("p", "Staatssecretaris Nobel debatteert op 24 april met de Kamer. Kamerlid Dijk (SP) heeft gevraagd "
          "waarom de invoering opnieuw is uitgesteld. Minister Van Hijum is medeondertekenaar van de brief."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de staatssecretaris wordt gevraagd: in te stemmen met de beantwoording van de vragen van het "
          "lid Dijk en met de planning waarin DUS-i de uitvoering overneemt."),
    ("h", "Toelichting"),
    ("p", "Mevrouw Van Dijk heeft de cijfers van de Dienst Toeslagen en het UWV vergeleken. Özdemir "
          "adviseert, na overleg met Fenna Bosch-Aydemir (UWV), de Raad van State niet opnieuw om advies te vragen. Ouders kunnen terecht bij de "
          "BelastingTelefoon Toeslagen (0800-0543) of bij de SVB."),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["Anouk van Dijk", "beleidsmedewerker", "AvD", "9-4-2025"],
        ["Mehmet Özdemir", "afdelingshoofd", "MÖ", "10-4-2025"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onder e, Woo)."),
], [
    P("Mehmet Özdemir", "Özdemir", "Mehmet"),
    P("Anouk van Dijk", "Anouk van Dijk", "Van Dijk"),
    P("Fenna Bosch-Aydemir", "Bosch-Aydemir", "Fenna"),
    T("06 18 44 02 73"), E("anouk.van.dijk@minszw.nl"),
    PA("AvD"), PA("MÖ"),
], O("Staatssecretaris Nobel", "Kamerlid Dijk", "lid Dijk", "Minister Van Hijum")
   + KK("ORG", "SP", "DUS-i", "Dienst Toeslagen", "UWV", "Raad van State", "SVB")
   + [K("SERVICE_NUMBER", "0800-0543")]
   + KK("TITLE", "beleidsmedewerker", "afdelingshoofd")
   + KK("TERM", "Directe financiering kinderopvang"),
   title="Beslisnota kinderopvang", author="Anouk van Dijk")

doc("memo_kgg_netcongestie", "memo", "docx", [
    ("h1", "Memo"),
    ("kv", [("Aan", "de minister van Klimaat en Groene Groei"),
            ("Van", "Joost Hermans, programmadirecteur Netcongestie a.i."),
            ("Datum", "30 januari 2025"),
            ("Onderwerp", "Netcongestie Noord-Brabant en Limburg"),
            ("Contact", "Lieke Groen | +31 70 379 2214 | lieke.groen@minkgg.nl")]),
    ("h", "Aanleiding"),
    ("p", "Minister Hermans spreekt op 5 februari met TenneT, Enexis en de provincie Noord-Brabant. Kamerlid "
          "Kröger (GroenLinks-PvdA) vroeg om een overzicht van de wachtrij. Bontenbal stelde schriftelijke "
          "vragen over de rol van de ACM. Het probleem speelt al sinds de kabinetten-Rutte."),
    ("h", "Kern"),
    ("p", "In Tilburg en Eindhoven staan 1.900 bedrijven in de wachtrij. Netbeheer Nederland verwacht pas in "
          "2029 verlichting. Lieke Groen heeft de cijfers met Enexis gevalideerd; Joost Hermans adviseert de "
          "minister het Landelijk Actieprogramma Netcongestie (LAN) te verbreden. De heer Hermans (programmadirectie) "
          "en Thomas Öztürk-Visser (ACM-liaison, thomas.ozturk-visser@minkgg.nl, 06-52 18 90 44) bereiden het "
          "gesprek voor."),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"], [
        ["Lieke Groen", "senior adviseur", "LG", "29-01-2025"],
        ["Joost Hermans", "programmadirecteur a.i.", "JH", "30-01-2025"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "De wachtrijgegevens per bedrijf zijn door TenneT vertrouwelijk verstrekt (artikel 5.1, eerste lid, "
          "onder c, Woo)."),
    ("h", "Motivering"),
    ("p", "In de openbaar te maken versie worden de namen van ambtenaren niet genoemd."),
], [
    P("Joost Hermans", "Joost Hermans"),
    P("Lieke Groen", "Lieke Groen", "Lieke"),
    T("+31 70 379 2214"), E("lieke.groen@minkgg.nl"),
    P("Joost Hermans (surname mention)", "heer Hermans"),
    PA("LG"), PA("JH"),
    P("Thomas Öztürk-Visser", "Öztürk-Visser", "Thomas"),
    E("thomas.ozturk-visser@minkgg.nl"), T("06-52 18 90 44"),
], O("Minister Hermans", "Kröger", "Bontenbal", "Rutte")
   + KK("ORG", "TenneT", "Enexis", "GroenLinks-PvdA", "ACM", "Netbeheer Nederland")
   + KK("PLACE", "Tilburg", "Eindhoven", "Noord-Brabant", "Limburg")
   + KK("TITLE", "programmadirecteur Netcongestie a.i.")
   + KK("TERM", "Landelijk Actieprogramma Netcongestie", "LAN"),
   title="Memo netcongestie", author="Lieke Groen")


# =============================================================================================
# 2. printed Outlook e-mail threads
# =============================================================================================
doc("mail_utrecht_woo_parkeren", "email", "html", [
    ("pre", "Van: Bakker, Annemiek <a.bakker@utrecht.nl>\n"
            "Verzonden: dinsdag 8 april 2025 09:14\n"
            "Aan: Chen, Wei <w.chen@utrecht.nl>; Dos Santos, Mariana <mariana.dossantos@utrecht.nl>\n"
            "CC: Woo-coördinatie <woo@utrecht.nl>\n"
            "Onderwerp: RE: Woo-verzoek 2025-0412 parkeervergunningen"),
    ("p", "Hoi Wei,"),
    ("p", "Dank voor je snelle inventarisatie. Wethouder Van Hooijdonk wil vrijdag een update, en het kabinet van "
          "burgemeester Dijksma vraagt of de verzoeker (de heer Kooistra) al een ontvangstbevestiging heeft. "
          "Mariana, kun jij de 214 documenten in ZyLAB zetten?"),
    ("pre", "Met vriendelijke groet,\n\n"
            "Annemiek Bakker\n"
            "Juridisch adviseur | Team Informatieverzoeken\n"
            "Gemeente Utrecht | Stadsplateau 1, 3521 AZ Utrecht\n"
            "M 06-2917 4408 | T 14 030"),
    ("pre", "-----Oorspronkelijk bericht-----\n"
            "Van: Chen, Wei <w.chen@utrecht.nl>\n"
            "Verzonden: maandag 7 april 2025 17:42\n"
            "Aan: Bakker, Annemiek <a.bakker@utrecht.nl>\n"
            "Onderwerp: Woo-verzoek 2025-0412 parkeervergunningen"),
    ("p", "Hi Annemiek,"),
    ("p", "Het verzoek van Ruben Kooistra (ruben.kooistra+woo2025@gmail.com, tel. 0648813302) gaat over alle "
          "parkeervergunningen voor deelauto's sinds 2022. Ik heb de mailboxen van Mobiliteit doorzocht; "
          "er zitten ook stukken van het college bij. Mariana dos Santos helpt met de lakronde."),
    ("pre", "Groet, Wei\n\nWei Chen | Informatiebeheerder | 030 - 286 11 52\nGemeente Utrecht"),
    ("pb",),
    ("pre", "-----Oorspronkelijk bericht-----\n"
            "Van: Ruben Kooistra <ruben.kooistra+woo2025@gmail.com>\n"
            "Verzonden: zondag 30 maart 2025 22:03\n"
            "Aan: woo@utrecht.nl\n"
            "Onderwerp: Woo-verzoek parkeervergunningen deelauto's"),
    ("p", "Geachte heer/mevrouw,"),
    ("p", "Op grond van de Wet open overheid verzoek ik u om openbaarmaking van alle documenten over "
          "parkeervergunningen voor deelauto's sinds 1 januari 2022, inclusief de correspondentie met "
          "aanbieders en met wethouder Van Hooijdonk."),
    ("p", "Met vriendelijke groet,\nRuben Kooistra\nBiltstraat 311bis\n3572 AS Utrecht\n"
          "tel. +31 (0)30 271 88 40"),
], [
    P("Annemiek Bakker", "Bakker", "Annemiek"),
    P("Wei Chen", "Chen", "Wei"),
    P("Mariana dos Santos", "Dos Santos", "dos Santos", "Mariana"),
    P("Ruben Kooistra", "Kooistra", "Ruben"),
    E("a.bakker@utrecht.nl"), E("w.chen@utrecht.nl"), E("mariana.dossantos@utrecht.nl"),
    E("ruben.kooistra+woo2025@gmail.com"),
    T("06-2917 4408"), T("0648813302"), T("030 - 286 11 52"),
    ("ADDRESS", "Biltstraat 311bis, 3572 AS", ["Biltstraat 311bis", "3572 AS"]), T("+31 (0)30 271 88 40"),
], O("Wethouder Van Hooijdonk", "wethouder Van Hooijdonk", "burgemeester Dijksma")
   + [K("TERM", "Wet open overheid")]
   + [K("ORG", "Gemeente Utrecht"), K("GOV_ADDRESS", "Stadsplateau 1, 3521 AZ Utrecht", "Stadsplateau 1", "3521 AZ"),
      K("SERVICE_NUMBER", "14 030"), K("FUNCTIONAL_EMAIL", "woo@utrecht.nl"), K("PRODUCT", "ZyLAB")]
   + KK("TITLE", "Juridisch adviseur", "Informatiebeheerder")
   + KK("TERM", "Woo-verzoek 2025-0412", "Team Informatieverzoeken"),
   title="Mail - Bakker, Annemiek - Outlook", mailto=True)

doc("mail_buza_navo_top", "email", "html", [
    ("pre", "Van: Papadopoulos, Eleni <eleni.papadopoulos@minbuza.nl>\n"
            "Verzonden: woensdag 18 juni 2025 22:51\n"
            "Aan: O'Brien, Siobhan <siobhan.obrien@minbuza.nl>; Warsame, Abdi <abdi.warsame@minbuza.nl>\n"
            "CC: DVB-secretariaat <dvb-secretariaat@minbuza.nl>; Boswijk-Meijer, Tessa <t.boswijkmeijer@minbuza.nl>\n"
            "Onderwerp: RE: RE: NAVO-top Den Haag - spreektekst minister"),
    ("p", "Dag Siobhan, Abdi,"),
    ("p", "De spreektekst voor minister Veldkamp is aangepast na de opmerkingen van Kamerlid Boswijk (CDA) in "
          "het commissiedebat. Secretaris-generaal Rutte opent de top in het World Forum; daarna spreekt "
          "minister-president Schoof. Tessa heeft de passage over Oekraïne nog eens gelezen."),
    ("pre", "Met vriendelijke groet,\nEleni Papadopoulos\nSenior beleidsmedewerker | Directie Veiligheidsbeleid (DVB)\n"
            "Ministerie van Buitenlandse Zaken | Rijnstraat 8 | 2515 XP Den Haag\n"
            "T +31 (0)70 348 4912 | M +31 6 50 77 13 08"),
    ("pre", "From: O'Brien, Siobhan <siobhan.obrien@minbuza.nl>\n"
            "Sent: Wednesday, June 18, 2025 6:03 PM\n"
            "To: Papadopoulos, Eleni <eleni.papadopoulos@minbuza.nl>\n"
            "Cc: Warsame, Abdi <abdi.warsame@minbuza.nl>\n"
            "Subject: RE: NAVO-top Den Haag - spreektekst minister"),
    ("p", "Hi Eleni, two comments from the Permanent Representation in Brussels: the wording on the 5% target "
          "should follow the NATO communiqué, and please check with Abdi whether Veldkamp will mention "
          "Ukraine's EU accession. Thanks, Siobhan"),
    ("pre", "Siobhan O'Brien | Political Advisor | PV NAVO Brussel | +32 475 12 88 40"),
], [
    P("Eleni Papadopoulos", "Papadopoulos", "Eleni"),
    P("Siobhan O'Brien", "O'Brien", "Siobhan"),
    P("Abdi Warsame", "Warsame", "Abdi"),
    P("Tessa Boswijk-Meijer", "Boswijk-Meijer", "Tessa"),
    E("eleni.papadopoulos@minbuza.nl"), E("siobhan.obrien@minbuza.nl"), E("abdi.warsame@minbuza.nl"),
    E("t.boswijkmeijer@minbuza.nl"),
    T("+31 (0)70 348 4912"), T("+31 6 50 77 13 08"), T("+32 475 12 88 40"),
], O("minister Veldkamp", "Veldkamp", "Kamerlid Boswijk", "Rutte", "Schoof")
   + [K("FUNCTIONAL_EMAIL", "dvb-secretariaat@minbuza.nl"), K("GOV_ADDRESS", "Rijnstraat 8"),
      K("ORG", "Ministerie van Buitenlandse Zaken"), K("ORG", "CDA"), K("ORG", "NATO"), K("ORG", "NAVO", "NAVO-top")]
   + KK("PLACE", "Oekraïne", "Brussels", "World Forum", "Den Haag")
   + KK("TITLE", "Political Advisor", "Senior beleidsmedewerker")
   + KK("TERM", "Permanent Representation", "spreektekst"),
   title="RE: RE: NAVO-top Den Haag - Papadopoulos, Eleni", mailto=True)

doc("mail_gelderland_vierdaagse", "email", "fpdf", [
    ("pre", "Van:        VAN DER MEULEN, Hendrik-Jan <hj.vandermeulen@gelderland.nl>\n"
            "Verzonden:  vrijdag 11 juli 2025 07:58\n"
            "Aan:        ŻUKOWSKA, Agnieszka <agnieszka.zukowska@vrgz.nl>; van 't Hof, Zoë <zoë.vanthof@gelderland.nl>\n"
            "CC:         crisisteam@vrgz.nl\n"
            "Onderwerp:  Vierdaagse - hitteprotocol"),
    ("p", "Agnieszka, Zoë,"),
    ("p", "Commissaris van de Koning Berends belt vanmiddag met burgemeester Bruls over het hitteprotocol van "
          "de Vierdaagse. De Veiligheidsregio Gelderland-Zuid wil dat het besluit voor 14.00 uur valt. Kunnen "
          "jullie de KNMI-prognose en de ervaringen van 2006 op één A4 zetten?"),
    ("pre", "Groet, HJ\n\nH.J. VAN DER MEULEN\nstrategisch adviseur crisisbeheersing\nProvincie Gelderland\n"
            "06 38 71 20 94"),
    ("pre", "Van:        van 't Hof, Zoë\n"
            "Verzonden:  donderdag 10 juli 2025 21:30\n"
            "Aan:        VAN DER MEULEN, Hendrik-Jan\n"
            "Onderwerp:  RE: Vierdaagse - hitteprotocol"),
    ("p", "HJ, Agnieszka Żukowska van de VRGZ zit morgen in het ROT. Bij calamiteiten: 112; voor niet-spoed "
          "de politie via 0900-8844. Mijn nummer voor het weekend is +31 6 1402 7755. — Zoë"),
], [
    P("Hendrik-Jan van der Meulen", "VAN DER MEULEN", "Hendrik-Jan", "HJ", "H.J."),
    P("Agnieszka Żukowska", "ŻUKOWSKA", "Żukowska", "Agnieszka"),
    P("Zoë van 't Hof", "van 't Hof", "Zoë"),
    E("hj.vandermeulen@gelderland.nl"), E("agnieszka.zukowska@vrgz.nl"), E("zoë.vanthof@gelderland.nl"),
    T("06 38 71 20 94"), T("+31 6 1402 7755"),
], O("Commissaris van de Koning Berends", "burgemeester Bruls")
   + [K("FUNCTIONAL_EMAIL", "crisisteam@vrgz.nl"), K("SERVICE_NUMBER", "112"), K("SERVICE_NUMBER", "0900-8844")]
   + KK("ORG", "Veiligheidsregio Gelderland-Zuid", "VRGZ", "KNMI", "Provincie Gelderland", "ROT")
   + KK("TERM", "Vierdaagse", "hitteprotocol")
   + KK("TITLE", "strategisch adviseur crisisbeheersing"),
   title="Vierdaagse - hitteprotocol", author="VAN DER MEULEN, Hendrik-Jan")

doc("mail_vro_woningbouw", "email", "reportlab", [
    ("pre", "Van: Keijzer, Annelies <annelies.keijzer@minvro.nl>\n"
            "Verzonden: donderdag 6 maart 2025 11:20\n"
            "Aan: De Vries-Kuipers, Jens <jens.devrieskuipers@minvro.nl>; Bouali, Samira <s.bouali@minvro.nl>\n"
            "CC: woo@minvro.nl\n"
            "Onderwerp: Woontop 2025 - Woo-verzoek Aedes"),
    ("p", "Beste Jens en Samira,"),
    ("p", "Minister Keijzer heeft gisteren besloten dat de stukken over de Woontop openbaar worden gemaakt. Aedes "
          "en de VNG hebben geen zienswijze ingediend. Let op: de namen van medewerkers van Aedes worden "
          "wel gelakt. Het bouwproject in Almere en de afspraken over het Volkshuisvestingsfonds blijven leesbaar."),
    ("p", "Jens, wil jij de inventarislijst controleren? Samira doet de lakronde. Vragen van burgers gaan naar "
          "Informatie Rijksoverheid (1400)."),
    ("pre", "Met vriendelijke groet,\n\nAnnelies Keijzer\nWoo-coördinator DG Volkshuisvesting\n"
            "Ministerie van Volkshuisvesting en Ruimtelijke Ordening\nM 0612873304"),
    ("pre", "-----Original Message-----\n"
            "From: Bouali, Samira <s.bouali@minvro.nl>\n"
            "Sent: woensdag 5 maart 2025 16:47\n"
            "To: Keijzer, Annelies <annelies.keijzer@minvro.nl>\n"
            "Subject: vraag"),
    ("p", "Annelies, moet de naam van de minister in de agenda ook zwart? Groetjes, Samira (070-7514432)"),
], [
    P("Annelies Keijzer", "Keijzer, Annelies", "Annelies Keijzer", "Annelies"),
    P("Jens de Vries-Kuipers", "De Vries-Kuipers", "Jens"),
    P("Samira Bouali", "Bouali", "Samira"),
    E("annelies.keijzer@minvro.nl"), E("jens.devrieskuipers@minvro.nl"), E("s.bouali@minvro.nl"),
    T("0612873304"), T("070-7514432"),
], O("Minister Keijzer")
   + [K("FUNCTIONAL_EMAIL", "woo@minvro.nl"), K("SERVICE_NUMBER", "1400"), K("PLACE", "Almere")]
   + KK("ORG", "Aedes", "VNG", "Informatie Rijksoverheid", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening")
   + KK("TERM", "Woontop", "Volkshuisvestingsfonds", "inventarislijst")
   + KK("TITLE", "Woo-coördinator"),
   title="Woontop 2025 - Woo-verzoek Aedes")

doc("mail_rotterdam_klacht", "email", "docx", [
    ("pre", "Van: Bouzid, Yassine <y.bouzid@rotterdam.nl>\n"
            "Verzonden: maandag 3 november 2025 08:37\n"
            "Aan: Ramdin-Jagesar, Shanti <sr.ramdinjagesar@rotterdam.nl>; Kowalczyk, Tomasz <t.kowalczyk@rotterdam.nl>\n"
            "CC: klachten@rotterdam.nl\n"
            "Onderwerp: FW: klacht over afvalinzameling Charlois"),
    ("p", "Shanti, Tomasz,"),
    ("p", "Zie de doorgestuurde klacht van mevrouw Noor van Rotterdam. Burgemeester Schouten heeft haar brief "
          "ook ontvangen en wethouder Simons wil voor de raadscommissie weten wat we doen. Onder Aboutaleb is "
          "dezelfde klacht al eens behandeld. Graag een reactie voor vrijdag."),
    ("pre", "gr. yassine\n\nYassine Bouzid | adviseur Stadsbeheer | Gemeente Rotterdam | Coolsingel 40 | "
            "010 - 498 23 17 | Klantcontact 14 010"),
    ("pb",),
    ("pre", "-----Doorgestuurd bericht-----\n"
            "Van: Noor van Rotterdam <noor.vanrotterdam@hotmail.nl>\n"
            "Verzonden: zaterdag 1 november 2025 19:12\n"
            "Aan: klachten@rotterdam.nl\n"
            "Onderwerp: klacht over afvalinzameling Charlois"),
    ("p", "Geachte heer/mevrouw, al drie weken wordt de container bij mijn woning niet geleegd. Ik woon op de "
          "Wolphaertsbocht 212A, 3083 KR. Bel mij gerust op 06 - 43 91 05 28. Met vriendelijke groet, Noor van "
          "Rotterdam"),
], [
    P("Yassine Bouzid", "Bouzid", "Yassine", "yassine"),
    P("Shanti Ramdin-Jagesar", "Ramdin-Jagesar", "Shanti"),
    P("Tomasz Kowalczyk", "Kowalczyk", "Tomasz"),
    P("Noor van Rotterdam", "Noor van Rotterdam"),
    E("y.bouzid@rotterdam.nl"), E("sr.ramdinjagesar@rotterdam.nl"), E("t.kowalczyk@rotterdam.nl"),
    E("noor.vanrotterdam@hotmail.nl"),
    T("010 - 498 23 17"), T("06 - 43 91 05 28"),
    ("ADDRESS", "Wolphaertsbocht 212A, 3083 KR", ["Wolphaertsbocht 212A", "3083 KR"]),
], O("Burgemeester Schouten", "wethouder Simons", "Aboutaleb")
   + [K("FUNCTIONAL_EMAIL", "klachten@rotterdam.nl"), K("GOV_ADDRESS", "Coolsingel 40"),
      K("SERVICE_NUMBER", "14 010"), K("ORG", "Gemeente Rotterdam"), K("PLACE", "Charlois")]
   + KK("TITLE", "adviseur Stadsbeheer")
   + KK("TERM", "raadscommissie", "afvalinzameling"),
   title="FW: klacht over afvalinzameling Charlois", author="Bouzid, Yassine")

DOSSIER = bsn("30184256")  # a case number that happens to pass the 11-proef: keep

doc("mail_toeslagen_herstel", "email", "html", [
    ("pre", "Van: d'Hondt, Lieve <l.d'hondt@toeslagen.nl>\n"
            "Verzonden: vrijdag 14 februari 2025 13:05\n"
            "Aan: Sewdien, Raj <raj.sewdien@toeslagen.nl>; TEUNISSEN-BAKKAL, Naima <n.teunissen-bakkal@toeslagen.nl>\n"
            "CC: UHT Communicatie <communicatie-uht@toeslagen.nl>\n"
            "Onderwerp: RE: Kamervragen herstel - reactie staatssecretaris"),
    ("p", "Hoi Raj en Naima,"),
    ("p", "Staatssecretaris Palmen wil de antwoorden op de vragen van Kamerlid Van Baarle (DENK) en Omtzigt maandag "
          "tekenen. De Uitvoeringsorganisatie Herstel Toeslagen (UHT) heeft de cijfers aangeleverd. De "
          "Commissie Werkelijke Schade keek mee. Ouders die bellen verwijzen we naar de BelastingTelefoon "
          "0800-2356."),
    ("p", f"Raj: de casus met dossiernummer {DOSSIER} mag niet herleidbaar in de antwoorden; noem alleen het "
          "aantal ouders. Naima checkt het nog met de landsadvocaat."),
    ("pre", "Lieve d'Hondt\nsenior adviseur | Directie Strategie UHT\n+31(0)6-48301195\nwerkdagen ma-di-do"),
    ("pre", "Van: Sewdien, Raj <raj.sewdien@toeslagen.nl>\nVerzonden: donderdag 13 februari 2025 18:20\n"
            "Aan: d'Hondt, Lieve <l.d'hondt@toeslagen.nl>\nOnderwerp: Kamervragen herstel - reactie staatssecretaris"),
    ("p", "Lieve, de concepten staan in de map. Teunissen-Bakkal heeft de inleiding herschreven. Groet, Raj "
          "(06-235 917 48)"),
], [
    P("Lieve d'Hondt", "d'Hondt", "Lieve"),
    P("Raj Sewdien", "Sewdien", "Raj"),
    P("Naima Teunissen-Bakkal", "TEUNISSEN-BAKKAL", "Teunissen-Bakkal", "Naima"),
    E("l.d'hondt@toeslagen.nl"), E("raj.sewdien@toeslagen.nl"), E("n.teunissen-bakkal@toeslagen.nl"),
    T("+31(0)6-48301195"), T("06-235 917 48"),
], O("Staatssecretaris Palmen", "Kamerlid Van Baarle", "Omtzigt")
   + [K("FUNCTIONAL_EMAIL", "communicatie-uht@toeslagen.nl"), K("SERVICE_NUMBER", "0800-2356"),
      K("TERM", f"dossiernummer {DOSSIER} (passes the 11-proef, but is a case number)", DOSSIER)]
   + KK("ORG", "DENK", "Uitvoeringsorganisatie Herstel Toeslagen", "UHT", "Commissie Werkelijke Schade")
   + KK("TITLE", "senior adviseur", "landsadvocaat")
   + KK("PRODUCT", "BelastingTelefoon"),
   title="RE: Kamervragen herstel - d'Hondt, Lieve - Outlook", mailto=True)


# =============================================================================================
# 3. chat exports
# =============================================================================================
doc("chat_teams_kamerbrief", "chat", "html", [
    ("h1", "Chat: Kamerbrief Woo-jaarrapportage"),
    ("small", "Geëxporteerd uit Microsoft Teams op 02-04-2025 - deelnemers: Schaap, Bram (BZK); Koning, Joris (BZK); "
              "de Haan, Ilse (BZK); Kartosen-Sital, Sanne (BZK)"),
    ("pre", "[09:02] Schaap, Bram (BZK)\n"
            "Goedemorgen! Staat de Kamerbrief over de Woo-jaarrapportage al in Parlis?\n\n"
            "[09:05] Kartosen-Sital, Sanne (BZK)\n"
            "@Bram nog niet, staatssecretaris Szabó wil eerst de cijfers van het Adviescollege zien\n\n"
            "[09:06] Koning, Joris (BZK)\n"
            "Sanne, ik heb ze gisteren in SharePoint gezet. Let op: Omtzigt heeft er schriftelijke vragen over gesteld\n\n"
            "[09:11] de Haan, Ilse (BZK)\n"
            "thx Joris. Bram, bel je me even? 06 21 98 44 70\n\n"
            "[09:12] Schaap, Bram (BZK)\n"
            "Ilse, lukt pas na de staf. De brief moet voor Koningsdag weg, Koning Willem-Alexander is dan in Doetinchem "
            "en de minister reist mee\n\n"
            "[09:40] Kartosen-Sital, Sanne (BZK)\n"
            "Vergadering gestart: Afstemming Kamerbrief (Microsoft Teams Meeting)\n\n"
            "[10:25] Kartosen-Sital, Sanne (BZK)\n"
            "Vergadering beëindigd: 45m 12s. Actie Joris: tabel 3 aanpassen. Actie Ilse: check bij Rutte-archief "
            "(Nationaal Archief) of de oude jaarrapportages openbaar zijn."),
], [
    P("Bram Schaap", "Schaap, Bram", "Bram"),
    P("Joris Koning", "Koning, Joris", "Joris"),
    P("Ilse de Haan", "de Haan, Ilse", "Ilse"),
    P("Sanne Kartosen-Sital", "Kartosen-Sital", "Sanne"),
    T("06 21 98 44 70"),
], O("staatssecretaris Szabó", "Omtzigt", "Koning Willem-Alexander")
   + KK("PRODUCT", "Microsoft Teams", "Parlis", "SharePoint")
   + KK("ORG", "BZK", "Adviescollege", "Nationaal Archief")
   + [K("PLACE", "Doetinchem")]
   + KK("TERM", "Koningsdag", "Woo-jaarrapportage", "Rutte-archief"),
   title="Teams-chat Kamerbrief Woo-jaarrapportage")

doc("chat_whatsapp_crisisteam", "chat", "fpdf", [
    ("h1", "WhatsApp-chat met Crisisteam Scheveningen"),
    ("pre", "12-08-2025 21:14 - Youssef Ait Taleb: Stroomstoring boulevard, ME staat klaar bij het Kurhaus\n"
            "12-08-2025 21:15 - Marloes Goes: Burgemeester Van Zanen is onderweg, ik stuur hem de situatieschets\n"
            "12-08-2025 21:15 - +31 6 24 81 55 03: Hier Dewi van Stedin, we verwachten herstel binnen 2 uur\n"
            "12-08-2025 21:17 - Youssef Ait Taleb: Dank Dewi. Marloes, zet jij het op de site van Den Haag?\n"
            "12-08-2025 21:18 - Marloes Goes: Doe ik. Burgers kunnen bellen met 14 070, niet met 112\n"
            "12-08-2025 21:24 - Wouter Putten: Halsema belde Van Zanen, Amsterdam stuurt een aggregaat\n"
            "12-08-2025 21:25 - Youssef Ait Taleb: Top Wouter\n"
            "12-08-2025 21:31 - Marloes Goes: <Media weggelaten>\n"
            "12-08-2025 21:40 - +31 6 24 81 55 03: Stedin: storing verholpen in Scheveningen-Haven, Duindorp volgt\n"
            "12-08-2025 21:41 - Wouter Putten: Youssef, debrief morgen 9 uur? mijn nr voor de agenda: 06-11398240\n"
            "12-08-2025 21:42 - Youssef Ait Taleb: ok"),
    ("small", "Export gemaakt door Y. Ait Taleb voor het Woo-verzoek 2025-1187."),
], [
    P("Youssef Ait Taleb", "Ait Taleb", "Youssef"),
    P("Marloes Goes", "Marloes Goes", "Marloes"),
    P("Dewi (Stedin)", "Dewi"),
    P("Wouter Putten", "Wouter Putten", "Wouter"),
    T("+31 6 24 81 55 03"), T("06-11398240"),
], O("Burgemeester Van Zanen", "Van Zanen", "Halsema")
   + KK("PLACE", "Scheveningen", "Duindorp", "Amsterdam", "Den Haag")
   + KK("ORG", "Stedin", "ME")
   + [K("SERVICE_NUMBER", "14 070"), K("SERVICE_NUMBER", "112")]
   + KK("TERM", "Kurhaus", "Woo-verzoek 2025-1187")
   + [K("TERM", "timestamp 12-08-2025 (looks like a phone number)", "12-08-2025")],
   title="WhatsApp-chat met Crisisteam Scheveningen")

doc("chat_teams_devops", "chat", "reportlab", [
    ("h1", "Teams chat export - #woo-platform-devops"),
    ("pre", "[14:02] Raghunathan, Deepak (extern)\n"
            "Deployment van release 4.2 naar acceptatie faalt, de Jenkins pipeline blijft hangen op de SonarQube "
            "quality gate\n\n"
            "[14:04] Østergaard, Lars (extern)\n"
            "@Deepak check de Kubernetes namespace woo-acc, de pod van Keycloak crasht (OOMKilled)\n\n"
            "[14:05] Bakhuis, Femke (Logius)\n"
            "Lars, is dit de change die Ingrid in ServiceNow heeft gezet? CHG0041877\n\n"
            "[14:09] Meertens, Ingrid (Logius)\n"
            "Ja Femke. Rollback naar 4.1.3 via Argo CD. Deepak, bel me: 06-4419 2783\n\n"
            "[14:15] Raghunathan, Deepak (extern)\n"
            "done, Grafana is weer groen. RCA volgt in Confluence. FYI de Product Owner wil het in de Sprint Review\n\n"
            "[14:16] Østergaard, Lars (extern)\n"
            "thx Ingrid, thx Deepak. Ik meld het bij servicedesk@logius.nl"),
], [
    P("Deepak Raghunathan", "Raghunathan", "Deepak"),
    P("Lars Østergaard", "Østergaard", "Lars"),
    P("Femke Bakhuis", "Bakhuis", "Femke"),
    P("Ingrid Meertens", "Meertens", "Ingrid"),
    T("06-4419 2783"),
], KK("PRODUCT", "Jenkins", "SonarQube", "Kubernetes", "Keycloak", "ServiceNow", "Argo CD", "Grafana", "Confluence")
   + KK("ORG", "Logius")
   + [K("FUNCTIONAL_EMAIL", "servicedesk@logius.nl")]
   + KK("TERM", "quality gate", "OOMKilled", "Sprint Review", "CHG0041877", "RCA", "Rollback")
   + KK("TITLE", "Product Owner"),
   title="Teams chat export woo-platform-devops")

doc("chat_whatsapp_handhaving", "chat", "html", [
    ("h1", "WhatsApp - Handhaving Centrum"),
    ("pre", "[05-04-25 23:02:11] Esra Çelik: Melding overlast coffeeshop Oudezijds, wethouder Groot Wassink wil morgen "
            "een briefje\n"
            "[05-04-25 23:03:40] Mo: Ik sta er met Daan, politie is er ook\n"
            "[05-04-25 23:05:02] Daan Vermeulen: Esra, de eigenaar zegt dat burgemeester Halsema een ontheffing gaf?\n"
            "[05-04-25 23:05:30] Esra Çelik: klopt niet, check het BIBOB-dossier. Daan bel me 0652837710\n"
            "[05-04-25 23:07:12] Mo: Moorman staat ook in de cc van de klachtbrief, als wethouder Onderwijs i.v.m. de "
            "school\n"
            "[05-04-25 23:10:45] Mohamed El Idrissi: sorry, accu leeg. Mo = ik, nieuwe nr +31 6 38 20 91 14\n"
            "[05-04-25 23:12:03] Daan Vermeulen: prima Mo. Rapport in Mobile Handhaving staat erin\n"
            "[05-04-25 23:15:19] Esra Çelik: top, dank Daan en Mohamed. Meldingen voortaan via 14 020"),
], [
    P("Esra Çelik", "Çelik", "Esra"),
    P("Mohamed El Idrissi (Mo)", "El Idrissi", "Mohamed", "Mo"),
    P("Daan Vermeulen", "Vermeulen", "Daan"),
    T("0652837710"), T("+31 6 38 20 91 14"),
], O("wethouder Groot Wassink", "burgemeester Halsema", "Moorman")
   + KK("PLACE", "Oudezijds")
   + KK("PRODUCT", "Mobile Handhaving")
   + [K("SERVICE_NUMBER", "14 020")]
   + KK("TERM", "BIBOB-dossier", "ontheffing", "coffeeshop", "wethouder Onderwijs")
   + [K("TERM", "timestamp 05-04-25 (looks like a phone number)", "05-04-25")],
   title="WhatsApp - Handhaving Centrum")


# =============================================================================================
# 4. letters to citizens
# =============================================================================================
BSN1, BSN2, BSN3, BSN4 = bsn("23456781"), bsn("18472295"), bsn("20716638"), bsn("31152907")
IBAN1 = iban("INGB", "0007345612")
IBAN2 = iban("RABO", "0312245781")
IBAN3 = iban("ASNB", "0781199321")
IBAN4 = iban("TRIO", "0254433019", spaced=False)

doc("brief_denhaag_bijstand", "letter", "docx", [
    ("small", "Gemeente Den Haag | Dienst Sociale Zaken en Werkgelegenheid | Spui 70, 2511 BT Den Haag | "
              "Postbus 12600, 2500 DJ Den Haag | telefoon 14 070 | www.denhaag.nl"),
    ("p", "De heer M.A. El Amrani\nLaan van Meerdervoort 1204\n2555 CX  Den Haag"),
    ("kv", [("Datum", "21 oktober 2025"), ("Ons kenmerk", "SZW/BB/2025/118842"),
            ("BSN", f"{BSN1[:4]}.{BSN1[4:6]}.{BSN1[6:]}"), ("Onderwerp", "Besluit op uw aanvraag bijzondere bijstand"),
            ("Contactpersoon", "Sevda Çelik-Doğan"), ("Telefoon", "070 353 21 84"), ("E-mail", "sevda.celik@denhaag.nl")]),
    ("p", "Geachte heer El Amrani,"),
    ("p", f"Op 2 oktober 2025 hebt u bijzondere bijstand aangevraagd voor de vervanging van uw koelkast en "
          f"wasmachine. U krijgt een bedrag van € 742,00. Wij maken dit binnen tien werkdagen over op rekening "
          f"{IBAN1} ten name van M.A. El Amrani."),
    ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van "
          "burgemeester en wethouders, Postbus 12600, 2500 DJ Den Haag. Voor vragen kunt u bellen met 14 070 of "
          "met mevrouw Çelik-Doğan."),
    ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,\n\n"
          "Sevda Çelik-Doğan\nconsulent bijzondere bijstand"),
    ("small", "Dit besluit is genomen op grond van de Participatiewet en de Beleidsregels bijzondere bijstand "
              "Den Haag 2025."),
], [
    P("Mustafa El Amrani", "El Amrani"),
    P("Sevda Çelik-Doğan", "Çelik-Doğan", "Sevda"),
    ("ADDRESS", "Laan van Meerdervoort 1204, 2555 CX", ["Laan van Meerdervoort 1204", "2555 CX"]),
    ("NL_BSN", BSN1, [f"{BSN1[:4]}.{BSN1[4:6]}.{BSN1[6:]}"]),
    ("IBAN_CODE", IBAN1, [IBAN1]),
    T("070 353 21 84"), E("sevda.celik@denhaag.nl"),
], [K("GOV_ADDRESS", "Spui 70, 2511 BT Den Haag", "Spui 70", "2511 BT"),
    K("GOV_ADDRESS", "Postbus 12600, 2500 DJ Den Haag", "Postbus 12600", "2500 DJ"),
    K("SERVICE_NUMBER", "14 070"), K("ORG", "Gemeente Den Haag"),
    K("ORG", "Dienst Sociale Zaken en Werkgelegenheid"), K("TERM", "SZW/BB/2025/118842"),
    K("TERM", "Participatiewet"), K("TERM", "bijzondere bijstand"), K("TITLE", "consulent bijzondere bijstand"),
    K("TERM", "college van burgemeester en wethouders")],
   title="Besluit bijzondere bijstand", author="Sevda Çelik-Doğan")

doc("brief_amsterdam_kwijtschelding", "letter", "reportlab", [
    ("small", "Gemeente Amsterdam - Belastingen | Amstel 1, 1011 PN Amsterdam | Postbus 202, 1000 AE Amsterdam | "
              "Telefoon 14 020 | belastingen@amsterdam.nl"),
    ("p", "Mevrouw A.K. Wójcik-Jansen\nJavastraat 88-III\n1094 HK  Amsterdam"),
    ("kv", [("Datum", "4 maart 2025"), ("Kenmerk", "KWS-2025-0034471"), ("Burgerservicenummer", BSN2),
            ("Aanslagnummer", "8730.1142.2025"), ("Behandeld door", "Thijs Nieuwenhuis, 020 251 44 87")]),
    ("p", "Onderwerp: Beslissing op uw verzoek om kwijtschelding"),
    ("p", "Geachte mevrouw Wójcik-Jansen,"),
    ("p", "U hebt ons gevraagd om kwijtschelding van de afvalstoffenheffing en de rioolheffing 2025. Wij hebben "
          "uw verzoek getoetst aan de Leidraad invordering. U krijgt volledige kwijtschelding. Het bedrag dat u al "
          f"betaalde (€ 186,40) storten wij terug op uw rekening {IBAN2}."),
    ("p", "Uw partner, de heer Piotr Wójcik, staat ook op het aanslagbiljet. Voor hem geldt dezelfde beslissing. "
          "Een kopie van deze brief gaat naar uw gemachtigde, mevrouw Hatice Yıldız van het Sociaal "
          "Raadslieden-team Oost."),
    ("p", "Hebt u vragen? Bel dan 14 020 of mail naar belastingen@amsterdam.nl. Vermeld altijd het kenmerk "
          "KWS-2025-0034471."),
    ("p", "Met vriendelijke groet,\n\nT. Nieuwenhuis\nmedewerker Invordering"),
], [
    P("A.K. Wójcik-Jansen", "Wójcik-Jansen"),
    P("Piotr Wójcik", "Piotr Wójcik"),
    P("Hatice Yıldız", "Hatice Yıldız"),
    P("Thijs Nieuwenhuis", "Nieuwenhuis", "Thijs"),
    ("ADDRESS", "Javastraat 88-III, 1094 HK", ["Javastraat 88-III", "1094 HK"]),
    ("NL_BSN", BSN2, [BSN2]), ("IBAN_CODE", IBAN2, [IBAN2]),
    T("020 251 44 87"),
], [K("GOV_ADDRESS", "Amstel 1, 1011 PN Amsterdam", "Amstel 1", "1011 PN"),
    K("GOV_ADDRESS", "Postbus 202, 1000 AE Amsterdam", "Postbus 202", "1000 AE"),
    K("SERVICE_NUMBER", "14 020"), K("FUNCTIONAL_EMAIL", "belastingen@amsterdam.nl"),
    K("ORG", "Gemeente Amsterdam"), K("TERM", "KWS-2025-0034471"), K("TERM", "8730.1142.2025"),
    K("TERM", "Leidraad invordering"), K("TERM", "afvalstoffenheffing"), K("TITLE", "medewerker Invordering")],
   title="Kwijtschelding KWS-2025-0034471")

doc("brief_rotterdam_parkeren", "letter", "fpdf", [
    ("small", "Gemeente Rotterdam | Belastingen en Parkeren | Wilhelminakade 179, 3072 AP Rotterdam | "
              "Postbus 70012, 3000 KP Rotterdam | 14 010"),
    ("p", "Aan de familie Mensah-Owusu\nJan Steenstraat 27B\n3022 KX Rotterdam"),
    ("kv", [("Datum", "9 juli 2025"), ("Kenmerk", "BZW-PRK-25-771203"),
            ("BSN", f"{BSN3[:3]} {BSN3[3:6]} {BSN3[6:]}"), ("Onderwerp", "Uitspraak op bezwaar naheffingsaanslag")]),
    ("p", "Geachte heer en mevrouw Mensah-Owusu,"),
    ("p", "Op 14 mei 2025 hebt u bezwaar gemaakt tegen de naheffingsaanslag parkeerbelasting die is opgelegd aan "
          "kenteken VR-204-K. U stelt dat uw zoon Kwame Mensah met een geldige digitale vergunning parkeerde. Uit "
          "de gegevens van de RDW en de parkeerapp blijkt dat dit klopt. Wij verklaren uw bezwaar gegrond."),
    ("p", f"De naheffingsaanslag van € 78,90 wordt vernietigd. Wij betalen het bedrag terug op {IBAN3}."),
    ("p", "Hebt u nog vragen? Neem dan contact op met mevrouw J. Sastrodikromo via 010 498 72 06 of "
          "j.sastrodikromo@rotterdam.nl, of met Klantcontact via 14 010."),
    ("p", "Met vriendelijke groet,\nde heffingsambtenaar van de gemeente Rotterdam,\nnamens deze,\n\n"
          "Jasmijn Sastrodikromo\nbehandelend jurist"),
], [
    P("familie Mensah-Owusu", "Mensah-Owusu"),
    P("Kwame Mensah", "Kwame Mensah"),
    P("Jasmijn Sastrodikromo", "Sastrodikromo", "Jasmijn"),
    ("ADDRESS", "Jan Steenstraat 27B, 3022 KX", ["Jan Steenstraat 27B", "3022 KX"]),
    ("NL_BSN", BSN3, [f"{BSN3[:3]} {BSN3[3:6]} {BSN3[6:]}"]), ("IBAN_CODE", IBAN3, [IBAN3]),
    T("010 498 72 06"), E("j.sastrodikromo@rotterdam.nl"),
], [K("GOV_ADDRESS", "Wilhelminakade 179, 3072 AP Rotterdam", "Wilhelminakade 179", "3072 AP"),
    K("GOV_ADDRESS", "Postbus 70012, 3000 KP Rotterdam", "Postbus 70012", "3000 KP"),
    K("SERVICE_NUMBER", "14 010"), K("ORG", "Gemeente Rotterdam"), K("ORG", "RDW"),
    K("TERM", "BZW-PRK-25-771203"), K("TERM", "naheffingsaanslag"), K("TITLE", "heffingsambtenaar"),
    K("TITLE", "behandelend jurist")],
   title="Uitspraak op bezwaar BZW-PRK-25-771203")

doc("brief_groningen_energietoeslag", "letter", "docx", [
    ("small", "Gemeente Groningen | Kreupelstraat 1, 9712 HW Groningen | Postbus 30026, 9700 RM Groningen | "
              "telefoon 14 050 | inkomensondersteuning@groningen.nl"),
    ("p", "Dhr. S. Wytsma\nOosterhamrikkade 12a\n9714 BC Groningen"),
    ("kv", [("Datum", "17 januari 2025"), ("Ons kenmerk", "IO-ET-2025/00931"), ("BSN", BSN4),
            ("Uw IBAN", IBAN4)]),
    ("p", "Onderwerp: Toekenning energietoeslag 2024"),
    ("p", "Geachte heer Wytsma,"),
    ("p", "U hebt de energietoeslag 2024 aangevraagd. Uw inkomen ligt onder de 120% van het sociaal minimum. U "
          "krijgt daarom € 800. Uw partner, mevrouw Jantine Wytsma-Posthuma, hoeft geen aparte aanvraag te doen."),
    ("p", "Het Rijk heeft de regeling mogelijk gemaakt via het Gemeentefonds. Meer informatie vindt u op "
          "www.groningen.nl/energietoeslag. Hebt u vragen, bel dan 14 050."),
    ("p", "Met vriendelijke groet,\n\nWillemijn Koning\nteamleider Inkomensondersteuning\n"
          "direct: 050 367 81 19 | willemijn.koning@groningen.nl"),
], [
    P("Sjoerd Wytsma", "Wytsma"),
    P("Jantine Wytsma-Posthuma", "Wytsma-Posthuma", "Jantine"),
    P("Willemijn Koning", "Willemijn Koning"),
    ("ADDRESS", "Oosterhamrikkade 12a, 9714 BC", ["Oosterhamrikkade 12a", "9714 BC"]),
    ("NL_BSN", BSN4, [BSN4]), ("IBAN_CODE", IBAN4, [IBAN4]),
    T("050 367 81 19"), E("willemijn.koning@groningen.nl"),
], [K("GOV_ADDRESS", "Kreupelstraat 1, 9712 HW Groningen", "Kreupelstraat 1", "9712 HW"),
    K("GOV_ADDRESS", "Postbus 30026, 9700 RM Groningen", "Postbus 30026", "9700 RM"),
    K("SERVICE_NUMBER", "14 050"), K("FUNCTIONAL_EMAIL", "inkomensondersteuning@groningen.nl"),
    K("ORG", "Gemeente Groningen"), K("ORG", "Gemeentefonds"), K("TERM", "IO-ET-2025/00931"),
    K("TERM", "energietoeslag"), K("TITLE", "teamleider Inkomensondersteuning"), K("TERM", "sociaal minimum")],
   title="Toekenning energietoeslag", author="Willemijn Koning")


# =============================================================================================
# 5. verslagen / besluitenlijsten
# =============================================================================================
doc("verslag_driehoek_eindhoven", "verslag", "docx", [
    ("h1", "Besluitenlijst lokale driehoek Eindhoven"),
    ("kv", [("Datum", "25 maart 2025, 08.30-10.00 uur"), ("Locatie", "Stadhuis, Stadhuisplein 10, Eindhoven"),
            ("Aanwezig", "burgemeester Dijsselbloem (voorzitter); Ruud Peeters (politie, teamchef Eindhoven-"
                         "Centrum); Ilona Brouwer-Ketelaar (OM, beleidsadviseur); Jochem van der Linden (gemeente, "
                         "adviseur openbare orde)"),
            ("Notulist", "Dewi Sastrowardoyo"),
            ("Afwezig", "Sibel Karaca-Smit (gemeente, met bericht)")]),
    ("h", "1. Opening en mededelingen"),
    ("p", "De burgemeester opent de vergadering. Minister Van Weel bezoekt op 14 april de wijk Woensel-West. "
          "Kamerlid Yeşilgöz-Zegerius heeft vragen gesteld over de explosies in Strijp; Dijsselbloem stuurt een "
          "reactie via de NGB."),
    ("h", "2. Explosies bij woningen"),
    ("p", "Peeters meldt vijf explosies sinds januari. Het OM (mevrouw Brouwer-Ketelaar) bereidt een gezamenlijk "
          "persbericht voor. Afgesproken wordt artikel 13b Opiumwet vaker in te zetten. Jochem van der Linden "
          "werkt een voorstel uit voor cameratoezicht in Strijp-S."),
    ("p", "Ingekomen: brief van de voorzitter van bewonersvereniging Woensel-West, de heer Gijs Kampen "
          "(Celebesstraat 41), over overlast; Peeters neemt contact op met de heer Kampen."),
    ("h", "3. Actielijst"),
    ("table", ["Nr", "Actie", "Wie", "Wanneer"], [
        ["25-11", "Concept persbericht explosies", "IBK", "1 april"],
        ["25-12", "Voorstel cameratoezicht Strijp-S", "JvdL", "15 april"],
        ["25-13", "Cijfers Woensel-West voor bezoek minister", "RP", "10 april"],
        ["25-14", "Agenda volgende driehoek rondsturen", "DS", "18 april"]]),
    ("p", "Volgende vergadering: 22 april 2025. Vragen over deze lijst: via driehoek@eindhoven.nl of het "
          "algemene nummer 14 040."),
], [
    P("Ruud Peeters", "Peeters", "Ruud"),
    P("Ilona Brouwer-Ketelaar", "Brouwer-Ketelaar", "Ilona"),
    P("Jochem van der Linden", "Jochem van der Linden"),
    P("Dewi Sastrowardoyo", "Sastrowardoyo"),
    P("Sibel Karaca-Smit", "Karaca-Smit", "Sibel"),
    P("Gijs Kampen", "Kampen", "Gijs"), ("ADDRESS", "Celebesstraat 41", ["Celebesstraat 41"]),
    PA("IBK"), PA("JvdL"), PA("RP"), PA("DS"),
], O("burgemeester Dijsselbloem", "Dijsselbloem", "Minister Van Weel", "Kamerlid Yeşilgöz-Zegerius")
   + [K("GOV_ADDRESS", "Stadhuisplein 10"), K("FUNCTIONAL_EMAIL", "driehoek@eindhoven.nl"),
      K("SERVICE_NUMBER", "14 040")]
   + KK("PLACE", "Woensel-West", "Strijp-S", "Eindhoven")
   + KK("ORG", "OM", "NGB")
   + KK("TERM", "artikel 13b Opiumwet", "cameratoezicht")
   + KK("TITLE", "teamchef", "adviseur openbare orde"),
   title="Besluitenlijst driehoek Eindhoven 25-03-2025", author="Dewi Sastrowardoyo")

doc("verslag_amsterdam_aardgasvrij", "verslag", "html", [
    ("h1", "Verslag bestuurlijk overleg Aardgasvrije Wijken Amsterdam"),
    ("kv", [("Datum", "3 juni 2025"), ("Plaats", "Stadhuis Amsterdam, Amstel 1"),
            ("Aanwezig", "wethouder Moorman (voorzitter), wethouder Groot Wassink, Kamerlid Bontenbal (CDA, als "
                         "gast), Marjolein de Jong (programmamanager), Tjeerd Bijlsma (Alliander), Oksana "
                         "Hrytsenko (Eigen Haard), Ahmet Şahin (verslag)"),
            ("Kopie", "burgemeester Halsema")]),
    ("h", "1. Voortgang Nieuw-West"),
    ("p", "Marjolein de Jong licht de planning toe: 2.400 woningen in Nieuw-West gaan in 2026 over op het "
          "warmtenet van Vattenfall. Wethouder Moorman vraagt om een extra informatieavond. Bijlsma wijst erop "
          "dat Alliander de netuitbreiding pas in 2027 kan afronden."),
    ("h", "2. Huurders"),
    ("p", "Mevrouw Hrytsenko meldt dat Eigen Haard 35 bezwaren van huurders ontving. Groot Wassink wil dat de "
          "Huurdersvereniging Amsterdam vooraf wordt betrokken. Bontenbal merkt op dat de Wet collectieve "
          "warmte dit landelijk regelt."),
    ("h", "3. Acties"),
    ("table", ["Actie", "Trekker", "Gereed"], [
        ["Informatieavond Osdorp organiseren", "MdJ", "1 juli"],
        ["Planning netuitbreiding delen", "TB", "15 juni"],
        ["Bezwaren huurders analyseren", "OH", "1 juli"],
        ["Verslag naar burgemeester Halsema", "AŞ", "6 juni"]]),
    ("p", "Contact programmabureau: aardgasvrij@amsterdam.nl; mw. De Jong is bereikbaar op 06 41 57 28 39."),
], [
    P("Marjolein de Jong", "Marjolein de Jong", "De Jong"),
    P("Tjeerd Bijlsma", "Bijlsma"),
    P("Oksana Hrytsenko", "Hrytsenko"),
    P("Ahmet Şahin", "Ahmet Şahin"),
    PA("MdJ"), PA("TB"), PA("OH"), PA("AŞ"),
    T("06 41 57 28 39"),
], O("wethouder Moorman", "Wethouder Moorman", "wethouder Groot Wassink", "Groot Wassink", "Kamerlid Bontenbal",
     "Bontenbal", "burgemeester Halsema")
   + [K("GOV_ADDRESS", "Amstel 1"), K("FUNCTIONAL_EMAIL", "aardgasvrij@amsterdam.nl")]
   + KK("ORG", "Alliander", "Eigen Haard", "Vattenfall", "Huurdersvereniging Amsterdam", "CDA")
   + KK("PLACE", "Nieuw-West", "Osdorp")
   + KK("TERM", "Wet collectieve warmte", "warmtenet")
   + KK("TITLE", "programmamanager"),
   title="Verslag BO Aardgasvrije Wijken")

doc("verslag_stuurgroep_woo", "verslag", "fpdf", [
    ("h1", "Verslag Interdepartementale Stuurgroep Woo-implementatie"),
    ("kv", [("Datum", "8 april 2025"),
            ("Aanwezig", "mr. Annemarie Ter Horst (BZK, voorzitter), Sietske Hoekstra-van der Veen (JenV), "
                         "Ömer Kaya (Financiën), Gerben ten Cate (IenW), Rosalie N'Diaye (secretaris)"),
            ("Gast", "Dirk-Jan Vos (Open State Foundation)")]),
    ("h", "1. Stand van zaken"),
    ("p", "De voorzitter meldt dat staatssecretaris Szabó de Kamer op 1 juni informeert. In het debat van "
          "vorige week vroeg het lid Bikker (ChristenUnie) naar de achterstanden; het lid Kathmann "
          "(GroenLinks-PvdA) wil een ombudsfunctie. Omtzigt heeft een initiatiefnota aangekondigd."),
    ("p", "Het lid Kaya van de werkgroep Actieve openbaarmaking meldt dat KOOP de nieuwe PLOOI-koppeling "
          "(open.overheid.nl) in september oplevert. Mevrouw Hoekstra-van der Veen vraagt aandacht voor de "
          "lakcapaciteit bij JenV."),
    ("h", "2. Inbreng Open State Foundation"),
    ("p", "Dirk-Jan Vos presenteert het Woo-index-rapport. Ten Cate en Ter Horst zeggen toe de "
          "aanbevelingen te agenderen."),
    ("pb",),
    ("h", "3. Actielijst"),
    ("table", ["Nr", "Actie", "Wie"], [
        ["1", "Notitie lakcapaciteit", "SHvdV"],
        ["2", "Planning PLOOI-koppeling", "ÖK"],
        ["3", "Reactie Woo-index", "GtC / AtH"],
        ["4", "Verslag rondsturen via stuurgroep-woo@minbzk.nl", "RN"]]),
    ("small", "Secretariaat: Rosalie N'Diaye, 06-5120 9934, r.ndiaye@minbzk.nl"),
], [
    P("Annemarie Ter Horst", "Ter Horst", "Annemarie"),
    P("Sietske Hoekstra-van der Veen", "Hoekstra-van der Veen", "Sietske"),
    P("Ömer Kaya", "Kaya", "Ömer"),
    P("Gerben ten Cate", "ten Cate", "Ten Cate", "Gerben"),
    P("Rosalie N'Diaye", "N'Diaye", "Rosalie"),
    P("Dirk-Jan Vos", "Dirk-Jan Vos"),
    PA("SHvdV"), PA("ÖK"), PA("GtC"), PA("AtH"), PA("RN"),
    T("06-5120 9934"), E("r.ndiaye@minbzk.nl"),
], O("staatssecretaris Szabó", "het lid Bikker", "het lid Kathmann", "Omtzigt")
   + [K("FUNCTIONAL_EMAIL", "stuurgroep-woo@minbzk.nl")]
   + KK("ORG", "Open State Foundation", "KOOP", "ChristenUnie", "GroenLinks-PvdA", "BZK", "JenV", "IenW")
   + KK("PRODUCT", "PLOOI-koppeling", "open.overheid.nl")
   + KK("TERM", "Woo-index-rapport", "Actieve openbaarmaking", "initiatiefnota"),
   title="Verslag stuurgroep Woo 8-4-2025")

doc("verslag_commissiedebat_digitaal", "verslag", "reportlab", [
    ("h1", "Terugkoppeling commissiedebat Digitale Zaken, 12 juni 2025"),
    ("p", "Voor: DGDOO-staf. Opgesteld door: Marit Dijkstra (directie Digitale Samenleving)."),
    ("p", "Aanwezig namens BZK in de ambtenarenloge: Marit Dijkstra, Pieter van Haeften, Noa Ben-David "
          "(juridische zaken) en Rik Zwolle (Logius)."),
    ("h", "Verloop van het debat"),
    ("p", "Staatssecretaris Szabó beantwoordde vragen over de Algoritmeverordening, de inzet van AI bij de "
          "overheid en de opvolging van het Algoritmeregister. Het lid Six Dijkstra (NSC) vroeg om een "
          "verbod op gezichtsherkenning in de openbare ruimte. Het lid Kathmann (GroenLinks-PvdA) diende een "
          "motie in over digitale autonomie en de afhankelijkheid van Amerikaanse clouddiensten. Het lid Van "
          "Baarle (DENK) vroeg naar discriminatie door algoritmes bij DUO; het lid Dassen (Volt) naar de "
          "Europese Digitale Identiteit (EUDI-wallet)."),
    ("p", "Six Dijkstra verwees daarbij naar een interview met Marit Dijkstra in Binnenlands Bestuur; volgens de "
          "woordvoerder was dat in haar rol als projectleider en niet namens de staatssecretaris."),
    ("h", "Toezeggingen"),
    ("table", ["Nr", "Toezegging", "Trekker", "Termijn"], [
        ["T-1", "Brief over digitale autonomie en cloud", "MD", "Q3 2025"],
        ["T-2", "Reactie op motie-Kathmann", "MD / PvH", "na stemmingen"],
        ["T-3", "Overzicht algoritmes DUO", "Pieter van Haeften", "1 september"],
        ["T-4", "Juridische toets verbod gezichtsherkenning", "NBD", "Q4 2025"],
        ["T-5", "Stand van zaken Algoritmeregister bij Logius", "RZ", "1 oktober"]]),
    ("p", "Vragen: Pieter van Haeften, +31 70 426 61 05, pieter.vanhaeften@minbzk.nl. Persvragen via "
          "woordvoering@minbzk.nl of 070 426 71 71 (Voorlichting BZK)."),
], [
    P("Marit Dijkstra", "Marit Dijkstra"),
    P("Pieter van Haeften", "Pieter van Haeften"),
    P("Noa Ben-David", "Ben-David", "Noa"),
    P("Rik Zwolle", "Rik Zwolle"),
    PA("MD"), PA("PvH"), PA("NBD"), PA("RZ"),
    T("+31 70 426 61 05"), E("pieter.vanhaeften@minbzk.nl"),
], O("Staatssecretaris Szabó", "Six Dijkstra", "lid Kathmann", "motie-Kathmann", "Van Baarle", "lid Dassen")
   + [K("FUNCTIONAL_EMAIL", "woordvoering@minbzk.nl"), K("SERVICE_NUMBER", "070 426 71 71")]
   + KK("ORG", "NSC", "GroenLinks-PvdA", "DENK", "DUO", "Volt", "Binnenlands Bestuur", "Voorlichting BZK", "Logius")
   + KK("TERM", "Algoritmeverordening", "Algoritmeregister", "EUDI-wallet", "Europese Digitale Identiteit",
        "gezichtsherkenning")
   + KK("TITLE", "projectleider", "woordvoerder"),
   title="Terugkoppeling CD Digitale Zaken", author="Marit Dijkstra")


# =============================================================================================
# 6. technical / IT documents (mixed Dutch/English)
# =============================================================================================
doc("it_status_woo_platform", "it", "html", [
    ("h1", "Programma Woo-Platform - Status Report Sprint 23"),
    ("kv", [("Periode", "3 - 14 maart 2025"), ("Status", "AMBER"),
            ("Product Owner", "Hanneke Vlietstra-Koç"), ("Scrum Master", "Sven-Ole Lindqvist (Accenture)"),
            ("Lead Architect", "Kavya Iyer (Capgemini), +31 (0)6-4711 0298")]),
    ("h", "Summary"),
    ("p", "De Go-Live van de Woo-zoekmachine schuift naar 7 april. De Jenkins pipelines zijn gemigreerd naar "
          "GitLab CI; de static site wordt nu met Hugo gebouwd. Open issues: performance van de Elasticsearch-"
          "cluster op OpenShift en de SSO-koppeling met Microsoft Entra ID. De Definition of Done is aangevuld "
          "met een WCAG 2.2 AA-check."),
    ("h", "Risks & Issues"),
    ("table", ["ID", "Description", "Owner", "Status"], [
        ["R-07", "Vendor lock-in Azure DevOps; exit-strategie ontbreekt", "K. Iyer", "Open"],
        ["R-09", "Capaciteit Security Officer tijdelijk 50%", "H. Vlietstra-Koç", "Mitigated"],
        ["I-12", "Kibana dashboards tonen PII in logregels (BSN-velden)", "SOL", "In progress"],
        ["I-13", "Release Train Engineer afwezig tot 1 april", "Sven-Ole", "Accepted"]]),
    ("h", "Next steps"),
    ("p", "Sprint Review op 14 maart met de stuurgroep (voorzitter: CIO Rijk). Sven-Ole plant een Go/No-Go "
          "meeting. Kavya levert het Solution Architecture Document op. Escalaties via "
          "woo-platform-pmo@minbzk.nl."),
    ("h", "Team"),
    ("table", ["Rol", "Naam", "Contact"], [
        ["Product Owner", "Hanneke Vlietstra-Koç", "h.vlietstra-koc@minbzk.nl"],
        ["Tester", "Bart-Jan Smeets (Sogeti)", "bart-jan.smeets@sogeti.com"],
        ["UX designer", "Ngozi Eze", "+31 6 3390 1752"]]),
], [
    P("Hanneke Vlietstra-Koç", "Vlietstra-Koç", "Hanneke"),
    P("Sven-Ole Lindqvist", "Lindqvist", "Sven-Ole"),
    P("Kavya Iyer", "Iyer", "Kavya"),
    PA("SOL"),
    P("Bart-Jan Smeets", "Smeets", "Bart-Jan"), P("Ngozi Eze", "Ngozi Eze"),
    E("h.vlietstra-koc@minbzk.nl"), E("bart-jan.smeets@sogeti.com"), T("+31 6 3390 1752"),
    T("+31 (0)6-4711 0298"),
], KK("PRODUCT", "Jenkins", "GitLab CI", "Hugo", "Elasticsearch", "OpenShift", "Microsoft Entra ID",
      "Azure DevOps", "Kibana")
   + KK("ORG", "Accenture", "Capgemini", "Sogeti")
   + [K("FUNCTIONAL_EMAIL", "woo-platform-pmo@minbzk.nl")]
   + KK("TITLE", "Product Owner", "Scrum Master", "Lead Architect", "Security Officer", "Release Train Engineer",
        "CIO Rijk")
   + KK("TERM", "Go-Live", "Definition of Done", "WCAG 2.2", "Sprint Review", "Go/No-Go", "Vendor lock-in",
        "Solution Architecture Document", "AMBER", "SSO"),
   title="Status Report Sprint 23 - H. Vlietstra-Koç", mailto=True)

doc("it_pentest_mijnoverheid", "it", "reportlab", [
    ("h1", "Penetratietest MijnOverheid Berichtenbox-koppeling - Management Summary"),
    ("kv", [("Opdrachtgever", "Logius, afdeling Security"), ("Uitvoering", "Fox-IT (NCC Group)"),
            ("Testers", "Lars Vinkenoog (lead), Yara Haddad"), ("Periode", "10-21 februari 2025"),
            ("Classificatie", "Departementaal Vertrouwelijk")]),
    ("h", "Scope"),
    ("p", "Grey-box test van de API gateway (Kong), de DigiD-koppeling via SAML en de beheeromgeving. Als "
          "testaccount is de fictieve burger Jan Modaal gebruikt. Tools: Burp Suite Professional, Nmap, "
          "Nessus en Metasploit."),
    ("h", "Findings"),
    ("table", ["ID", "Finding", "CVSS", "Status"], [
        ["F-01", "IDOR in /api/v2/berichten: berichten van andere gebruikers opvraagbaar", "8.1 High", "Fixed"],
        ["F-02", "Reflected XSS in zoekveld beheerportaal", "6.1 Medium", "Retest pending"],
        ["F-03", "Verouderde PAN-OS, kwetsbaar voor CVE-2024-3400", "10.0 Critical", "Fixed"],
        ["F-04", "Geen rate limiting op eHerkenning-login", "5.3 Medium", "Accepted risk"]]),
    ("pb",),
    ("h", "Conclusie"),
    ("p", "Na retest op 3 maart resteert één Medium finding. Volgens OWASP ASVS 4.0.3 level 2 voldoet de "
          "koppeling met uitzondering van F-02. Contact: Yara Haddad, yara.haddad@fox-it.com, 06 2199 4307. "
          "Incidenten melden bij het NCSC via cert@ncsc.nl."),
    ("p", "Contactpersoon opdrachtgever: Willem-Jan Borst (Logius), 070-888 76 31, wj.borst@logius.nl."),
    ("p", "Voor akkoord, CISO Logius: (paraaf) LV/YH"),
], [
    P("Lars Vinkenoog", "Vinkenoog", "Lars"),
    P("Yara Haddad", "Haddad", "Yara"),
    PA("LV"), PA("YH"),
    E("yara.haddad@fox-it.com"), T("06 2199 4307"),
    P("Willem-Jan Borst", "Willem-Jan Borst"), T("070-888 76 31"), E("wj.borst@logius.nl"),
], KK("PRODUCT", "Kong", "DigiD", "Burp Suite Professional", "Nmap", "Nessus", "Metasploit", "PAN-OS",
      "eHerkenning", "MijnOverheid")
   + KK("ORG", "Logius", "Fox-IT", "NCC Group", "NCSC")
   + [K("FUNCTIONAL_EMAIL", "cert@ncsc.nl"), K("TERM", "Jan Modaal (fictitious test citizen)", "Jan Modaal")]
   + KK("TERM", "CVE-2024-3400", "OWASP ASVS 4.0.3", "IDOR", "XSS", "SAML", "Grey-box", "Departementaal Vertrouwelijk")
   + KK("TITLE", "CISO"),
   title="Pentest MijnOverheid - management summary", author="Lars Vinkenoog")

doc("it_requirements_brp", "it", "docx", [
    ("h1", "Requirements list - Koppeling Haal Centraal BRP Bevragen"),
    ("p", "Versie 0.9, 21 augustus 2025. Auteur: Tamara Nguyen (informatieanalist). Review: Femi Adebayo "
          "(Solution Architect, Conclusion) en Jens Kuipers (privacy officer)."),
    ("table", ["ID", "Requirement", "MoSCoW", "Owner"], [
        ["REQ-001", "The system shall retrieve persons via Haal Centraal BRP Bevragen API v2 over FSC.", "Must", "T. Nguyen"],
        ["REQ-002", "All BRP queries shall be logged with doelbinding and verwerkingsactiviteit (Verwerkingenlogging API).",
         "Must", "J. Kuipers"],
        ["REQ-003", "Secrets are stored in Azure Key Vault; no credentials in GitLab.", "Must", "F. Adebayo"],
        ["REQ-004", "Caching in Redis max. 15 minutes, no BSN in cache keys.", "Should", "TN"],
        ["REQ-005", "Uitval NLX/FSC-gateway wordt binnen 5 minuten gemeld in Splunk.", "Should", "FA"],
        ["REQ-006", "Common Ground componenten volgen de NL API Design Rules.", "Could", "Femi"],
        ["REQ-007", "Export to Excel of persoonsgegevens.", "Won't", "Tamara"]]),
    ("h", "Open questions"),
    ("p", "Mag de Kubernetes-omgeving van VNG Realisatie worden gebruikt voor de acceptatietest? Jens vraagt "
          "advies aan de FG. Contact: t.nguyen@conclusion.nl / 06 1723 8850 (Tamara), J.Kuipers@Gemeente-Ede.NL "
          "(Jens)."),
], [
    P("Tamara Nguyen", "Nguyen", "Tamara", "TN"),
    P("Femi Adebayo", "Adebayo", "Femi", "FA"),
    P("Jens Kuipers", "Kuipers", "Jens"),
    E("t.nguyen@conclusion.nl"), E("J.Kuipers@Gemeente-Ede.NL"), T("06 1723 8850"),
], KK("PRODUCT", "Haal Centraal BRP Bevragen", "Azure Key Vault", "GitLab", "Redis", "Splunk", "Kubernetes",
      "Excel")
   + KK("ORG", "Conclusion", "VNG Realisatie")
   + KK("TERM", "MoSCoW", "FSC", "NLX", "Common Ground", "NL API Design Rules", "doelbinding", "REQ-004", "FG")
   + KK("TITLE", "informatieanalist", "Solution Architect", "privacy officer"),
   title="Requirements Haal Centraal BRP", author="Tamara Nguyen")

doc("it_postmortem_storing", "it", "fpdf", [
    ("h1", "Post-mortem Major Incident INC0098812 - uitval Mijn Toeslagen"),
    ("kv", [("Datum incident", "27 januari 2025, 07:12-11:48"), ("Severity", "P1 / Major Incident"),
            ("Incident Manager", "Olumide Okafor"), ("On-call engineer", "Grace Wang (extern, Ordina)"),
            ("Auteur", "mw. dr. ir. Chantal de la Cruz")]),
    ("h", "Timeline"),
    ("pre", "07:12  PagerDuty alert: 5xx-errors op F5 BIG-IP VIP mijn-toeslagen-prd\n"
            "07:20  Grace Wang start bridge call; Olumide escaleert naar Change Advisory Board\n"
            "08:05  Root cause vermoed: verlopen TLS-certificaat op Citrix NetScaler\n"
            "09:30  Certificaat vernieuwd via Venafi; Cloudflare cache purged\n"
            "11:48  Service hersteld; monitoring in Dynatrace groen"),
    ("h", "Root cause analysis"),
    ("p", "Het certificaat was aangevraagd door een medewerker die in december uit dienst ging (G. Wang had "
          "geen toegang tot de Venafi-workflow). De IBM Watson-chatbot op de site gaf tijdens de storing "
          "verkeerde antwoorden. MTTR: 4 uur 36 minuten."),
    ("h", "Lessons learned & actions"),
    ("table", ["#", "Action", "Owner"], [
        ["1", "Certificate lifecycle alerts in Dynatrace", "O. Okafor"],
        ["2", "Runbook NetScaler bijwerken", "GW"],
        ["3", "Communicatie via Servicedesk Toeslagen (0800-0543) en X-account", "Chantal"]]),
    ("small", "Contact: chantal.delacruz@toeslagen.nl | +31 6 1988 0357 | Major Incident mailbox: mim@toeslagen.nl"),
], [
    P("Olumide Okafor", "Okafor", "Olumide"),
    P("Grace Wang", "Wang", "Grace"),
    P("Chantal de la Cruz", "de la Cruz", "Chantal"),
    PA("GW"),
    E("chantal.delacruz@toeslagen.nl"), T("+31 6 1988 0357"),
], KK("PRODUCT", "PagerDuty", "F5 BIG-IP", "Citrix NetScaler", "Venafi", "Cloudflare", "Dynatrace",
      "IBM Watson", "Mijn Toeslagen")
   + KK("ORG", "Ordina", "Servicedesk Toeslagen")
   + [K("SERVICE_NUMBER", "0800-0543"), K("FUNCTIONAL_EMAIL", "mim@toeslagen.nl")]
   + KK("TERM", "Major Incident", "INC0098812", "Change Advisory Board", "Root cause", "MTTR", "bridge call",
        "Lessons learned")
   + KK("TITLE", "Incident Manager", "On-call engineer"),
   title="Post-mortem INC0098812", author="Chantal de la Cruz")
