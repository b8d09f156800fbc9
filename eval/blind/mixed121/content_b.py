"""Set TB, documents tb10-tb18: decisions, zienswijzen, contracts, AcroForm, minutes, beslisnota."""
from lib import Doc, H, K, R
from content_a import lines, WORD

DOCS = []

# ---------------------------------------------------------------- tb10 last onder dwangsom (docx, 2 pages)
DOCS.append(Doc("tb10_besluit_lod", "docx", title="Besluit last onder dwangsom KamerPlus Wonen",
                author="Bart ter Horst", producer=WORD, creator=WORD, font="Liberation Serif", size=10.5, blocks=[
    ("right", "Gemeente Tilburg\nVergunningen, Toezicht en Handhaving\nStadhuisplein 130, Tilburg\n14 013"),
    ("p", "Aangetekend en per gewone post\nKamerPlus Wonen B.V.\nt.a.v. de directie\nJules Verneweg 118\n"
          "5015 BM Tilburg"),
    ("kv", [("Datum", "28 april 2026"), ("Kenmerk", "UIT-26-14502 / HH-2026-0117"),
            ("Behandeld door", "B. ter Horst, juridisch adviseur"), ("Telefoonnummer", "013 - 542 86 14"),
            ("Onderwerp", "Besluit last onder dwangsom Korvelseweg 214 en 214a")]),
    ("p", "Geachte heer Van der Sluijs,"),
    ("p", "Bij brief van 1 april 2026 hebben wij u ons voornemen kenbaar gemaakt om u een last onder dwangsom op te "
          "leggen. U heeft op 15 april 2026 schriftelijk een zienswijze ingediend; ook mr. J. Oosterbeek heeft "
          "namens een aantal huurders een zienswijze ingediend. Wij hebben beide zienswijzen betrokken bij dit "
          "besluit."),
    ("h2", "Overtredingen"),
    ("p", "Tijdens de controle van 19 maart 2026 hebben toezichthouders van de gemeente Tilburg vastgesteld dat "
          "het pand wordt bewoond door twaalf personen, dat de garage als verblijfsruimte wordt gebruikt en dat "
          "de zolder geen tweede vluchtweg heeft. Daarmee handelt u in strijd met artikel 1b van de Woningwet, "
          "de artikelen 3.100 en 3.115 van het Besluit bouwwerken leefomgeving (voorheen Bouwbesluit 2012) en "
          "artikel 3.3 van de Huisvestingsverordening Tilburg 2024."),
    ("h2", "Zienswijzen"),
    ("p", "U stelt dat u niet wist hoeveel personen er verbleven, omdat het beheer bij de heer Dekkers ligt. Dat "
          "komt voor uw risico: als eigenaar en verhuurder bent u verantwoordelijk (artikel 1a Woningwet en de Wet "
          "goed verhuurderschap). Mr. Oosterbeek vraagt om een ruime begunstigingstermijn zodat zijn cliënten niet "
          "op straat komen te staan. Wij zien daarin aanleiding de termijn voor de verdieping te verlengen."),
    ("pb",),
    ("h2", "Besluit"),
    ("p", "Burgemeester en wethouders van Tilburg besluiten u een last onder dwangsom op te leggen (artikel 5:32 "
          "Awb en artikel 125 Gemeentewet), inhoudende dat u:\n"
          "1. binnen één week na verzending van dit besluit het gebruik van de garage (214a) en de zolder als "
          "verblijfsruimte beëindigt en beëindigd houdt; dwangsom € 2.500 per dag, maximaal € 25.000;\n"
          "2. binnen acht weken het aantal bewoners terugbrengt tot maximaal vijf en gekoppelde rookmelders "
          "aanbrengt; dwangsom € 5.000 per week, maximaal € 50.000."),
    ("p", "Wij wijzen u erop dat u huurders niet zonder rechterlijke tussenkomst uit hun kamer mag zetten. Voor "
          "de bewoners van de garage en de zolder heeft de gemeente via Stichting Peerke Donders Opvang tijdelijke "
          "opvang geregeld in het Mgr. Zwijsenhuis."),
    ("h2", "Bezwaar"),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders, "
          "Postbus 90155, 5000 LH Tilburg. U kunt daarnaast de voorzieningenrechter van de rechtbank Zeeland-West-"
          "Brabant om een voorlopige voorziening vragen."),
    ("p", "Hoogachtend,\nburgemeester en wethouders van Tilburg,\nnamens dezen,"),
    ("sp",),
    ("p", "W.F.M. Hoogendoorn\nteammanager Vergunningen, Toezicht en Handhaving"),
    ("small", "Afschrift: mr. J. Oosterbeek, Stadsadvocaten Brabant; Bregdal Beheer B.V."),
], keep=[K("NOT_A_PERSON", "Jules Verneweg 118", "Jules Verneweg 118"), K("REF", "UIT-26-14502", "UIT-26-14502"),
         K("ADDRESS_PUBLIC", "5015 BM", "5015 BM"), K("LAW", "artikel 125 Gemeentewet", "artikel 125 Gemeentewet"),
         K("ORG", "rechtbank Zeeland-West-Brabant", "rechtbank Zeeland-West-"),
         K("ROLE", "teammanager", "teammanager")]))

