"""Set WS, documents ws13-ws33."""
from lib import Doc, R, K

ORG = K("ORG?", "Waterschap Zuiderveld", "Belastingsamenwerking Zuiderveld-Oost", "BSZO")
DOCS = []

# ws13 hearing report (docx, 2 pages) ------------------------------------------------------------
DOCS.append(Doc("ws13-verslag-hoorzitting", "Verslag hoorzitting bezwaren kwijtschelding 20 mei 2025", [
    ("h", "Verslag hoorzitting adviescommissie bezwaarschriften BSZO"),
    ("p", "Datum: dinsdag 20 mei 2025, 13.30-16.15 uur\nLocatie: vergaderzaal De IJssel, Hanzeweg 40, Deventer\nZaken: KW-2025-11873, KW-2025-13015"),
    ("t", [["Aanwezig", "Rol"],
           ["mr. E.C. Hofstede-van Dam", "voorzitter (extern lid)"],
           ["drs. W. Oude Luttikhuis", "lid (extern)"],
           ["F.J. Dijkhuis", "secretaris (BSZO, Juridische Zaken)"],
           ["I. Brinkhuis", "namens de invorderingsambtenaar"],
           ["Tolk: E. Aydın", "tolk Turks (niet ingezet)"]]),
    ("h2", "1. Zaak KW-2025-11873 (mevrouw Wolters-Bakker)"),
    ("p", "Mevrouw Wolters-Bakker is verschenen, bijgestaan door haar echtgenoot, de heer R. Wolters. Zij licht toe dat "
          "haar zoon Milan (13) vanwege een chronische darmziekte (ziekte van Crohn) wekelijks een behandeling krijgt in "
          "het Isala-ziekenhuis in Zwolle en dat het openbaar vervoer vanuit Raalte op die tijden niet rijdt. De "
          "auto is volgens haar daarom onmisbaar. Het spaargeld dient voor de eigen bijdrage Wmo."),
    ("p", "Mevrouw Brinkhuis stelt namens de invorderingsambtenaar dat de noodzaak van de auto bij de aanvraag niet "
          "is onderbouwd. Na de zitting zal de medische verklaring alsnog worden beoordeeld. De voorzitter wijst op "
          "artikel 12, lid 2, onderdeel a, van de Uitvoeringsregeling Invorderingswet 1990."),
    ("h2", "2. Zaak KW-2025-13015 (de heer Van 't Hul)"),
    ("p", "De heer Van 't Hul (80) is verschenen met zijn buurman, de heer Gert Nijland, die het woord voert. De "
          "uitvaartverzekering van DELA mag volgens hem niet meetellen. De secretaris deelt mee dat de "
          "invorderingsambtenaar dit punt inmiddels heeft erkend. Over de betalingscapaciteit wordt geen nieuwe "
          "informatie gegeven. Mevrouw Hofstede-van Dam sluit dit deel om 15.40 uur."),
    ("pb",),
    ("h2", "3. Advies (concept, ter vaststelling)"),
    ("p", "KW-2025-11873: de commissie adviseert het bezwaar gegrond te verklaren, indien de medische verklaring de "
          "noodzaak van de auto bevestigt; kwijtschelding voor 100%. KW-2025-13015: bezwaar ongegrond voor zover het "
          "de betalingscapaciteit betreft; de commissie adviseert een betalingsregeling in twaalf termijnen."),
    ("h2", "4. Afspraken"),
    ("t", [["Nr.", "Actie", "Wie", "Wanneer"],
           ["1", "Medische verklaring Milan opvragen via mevrouw Wolters-Bakker", "IB", "27 mei 2025"],
           ["2", "Conceptadvies naar commissieleden", "FJD", "3 juni 2025"],
           ["3", "Terugkoppeling aan Waterschap Zuiderveld (rapportage AB)", "FJD", "juni 2025"]]),
    ("p", "Vastgesteld door de voorzitter op 3 juni 2025.\nSecretaris: F.J. Dijkhuis, f.dijkhuis@bszo.nl, 088 233 45 61"),
], [
    R("PERSON", "E.C. Hofstede-van Dam", "Hofstede-van Dam"),
    R("PERSON", "W. Oude Luttikhuis", "Oude Luttikhuis"),
    R("PERSON", "F.J. Dijkhuis", "Dijkhuis"),
    R("PERSON", "Ilse Brinkhuis", "Brinkhuis"),
    R("PERSON", "E. Aydın", "Aydın"),
    R("PERSON", "Saskia Wolters-Bakker", "Wolters-Bakker"),
    R("PERSON", "R. Wolters", "R. Wolters"),
    R("PERSON", "Milan Wolters", "Milan"),
    R("HEALTH", "ziekte van Crohn", "ziekte van Crohn", "chronische darmziekte"),
    R("PERSON", "J.W. van 't Hul", "Van 't Hul"),
    R("PERSON", "Gert Nijland", "Gert Nijland"),
    R("PARAPH", "IB", "IB"), R("PARAPH", "FJD", "FJD"),
    R("EMAIL", "f.dijkhuis@bszo.nl"), R("PHONE", "088 233 45 61"),
], [ORG, K("REF", "KW-2025-11873", "KW-2025-13015"), K("ADDRESS_PUBLIC", "Hanzeweg 40"), K("PLACE", "Zwolle", "Raalte"),
    K("ORG", "Isala-ziekenhuis", "DELA"), K("LAW", "Uitvoeringsregeling Invorderingswet 1990", "Wmo"),
    K("FUNCTION", "voorzitter (extern lid)", "secretaris", "invorderingsambtenaar"), K("TERM", "betalingsregeling",
    "adviescommissie bezwaarschriften", "De IJssel")],
    kind="docx", producer="lo", author="F.J. Dijkhuis"))

# ws14 Teams chat ---------------------------------------------------------------------------------
DOCS.append(Doc("ws14-teams-chat", "Teams-chat team Kwijtschelding mei 2025", [
    ("h", "Microsoft Teams - chat 'Kwijtschelding bezwaren' (export)"),
    ("p", "Deelnemers: Ilse Brinkhuis, Noor el Idrissi, Frank Dijkhuis, Marco Scholten-Lansink"),
    ("t", [["Tijd", "Afzender", "Bericht"],
           ["20-05 09:02", "Noor el Idrissi", "Ilse, heb jij de stukken van Wolters voor de zitting van vanmiddag?"],
           ["20-05 09:04", "Ilse Brinkhuis", "ja, ligt in de map. Die medische verklaring van het zoontje hebben we nog steeds niet"],
           ["20-05 09:05", "Frank Dijkhuis", "Els (voorzitter) wil om 13.15 even voorbespreken, kamer 2.14"],
           ["20-05 09:07", "Noor el Idrissi", "Top. Bij 't Hul komt de buurman mee, die heeft gisteren drie keer gebeld 🙃"],
           ["20-05 09:08", "Marco Scholten-Lansink", "Noortje, DELA-polis laten vallen, dat is beleid sinds de Leidraad-wijziging"],
           ["20-05 09:10", "Ilse Brinkhuis", "@Marco ok. En Yılmaz is rond, Priscilla heeft de bankverklaring gestuurd"],
           ["20-05 16:22", "Frank Dijkhuis", "Zitting klaar. Advies Wolters: gegrond onder voorwaarde. Verslag volgt"],
           ["20-05 16:25", "Marco Scholten-Lansink", "thx Frankie. Graag ook even Jorien (WZV) informeren ivm de AB-vragen"]], [22, 38, 105]),
    ("p", "Geëxporteerd op 12-02-2026 voor Woo-verzoek WZV-WOO-2026-003 door functioneel beheer BSZO."),
], [
    R("PERSON", "Ilse Brinkhuis", "Ilse Brinkhuis", "Ilse"),
    R("PERSON", "Noor el Idrissi", "Noor el Idrissi", "Noortje"),
    R("PERSON", "Frank Dijkhuis", "Frank Dijkhuis", "Frankie"),
    R("PERSON", "Marco Scholten-Lansink", "Marco Scholten-Lansink", "Marco"),
    R("PERSON", "Saskia Wolters-Bakker", "Wolters"),
    R("PERSON", "E.C. Hofstede-van Dam", "Els"),
    R("PERSON", "J.W. van 't Hul", "'t Hul"),
    R("PERSON", "Mehmet Yılmaz", "Yılmaz"),
    R("PERSON", "Priscilla Doornbos", "Priscilla"),
    R("PERSON", "Jorien Kamphuis", "Jorien"),
], [K("PRODUCT", "Microsoft Teams"), K("ORG", "DELA", "BSZO", "WZV"), K("REF", "WZV-WOO-2026-003"),
    K("TERM", "medische verklaring", "bankverklaring", "functioneel beheer", "AB-vragen", "Leidraad-wijziging"),
    K("ROOM", "kamer 2.14")],
    font="DejaVuSansCond", producer="rl"))

# ws15 uitspraak op bezwaar Wolters (2 pages) ------------------------------------------------------
DOCS.append(Doc("ws15-uitspraak-wolters", "Uitspraak op bezwaar KW-2025-11873", [
    ("p", "Belastingsamenwerking Zuiderveld-Oost\nnamens Waterschap Zuiderveld\nPostbus 1420, 7400 BK Deventer"),
    ("p", "Aangetekend\nMevrouw S.M. Wolters-Bakker\nLindeboomstraat 14b\n8102 EK Raalte"),
    ("p", "Datum: 17 juni 2025\nKenmerk: BZ-2025-0412 / KW-2025-11873\nBehandelaar: N. el Idrissi, telefoon 088 233 45 09"),
    ("p", "Onderwerp: uitspraak op uw bezwaar tegen de afwijzing van kwijtschelding"),
    ("p", "Geachte mevrouw Wolters-Bakker,"),
    ("p", "Op 28 maart 2025 ontvingen wij uw handgeschreven bezwaarschrift tegen onze beschikking van 14 maart 2025. "
          "U bent op 20 mei 2025 gehoord door de adviescommissie bezwaarschriften. Na de hoorzitting heeft u een "
          "verklaring van de behandelend kinderarts van het Isala-ziekenhuis gestuurd. Wij nemen het advies van de "
          "commissie over."),
    ("h2", "Overwegingen"),
    ("p", "Op grond van artikel 12, lid 2, onderdeel a, Uitvoeringsregeling Invorderingswet 1990 blijft een auto buiten "
          "het vermogen als die onmisbaar is vanwege ziekte of invaliditeit van een lid van het huishouden. Uit de "
          "verklaring blijkt dat uw zoon wekelijks naar het ziekenhuis moet en dat openbaar vervoer geen reëel "
          "alternatief is. Het saldo van uw spaarrekening (€ 1.940,22) valt na aftrek van de vrijlating "
          "voor buffer onder de vermogensnorm."),
    ("p", "Ten overvloede merken wij op dat de afwijzing in maart in lijn was met de werkinstructie, maar dat die "
          "instructie ten onrechte geen vraag naar de noodzaak van een auto bevatte. De werkinstructie is inmiddels "
          "aangepast (versie 4, juni 2025)."),
    ("pb",),
    ("h2", "Uitspraak"),
    ("p", "Wij verklaren uw bezwaar gegrond, herroepen de beschikking van 14 maart 2025 en verlenen kwijtschelding voor "
          "het volledige bedrag van € 430,02 van aanslag 3109.47.221.0018. Een eventueel teveel betaald bedrag "
          "storten wij binnen zes weken terug op rekening NL34 RABO 7489 6680 09."),
    ("h2", "Beroep"),
    ("p", "Tegen deze uitspraak staat geen beroep open: op grond van artikel 26 Invorderingswet 1990 is de beslissing "
          "op een verzoek om kwijtschelding niet vatbaar voor beroep bij de bestuursrechter. U kunt wel een klacht "
          "indienen bij de Nationale ombudsman."),
    ("p", "Hoogachtend,\nde invorderingsambtenaar van Waterschap Zuiderveld,\nnamens deze,\n\nM.A. Scholten-Lansink\nteamleider Invordering"),
], [
    R("PERSON", "Saskia Wolters-Bakker", "Wolters-Bakker", "S.M. Wolters-Bakker"),
    R("ADDRESS", "Lindeboomstraat 14b, 8102 EK", "Lindeboomstraat 14b", "8102 EK"),
    R("PERSON", "Noor el Idrissi", "el Idrissi", "N. el Idrissi"),
    R("PHONE", "088 233 45 09"),
    R("ID", "3109.47.221.0018"), R("IBAN", "NL34 RABO 7489 6680 09"),
    R("PERSON", "Marco Scholten-Lansink", "Scholten-Lansink", "M.A. Scholten-Lansink"),
], [ORG, K("REF", "BZ-2025-0412", "KW-2025-11873"), K("ORG", "Isala-ziekenhuis", "Nationale ombudsman"),
    K("LAW", "Uitvoeringsregeling Invorderingswet 1990", "Invorderingswet 1990", "artikel 26"),
    K("FUNCTION", "invorderingsambtenaar", "teamleider Invordering", "adviescommissie bezwaarschriften"),
    K("DATE", "17 juni 2025", "14 maart 2025", "20 mei 2025"), K("ADDRESS_PUBLIC", "Postbus 1420"),
    K("TERM", "werkinstructie", "vermogensnorm")],
    font="Times-Roman", producer="itext"))

# ws16 mails Małecka -----------------------------------------------------------------------------
DOCS.append(Doc("ws16-mail-malecka", "Kwijtschelding - pytanie / vraag", [
    ("hdr", ["Van: Kwijtschelding BSZO <kwijtschelding@bszo.nl>", "Verzonden: maandag 12 mei 2025 10:31",
             "Aan: krystyna.małecka@wp.pl", "Onderwerp: RE: Kwijtschelding - vraag over afwijzing"]),
    ("p", "Beste mevrouw Małecka,"),
    ("p", "U vraagt waarom uw verzoek om kwijtschelding (KW-2025-13377) is afgewezen. Uit de gegevens van het "
          "Inlichtingenbureau blijkt dat u in januari en februari 2025 loon ontving van uitzendbureau Otto Work Force "
          "boven de bijstandsnorm. Als uw inkomen sindsdien is gedaald, kunt u binnen zes weken bezwaar maken en uw "
          "loonstroken van maart en april meesturen. U kunt ook bellen met 088 233 44 00; een tolk Pools is "
          "beschikbaar via de Tolkentelefoon."),
    ("p", "Met vriendelijke groet,\nTamara Kuipers-Ozturk\nKlantcontact BSZO"),
    ("hdr", ["Van: Krystyna Małecka <krystyna.małecka@wp.pl>", "Verzonden: zaterdag 10 mei 2025 21:47",
             "Aan: kwijtschelding@bszo.nl", "Onderwerp: Kwijtschelding - vraag over afwijzing"]),
    ("p", "Goedenavond,"),
    ("p", "Ik heb een brief gekregen dat ik geen kwijtschelding krijg voor waterschap. Ik werk niet meer sinds maart "
          "(contract gestopt). Ik woon Assendorperstraat 51, 8012 CB Zwolle, met mijn dochter Ola (7 jaar). "
          "Mijn BSN is 392959604. Mijn telefoon 0031 6 4418 2093. Kan ik nog iets doen? Przepraszam voor mijn Nederlands."),
    ("p", "Krystyna Małecka"),
], [
    R("PERSON", "Krystyna Małecka", "Krystyna Małecka", "Małecka", "Krystyna"),
    R("EMAIL", "krystyna.małecka@wp.pl"),
    R("ADDRESS", "Assendorperstraat 51, 8012 CB", "Assendorperstraat 51", "8012 CB"),
    R("PERSON", "Ola", "Ola"),
    R("BSN", "392959604"),
    R("PHONE", "0031 6 4418 2093"),
    R("PERSON", "Tamara Kuipers-Ozturk", "Kuipers-Ozturk", "Tamara"),
], [K("EMAIL", "kwijtschelding@bszo.nl"), K("ORG", "BSZO", "Inlichtingenbureau", "Otto Work Force", "Tolkentelefoon"),
    K("REF", "KW-2025-13377"), K("PHONE_PUBLIC", "088 233 44 00"), K("PLACE", "Zwolle"),
    K("TERM", "bijstandsnorm", "Klantcontact BSZO", "loonstroken")],
    font="DejaVuSans", producer="outlook"))

# ws17 invoice interpreter (sole trader) ----------------------------------------------------------
DOCS.append(Doc("ws17-factuur-tolk", "Factuur 2025-061 Tolk- en vertaalpraktijk Aydın", [
    ("h", "FACTUUR"),
    ("p", "Tolk- en vertaalpraktijk Aydın\nEmre Aydın, beëdigd tolk Turks-Nederlands (Wbtv 20417)\nKeizerstraat 88, 7411 HJ Deventer\n"
          "06-55 30 12 78 | emre@tolkaydin.nl\nKvK 71234590 | btw NL002287431B55 | IBAN NL84 TRIO 9790 1883 50"),
    ("p", "Aan: Belastingsamenwerking Zuiderveld-Oost\nt.a.v. crediteurenadministratie\nPostbus 1420, 7400 BK Deventer\nInkoopordernummer: IO-BSZO-2025-0388"),
    ("t", [["Datum", "Omschrijving", "Uren", "Tarief", "Bedrag"],
           ["20-05-2025", "Beschikbaarheid hoorzitting adviescommissie bezwaarschriften (zaak KW-2025-12240)", "2,0", "€ 58,50", "€ 117,00"],
           ["20-05-2025", "Reiskosten (12 km x € 0,23)", "", "", "€ 2,76"],
           ["", "Subtotaal", "", "", "€ 119,76"], ["", "Btw 21%", "", "", "€ 25,15"], ["", "Totaal", "", "", "€ 144,91"]],
     [22, 80, 14, 20, 22]),
    ("p", "Factuurnummer: 2025-061 | Factuurdatum: 26 mei 2025 | Betaling binnen 30 dagen o.v.v. factuurnummer."),
    ("p", "Tarief conform Besluit tarieven in strafzaken 2003 is niet van toepassing; tarief volgens raamovereenkomst "
          "tolkdiensten BSZO 2024-2026."),
], [
    R("PERSON", "Emre Aydın", "Emre Aydın", "Aydın", "Emre"),
    R("ID", "Wbtv 20417", "20417"),
    R("ADDRESS", "Keizerstraat 88, 7411 HJ", "Keizerstraat 88", "7411 HJ"),
    R("PHONE", "06-55 30 12 78"), R("EMAIL", "emre@tolkaydin.nl"),
    R("KVK", "71234590"), R("VAT", "NL002287431B55"), R("IBAN", "NL84 TRIO 9790 1883 50"),
], [K("ORG", "Belastingsamenwerking Zuiderveld-Oost"), K("REF", "IO-BSZO-2025-0388", "KW-2025-12240", "2025-061"),
    K("LAW", "Besluit tarieven in strafzaken 2003"), K("ADDRESS_PUBLIC", "Postbus 1420"), K("AMOUNT", "€ 144,91", "€ 117,00"),
    K("TERM", "crediteurenadministratie", "raamovereenkomst", "adviescommissie bezwaarschriften")],
    font="DejaVuSans", producer="nitro"))