# ---------------------------------------------------------------- tb11 sluitingsbesluit burgemeester (2 pages)
DOCS.append(Doc("tb11_sluitingsbesluit", "rl", title="Besluit sluiting woning art. 174a Gemeentewet",
                author="Bart ter Horst", producer="JOIN Zaak & Document 2025.2", creator="JOIN",
                font="Times-Roman", size=11, blocks=[
    ("h", "Besluit van de burgemeester van Tilburg tot sluiting van een woning"),
    ("kv", [("Kenmerk", "UIT-26-19930 / HH-2026-0117"), ("Datum", "3 juni 2026"),
            ("Betreft", "Sluiting Korvelseweg 214 en 214a, 5025 JK Tilburg, per 17 juni 2026 voor de duur van "
                        "zes maanden")]),
    ("p", "De burgemeester van Tilburg,"),
    ("p", "overwegende dat:\n"
          "- bij de hercontrole op 20 mei 2026 door toezichthouders T. van 't Hek en L. Hamers-van Dijk is "
          "vastgesteld dat de garage opnieuw als slaapruimte werd gebruikt, nu door drie personen, en dat de "
          "gekoppelde rookmelders niet zijn aangebracht;\n"
          "- de adviseur brandveiligheid van de Veiligheidsregio Midden- en West-Brabant op 21 mei 2026 heeft "
          "geadviseerd dat sprake is van een acuut levensgevaarlijke situatie;\n"
          "- de verhuurder bij herhaling heeft verklaard dat hij de huurders 'er zelf wel uitzet', hetgeen "
          "volgens de politie tot ernstige spanningen in de straat heeft geleid (meldingen via 0900-8844 op "
          "22 en 26 mei 2026);\n"
          "- door de gedragingen in en rond de woning de openbare orde wordt verstoord en er ernstige vrees "
          "bestaat voor verdere verstoring, als bedoeld in artikel 174a, eerste lid, van de Gemeentewet;"),
    ("p", "gelet op de zienswijze van de verhuurder, de heer H.J. van der Sluijs, van 29 mei 2026, en de "
          "zienswijze van mr. D. Kluivers (Stadsadvocaten Brabant) namens de huurders van 30 mei 2026;"),
    ("pb",),
    ("h2", "BESLUIT:"),
    ("p", "1. de woning Korvelseweg 214 met bijbehorende garage 214a te Tilburg te sluiten met ingang van "
          "17 juni 2026, 10:00 uur, voor de duur van zes maanden;\n"
          "2. de huurders, voor zover zij dat wensen, tijdelijke opvang aan te bieden via Stichting Peerke Donders "
          "Opvang, met begeleiding door de wijkregisseur;\n"
          "3. de verhuurder te gelasten de sloten en de sleutels vóór de sluiting aan de toezichthouder over te "
          "dragen; bij niet-nakoming worden de sloten op kosten van de verhuurder vervangen;\n"
          "4. dit besluit bekend te maken door aanplakking op de woning en publicatie in het Gemeenteblad, "
          "zonder vermelding van de namen van bewoners."),
    ("p", "Motivering in hoofdlijnen: de belangen van de huurders zijn zwaar gewogen. Mr. Kluivers stelt dat "
          "sluiting de huurders treft en niet de verhuurder. De burgemeester onderkent dat, maar acht het gevaar "
          "voor de bewoners zelf doorslaggevend. Het aanbod van opvang, de hulp van het Huurteam Tilburg bij het "
          "zoeken naar andere woonruimte en de aanwezigheid van een tolk bij de sluiting ondervangen de gevolgen "
          "zoveel mogelijk."),
    ("p", "Tilburg, 3 juni 2026\n\nDe burgemeester van Tilburg,\n\n\nA.M. Roefs"),
    ("small", "Bezwaar: binnen zes weken bij de burgemeester van Tilburg, Postbus 90155, 5000 LH Tilburg. "
              "Verzoek voorlopige voorziening: rechtbank Zeeland-West-Brabant, Breda."),
], keep=[K("REF", "UIT-26-19930", "UIT-26-19930"), K("ORG", "Gemeenteblad", "Gemeenteblad"),
         K("ROLE", "De burgemeester van Tilburg", "De burgemeester van Tilburg"),
         K("PLACE", "Breda", "Breda"), K("LAW", "artikel 174a", "artikel 174a")]))

# ---------------------------------------------------------------- tb12 zienswijze advocaat huurders
DOCS.append(Doc("tb12_zienswijze_advocaat", "rl", title="Zienswijze namens huurders Korvelseweg",
                author="J. Oosterbeek", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
                font="DejaVuSerif", size=9.5, blocks=[
    ("right", "STADSADVOCATEN BRABANT\nadvocaten in huurrecht en bestuursrecht\nPiushaven 21, 5017 AN Tilburg\n"
              "T 013-744 20 00 | www.stadsadvocatenbrabant.nl"),
    ("p", "Per e-mail: handhaving@tilburg.nl\nCollege van burgemeester en wethouders van Tilburg\nPostbus 90155\n"
          "5000 LH Tilburg"),
    ("kv", [("Datum", "14 april 2026"), ("Uw kenmerk", "HH-2026-0117"), ("Ons kenmerk", "2026.0388/JOo/DK"),
            ("Behandeld door", "mr. J. Oosterbeek | 013-744 20 18 | j.oosterbeek@stadsadvocatenbrabant.nl"),
            ("Betreft", "Zienswijze voornemen last onder dwangsom Korvelseweg 214")]),
    ("p", "Geacht college,"),
    ("p", "Namens mijn cliënten, de heer Piotr Wróblewski, mevrouw Agnieszka Zielińska-Mróz, de heer Łukasz "
          "Dąbrowski, mevrouw Mihaela Dumitrescu en mevrouw Radostina Ivanova-Marinova, allen wonende te Tilburg, "
          "dien ik een zienswijze in op uw voornemen van 1 april 2026."),
    ("p", "1. Cliënten onderschrijven dat de woonsituatie onveilig is. Zij hebben de verhuurder, KamerPlus Wonen "
          "B.V., meermaals gewezen op het ontbreken van rookmelders en op de schimmel. De heer Dekkers, die de huur "
          "contant int, heeft daarop gedreigd hen 'terug te sturen naar Polen'. Mevrouw Zielińska-Mróz heeft "
          "daarvan op 2 maart 2026 een WhatsApp-bericht bewaard, dat ik op verzoek kan overleggen."),
    ("p", "2. Handhaving mag er niet toe leiden dat cliënten dakloos raken. Vier van hen zijn voor hun huisvesting "
          "afhankelijk van hun werkgever FlexPower Uitzendgroep (zie de huurovereenkomsten met huurprijs "
          "per bed). Ik verzoek u de begunstigingstermijn voor de verdieping op ten minste twaalf weken te stellen "
          "en vóór de uitvoering passende vervangende woonruimte aan te bieden."),
    ("p", "3. Mevrouw Dumitrescu is zwanger en heeft medische begeleiding nodig; een verhuizing naar een "
          "opvanglocatie met gedeelde sanitaire voorzieningen acht haar verloskundige onwenselijk."),
    ("p", "4. Cliënten verzoeken de gemeente de Huurcommissie en de Nederlandse Arbeidsinspectie te informeren "
          "over de (te) hoge huurprijzen en de inhoudingen op het loon."),
    ("p", "Voor vragen kunt u contact opnemen met ondergetekende of met mijn kantoorgenote mr. D. Kluivers. "
          "Een kopie van de volmachten is bijgevoegd."),
    ("p", "Hoogachtend,\n\n\nmr. J. Oosterbeek\nadvocaat"),
    ("small", "Stadsadvocaten Brabant is de handelsnaam van Stadsadvocaten Brabant B.V., ingeschreven bij de "
              "Kamer van Koophandel onder nummer 59118204. Op alle diensten zijn de algemene voorwaarden van "
              "toepassing."),
], redact=[R("HEALTH", "zwangerschap Dumitrescu", "is zwanger", "verloskundige"),
           R("ID", "dossierkenmerk advocaat", "2026.0388/JOo/DK")],
   keep=[K("ADDRESS_PUBLIC", "Piushaven 21, 5017 AN Tilburg", "Piushaven 21"),
         K("PHONE_GENERAL", "013-744 20 00", "013-744 20 00"),
         K("URL", "www.stadsadvocatenbrabant.nl", "www.stadsadvocatenbrabant.nl"),
         K("REF", "KvK Stadsadvocaten", "59118204")]))