# ws18 bewindvoerder letter -------------------------------------------------------------------------
DOCS.append(Doc("ws18-brief-bewindvoerder", "Verzoek kwijtschelding onder bewind - ter Braake", [
    ("p", "HAVERKAMP BEWINDVOERING\nG.J. Haverkamp, bewindvoerder\nKanaaldijk 7, 8131 PL Wijhe | 0570 - 52 14 66\ninfo@haverkampbewind.nl | KvK 60417725"),
    ("p", "Belastingsamenwerking Zuiderveld-Oost\nteam Kwijtschelding\nPostbus 1420\n7400 BK Deventer"),
    ("p", "Wijhe, 19 juni 2025\nBetreft: cliënt D.J. ter Braake, geboren 05-12-1991, BSN 402484319"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Bij beschikking van de kantonrechter te Zwolle van 4 februari 2025 ben ik benoemd tot beschermingsbewindvoerder "
          "over de goederen van de heer Dirk-Jan ter Braake, wonende Burgemeester Van Walsumlaan 20, Olst. Cliënt "
          "ontvangt een Wajong-uitkering en heeft geen vermogen. Ik verzoek u om kwijtschelding van de aanslag "
          "waterschapsbelastingen 2025 (aanslagnummer 3109.47.318.2261) en om automatische kwijtschelding voor de "
          "komende jaren via het Inlichtingenbureau."),
    ("p", "Het saldo van de beheerrekening NL96 RABO 9378 3275 09 blijft onder de vrijlatingsgrens. De "
          "uitkeringsspecificatie van UWV en de beschikking van de rechtbank Overijssel zijn bijgevoegd."),
    ("p", "Hoogachtend,\n\nGerrit-Jan Haverkamp\nbeschermingsbewindvoerder (lid BPBI)"),
], [
    R("PERSON", "Gerrit-Jan Haverkamp", "Gerrit-Jan Haverkamp", "G.J. Haverkamp"),
    R("ADDRESS", "Kanaaldijk 7, 8131 PL", "Kanaaldijk 7", "8131 PL"),
    R("PHONE", "0570 - 52 14 66"), R("KVK", "60417725"),
    R("PERSON", "Dirk-Jan ter Braake", "ter Braake", "Dirk-Jan", "D.J. ter Braake"),
    R("DATE_OF_BIRTH", "05-12-1991"), R("BSN", "402484319"),
    R("ADDRESS", "Burgemeester Van Walsumlaan 20", "Burgemeester Van Walsumlaan 20"),
    R("HEALTH", "Wajong-uitkering", "Wajong-uitkering"),
    R("ID", "3109.47.318.2261"), R("IBAN", "NL96 RABO 9378 3275 09"),
    R("ORG_SOLE_TRADER", "HAVERKAMP BEWINDVOERING", "HAVERKAMP"), R("EMAIL", "info@haverkampbewind.nl"),
], [K("ORG", "Belastingsamenwerking Zuiderveld-Oost", "Inlichtingenbureau", "UWV", "BPBI",
    "rechtbank Overijssel"), K("PLACE", "Wijhe", "Zwolle", "Olst"),
    K("FUNCTION", "beschermingsbewindvoerder", "kantonrechter"), K("TERM", "automatische kwijtschelding", "beheerrekening",
    "vrijlatingsgrens"), K("DATE", "19 juni 2025")],
    font="Times-Roman", producer="word"))

# ws19 beslisnota ----------------------------------------------------------------------------------
DOCS.append(Doc("ws19-beslisnota-db", "Beslisnota DB - evaluatie kwijtscheldingsbeleid", [
    ("h", "Beslisnota dagelijks bestuur Waterschap Zuiderveld"),
    ("t", [["Aan", "dagelijks bestuur"], ["Van", "afdeling Bestuurszaken, J. Kamphuis"], ["Datum", "1 juli 2025"],
           ["Kenmerk", "WZV/DB/2025/117"], ["Portefeuillehouder", "heemraad Gülsen Karaca"],
           ["Contactpersoon", "Jorien Kamphuis, 06 - 13 72 40 95, j.kamphuis@zuiderveld.nl"]], [40, 120]),
    ("h2", "Aanleiding"),
    ("p", "In 2025 wees de BSZO 3.412 verzoeken om kwijtschelding van waterschapsbelastingen af (2024: 2.618). "
          "Het aantal bezwaren steeg met 41%. De AB-leden Otten (Water Natuurlijk) en Hulshof (VVD) hebben op 12 juni "
          "2025 schriftelijke vragen gesteld. Heemraad Karaca zegde in de AB-vergadering van 25 juni 2025 een evaluatie toe."),
    ("h2", "Geadviseerd besluit"),
    ("p", "Het dagelijks bestuur wordt gevraagd: 1. in te stemmen met de beantwoording van de vragen door dijkgraaf "
          "Rouwenhorst; 2. de BSZO te verzoeken de werkinstructie over auto's en vermogen van minderjarigen aan te "
          "passen; 3. de Kwijtscheldingsregeling Waterschap Zuiderveld 2023 te laten evalueren door de Unie van Waterschappen-werkgroep."),
    ("h2", "Kern"),
    ("p", "De stijging komt vooral door de vermogenstoets: auto's en spaarrekeningen van kinderen werden zonder nadere "
          "vraag als vermogen aangemerkt. In circa 60% van de gehoorde zaken werd het bezwaar (gedeeltelijk) gegrond verklaard."),
    ("pb",),
    ("h2", "Paraaf"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"], ["J. Kamphuis", "bestuursadviseur", "JK", "1-7-2025"],
           ["H.P. Sanders", "afdelingshoofd Bestuurszaken", "HPS", "2-7-2025"], ["L. Verbeek-Nijhof", "secretaris-directeur", "LVN", "2-7-2025"]], [40, 60, 25, 30]),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Niet van toepassing."),
], [
    R("PERSON", "Jorien Kamphuis", "Kamphuis", "Jorien", "J. Kamphuis"),
    R("PHONE", "06 - 13 72 40 95"), R("EMAIL", "j.kamphuis@zuiderveld.nl"),
    R("PERSON", "H.P. Sanders", "Sanders"), R("PERSON", "L. Verbeek-Nijhof", "Verbeek-Nijhof"),
    R("PARAPH", "JK", "JK"), R("PARAPH", "HPS", "HPS"), R("PARAPH", "LVN", "LVN"),
], [ORG, K("PERSON_PUBLIC", "heemraad Gülsen Karaca", "Heemraad Karaca", "Otten", "Hulshof", "Rouwenhorst"),
    K("ORG", "Water Natuurlijk", "VVD", "Unie van Waterschappen"), K("REF", "WZV/DB/2025/117"),
    K("FUNCTION", "bestuursadviseur", "afdelingshoofd Bestuurszaken", "secretaris-directeur", "Portefeuillehouder"),
    K("LAW", "Kwijtscheldingsregeling Waterschap Zuiderveld 2023"), K("TERM", "vermogenstoets", "werkinstructie")],
    font="DejaVuSans", producer="word"))

# ws20 AB questions -----------------------------------------------------------------------------------
DOCS.append(Doc("ws20-vragen-ab-leden", "Schriftelijke vragen AB-leden over afwijzingen kwijtschelding", [
    ("h", "Schriftelijke vragen ex artikel 52 Reglement van orde algemeen bestuur"),
    ("p", "Aan: de dijkgraaf van Waterschap Zuiderveld, de heer mr. A.J. Rouwenhorst\nVan: AB-lid Marleen Otten (Water Natuurlijk) en AB-lid Pieter Hulshof (VVD)\nDatum: 12 juni 2025"),
    ("p", "Onderwerp: afwijzing kwijtschelding bij gezinnen met een auto of spaargeld voor kinderen"),
    ("p", "In de Stentor van 7 juni 2025 lazen wij dat gezinnen in Raalte en Deventer geen kwijtschelding van "
          "waterschapsbelasting kregen omdat de auto of de spaarrekening van een kind als vermogen werd meegeteld. "
          "Ook de Sociaal Raadsliedenwerk Deventer en de Stadsbank Oost Nederland signaleren dit."),
    ("p", "1. Hoeveel verzoeken om kwijtschelding zijn in 2024 en 2025 afgewezen, en om welke reden?\n"
          "2. Hoeveel bezwaren zijn ingediend en hoeveel zijn gegrond verklaard?\n"
          "3. Is de dijkgraaf het met ons eens dat een auto die nodig is voor medische behandeling van een kind niet als vermogen mag tellen?\n"
          "4. Deelt de dijkgraaf de opvatting dat spaargeld van minderjarigen geen vermogen van de ouders is?\n"
          "5. Is het dagelijks bestuur bereid de kwijtscheldingsnormen te verruimen tot 110% van de bijstandsnorm, zoals Waterschap Vallei en Veluwe heeft gedaan?"),
    ("p", "Marleen Otten, fractievoorzitter Water Natuurlijk\nPieter Hulshof, AB-lid VVD"),
], [], [ORG, K("PERSON_PUBLIC", "Rouwenhorst", "Marleen Otten", "Pieter Hulshof"), K("ORG", "Water Natuurlijk", "VVD",
    "Stadsbank Oost Nederland", "Sociaal Raadsliedenwerk Deventer", "Waterschap Vallei en Veluwe", "Stentor"),
    K("LAW", "artikel 52", "Reglement van orde algemeen bestuur"), K("PLACE", "Raalte"), K("FUNCTION", "fractievoorzitter", "AB-lid"),
    K("TERM", "bijstandsnorm", "kwijtscheldingsnormen")],
    font="Times-Roman", producer="word"))

# ws21 answer dijkgraaf (metadata author hidden) -------------------------------------------------------
DOCS.append(Doc("ws21-antwoord-dijkgraaf", "Beantwoording schriftelijke vragen Otten en Hulshof", [
    ("h", "Antwoord van de dijkgraaf op de vragen van de AB-leden Otten en Hulshof"),
    ("p", "Datum: 8 juli 2025 | Kenmerk: WZV/AB/2025/088"),
    ("p", "Antwoord 1. In 2024 zijn 2.618 en in 2025 3.412 verzoeken afgewezen; in 2025 was in 1.207 gevallen het vermogen "
          "de reden, in 1.890 gevallen de betalingscapaciteit en in 315 gevallen een onvolledige aanvraag."),
    ("p", "Antwoord 2. Er zijn in 2025 412 bezwaren ingediend; 96 zijn gehoord door de adviescommissie. 58 bezwaren zijn "
          "(gedeeltelijk) gegrond verklaard."),
    ("p", "Antwoord 3. Ja. De Uitvoeringsregeling Invorderingswet 1990 laat een auto buiten het vermogen als die onmisbaar "
          "is. De werkinstructie van de BSZO vroeg daar niet naar; dat is per juni 2025 hersteld."),
    ("p", "Antwoord 4. Ja, mits de ouders er niet over kunnen beschikken. Dit is in de werkinstructie verduidelijkt."),
    ("p", "Antwoord 5. Verruiming tot 110% is op grond van artikel 26 Invorderingswet 1990 alleen mogelijk voor de kosten van "
          "bestaan en vergt een wijziging van de kwijtscheldingsregeling. Het dagelijks bestuur betrekt dit bij de evaluatie "
          "die heemraad Karaca heeft toegezegd en komt daarop terug in de commissie Bestuur en Middelen van november 2025."),
    ("p", "De dijkgraaf van Waterschap Zuiderveld,\nmr. A.J. Rouwenhorst"),
    ("p", "Voor vragen over de beantwoording: bestuurssecretariaat@zuiderveld.nl of 088 233 44 00."),
], [
    R("PERSON", "Hendrika ter Welle", "ter Welle", "Hendrika", channel="metadata"),
], [ORG, K("PERSON_PUBLIC", "Otten", "Hulshof", "A.J. Rouwenhorst", "heemraad Karaca"), K("REF", "WZV/AB/2025/088"),
    K("LAW", "Uitvoeringsregeling Invorderingswet 1990", "artikel 26 Invorderingswet 1990"),
    K("EMAIL", "bestuurssecretariaat@zuiderveld.nl"), K("PHONE_PUBLIC", "088 233 44 00"),
    K("ORG", "commissie Bestuur en Middelen"), K("TERM", "werkinstructie", "betalingscapaciteit", "adviescommissie")],
    kind="docx", producer="lo", author="Hendrika ter Welle"))

# ws22 overview of pending objections -----------------------------------------------------------------
DOCS.append(Doc("ws22-overzicht-bezwaren", "Overzicht lopende bezwaren kwijtschelding Q2 2025", [
    ("h", "Overzicht lopende bezwaren kwijtschelding - peildatum 30 juni 2025"),
    ("p", "Bron: Key2Belastingen, selectie 'bezwaar kwijtschelding status open', aangevuld door team Bezwaar. Alleen voor intern gebruik."),
    ("t", [["Bezwaarnr.", "Belastingplichtige", "Woonplaats", "Ontvangen", "Behandelaar", "Status"],
           ["BZ-2025-0412", "Wolters-Bakker, S.M.", "Raalte", "28-03-2025", "NEI", "uitspraak 17-06"],
           ["BZ-2025-0431", "Yılmaz, M.", "Deventer", "02-04-2025", "IB", "gegrond, geen zitting"],
           ["BZ-2025-0447", "van 't Hul, J.W.", "Olst", "15-04-2025", "NEI", "advies commissie"],
           ["BZ-2025-0466", "Małecka, K.", "Zwolle", "19-05-2025", "TKO", "wacht op stukken"],
           ["BZ-2025-0470", "Ouédraogo, Aminata", "Deventer", "21-05-2025", "IB", "hoorzitting 15-07"],
           ["BZ-2025-0488", "de Graaf-Schuurman, W.", "Wijhe", "30-05-2025", "NEI", "hoorzitting 15-07"],
           ["BZ-2025-0502", "Bosch, Thijmen", "Raalte", "11-06-2025", "MSL", "niet-ontvankelijk (termijn)"],
           ["BZ-2025-0519", "ter Braake, D.J.", "Olst", "23-06-2025", "IB", "in behandeling"]], [24, 40, 22, 22, 22, 38]),
    ("p", "Legenda behandelaars: zie teamrooster. Termijn voor een uitspraak: zes weken na afloop van de bezwaartermijn, "
          "te verlengen met zes weken (artikel 7:10 Algemene wet bestuursrecht)."),
], [
    R("PERSON", "Saskia Wolters-Bakker", "Wolters-Bakker, S.M."), R("PERSON", "Mehmet Yılmaz", "Yılmaz, M."),
    R("PERSON", "J.W. van 't Hul", "van 't Hul, J.W."), R("PERSON", "Krystyna Małecka", "Małecka, K."),
    R("PERSON", "Aminata Ouédraogo", "Ouédraogo", "Aminata"), R("PERSON", "W. de Graaf-Schuurman", "de Graaf-Schuurman"),
    R("PERSON", "Thijmen Bosch", "Bosch, Thijmen", "Thijmen"), R("PERSON", "D.J. ter Braake", "ter Braake, D.J."),
    R("PARAPH", "NEI", "NEI"), R("PARAPH", "IB", "IB"), R("PARAPH", "TKO", "TKO"), R("PARAPH", "MSL", "MSL"),
], [K("REF", "BZ-2025-0412", "BZ-2025-0431", "BZ-2025-0447", "BZ-2025-0466", "BZ-2025-0470", "BZ-2025-0488",
    "BZ-2025-0502", "BZ-2025-0519"), K("PLACE", "Raalte", "Deventer", "Olst", "Zwolle", "Wijhe"),
    K("PRODUCT", "Key2Belastingen"), K("LAW", "artikel 7:10 Algemene wet bestuursrecht"), K("TERM", "team Bezwaar", "teamrooster")],
    font="DejaVuSansCond", producer="itext"))

# ws23 WhatsApp export ---------------------------------------------------------------------------------
DOCS.append(Doc("ws23-whatsapp-team", "WhatsApp-export groep Team Invordering", [
    ("h", "WhatsApp-chat met 'Team Invordering BSZO' (export .txt, omgezet)"),
    ("p", "[14-07-25 08:12] Marco S-L: Morgen hoorzitting Ouédraogo en De Graaf, wie gaat er?\n"
          "[14-07-25 08:15] Ilse: Ik ga, Noor heeft vrij\n"
          "[14-07-25 08:16] Tamara KO: Mevrouw Ouédraogo belde net, ze neemt haar zus mee als tolk Frans\n"
          "[14-07-25 08:20] Marco S-L: prima. Tolk Aydın hoeft dus niet\n"
          "[14-07-25 08:21] Ilse: 👍 ik bel hem af. Zijn nummer staat in de raamovereenkomst\n"
          "[14-07-25 12:40] Rick (FB): Key2 ligt er vanmiddag tussen 13 en 14 uur uit voor de patch 2025.3\n"
          "[14-07-25 12:41] Tamara KO: Rick, kan de export voor de Woo-coördinator daarna nog?\n"
          "[14-07-25 12:45] Rick (FB): ja, morgen. Annelies heeft 'm donderdag\n"
          "[14-07-25 17:03] Ilse: iemand mijn oplader gezien? 06-83 21 77 50 als je 'm vindt 😅"),
    ("p", "Export aangemaakt 11-02-2026, bijlagen niet meegenomen."),
], [
    R("PERSON", "Marco Scholten-Lansink", "Marco S-L"), R("PERSON", "Ilse Brinkhuis", "Ilse"),
    R("PERSON", "Noor el Idrissi", "Noor"), R("PERSON", "Tamara Kuipers-Ozturk", "Tamara KO", "Tamara"),
    R("PERSON", "Aminata Ouédraogo", "Ouédraogo"), R("PERSON", "W. de Graaf-Schuurman", "De Graaf"),
    R("PERSON", "Emre Aydın", "Aydın"), R("PERSON", "Rick", "Rick"), R("PERSON", "Annelies Weustink", "Annelies"),
    R("PHONE", "06-83 21 77 50"),
], [K("ORG", "BSZO"), K("PRODUCT", "Key2"), K("TERM", "hoorzitting", "raamovereenkomst", "patch 2025.3", "Woo-coördinator", "tolk Frans"),
    K("GROUP", "Team Invordering BSZO")],
    font="DejaVuSans", producer="pdfpen"))