# ---------------------------------------------------------------- tb13 zienswijze verhuurder (docx)
DOCS.append(Doc("tb13_zienswijze_verhuurder", "docx", title="Zienswijze KamerPlus", author="Henk",
                producer="Microsoft® Word 2016", creator="Microsoft® Word 2016", font="Liberation Sans", size=10,
                blocks=[
    ("p", "KamerPlus Wonen B.V.\nJules Verneweg 118 | 5015 BM Tilburg\ninfo@kamerplus.nl | KvK 71843320"),
    ("p", "Aan: gemeente Tilburg, team Handhaving Wonen, t.a.v. mevrouw M. Schellekens\n"
          "Per mail aan handhaving@tilburg.nl"),
    ("p", "Tilburg, 15 april 2026\nBetreft: uw brief van 1 april 2026, kenmerk HH-2026-0117"),
    ("p", "Geachte mevrouw Schellekens,"),
    ("p", "Met verbazing heb ik kennisgenomen van uw voornemen. KamerPlus Wonen B.V. verhuurt al jaren netjes "
          "kamers aan werknemers van FlexPower. Ik ben nooit eerder door de gemeente Tilburg aangesproken."),
    ("p", "De bewoners zijn zelf verantwoordelijk voor wie zij binnenlaten. Als er mensen in de garage slapen, "
          "dan weet ik daar niets van. Mijn beheerder, de heer R. Dekkers, heeft mij dat nooit gemeld. De "
          "rookmelders zijn inmiddels geplaatst door een erkend installateur (factuur kan ik sturen)."),
    ("p", "Ik vind het onacceptabel dat uw toezichthouder, de heer Van 't Hek, tijdens de controle tegen mijn "
          "huurders heeft gezegd dat zij 'geen huur meer hoeven te betalen'. Ik heb hem daar telefonisch op "
          "aangesproken. Verder heeft een BOA, de heer El Amrani, mij aan de telefoon niet te woord willen staan."),
    ("p", "Ik verzoek u af te zien van een last onder dwangsom. Ik ben bereid het aantal bewoners vrijwillig "
          "terug te brengen naar zeven. Voor overleg ben ik bereikbaar op 06-22 41 98 07 of via "
          "henk@kamerplus.nl. Post graag naar mijn privéadres, Heikantstraat 41, 5062 TB Oisterwijk, omdat de "
          "post op kantoor niet altijd aankomt."),
    ("p", "Met vriendelijke groet,\nKamerPlus Wonen B.V."),
    ("sp",),
    ("p", "H.J. van der Sluijs\ndirecteur"),
], redact=[H("PERSON", "Henk van der Sluijs (Info /Author)", "metadata", "Henk")],
   keep=[K("ROLE", "directeur", "directeur"), K("ROLE", "BOA", "BOA")]))

# ---------------------------------------------------------------- tb14 rental contract (docx, 2 pages)
DOCS.append(Doc("tb14_huurovereenkomst_kamer", "docx", title="Huurovereenkomst kamer / Room rental agreement",
                author="KamerPlus", producer="Aspose.Words for .NET 23.1.0", creator="Aspose.Words",
                font="Liberation Sans", size=9.5, blocks=[
    ("h", "HUUROVEREENKOMST KAMER / ROOM RENTAL AGREEMENT / UMOWA NAJMU POKOJU"),
    ("p", "Model: KamerPlus standaard 2024 (niet gebaseerd op ROZ-model)"),
    ("h2", "Partijen / Parties"),
    ("t", [["", "Verhuurder / Landlord", "Huurder / Tenant"],
           ["Naam", "KamerPlus Wonen B.V., KvK 71843320", "Piotr Wróblewski"],
           ["Vertegenwoordigd door", "R. Dekkers, beheerder (gevolmachtigd)", "-"],
           ["Adres", "Jules Verneweg 118, 5015 BM Tilburg", "ul. Mickiewicza 12/4, 41-200 Sosnowiec (PL)"],
           ["Geboortedatum / date of birth", "-", "14-03-1991"],
           ["Identiteitsbewijs", "-", "Dowód osobisty CBK 418273"],
           ["Telefoon / e-mail", "info@kamerplus.nl", "+48 601 448 212"],
           ["Werkgever / employer", "-", "FlexPower Uitzendgroep B.V. (inlener: distributiecentrum Tilburg)"]],
     [3, 5, 5]),
    ("h2", "Artikel 1 - Het gehuurde / The premises"),
    ("p", "Eén bed in gedeelde kamer nr. 1 op de eerste verdieping van de woning Korvelseweg 214, 5025 JK Tilburg, "
          "met gedeeld gebruik van keuken, douche en toilet. Het gehuurde is uitsluitend bestemd voor bewoning "
          "door huurder. Onderverhuur is verboden."),
    ("h2", "Artikel 2 - Duur / Term"),
    ("p", "Deze overeenkomst gaat in op 1 oktober 2025 en is aangegaan voor de duur van de uitzendovereenkomst van "
          "huurder bij FlexPower, met een maximum van twaalf maanden. Bij beëindiging van de uitzendovereenkomst "
          "eindigt ook deze huurovereenkomst (let op: dit beding is naar Nederlands recht nietig)."),
    ("h2", "Artikel 3 - Huurprijs / Rent"),
    ("p", "De huurprijs bedraagt € 125 per week, inclusief gas, water, elektriciteit en internet. De huur wordt "
          "wekelijks ingehouden op het loon door FlexPower en doorbetaald aan verhuurder, of contant voldaan aan "
          "de beheerder. Borg: € 400, te voldoen op rekening van huurder NL08 INGB 0007 4413 28 bij terugbetaling."),
    ("pb",),
    ("h2", "Artikel 4 - Huisregels / House rules"),
    ("p", "1. Bezoek na 22:00 uur is niet toegestaan.\n2. Koken op de kamer is verboden.\n3. Huurder staat toe dat "
          "de beheerder de kamer zonder aankondiging betreedt.\n4. Bij overtreding kan verhuurder een boete "
          "opleggen van € 50 per keer (nietig, zie Wet goed verhuurderschap).\n5. Klachten uitsluitend via "
          "WhatsApp aan de beheerder: 06 4471 0032."),
    ("h2", "Artikel 5 - Inschrijving / Registration"),
    ("p", "Huurder schrijft zich in de BRP in op het adres van het gehuurde of, indien hij korter dan vier maanden "
          "verblijft, in het Register Niet-ingezetenen (RNI). Verhuurder verstrekt huurder het "
          "informatiedocument bedoeld in de Wet goed verhuurderschap. (Niet verstrekt - opmerking toezichthouder.)"),
    ("h2", "Ondertekening / Signatures"),
    ("t", [["Plaats en datum", "Verhuurder", "Huurder"],
           ["Tilburg, 28-09-2025", "namens KamerPlus Wonen B.V.\nR. Dekkers", "Piotr Wróblewski\n(handtekening)"]],
     [3, 5, 5]),
    ("small", "Kopie verkregen bij integrale controle 19 maart 2026 (dossier HH-2026-0117), foto T. van 't Hek."),
], keep=[K("TERM", "Register Niet-ingezetenen", "Register Niet-ingezetenen"),
         K("ORG", "ROZ", "ROZ"), K("PLACE", "Sosnowiec", "Sosnowiec")]))