# ws24 legal memo with sticky notes --------------------------------------------------------------------
DOCS.append(Doc("ws24-notitie-vermogen", "Juridische notitie vermogen minderjarigen en auto", [
    ("h", "Notitie: vermogen van minderjarigen en de onmisbare auto bij kwijtschelding"),
    ("p", "Van: team Juridische Zaken BSZO | Aan: MT BSZO | Datum: 28 mei 2025 | Kenmerk: JZ-2025-031"),
    ("p", "1. Vraag. Mag de invorderingsambtenaar het saldo van een spaarrekening op naam van een minderjarig kind tot "
          "het vermogen van de ouders rekenen? En wanneer is een auto onmisbaar als bedoeld in artikel 12 van de "
          "Uitvoeringsregeling Invorderingswet 1990?"),
    ("p", "2. Kader. Artikel 26 Invorderingswet 1990, de Leidraad Invordering 2017 en de Kwijtscheldingsregeling "
          "Waterschap Zuiderveld 2023. De rechter toetst kwijtscheldingsbeslissingen niet (artikel 26, lid 4); de "
          "Nationale ombudsman wel (rapport 2022/041)."),
    ("p", "3. Analyse. Vermogen van een minderjarige is geen vermogen van de ouder, tenzij de ouder feitelijk over het geld "
          "beschikt. Het ouderlijk vruchtgenot (artikel 1:253l BW) is afgeschaft. Een auto is onmisbaar bij een medische "
          "noodzaak of als het werk zonder auto niet bereikbaar is; de aanvrager moet dat aannemelijk maken."),
    ("p", "4. Advies. Neem in het formulier KW-2025 een vraag op naar de noodzaak van de auto en vraag bij een "
          "kinderrekening wie gemachtigd is. Pas de werkinstructie aan (paragraaf 4.3)."),
], [
    R("PERSON", "Frank Dijkhuis", "Frank Dijkhuis", "F. Dijkhuis", channel="annotations"),
    R("PERSON", "Marco Scholten-Lansink", "Scholten-Lansink", channel="annotations"),
    R("PERSON", "Saskia Wolters-Bakker", "Wolters-Bakker", channel="annotations"),
    R("PHONE", "06-21 48 35 07", channel="annotations"),
    R("PERSON", "Noor el Idrissi", "el Idrissi", channel="annotations"),
], [ORG, K("REF", "JZ-2025-031", "KW-2025", "2022/041"), K("LAW", "Invorderingswet 1990", "Leidraad Invordering 2017",
    "artikel 1:253l BW", "Uitvoeringsregeling Invorderingswet 1990"), K("ORG", "Nationale ombudsman", "MT BSZO"),
    K("TERM", "ouderlijk vruchtgenot", "werkinstructie", "team Juridische Zaken")],
    font="Helvetica", producer="nitro", annots=[
        (0, (480, 700, "Frank Dijkhuis", "Graag nog jurisprudentie Hof Arnhem-Leeuwarden toevoegen. F. Dijkhuis")),
        (0, (480, 560, "Scholten-Lansink", "Eens. Zie zaak Wolters-Bakker, daar speelde precies dit. Bel me: 06-21 48 35 07")),
        (0, (480, 420, "el Idrissi", "Paragraaf 4.3 heb ik al aangepast in concept v4.")),
    ]))

# ws25 werkinstructie with outline --------------------------------------------------------------------
DOCS.append(Doc("ws25-werkinstructie", "Werkinstructie kwijtschelding versie 4", [
    ("h", "Werkinstructie kwijtschelding waterschapsbelastingen - versie 4 (juni 2025)"),
    ("h2", "1. Toepassingsbereik"),
    ("p", "Deze werkinstructie geldt voor verzoeken om kwijtschelding van de watersysteemheffing ingezetenen en de "
          "zuiveringsheffing woonruimten van Waterschap Zuiderveld, behandeld door de BSZO in Key2Belastingen."),
    ("h2", "2. Automatische kwijtschelding"),
    ("p", "Jaarlijks in januari levert de BSZO een bestand aan het Inlichtingenbureau. Belastingplichtigen die in het "
          "voorgaande jaar kwijtschelding kregen en van wie inkomen en vermogen ongewijzigd zijn, krijgen automatisch kwijtschelding."),
    ("h2", "3. Betalingscapaciteit"),
    ("p", "De kosten van bestaan zijn 100% van de bijstandsnorm (artikel 16 Uitvoeringsregeling Invorderingswet 1990). "
          "Woonlasten boven het eigen aandeel en de zorgpremie boven de standaardpremie worden in mindering gebracht."),
    ("h2", "4. Vermogen"),
    ("p", "4.1 Banksaldi tellen mee boven de vrijlating. 4.2 Een uitvaartverzekering tot een redelijk bedrag telt niet mee. "
          "4.3 Vermogen van minderjarigen telt alleen mee als de ouder erover beschikt; vraag een bankverklaring. "
          "4.4 Een auto telt niet mee als hij onmisbaar is (medisch, werk); vraag altijd naar de noodzaak."),
    ("h2", "5. Bezwaar"),
    ("p", "Bezwaren gaan naar team Bezwaar. Bij een verzoek om te worden gehoord plant het secretariaat van de "
          "adviescommissie bezwaarschriften een hoorzitting. Tolken via de raamovereenkomst tolkdiensten BSZO 2024-2026."),
], [
    R("PERSON", "Noor el Idrissi", "Noor el Idrissi", channel="outline"),
    R("PERSON", "Harm Nieuwenhuis", "Harm Nieuwenhuis", "Nieuwenhuis", channel="outline"),
    R("PARAPH", "review MSL", "review MSL", channel="outline"),
], [K("ORG", "Waterschap Zuiderveld", "BSZO", "Inlichtingenbureau"), K("PRODUCT", "Key2Belastingen"),
    K("LAW", "artikel 16", "Uitvoeringsregeling Invorderingswet 1990"), K("TERM", "watersysteemheffing ingezetenen",
    "zuiveringsheffing woonruimten", "bankverklaring", "team Bezwaar", "adviescommissie bezwaarschriften", "Automatische kwijtschelding")],
    font="Helvetica", producer="word", outline=[
        ("Werkinstructie v4 - auteur Noor el Idrissi", 0), ("Wijzigingen t.o.v. v3 (Harm Nieuwenhuis)", 0),
        ("4. Vermogen - review MSL", 0)]))

# ws26 scanned attendance list with signatures ---------------------------------------------------------
DOCS.append(Doc("ws26-presentielijst-scan", "Scan presentielijst hoorzitting 15 juli 2025", [], [
    R("PERSON", "Aminata Ouédraogo", "Ouedraogo", ocr=True),
    R("PERSON", "Mariam Ouedraogo", "Mariam", ocr=True),
    R("PERSON", "Wilhelmina de Graaf-Schuurman", "Schuurman", ocr=True),
    R("PERSON", "E.C. Hofstede-van Dam", "Hofstede", ocr=True),
    R("PERSON", "Ilse Brinkhuis", "Brinkhuis", ocr=True),
    R("PERSON", "F.J. Dijkhuis", "Dijkhuis", ocr=True),
], [], kind="scan", producer="scanner", rot=0.6, scan_pages=[[
    ("bold", "PRESENTIELIJST HOORZITTING 15 JULI 2025"), ("sans", "Adviescommissie bezwaarschriften BSZO"), ("sans", ""),
    ("sans", "Naam                      Rol              Handtekening"), ("sans", ""),
    "Aminata Ouedraogo        bezwaarde", "Mariam Ouedraogo         zus / tolk", "",
    "W. de Graaf-Schuurman    bezwaarde", "", "mr. E.C. Hofstede        voorzitter", "",
    "I. Brinkhuis             BSZO", "", "F.J. Dijkhuis            secretaris", "",
    ("sans", "Zaken BZ-2025-0470 en BZ-2025-0488"),
]]))

# ws27 press release (XMP creator) -------------------------------------------------------------------
DOCS.append(Doc("ws27-persbericht", "Persbericht: waterschap past kwijtschelding aan", [
    ("h", "PERSBERICHT - Waterschap Zuiderveld past regels voor kwijtschelding aan"),
    ("p", "Deventer, 10 juli 2025 - Inwoners met een laag inkomen die een auto nodig hebben voor de medische behandeling "
          "van een gezinslid, krijgen voortaan eerder kwijtschelding van de waterschapsbelasting. Ook spaargeld van "
          "kinderen telt niet meer automatisch mee. Dat heeft het dagelijks bestuur van Waterschap Zuiderveld besloten "
          "na vragen uit het algemeen bestuur."),
    ("p", "\"Wie het al moeilijk heeft, moet niet vastlopen op een formulier\", zegt heemraad Gülsen Karaca. Dijkgraaf "
          "Rouwenhorst: \"We hebben geleerd van de bezwaarzaken. Mensen die ten onrechte zijn afgewezen, kunnen opnieuw een verzoek doen.\""),
    ("p", "De Belastingsamenwerking Zuiderveld-Oost voert de kwijtschelding uit voor het waterschap en de gemeenten "
          "Deventer, Olst-Wijhe en Raalte. Inwoners kunnen bellen met 088 233 44 00 of mailen naar kwijtschelding@bszo.nl. "
          "Gratis hulp bij het formulier is er bij het Sociaal Raadsliedenwerk en bij het Geldloket (0800 - 8115)."),
    ("p", "Op 20 september 2025 is gemaal J.L. Hooglandt in Wijhe open voor publiek tijdens de Dag van het Waterschap; de "
          "tocht met het werkschip Dijkgraaf Van Heemstra vertrekt om 11.00 uur vanaf de Welle."),
    ("p", "Noot voor de redactie: voor meer informatie kunt u contact opnemen met woordvoerder Bas Oosterveld, "
          "telefoon 088 233 40 40 (persdienst), pers@zuiderveld.nl."),
], [
    R("PERSON", "Sanne Brouwer-Kotte", "Brouwer-Kotte", "Sanne", channel="metadata"),
], [ORG, K("PERSON_PUBLIC", "heemraad Gülsen Karaca", "Rouwenhorst", "woordvoerder Bas Oosterveld"),
    K("PLACE", "Olst-Wijhe", "Raalte", "Wijhe"), K("PHONE_PUBLIC", "088 233 44 00", "0800 - 8115", "088 233 40 40"),
    K("EMAIL", "kwijtschelding@bszo.nl", "pers@zuiderveld.nl"), K("ORG", "Sociaal Raadsliedenwerk", "Geldloket"),
    K("NONPERSON", "gemaal J.L. Hooglandt", "Dijkgraaf Van Heemstra", "Dag van het Waterschap", "Welle")],
    font="Helvetica", producer="word", xmp_creator="Sanne Brouwer-Kotte"))

# ws28 contact list / roster --------------------------------------------------------------------------
DOCS.append(Doc("ws28-teamlijst", "Teamlijst Invordering en Kwijtschelding 2025", [
    ("h", "Teamlijst Invordering & Kwijtschelding BSZO - bereikbaarheid 2025"),
    ("t", [["Naam", "Functie", "P-nummer", "Toestel", "Mobiel", "Werkdagen"],
           ["Scholten-Lansink, M.A. (Marco)", "teamleider Invordering", "P20871", "088 233 45 02", "06-50 11 83 27", "ma-vr"],
           ["Brinkhuis, I. (Ilse)", "medewerker Kwijtschelding", "P21346", "0570 - 69 42 18", "-", "di-do"],
           ["el Idrissi, N. (Noor)", "jurist Bezwaar", "P22019", "088 233 45 09", "06 - 39 02 61 14", "ma, di, do"],
           ["Kuipers-Ozturk, T. (Tamara)", "klantcontact", "P22488", "088 233 45 33", "-", "ma-do"],
           ["Dijkhuis, F.J. (Frank)", "secretaris adviescommissie", "P19933", "088 233 45 61", "06-12 94 07 73", "ma-vr"],
           ["Lubbers, Rick", "functioneel beheerder Key2", "P23102", "088 233 45 80", "06 47 28 19 66", "ma-vr"]],
     [44, 36, 18, 26, 26, 18]),
    ("p", "E-mail: m.scholten-lansink@bszo.nl, i.brinkhuis@bszo.nl, n.elidrissi@bszo.nl, t.kuipers-ozturk@bszo.nl, "
          "f.dijkhuis@bszo.nl, r.lubbers@bszo.nl."),
    ("p", "Algemene nummers: klantcontact 088 233 44 00; storingen Key2 via servicedesk@bszo.nl. Dit overzicht is "
          "alleen voor intern gebruik en wordt elk kwartaal bijgewerkt door het teamsecretariaat."),
], [
    R("PERSON", "Marco Scholten-Lansink", "Scholten-Lansink", "Marco"), R("PERSON", "Ilse Brinkhuis", "Brinkhuis", "Ilse"),
    R("PERSON", "Noor el Idrissi", "el Idrissi", "Noor"), R("PERSON", "Tamara Kuipers-Ozturk", "Kuipers-Ozturk", "Tamara"),
    R("PERSON", "Frank Dijkhuis", "Dijkhuis", "Frank"), R("PERSON", "Rick Lubbers", "Lubbers", "Rick"),
    R("ID", "P20871"), R("ID", "P21346"), R("ID", "P22019"), R("ID", "P22488"), R("ID", "P19933"), R("ID", "P23102"),
    R("PHONE", "088 233 45 02"), R("PHONE", "06-50 11 83 27"), R("PHONE", "0570 - 69 42 18"), R("PHONE", "088 233 45 09"),
    R("PHONE", "06 - 39 02 61 14"), R("PHONE", "088 233 45 33"), R("PHONE", "088 233 45 61"), R("PHONE", "06-12 94 07 73"),
    R("PHONE", "088 233 45 80"), R("PHONE", "06 47 28 19 66"),
    R("EMAIL", "m.scholten-lansink@bszo.nl"), R("EMAIL", "i.brinkhuis@bszo.nl"), R("EMAIL", "n.elidrissi@bszo.nl"),
    R("EMAIL", "t.kuipers-ozturk@bszo.nl"), R("EMAIL", "f.dijkhuis@bszo.nl"), R("EMAIL", "r.lubbers@bszo.nl"),
], [K("FUNCTION", "teamleider Invordering", "medewerker Kwijtschelding", "jurist Bezwaar", "klantcontact",
    "secretaris adviescommissie", "functioneel beheerder Key2"), K("PHONE_PUBLIC", "088 233 44 00"),
    K("EMAIL", "servicedesk@bszo.nl"), K("ORG", "BSZO"), K("TERM", "teamsecretariaat")],
    font="DejaVuSansCond", producer="aspose"))

# ws29 mail thread gemeente -------------------------------------------------------------------------
DOCS.append(Doc("ws29-mail-gemeente", "FW: automatische kwijtschelding en Stadsbank-cliënten", [
    ("hdr", ["Van: Veldkamp, Roelof <r.veldkamp@bszo.nl>", "Verzonden: vrijdag 4 juli 2025 14:20",
             "Aan: Kamphuis, Jorien <j.kamphuis@zuiderveld.nl>; 'Smit, Anouk' <a.smit@deventer.nl>",
             "CC: Scholten-Lansink, Marco <m.scholten-lansink@bszo.nl>; bestuurssecretariaat@zuiderveld.nl",
             "Onderwerp: FW: automatische kwijtschelding en Stadsbank-cliënten"]),
    ("p", "Jorien, Anouk,"),
    ("p", "Ter voorbereiding op de antwoorden van de dijkgraaf: wij stellen voor om cliënten in een minnelijk traject "
          "van de Stadsbank Oost Nederland standaard automatisch kwijtschelding te verlenen, zoals de gemeente Deventer al "
          "doet voor de afvalstoffenheffing. Wethouder Van der Meulen van Deventer heeft hier in de raad al positief over "
          "gesproken. Graag jullie reactie voor 9 juli."),
    ("p", "Met vriendelijke groet,\nRoelof Veldkamp\ndirecteur Belastingsamenwerking Zuiderveld-Oost\nM 06 - 51 09 33 84"),
    ("hdr", ["Van: Smit, Anouk <a.smit@deventer.nl>", "Verzonden: donderdag 3 juli 2025 09:47",
             "Aan: Veldkamp, Roelof <r.veldkamp@bszo.nl>", "Onderwerp: automatische kwijtschelding en Stadsbank-cliënten"]),
    ("p", "Beste Roelof,"),
    ("p", "Zoals besproken: de gemeente Deventer verleent sinds 2024 kwijtschelding aan alle inwoners met een "
          "schuldregeling via de Stadsbank. Het Inlichtingenbureau levert de gegevens. Het zou mooi zijn als het "
          "waterschap aansluit. Bel gerust: 14 0570, toestel 4418.\n\nAnouk Smit\nbeleidsadviseur Schuldhulpverlening, gemeente Deventer"),
], [
    R("PERSON", "Roelof Veldkamp", "Veldkamp", "Roelof"), R("EMAIL", "r.veldkamp@bszo.nl"),
    R("PERSON", "Jorien Kamphuis", "Kamphuis", "Jorien"), R("EMAIL", "j.kamphuis@zuiderveld.nl"),
    R("PERSON", "Anouk Smit", "Smit", "Anouk"), R("EMAIL", "a.smit@deventer.nl"),
    R("PERSON", "Marco Scholten-Lansink", "Scholten-Lansink", "Marco"), R("EMAIL", "m.scholten-lansink@bszo.nl"),
    R("PHONE", "06 - 51 09 33 84"), R("PHONE", "toestel 4418", "4418"),
], [ORG, K("EMAIL", "bestuurssecretariaat@zuiderveld.nl"), K("PERSON_PUBLIC", "Wethouder Van der Meulen"),
    K("ORG", "Stadsbank Oost Nederland", "Inlichtingenbureau"), K("PHONE_PUBLIC", "14 0570"),
    K("FUNCTION", "directeur", "beleidsadviseur Schuldhulpverlening"), K("TERM", "afvalstoffenheffing", "minnelijk traject")],
    font="Helvetica", producer="outlook"))