# ---------------------------------------------------------------- tb15 scanned contract with handwriting
_c = lines(24, [
    (0, "KamerPlus Wonen B.V.", "DejaVuSans-Bold.ttf", 14),
    (0, "Jules Verneweg 118, 5015 BM Tilburg  -  info@kamerplus.nl", "DejaVuSans.ttf", 9),
    "",
    (0, "HUUROVEREENKOMST KAMER (CONTRACT DE INCHIRIERE)", "DejaVuSans-Bold.ttf", 12),
    "",
    "Verhuurder : KamerPlus Wonen B.V., hierbij vertegenwoordigd",
    "             door de heer R. Dekkers",
    "Huurder    : Mihaela DUMITRESCU",
    "Geb. datum : 03-05-1993",
    "Adres      : Strada Lalelelor 9, 550207 Sibiu, Romania",
    "Rekening   : NL89 RABO 0318 2655 41",
    "",
    "Gehuurd    : 1 kamer (nr. 4), Korvelseweg 214, Tilburg",
    "Huurprijs  : EUR 550,- per maand, incl. energie",
    "Ingang     : 1 november 2025, voor 6 maanden",
    "",
    "Huurder verklaart de huisregels te hebben ontvangen en",
    "gaat akkoord met inhouding van de huur op het loon door",
    "FlexPower Uitzendgroep B.V.",
    "",
    "Aldus opgemaakt en getekend te Tilburg op 30-10-2025.",
    "",
    "Verhuurder:                        Huurder:",
], size=10.5)
_c += [(24, 190, "R. Dekkers", "DejaVuSerif-Italic.ttf", 15),
       (108, 190, "Mihaela Dumitrescu", "DejaVuSerif-Italic.ttf", 15),
       (24, 215, "Borg ontvangen contant 400,- / Rico", "DejaVuSerif-Italic.ttf", 13),
       (24, 262, "Ontvangen bij controle 19-3-2026 - T. van 't Hek (BWT)", "DejaVuSansMono.ttf", 9)]

DOCS.append(Doc("tb15_huurcontract_scan", "scan", title="scan0047", creator="KODAK Capture Pro Software",
                producer="KODAK Capture Pro Software", scan={"pages": [_c], "rotate": -0.8, "seed": 15},
                redact=[H("PERSON", "Mihaela Dumitrescu", "ocr", "DUMITRESCU", "Mihaela", "Dumitrescu"),
                        H("DOB", "03-05-1993", "ocr", "03-05-1993"),
                        H("ADDRESS", "Strada Lalelelor 9, 550207", "ocr", "Strada Lalelelor 9", "550207"),
                        H("IBAN", "NL89 RABO 0318 2655 41", "ocr", "NL89 RABO 0318 2655 41"),
                        H("PERSON", "Ricardo Dekkers", "ocr", "R. Dekkers", "Dekkers", "Rico"),
                        H("ADDRESS", "Korvelseweg 214", "ocr", "Korvelseweg 214"),
                        H("PERSON", "Thijs van 't Hek", "ocr", "van 't Hek")]))