# ws30 uitspraak Yilmaz ------------------------------------------------------------------------------
DOCS.append(Doc("ws30-uitspraak-yilmaz", "Uitspraak op bezwaar BZ-2025-0431", [
    ("p", "Belastingsamenwerking Zuiderveld-Oost\nPostbus 1420, 7400 BK Deventer"),
    ("p", "De heer M. Yılmaz\np/a Stadsbank Oost Nederland, mevrouw P. Doornbos\nPostbus 5110\n7400 GC Deventer"),
    ("p", "Datum: 22 april 2025\nKenmerk: BZ-2025-0431 / KW-2025-12240\nBSN: 315065710"),
    ("p", "Geachte heer Yılmaz,"),
    ("p", "Uw schuldhulpverlener heeft namens u bezwaar gemaakt tegen de afwijzing van 24 maart 2025. Uit de "
          "bankverklaring van de ASN Bank blijkt dat u en uw echtgenote niet over de spaarrekening van uw dochter kunnen "
          "beschikken. Dat saldo rekenen wij daarom niet tot uw vermogen. Wij verklaren het bezwaar gegrond en verlenen "
          "volledige kwijtschelding van € 430,02. Een hoorzitting is niet nodig omdat wij uw bezwaar volledig toewijzen "
          "(artikel 7:3, onderdeel c, Algemene wet bestuursrecht)."),
    ("p", "Hoogachtend,\nde invorderingsambtenaar van Waterschap Zuiderveld,\nnamens deze,\n\nIlse Brinkhuis"),
], [
    R("PERSON", "Mehmet Yılmaz", "Yılmaz", "M. Yılmaz"), R("PERSON", "Priscilla Doornbos", "P. Doornbos"),
    R("BSN", "315065710"), R("PERSON", "Ilse Brinkhuis", "Ilse Brinkhuis"),
], [ORG, K("ORG", "Stadsbank Oost Nederland", "ASN Bank"), K("REF", "BZ-2025-0431", "KW-2025-12240"),
    K("LAW", "Algemene wet bestuursrecht"), K("ADDRESS_PUBLIC", "Postbus 5110", "Postbus 1420"),
    K("FUNCTION", "invorderingsambtenaar"), K("AMOUNT", "€ 430,02"), K("DATE", "22 april 2025")],
    font="DejaVuSerif", producer="itext"))

# ws31 audit report ------------------------------------------------------------------------------------
DOCS.append(Doc("ws31-rapport-interne-controle", "Rapport interne controle kwijtschelding 2025", [
    ("h", "Rapport verbijzonderde interne controle kwijtschelding 2025"),
    ("p", "Opdrachtgever: secretaris-directeur Waterschap Zuiderveld | Uitgevoerd door: team Control BSZO | Datum: 15 september 2025 | Kenmerk: VIC-2025-07"),
    ("h2", "1. Opzet"),
    ("p", "Uit de 3.412 afwijzingen over 2025 is een aselecte steekproef van 40 dossiers getrokken (MUS, betrouwbaarheid 95%). "
          "Getoetst is aan de Uitvoeringsregeling Invorderingswet 1990 en de werkinstructie versie 3. Controleur: "
          "drs. Kees van Hulten RA; review: Mirjam Bolhuis-Teunissen."),
    ("h2", "2. Bevindingen"),
    ("t", [["Dossier", "Bevinding", "Behandelaar", "Ernst"],
           ["KW-2025-11873", "auto niet op noodzaak getoetst", "IB", "hoog"],
           ["KW-2025-12240", "kinderrekening meegeteld zonder bankverklaring", "ROT", "hoog"],
           ["KW-2025-12561", "zorgpremie verkeerd verwerkt", "TKO", "midden"],
           ["KW-2025-12907", "onvolledige aanvraag niet hersteld (art. 4:5 Awb)", "IB", "midden"],
           ["KW-2025-13015", "uitvaartpolis meegeteld", "NEI", "laag"]], [32, 80, 25, 20]),
    ("pb",),
    ("h2", "3. Conclusie en aanbevelingen"),
    ("p", "In 9 van de 40 dossiers (22,5%) is de beslissing onjuist of onvoldoende onderbouwd. De foutmarge ligt boven de "
          "tolerantie van 5% uit het controleprotocol. Aanbevelingen: pas het aanvraagformulier en de werkinstructie aan, "
          "herbeoordeel ambtshalve de afwijzingen op grond van vermogen, en leg het vier-ogenprincipe vast voor afwijzingen "
          "boven € 400. De teamleider Invordering heeft de aanbevelingen overgenomen."),
    ("p", "Bijlage: lijst van 40 dossiers (niet opgenomen)."),
], [
    R("PERSON", "Kees van Hulten", "Kees van Hulten", "van Hulten"),
    R("PERSON", "Mirjam Bolhuis-Teunissen", "Bolhuis-Teunissen", "Mirjam"),
    R("PARAPH", "IB", "IB"), R("PARAPH", "ROT", "ROT"), R("PARAPH", "TKO", "TKO"), R("PARAPH", "NEI", "NEI"),
], [ORG, K("REF", "VIC-2025-07", "KW-2025-11873", "KW-2025-12240", "KW-2025-12561", "KW-2025-12907", "KW-2025-13015"),
    K("LAW", "Uitvoeringsregeling Invorderingswet 1990", "art. 4:5 Awb"), K("FUNCTION", "secretaris-directeur",
    "teamleider Invordering"), K("TERM", "team Control", "steekproef", "vier-ogenprincipe", "controleprotocol")],
    font="Times-Roman", producer="aspose"))

# ws32 Woo decision ------------------------------------------------------------------------------------
DOCS.append(Doc("ws32-woo-besluit", "Besluit op Woo-verzoek WZV-WOO-2026-003", [
    ("p", "Waterschap Zuiderveld | Hanzeweg 40, Deventer | Postbus 1420, 7400 BK Deventer | woo@zuiderveld.nl"),
    ("p", "Mevrouw L. Hesselink\nBrinkgreverweg 112\n7413 AD Deventer"),
    ("p", "Datum: 24 februari 2026\nKenmerk: WZV-WOO-2026-003\nOnderwerp: besluit op uw Woo-verzoek"),
    ("p", "Geachte mevrouw Hesselink,"),
    ("p", "Op 6 januari 2026 heeft u een verzoek gedaan op grond van de Wet open overheid (Woo) om documenten over de "
          "afwijzing van kwijtschelding van waterschapsbelastingen over 2025. Op 2 februari 2026 hebben wij de "
          "beslistermijn met twee weken verdaagd. Op 12 februari 2026 hebben wij de Stadsbank Oost Nederland, "
          "een bewindvoerder en de tolk om hun zienswijze gevraagd."),
    ("h2", "Besluit"),
    ("p", "Wij maken 33 documenten deels openbaar. De documenten staan op de inventarislijst in bijlage 1. In de documenten "
          "zijn persoonsgegevens onleesbaar gemaakt. De beantwoording van de vragen door dijkgraaf Rouwenhorst en de "
          "vragen van de AB-leden Otten en Hulshof zijn al openbaar en worden volledigheidshalve meegeleverd."),
    ("h2", "Overwegingen"),
    ("p", "Persoonsgegevens (artikel 5.1, tweede lid, onderdeel e, Woo). De documenten bevatten namen, adressen, "
          "telefoonnummers, e-mailadressen, bankrekeningnummers, geboortedata en gegevens over inkomen en schulden van "
          "aanvragers, hun gezinsleden, schuldhulpverleners en medewerkers van de BSZO en het waterschap. Het belang van "
          "openbaarheid weegt niet op tegen de eerbiediging van hun persoonlijke levenssfeer. De namen van de dijkgraaf, "
          "de heemraad, de AB-leden en de woordvoerder maken wij wel openbaar, omdat zij in hun publieke functie optreden."),
    ("p", "Burgerservicenummers (artikel 5.1, eerste lid, onderdeel e, Woo) zijn absoluut uitgezonderd. Gegevens over "
          "gezondheid (artikel 5.1, eerste lid, onderdeel d, Woo), zoals de ziekte van een kind, maken wij niet openbaar."),
    ("pb",),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: in de openbaar gemaakte versie van de documenten zijn alle persoonsgegevens van burgers en "
          "ambtenaren geanonimiseerd (5.1.2e), burgerservicenummers weggelaten (5.1.1e) en gezondheidsgegevens weggelaten (5.1.1d)."),
    ("h2", "Bezwaar"),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het dagelijks bestuur van Waterschap Zuiderveld."),
    ("p", "Hoogachtend,\nhet dagelijks bestuur van Waterschap Zuiderveld,\nnamens dezen,\n\nmr. drs. C.A. (Carolien) Wessels-ten Hoopen\nteamleider Juridische Zaken"),
], [
    R("PERSON", "Lotte Hesselink", "Hesselink", "L. Hesselink"),
    R("ADDRESS", "Brinkgreverweg 112, 7413 AD", "Brinkgreverweg 112", "7413 AD"),
    R("PERSON", "Carolien Wessels-ten Hoopen", "Wessels-ten Hoopen", "Carolien", "C.A."),
], [ORG, K("REF", "WZV-WOO-2026-003"), K("ADDRESS_PUBLIC", "Hanzeweg 40", "Postbus 1420"), K("EMAIL", "woo@zuiderveld.nl"),
    K("ORG", "Stadsbank Oost Nederland"), K("PERSON_PUBLIC", "dijkgraaf Rouwenhorst", "Otten", "Hulshof"),
    K("LAW", "Wet open overheid", "artikel 5.1, tweede lid, onderdeel e, Woo", "5.1.2e", "5.1.1e", "5.1.1d"),
    K("FUNCTION", "teamleider Juridische Zaken"), K("DATE", "24 februari 2026", "12 februari 2026")],
    font="Helvetica", producer="word"))

# ws33 inventory ----------------------------------------------------------------------------------------
_INV = [
    ("ws01", "Woo-verzoek", "06-01-2026", "deels openbaar", "5.1.2e", ""),
    ("ws02", "Ontvangstbevestiging", "09-01-2026", "deels openbaar", "5.1.2e", ""),
    ("ws03", "Verzoekformulier kwijtschelding", "03-03-2025", "deels openbaar", "5.1.1e, 5.1.2e", "formuliervelden"),
    ("ws04", "Opgave inkomen en uitgaven", "03-03-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("ws05", "Beschikking afwijzing", "14-03-2025", "deels openbaar", "5.1.2e", ""),
    ("ws06", "Bezwaarschrift (handgeschreven)", "28-03-2025", "deels openbaar", "5.1.2e", "scan"),
    ("ws07", "Inkomensverklaring", "17-03-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("ws08", "Afwijzing kwijtschelding", "24-03-2025", "deels openbaar", "5.1.2e", ""),
    ("ws09", "Bezwaarschrift Stadsbank", "02-04-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("ws10", "E-mailwisseling", "10-04-2025", "deels openbaar", "5.1.2e", "thread T-17"),
    ("ws11", "Bezwaarschrift (handgeschreven)", "14-04-2025", "deels openbaar", "5.1.2e", "scan"),
    ("ws12", "Berekening betalingscapaciteit", "22-04-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("ws13", "Verslag hoorzitting", "20-05-2025", "deels openbaar", "5.1.1d, 5.1.2e", ""),
    ("ws14", "Teams-chat", "20-05-2025", "deels openbaar", "5.1.2e", ""),
    ("ws15", "Uitspraak op bezwaar", "17-06-2025", "deels openbaar", "5.1.2e", ""),
    ("ws16", "E-mailwisseling klantcontact", "12-05-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("ws17", "Factuur tolk", "26-05-2025", "deels openbaar", "5.1.2e", "zienswijze"),
    ("ws18", "Brief bewindvoerder", "19-06-2025", "deels openbaar", "5.1.1e, 5.1.2e", "zienswijze"),
    ("ws19", "Beslisnota DB", "01-07-2025", "deels openbaar", "5.1.2e", ""),
    ("ws20", "Schriftelijke vragen AB", "12-06-2025", "openbaar", "-", "reeds openbaar"),
    ("ws21", "Antwoord dijkgraaf", "08-07-2025", "openbaar", "-", "reeds openbaar"),
    ("ws22", "Overzicht lopende bezwaren", "30-06-2025", "deels openbaar", "5.1.2e", ""),
    ("ws23", "WhatsApp-export", "14-07-2025", "deels openbaar", "5.1.2e", ""),
    ("ws24", "Juridische notitie", "28-05-2025", "deels openbaar", "5.1.2e", "opmerkingen"),
    ("ws25", "Werkinstructie v4", "06-2025", "openbaar", "-", ""),
    ("ws26", "Presentielijst hoorzitting", "15-07-2025", "deels openbaar", "5.1.2e", "scan"),
    ("ws27", "Persbericht", "10-07-2025", "openbaar", "-", "reeds openbaar"),
    ("ws28", "Teamlijst", "2025", "deels openbaar", "5.1.2e", ""),
    ("ws29", "E-mailwisseling gemeente", "04-07-2025", "deels openbaar", "5.1.2e", ""),
    ("ws30", "Uitspraak op bezwaar", "22-04-2025", "deels openbaar", "5.1.1e, 5.1.2e", ""),
    ("ws31", "Rapport interne controle", "15-09-2025", "deels openbaar", "5.1.2e", ""),
    ("ws32", "Besluit op Woo-verzoek", "24-02-2026", "openbaar", "-", ""),
    ("ws33", "Inventarislijst", "24-02-2026", "openbaar", "-", ""),
]
DOCS.append(Doc("ws33-inventarislijst", "Inventarislijst bij besluit WZV-WOO-2026-003", [
    ("h", "Bijlage 1 - Inventarislijst Woo-verzoek WZV-WOO-2026-003"),
    ("p", "Waterschap Zuiderveld, besluit van 24 februari 2026. Beoordelingsgronden: 5.1.1d (gezondheid), 5.1.1e "
          "(identificatienummers), 5.1.2e (persoonlijke levenssfeer)."),
    ("t", [["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]] +
          [[f"{i + 1}", f"{a[1]} ({a[0]})", a[2], a[3], a[4], a[5]] for i, a in enumerate(_INV)], [10, 62, 22, 26, 26, 24]),
    ("p", "Opgesteld door de Woo-coördinator; gecontroleerd door team Juridische Zaken. Vragen: woo@zuiderveld.nl."),
], [], [K("ORG", "Waterschap Zuiderveld"), K("REF", "WZV-WOO-2026-003"),
    K("LAW", "5.1.1d", "5.1.1e", "5.1.2e"), K("EMAIL", "woo@zuiderveld.nl"),
    K("TERM", "deels openbaar", "reeds openbaar", "Inventarislijst", "Persbericht", "Teamlijst", "Beslisnota DB",
      "Werkinstructie v4", "Verslag hoorzitting", "Teams-chat", "WhatsApp-export", "Factuur tolk", "Brief bewindvoerder",
      "Rapport interne controle", "Antwoord dijkgraaf", "scan", "zienswijze"),
    K("FUNCTION", "Woo-coördinator")],
    font="Helvetica", producer="aspose"))

# ws34 list for ex officio review (ambtshalve herbeoordeling) -----------------------------------------
def _bsn(seed):
    import random
    rnd = random.Random(seed)
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2])) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def _iban(seed, bank):
    import random
    rnd = random.Random(seed)
    acc = "".join(str(rnd.randint(0, 9)) for _ in range(10))
    num = "".join(str(int(ch, 36)) for ch in bank + acc + "NL00")
    s = "NL%02d%s%s" % (98 - int(num) % 97, bank, acc)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


_HB = [("Tuinstra, Geertje", "Tuinstra", "Geertje", "Boxbergerweg 61", "Deventer", "RABO"),
       ("Kaya, Burak", "Kaya", "Burak", "Oerdijk 118", "Diepenveen", "INGB"),
       ("van der Linde-Moes, Petra", "van der Linde-Moes", "Petra", "Tjoenerstraat 7", "Raalte", "ABNA"),
       ("Nguyen, Thi Hoa", "Nguyen", "Thi Hoa", "Hoge Hondstraat 230", "Deventer", "SNSB"),
       ("Schuttenbeld, Arjen", "Schuttenbeld", "Arjen", "Veenweg 4", "Heino", "RABO"),
       ("Mulder-Çelik, Dilara", "Mulder-Çelik", "Dilara", "Rielerweg 19a", "Deventer", "INGB"),
       ("Oude Kotte, Bernard", "Oude Kotte", "Bernard", "Zandstraat 2", "Olst", "RABO"),
       ("Boateng, Kwame", "Boateng", "Kwame", "Zwolseweg 310", "Deventer", "TRIO"),
       ("de Wit, Annemiek", "de Wit", "Annemiek", "Stationsstraat 14", "Wijhe", "ASNB"),
       ("Jansen, Fleur", "Jansen", "Fleur", "Hellendoornseweg 55", "Luttenberg", "ABNA"),
       ("Ramdin, Sunita", "Ramdin", "Sunita", "Knutteldreef 9", "Deventer", "INGB"),
       ("Hofman, Wessel", "Hofman", "Wessel", "Lierderholthuisweg 3", "Heino", "RABO"),
       ("Al-Masri, Yousef", "Al-Masri", "Yousef", "Brinkpoortstraat 41", "Deventer", "ABNA"),
       ("Ten Brinke, Jolanda", "Ten Brinke", "Jolanda", "Nieuwstraat 86", "Olst", "SNSB")]
_rows = [["Nr.", "Belastingplichtige", "BSN", "Adres", "Woonplaats", "IBAN"]]
_red = []
for _i, (_full, _sur, _fn, _adr, _pl, _bank) in enumerate(_HB):
    _b, _ib = _bsn(7000 + _i), _iban(9000 + _i, _bank)
    _rows.append([f"H-{_i + 1:02d}", _full, _b, _adr, _pl, _ib])
    _red += [R("PERSON", _full, _sur, _fn), R("BSN", _b), R("ADDRESS", _adr), R("IBAN", _ib)]
DOCS.append(Doc("ws34-lijst-herbeoordeling", "Selectie ambtshalve herbeoordeling afwijzingen vermogen 2025", [
    ("h", "Selectie ambtshalve herbeoordeling - afwijzingen op grond van vermogen (deel 1)"),
    ("p", "Naar aanleiding van de aanbevelingen in rapport VIC-2025-07 beoordeelt de BSZO afwijzingen op grond van vermogen "
          "ambtshalve opnieuw. Hieronder de eerste tien belastingplichtigen uit de selectie in Key2Belastingen (query KW-Q-114). "
          "Bij toekenning wordt het betaalde bedrag teruggestort op de genoemde rekening."),
    ("t", _rows, [13, 42, 22, 36, 22, 40]),
    ("p", "Verwerking: team Kwijtschelding, gereed voor 1 november 2025. Terugbetalingen via de crediteurenadministratie van "
          "Waterschap Zuiderveld."),
], _red, [K("ORG", "BSZO", "Waterschap Zuiderveld"), K("REF", "VIC-2025-07", "KW-Q-114"), K("PRODUCT", "Key2Belastingen"),
    K("PLACE", "Deventer", "Diepenveen", "Raalte", "Heino", "Olst", "Wijhe", "Luttenberg"),
    K("TERM", "ambtshalve", "team Kwijtschelding", "crediteurenadministratie")],
    font="DejaVuSansCond", producer="itext"))