# ---------------------------------------------------------------- tb16 AcroForm (opvang registration)
def _form(doc, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.colors import black, HexColor
    c = canvas.Canvas(str(out), pagesize=A4)
    c.setTitle(doc.title)
    c.setCreator(doc.creator or "")
    W, Hh = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(56, Hh - 60, "Aanmeldformulier tijdelijke opvang na sluiting woning")
    c.setFont("Helvetica", 9.5)
    y = Hh - 80
    for t in ["Gemeente Tilburg, team Wijkregie, in samenwerking met Stichting Peerke Donders Opvang",
              "Zaak: HH-2026-0117 - sluiting op grond van artikel 174a Gemeentewet per 17 juni 2026",
              "In te vullen door de wijkregisseur samen met de bewoner (zo nodig met tolk). Gegevens worden",
              "verwerkt op grond van de AVG en uitsluitend gedeeld met de opvanglocatie."]:
        c.drawString(56, y, t)
        y -= 13
    fields = [("naam", "Naam bewoner", ""),
              ("gebdat", "Geboortedatum", "22-01-1995"),
              ("bsn", "BSN (indien bekend)", "542609629"),
              ("tel", "Telefoonnummer", "+48 512 093 771"),
              ("email", "E-mailadres", ""),
              ("adres", "Huidig adres (te sluiten woning)", "Korvelseweg 214, kamer 1"),
              ("werkgever", "Werkgever / uitzendbureau", "FlexPower Uitzendgroep B.V."),
              ("taal", "Voorkeurstaal / tolk nodig", "Pools - ja"),
              ("contact", "Contactpersoon in noodgeval", "Tomasz Nowicki (collega)"),
              ("opvang", "Opvanglocatie", "Mgr. Zwijsenhuis, kamer 12"),
              ("ingevuld", "Ingevuld door (wijkregisseur)", "K. Vermeulen"),
              ("datum", "Datum", "15-06-2026")]
    y -= 14
    form = c.acroForm
    for name, label, val in fields:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(56, y + 5, label)
        form.textfield(name=name, tooltip=label, x=250, y=y, width=290, height=18, value=val,
                       fontName="Helvetica", fontSize=9.5, borderColor=black, fillColor=HexColor("#f3f6fa"),
                       borderWidth=0.6, forceBorder=True)
        y -= 30
    y -= 10
    c.setFont("Helvetica", 9)
    for t in ["Verklaring: de bewoner verklaart dat de opvang tijdelijk is (maximaal acht weken) en dat de",
              "gemeente Tilburg en het Huurteam Tilburg helpen bij het vinden van andere woonruimte.",
              "Vragen: team Wijkregie via 14 013 of handhaving@tilburg.nl. Bij nood: 112."]:
        c.drawString(56, y, t)
        y -= 12
    c.setFont("Helvetica", 7.5)
    c.drawString(56, 40, "Formulier WR-OPV-03 (versie 2026-02) - gemeente Tilburg")
    c.showPage()
    c.save()


DOCS.append(Doc("tb16_aanmelding_opvang_form", "form", title="Aanmeldformulier tijdelijke opvang",
                producer="ReportLab PDF Library - www.reportlab.com", creator="Formulierenbeheer Tilburg",
                form=_form,
                redact=[H("PERSON", "Łukasz Dąbrowski (form value)", "annotations", "Łukasz Dąbrowski"),
                        H("DOB", "22-01-1995 (form value)", "annotations", "22-01-1995"),
                        H("BSN", "542609629 (form value)", "annotations", "542609629"),
                        H("PHONE", "+48 512 093 771 (form value)", "annotations", "+48 512 093 771"),
                        H("EMAIL", "łukasz.dąbrowski@wp.pl (form value)", "annotations", "łukasz.dąbrowski@wp.pl"),
                        H("ADDRESS", "Korvelseweg 214 (form value)", "annotations", "Korvelseweg 214"),
                        H("PERSON", "Tomasz Nowicki (form value)", "annotations", "Tomasz Nowicki"),
                        H("PERSON", "K. Vermeulen (form value)", "annotations", "K. Vermeulen")],
                keep=[K("REF", "WR-OPV-03", "WR-OPV-03"), K("ORG", "team Wijkregie", "team Wijkregie"),
                      K("PHONE_GENERAL", "112", "112")]))
DOCS[-1].form_values = {"naam": "Łukasz Dąbrowski", "email": "łukasz.dąbrowski@wp.pl"}

# ---------------------------------------------------------------- tb17 minutes casusoverleg (2 pages)
DOCS.append(Doc("tb17_verslag_casusoverleg", "docx", title="Verslag casusoverleg ondermijning kamerverhuur",
                author="Inge Bastiaansen", producer=WORD, creator=WORD, font="Liberation Sans", size=9.5, blocks=[
    ("h", "Verslag casusoverleg Ondermijning & Wonen - casus KamerPlus"),
    ("kv", [("Datum", "woensdag 8 april 2026, 13:00 - 14:30 uur"), ("Locatie", "Stadskantoor, zaal 4.12 en Teams"),
            ("Voorzitter", "M. Schellekens"), ("Verslag", "I. Bastiaansen"),
            ("Vertrouwelijkheid", "RIEC-convenant; niet verspreiden buiten deelnemers")]),
    ("h2", "Aanwezig"),
    ("t", [["Naam", "Organisatie / functie", "Initialen"],
           ["Marjan Schellekens", "gemeente Tilburg, teamleider Handhaving Wonen (vz)", "MSch"],
           ["Loes Hamers-van Dijk", "gemeente Tilburg, toezichthouder BWT", "LHvD"],
           ["Bart ter Horst", "gemeente Tilburg, juridisch adviseur VTH", "BtH"],
           ["Eveline Roozendaal", "gemeente Tilburg, Bibob-coördinator", "ERo"],
           ["Koen Vermeulen", "gemeente Tilburg, wijkregisseur Noord", "KV"],
           ["Hanneke Wouters", "RIEC Zeeland-West-Brabant, analist", "HWo"],
           ["Rianne Akkermans", "Politie, wijkteam Tilburg-Noord", "RAk"],
           ["Pieter-Jan Olthof", "Nederlandse Arbeidsinspectie, inspecteur", "PJO"],
           ["Inge Bastiaansen", "gemeente Tilburg, secretariaat VTH (verslag)", "IBa"]], [4, 7, 1.6]),
    ("p", "Afwezig met bericht: Ruud Smulders (Veiligheidsregio Midden- en West-Brabant); schriftelijke inbreng "
          "ontvangen."),
    ("h2", "1. Stand van zaken handhaving"),
    ("p", "LHvD licht toe: het voornemen last onder dwangsom is op 1 april verzonden. Zienswijzen worden verwacht van "
          "de verhuurder en van mr. Oosterbeek namens vijf huurders. De beheerder (Dekkers) heeft volgens bewoners "
          "twee huurders, Stoyan Petkov en Dimitar Georgiev, 'naar een ander adres' gebracht; vermoedelijk "
          "Hoefstraat 37a. BtH: bij herhaling na de begunstigingstermijn direct sluiting voorbereiden."),
    ("h2", "2. Bibob en ketenpartners"),
    ("p", "ERo: adviesaanvraag bij het Landelijk Bureau Bibob gaat deze week uit. HWo meldt dat Van der Sluijs bij "
          "het RIEC bekend is uit een casus in Roosendaal (2023). PJO: de Nederlandse Arbeidsinspectie onderzoekt "
          "FlexPower Uitzendgroep op inhouding van huur boven de SNF-norm; bevindingen worden via het RIEC "
          "gedeeld. RAk: na de controle twee meldingen van bedreiging door de verhuurder jegens huurders."),
    ("pb",),
    ("h2", "3. Bewoners en opvang"),
    ("p", "KV heeft met zes bewoners gesproken, deels met tolk Katarzyna Baran. Mevrouw Zielińska-Mróz en de heer "
          "Wróblewski zijn bereid te verklaren. Stichting Peerke Donders Opvang heeft vier plaatsen in het "
          "Mgr. Zwijsenhuis beschikbaar. Het Huurteam Tilburg (contactpersoon Sevda Kaya) helpt met huurcontracten."),
    ("h2", "4. Communicatie"),
    ("p", "Wethouder Heesakkers wordt via een beslisnota geïnformeerd. Raadsvragen van raadslid Yılmaz worden "
          "verwacht. Geen huisnummer en geen namen van bewoners in externe communicatie."),
    ("h2", "Actielijst"),
    ("t", [["Nr.", "Actie", "Wie", "Gereed"],
           ["26-041", "Zienswijzen beoordelen, besluit LOD opstellen", "BtH / LHvD", "28-04-2026"],
           ["26-042", "Adviesaanvraag LBB Hoefstraat 37a", "ERo", "10-04-2026"],
           ["26-043", "Informatie-uitwisseling FlexPower via RIEC-convenant", "HWo / PJO", "22-04-2026"],
           ["26-044", "Opvang en herhuisvesting bewoners, tolk inplannen", "KV", "doorlopend"],
           ["26-045", "Beslisnota wethouder, afstemmen met Communicatie", "MSch", "15-04-2026"],
           ["26-046", "Meldingen bedreiging koppelen aan dossier", "RAk", "15-04-2026"]], [1.4, 7, 2.2, 2]),
    ("small", "Volgend overleg: woensdag 13 mei 2026. Verslag vastgesteld per mail door de voorzitter (MSch)."),
], keep=[K("TERM", "SNF-norm", "SNF-norm"), K("REF", "actienummers", "26-041", "26-042", "26-043", "26-044",
                                                                        "26-045", "26-046"),
         K("ORG", "Stadskantoor", "Stadskantoor"), K("TERM", "RIEC-convenant", "RIEC-convenant")]))

# ---------------------------------------------------------------- tb18 beslisnota (2 pages)
DOCS.append(Doc("tb18_beslisnota_wethouder", "rl", title="Beslisnota handhaving kamerverhuur Korvelseweg",
                author="Jeroen Nooijen", producer="Microsoft® Word voor Microsoft 365", creator=WORD,
                font="DejaVu", size=9.5, blocks=[
    ("h", "Beslisnota"),
    ("kv", [("Aan", "wethouder Wonen, de heer D. Heesakkers"),
            ("Van", "J. Nooijen, beleidsadviseur Wonen (013 542 8745, j.nooijen@tilburg.nl)"),
            ("Kopie aan", "burgemeester (portefeuille openbare orde); M. Schellekens, teamleider Handhaving Wonen"),
            ("Datum", "14 april 2026"), ("Kenmerk", "INT-26-0877"),
            ("Onderwerp", "Aanpak malafide kamerverhuur KamerPlus Wonen B.V. (Korvelseweg en Hoefstraat)")]),
    ("h2", "Aanleiding"),
    ("p", "Bij een integrale controle op 19 maart 2026 zijn twaalf arbeidsmigranten aangetroffen in een woning "
          "met vijf kamers, zolder en garage. Er is sprake van overbewoning, ernstige tekortkomingen in de "
          "brandveiligheid en aanwijzingen voor uitbuiting. De verhuurder, KamerPlus Wonen B.V., vraagt tegelijk "
          "een vergunning aan voor een tweede pand."),
    ("h2", "Geadviseerd besluit"),
    ("p", "Aan de wethouder wordt gevraagd: 1. in te stemmen met het opleggen van een last onder dwangsom; "
          "2. in te stemmen met het weigeren van de vergunning voor de Hoefstraat als het Bibob-advies daartoe "
          "aanleiding geeft; 3. de burgemeester te verzoeken een sluiting op grond van artikel 174a Gemeentewet "
          "voor te bereiden; 4. kennis te nemen van de aanpak voor opvang van de bewoners."),
    ("h2", "Kern"),
    ("p", "De Wet goed verhuurderschap geeft de gemeente sinds 2023 extra instrumenten, zoals een "
          "verhuurvergunning voor aangewezen gebieden. Tilburg heeft die nog niet ingevoerd. De huidige casus laat "
          "zien dat handhaving achteraf de bewoners hard raakt: bij sluiting verliezen zij hun woonruimte."),
    ("h2", "Krachtenveld"),
    ("p", "De advocaat van de huurders (mr. Oosterbeek) pleit voor uitstel. FlexPower Uitzendgroep wijst "
          "verantwoordelijkheid af. Raadslid Yılmaz en raadslid Bressers hebben aangekondigd vragen te stellen. "
          "Het Brabants Dagblad heeft navraag gedaan bij de woordvoerder."),
    ("pb",),
    ("h2", "Financiën"),
    ("p", "Kosten van opvang (circa € 18.000 voor acht weken) worden gedekt uit het budget Wonen en Zorg; "
          "verbeurde dwangsommen worden ingevorderd."),
    ("h2", "Paraaf"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["J. Nooijen", "beleidsadviseur Wonen", "JNo", "14-04"],
           ["M. Schellekens", "teamleider Handhaving Wonen", "MSch", "14-04"],
           ["W.F.M. Hoogendoorn", "teammanager VTH", "WH", "15-04"]], [3, 4, 1.5, 1.5]),
    ("h2", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "[in te vullen bij openbaarmaking]"),
    ("h2", "Besluit wethouder"),
    ("p", "Akkoord met 1 t/m 4. Graag ook een voorstel voor een verhuurvergunning in de wijken Noord en "
          "Oud-Zuid. - wethouder Heesakkers, 16 april 2026"),
], keep=[K("REF", "INT-26-0877", "INT-26-0877"), K("ROLE", "beleidsadviseur Wonen", "beleidsadviseur Wonen"),
         K("TERM", "verhuurvergunning", "verhuurvergunning"), K("ORG", "Wonen en Zorg", "Wonen en Zorg")]))
