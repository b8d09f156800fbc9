"""Set BN documents bn09-bn16: Wmo woningaanpassing, bewonersbrief, betalingsregeling (scan),
huurdersvereniging, schimmelklacht, Autoriteit woningcorporaties."""
import random
from pathlib import Path

from fw import Doc, Dx, make_bsn, make_iban, mm, colors, sig_png, HERE
from reportlab.platypus import Image as RLImage

ASSETS = HERE / "assets"


def bn09():
    d = Doc("bn09_wmo_beschikking_woningaanpassing", "Beschikking Wmo woningaanpassing", producer="docx",
            org="Gemeente Zwolle")
    x = d.docx = Dx(font="Arial", size=10, header="Gemeente Zwolle · Sociaal Domein · Wmo-loket",
                    footer="Gemeente Zwolle · Lübeckplein 2 · Postbus 10007, 8000 GA Zwolle · 14 038 · www.zwolle.nl")
    bsn = make_bsn("16294570")
    x.p("**Gemeente Zwolle**", size=14)
    x.p("Mevrouw J.W. Koning-Roerdink\nde heer H. Koning\nAssendorperstraat 71\n8012 DG  Zwolle", space=10)
    x.table([["Datum", "Ons kenmerk", "Cliëntnummer", "Behandeld door"],
             ["3 juni 2025", "WMO-2025-20417", "WMO-778120", "Lieke van 't Hul (06 2741 9903)"]],
            widths=[30, 35, 35, 66], size=8.5)
    x.p("**Onderwerp: beschikking maatwerkvoorziening woningaanpassing (Wmo 2015)**")
    x.p("Geachte mevrouw Koning-Roerdink,")
    x.p("U heeft op 8 april 2025 een melding gedaan bij het Wmo-loket omdat u niet meer veilig de trap op kunt "
        "en niet meer zelfstandig kunt douchen. Op 23 april 2025 heeft onze consulent, mevrouw Lieke van 't Hul, "
        "met u en uw echtgenoot het keukentafelgesprek gevoerd. Het verslag heeft u op 30 april ontvangen.")
    x.h("Wat hebben wij besloten?", level=3)
    x.p("Wij kennen u de volgende maatwerkvoorzieningen toe op grond van artikel 2.3.5 van de Wet "
        "maatschappelijke ondersteuning 2015 en de Verordening maatschappelijke ondersteuning Zwolle 2024:")
    x.table([["Voorziening", "Vorm", "Leverancier", "Kosten"],
             ["Trapliftinstallatie (rechte trap, 14 treden)", "in natura", "Otolift Trapliften", "€ 5.840,00"],
             ["Aanpassing badkamer: inloopdouche, beugels, douchestoel", "persoonsgebonden budget",
              "door u te kiezen", "€ 7.215,50"],
             ["Verwijderen drempels begane grond", "in natura", "deltaWonen (eigenaar)", "€ 640,00"]],
            widths=[70, 35, 35, 26], size=8.5)
    x.p("De woning is eigendom van deltaWonen. De corporatie heeft op 19 mei 2025 toestemming gegeven voor de "
        "aanpassingen (kenmerk DW-TA-2025-0881).")
    x.h("Waarom?", level=3)
    x.p("Uit het advies van de ergotherapeut blijkt dat u door **multiple sclerose** met toenemende "
        "vermoeidheid en **valincidenten** (drie keer in 2025) niet meer zelfredzaam bent in en om de woning. "
        "Een verhuizing naar een gelijkvloerse woning heeft u overwogen, maar is volgens het advies op dit moment "
        "niet nodig (goedkoopst compenserende oplossing).")
    x.h("Eigen bijdrage", level=3)
    x.p("Voor deze voorzieningen betaalt u een eigen bijdrage van maximaal € 21,80 per maand (abonnementstarief). "
        "Het CAK stelt de bijdrage vast en stuurt u een factuur. Uw BSN " + bsn + " hebben wij daarvoor aan het "
        "CAK doorgegeven.")
    x.h("Bezwaar", level=3)
    x.p("Bent u het niet eens met deze beschikking? Dan kunt u binnen zes weken bezwaar maken bij het college van "
        "burgemeester en wethouders van Zwolle. Vragen? Bel 14 038 of mail naar wmo@zwolle.nl.")
    x.p("Met vriendelijke groet,\n\nLieke van 't Hul\nconsulent Wmo, team Wonen en Welzijn\n"
        "namens het college van burgemeester en wethouders van Zwolle")
    x.motivation("Gezondheidsgegevens van de aanvrager zijn weggelakt op grond van artikel 5.1, eerste lid, onder d, Woo.")
    d.r("PERSON", "J.W. Koning-Roerdink", "Koning-Roerdink", "J.W.")
    d.r("PERSON", "H. Koning", "H. Koning")
    d.r("ADDRESS", "Assendorperstraat 71, 8012 DG Zwolle", "Assendorperstraat 71", "8012 DG")
    d.r("PERSON", "Lieke van 't Hul", "van 't Hul", "Lieke")
    d.r("PHONE", "06 2741 9903", "06 2741 9903")
    d.r("CLIENTNR", "WMO-778120", "WMO-778120")
    d.r("HEALTH", "multiple sclerose", "multiple sclerose", "valincidenten")
    d.r("BSN", "BSN", bsn)
    d.k("ORG", "Gemeente Zwolle", "deltaWonen", "Otolift Trapliften", "CAK")
    d.k("REF", "WMO-2025-20417", "DW-TA-2025-0881")
    d.k("LAW", "Wet maatschappelijke ondersteuning 2015", "Verordening maatschappelijke ondersteuning Zwolle 2024",
        "artikel 2.3.5")
    d.k("AMOUNT", "€ 5.840,00", "€ 7.215,50", "€ 21,80")
    d.k("PHONE", "14 038")
    d.k("MAILBOX", "wmo@zwolle.nl")
    d.k("ADDRESS", "Lübeckplein 2", "Postbus 10007, 8000 GA Zwolle")
    d.k("TERM", "keukentafelgesprek", "persoonsgebonden budget", "consulent Wmo")
    return d


def bn10():
    d = Doc("bn10_ergotherapie_advies_wmo", "Ergotherapeutisch advies woningaanpassing", producer="docx",
            org="Ergotherapie IJsselzicht")
    x = d.docx = Dx(font="Liberation Serif", size=10.5, header="Ergotherapie IJsselzicht – adviesrapport Wmo – VERTROUWELIJK",
                    footer="Ergotherapie IJsselzicht · Thorbeckegracht 9 · 8011 VL Zwolle · info@ergo-ijsselzicht.nl · 038 421 66 90")
    x.p("**Ergotherapeutisch advies woningaanpassing**", size=14)
    x.table([["Aanvrager", "Gemeente Zwolle, Wmo-loket (consulent L. van 't Hul)"],
             ["Cliënt", "Jantina Wilhelmina Koning-Roerdink"],
             ["Geboortedatum", "22 februari 1961"],
             ["Adres", "Assendorperstraat 71, Zwolle"],
             ["Huisarts", "F.R. Nieuwenhuis-Oguntoye, Gezondheidscentrum Assendorp"],
             ["Ergotherapeut", "drs. Marleen Tichelaar-Kruse, KP-nummer 0841922"],
             ["Datum huisbezoek", "6 mei 2025"]], widths=[40, 125], head=False, size=9.5)
    x.h("1. Vraagstelling", level=3)
    x.p("Kan cliënte met aanpassingen veilig in de huidige eengezinswoning (deltaWonen, bouwjaar 1932) blijven "
        "wonen, of is verhuizing naar een gelijkvloerse woning de goedkoopst compenserende oplossing?")
    x.h("2. Anamnese", level=3)
    x.p("Cliënte (64 jaar) is in 2011 gediagnosticeerd met multiple sclerose (relapsing-remitting, sinds 2021 "
        "secundair progressief). Zij gebruikt binnenshuis een rollator en buitenshuis een scootmobiel. Zij heeft "
        "last van vermoeidheid en krachtsverlies in het linkerbeen. In 2025 is zij drie keer gevallen, waarvan "
        "één keer op de trap (kneuzing heup, SEH Isala 2 maart 2025). Medicatie: ocrelizumab (halfjaarlijks infuus).")
    x.p("Echtgenoot Hendrik Koning (67) is mantelzorger; hij heeft zelf COPD GOLD 2 en kan haar niet tillen.")
    x.h("3. Observatie in de woning", level=3)
    x.table([["Ruimte", "Bevinding", "Risico"],
             ["Trap (14 treden, recht)", "leuning één zijde; cliënte stopt halverwege", "hoog"],
             ["Badkamer 1e verdieping", "ligbad met douchescherm, instap 52 cm", "hoog"],
             ["Begane grond", "drempels 3 cm bij keuken en toilet", "middel"],
             ["Slaapkamer", "voldoende draairuimte rollator", "laag"]], widths=[45, 85, 30], size=9)
    x.h("4. Advies", level=3)
    x.p("Ik adviseer een rechte traplift met draaistoel bovenaan, vervanging van het ligbad door een inloopdouche "
        "met douchestoel en wandbeugels, en het verwijderen van de drempels. Met deze aanpassingen kan cliënte "
        "naar verwachting nog minstens vijf jaar in de woning blijven. Verhuizing naar een gelijkvloerse woning "
        "is bij verdere progressie wel te overwegen; ik adviseer de gemeente in 2027 te herbeoordelen.")
    x.p("Het advies is met cliënte en haar echtgenoot besproken; zij stemmen in met doorzending aan de gemeente "
        "en aan deltaWonen (afdeling Vastgoed, woonconsulent Pim Oldenhof).")
    x.p("Zwolle, 12 mei 2025\n\nM. Tichelaar-Kruse\nergotherapeut")
    x.motivation("Medische gegevens over de cliënt zijn weggelakt op grond van artikel 5.1, eerste lid, onder d, Woo.")
    d.r("PERSON", "L. van 't Hul", "L. van 't Hul")
    d.r("PERSON", "Jantina Wilhelmina Koning-Roerdink", "Koning-Roerdink", "Jantina Wilhelmina")
    d.r("DOB", "22 februari 1961", "22 februari 1961")
    d.r("ADDRESS", "Assendorperstraat 71, Zwolle", "Assendorperstraat 71")
    d.r("PERSON", "F.R. Nieuwenhuis-Oguntoye", "Nieuwenhuis-Oguntoye")
    d.r("PERSON", "Marleen Tichelaar-Kruse", "Tichelaar-Kruse", "Marleen")
    d.r("ID", "KP-nummer 0841922", "0841922")
    d.r("HEALTH", "multiple sclerose", "multiple sclerose", "secundair progressief", "ocrelizumab",
        "kneuzing heup", "COPD GOLD 2")
    d.r("PERSON", "Hendrik Koning", "Hendrik Koning")
    d.r("PERSON", "Pim Oldenhof", "Oldenhof")
    d.k("ORG", "Ergotherapie IJsselzicht", "Gemeente Zwolle", "deltaWonen", "Gezondheidscentrum Assendorp", "Isala")
    d.k("TERM", "goedkoopst compenserende oplossing", "traplift", "inloopdouche", "mantelzorger", "woonconsulent")
    d.k("ADDRESS", "Thorbeckegracht 9")
    d.k("MAILBOX", "info@ergo-ijsselzicht.nl")
    d.k("PHONE", "038 421 66 90")
    d.k("DATE", "6 mei 2025", "12 mei 2025")
    return d


def bn11():
    d = Doc("bn11_bewonersbrief_renovatie_elkien", "Brief aan bewoners renovatie Vlietzone", font="Helvetica",
            size=10, org="Gemeente Leeuwarden")
    d.footer = "Gemeente Leeuwarden · Oldehoofsterkerkhof 2 · Postbus 21000, 8900 JA Leeuwarden · 14 058 · www.leeuwarden.nl"

    def head(c, doc):
        w, h = c._pagesize
        c.setFillColor(colors.HexColor("#003b73"))
        c.rect(0, h - 28 * mm, w, 28 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(22 * mm, h - 16 * mm, "Gemeente Leeuwarden")
        c.setFont("Helvetica", 9)
        c.drawString(22 * mm, h - 22 * mm, "in samenwerking met Elkien")
    d.header = head
    d.margins = (22 * mm, 20 * mm, 36 * mm, 20 * mm)
    d.side("Familie Dijkstra-Hoekstra<br/>Pieter Stuyvesantweg 41<br/>8932 BD Leeuwarden",
           "<b>Contactpersoon</b><br/>Sietske Jorritsma-Bouma<br/>projectleider Vlietzone<br/>T 06 - 1392 0458<br/>"
           "s.jorritsmabouma@leeuwarden.nl<br/><br/><b>Datum</b> 2 juli 2025<br/><b>Kenmerk</b> VZ/2025/118",
           wl=100, wr=65)
    d.sp(8)
    d.p("<b>Onderwerp: renovatie van uw woning en bewonersavond 10 juli</b>")
    d.p("Beste familie Dijkstra-Hoekstra,")
    d.p("Zoals u weet gaan de gemeente Leeuwarden en Elkien de woningen in de Vlietzone verduurzamen. Uw woning "
        "krijgt isolatie van dak, gevel en vloer, nieuwe kozijnen met HR++-glas en een warmtepomp. Volgens het "
        "Sociaal Plan Vlietzone 2025 hoeft u niet te verhuizen; de werkzaamheden duren ongeveer vijftien werkdagen. "
        "Uw huur stijgt niet door de renovatie; de energiekosten dalen naar verwachting.")
    d.p("Wij weten uit het gesprek met uw woonconsultent, de heer Tjeerd Hoogeveen, dat uw zoon Jelmer thuis "
        "nachtdiensten werkt en overdag slaapt. Daar houden wij rekening mee bij de planning.")
    d.p("<b>Bewonersavond</b><br/>Op donderdag 10 juli 2025 om 19.30 uur bent u welkom in buurthuis De Schakel, "
        "Anne Vondelingstraat 3. Wethouder Hoogterp (Wonen) en de huurdersorganisatie Elkien Huurdersraad zijn "
        "aanwezig. Ook burgemeester Buma komt kort langs om het buurtfonds te openen.")
    d.p("<b>Vragen?</b><br/>Bel of app mij gerust, of mail naar vlietzone@leeuwarden.nl. Voor vragen over uw "
        "huurcontract belt u Elkien via 088 - 512 00 00.")
    d.p("Met vriendelijke groet,")
    d.table([["", ""], ["J. Hoogterp<br/>wethouder Wonen, gemeente Leeuwarden", "S. Jorritsma-Bouma<br/>projectleider Vlietzone"]],
            widths=[80 * mm, 80 * mm], head=False, grid=False)
    ASSETS.mkdir(exist_ok=True)
    sig = sig_png(ASSETS / "sig_bn11.png", "S. Jorritsma", seed=11)
    d.img(sig, 45 * mm, 13 * mm)
    d.r("PERSON", "Familie Dijkstra-Hoekstra", "Dijkstra-Hoekstra")
    d.r("ADDRESS", "Pieter Stuyvesantweg 41, 8932 BD Leeuwarden", "Pieter Stuyvesantweg 41", "8932 BD")
    d.r("PERSON", "Sietske Jorritsma-Bouma", "Jorritsma-Bouma", "Sietske")
    d.r("PHONE", "06 - 1392 0458", "06 - 1392 0458")
    d.r("EMAIL", "s.jorritsmabouma@leeuwarden.nl", "s.jorritsmabouma@leeuwarden.nl")
    d.r("PERSON", "Tjeerd Hoogeveen", "Hoogeveen", "Tjeerd")
    d.r("PERSON", "Jelmer", "Jelmer")
    d.k("ORG", "Gemeente Leeuwarden", "Elkien", "Elkien Huurdersraad")
    d.k("OFFICE", "Wethouder Hoogterp", "burgemeester Buma", "J. Hoogterp")
    d.k("STREET", "Anne Vondelingstraat 3", "Oldehoofsterkerkhof 2")
    d.k("PROGRAMME", "Sociaal Plan Vlietzone 2025", "Vlietzone")
    d.k("PLACE", "De Schakel")
    d.k("MAILBOX", "vlietzone@leeuwarden.nl")
    d.k("PHONE", "088 - 512 00 00", "14 058")
    d.k("REF", "VZ/2025/118")
    d.k("DATE", "10 juli 2025", "2 juli 2025")
    d.k("TERM", "projectleider Vlietzone", "wethouder Wonen")
    return d


def bn12():
    """Scan of a signed betalingsregeling."""
    d = Doc("bn12_scan_betalingsregeling_woonbron", "Scan_2025-06-18_093311", font="Helvetica", size=11,
            org="Woonbron")
    d.scan = True
    d.angle = -0.8
    iban = make_iban("RABO", "3318740255")
    d.p("<b>Woonbron</b>", size=18)
    d.p("Betalingsregeling huurachterstand", size=14, bold=True)
    d.sp(3)
    d.table([["Huurder", "Abdirahman Warsame"],
             ["Adres", "Zwaanshals 507, 3035 KS Rotterdam"],
             ["Huurcontract", "WB-218844-03"],
             ["Geboortedatum", "09-03-1987"],
             ["Rekening huurder", iban]], widths=[45 * mm, 110 * mm], head=False, size=11)
    d.sp(4)
    d.p("De huurder erkent een huurachterstand van EUR 2.146,75 per 1 juni 2025. Hij betaalt deze af in 12 "
        "maandelijkse termijnen van EUR 178,90 naast de lopende huur. Bij twee gemiste termijnen vervalt de "
        "regeling en zet Woonbron de incasso voort.", size=11)
    d.p("Budgetcoach: Ilona Verbruggen (Stichting MEE)", size=11)
    d.sp(8)
    d.table([["Namens Woonbron", "Huurder"], ["R. Baptist, incassomedewerker", "A. Warsame"]],
            widths=[80 * mm, 80 * mm], head=False, grid=False, size=11)
    d.p("R. Baptist                     A. Warsame", font="Femke", size=22)
    d.p("Rotterdam, 18 juni 2025", size=11)
    d.r("PERSON", "Abdirahman Warsame", "Warsame", "Abdirahman", ch="ocr")
    d.r("ADDRESS", "Zwaanshals 507, 3035 KS Rotterdam", "Zwaanshals 507", "3035 KS", ch="ocr")
    d.r("CONTRACT", "WB-218844-03", "WB-218844-03", ch="ocr")
    d.r("DOB", "09-03-1987", "09-03-1987", ch="ocr")
    d.r("IBAN", "IBAN", iban, ch="ocr")
    d.r("PERSON", "Ilona Verbruggen", "Verbruggen", ch="ocr")
    d.r("PERSON", "R. Baptist", "Baptist", ch="ocr")
    return d


def bn13():
    d = Doc("bn13_notulen_alv_huurdersvereniging", "Notulen ALV Huurdersvereniging De Sleutel", producer="docx",
            org="Huurdersvereniging De Sleutel")
    x = d.docx = Dx(font="Carlito", size=10.5, header="Huurdersvereniging De Sleutel – huurders van Portaal in Kanaleneiland en Lombok",
                    footer="HV De Sleutel · p/a Marshallaan 2 · 3527 TK Utrecht · secretariaat@hvdesleutel.nl · KvK 30187744")
    x.p("**Notulen algemene ledenvergadering 25 maart 2025**", size=14)
    x.p("Locatie: buurtcentrum Kanaleneiland-Zuid, Marshallaan 2, Utrecht. Aanvang 19.30 uur.")
    x.p("**Aanwezig bestuur:** Gerda Westerveld (voorzitter), Bas van 't Hof (secretaris, notulen), "
        "Agnieszka Wiśniewska (penningmeester), Mohamed el Idrissi (lid).\n"
        "**Gasten:** wethouder Van Gelder (Wonen, gemeente Utrecht), Ingrid Wolters (regiomanager Portaal), "
        "Thomas Veldkamp (adviseur Woonbond).\n**Leden:** 41 aanwezig volgens presentielijst (bijlage).")
    x.h("1. Opening en mededelingen", level=3)
    x.p("De voorzitter opent om 19.35 uur. Afmeldingen: Cor Brouwer-Snijders en de familie Nasser. Gerda "
        "meldt dat de vereniging per 1 januari 2025 312 leden heeft. De Woonbond heeft de cursus "
        "‘Huurverhoging lezen’ in april opnieuw gepland.")
    x.h("2. Prestatieafspraken 2025-2028", level=3)
    x.p("Wethouder Van Gelder licht de prestatieafspraken tussen de gemeente Utrecht, de corporaties en de "
        "huurdersorganisaties toe. De gemeente wil dat Portaal jaarlijks 420 sociale huurwoningen toevoegt. "
        "Thomas vraagt of de afspraken ook gaan over de aanpak van schimmel. Mevrouw Wolters zegt dat Portaal in "
        "2025 het Programma Gezond Wonen start met 1.100 woningen in Kanaleneiland.")
    x.h("3. Schimmel en vocht in de flats aan de Marshallaan", level=3)
    x.p("Diverse leden melden schimmel. De heer Kortenhorst (nr. 114) laat foto’s zien van zijn badkamer. "
        "Mevrouw Aziza Haddou vertelt dat haar dochter door het vocht astma-aanvallen heeft gekregen en twee "
        "keer in het Wilhelmina Kinderziekenhuis lag. Bas noteert dat de vereniging een gezamenlijke klacht "
        "indient bij de Huurcommissie als Portaal voor 1 juni geen plan heeft.")
    x.p("Ingrid Wolters zegt toe dat een inspecteur van Portaal alle gemelde woningen vóór 15 mei bezoekt. "
        "Leden kunnen foto’s mailen naar schimmel@portaal.nl.")
    x.h("4. Financiën", level=3)
    x.p("Agnieszka presenteert de jaarrekening 2024: inkomsten € 18.420 (waarvan € 15.000 bijdrage Portaal op grond "
        "van de Overlegwet), uitgaven € 16.905. De kascommissie (Jan-Willem Post en Esra Yilmaz) heeft de "
        "stukken gecontroleerd en adviseert decharge. De vergadering verleent het bestuur decharge.")
    x.h("5. Rondvraag en sluiting", level=3)
    x.p("Mevrouw Lotte (vierde etage, Marshallaan 38) vraagt of de lift sneller gerepareerd kan worden. "
        "Mohamed zegt toe dit mee te nemen in het overleg met Portaal op 8 april. Sluiting 21.50 uur.")
    x.table([["Actie", "Wie", "Wanneer"],
             ["Brief aan Portaal over schimmelplan", "Bas van 't Hof", "1 april"],
             ["Overleg lift Marshallaan", "M. el Idrissi", "8 april"],
             ["Cursus Woonbond aankondigen", "G. Westerveld", "15 april"]], widths=[80, 45, 35], size=9)
    x.p("Vastgesteld in de bestuursvergadering van 8 april 2025.\n\nG. Westerveld, voorzitter          "
        "B. van 't Hof, secretaris")
    d.r("PERSON", "Gerda Westerveld", "Westerveld", "Gerda")
    d.r("PERSON", "Bas van 't Hof", "van 't Hof", "Bas")
    d.r("PERSON", "Agnieszka Wiśniewska", "Wiśniewska", "Agnieszka")
    d.r("PERSON", "Mohamed el Idrissi", "el Idrissi", "Mohamed")
    d.r("PERSON", "Ingrid Wolters", "Wolters", "Ingrid")
    d.r("PERSON", "Thomas Veldkamp", "Veldkamp", "Thomas")
    d.r("PERSON", "Cor Brouwer-Snijders", "Brouwer-Snijders")
    d.r("PERSON", "familie Nasser", "Nasser")
    d.r("PERSON", "de heer Kortenhorst", "Kortenhorst")
    d.r("ADDRESS", "nr. 114", "nr. 114")
    d.r("PERSON", "Aziza Haddou", "Haddou", "Aziza")
    d.r("HEALTH", "astma-aanvallen", "astma-aanvallen", "Wilhelmina Kinderziekenhuis")
    d.r("PERSON", "Jan-Willem Post", "Jan-Willem Post")
    d.r("PERSON", "Esra Yilmaz", "Yilmaz", "Esra")
    d.r("PERSON", "Lotte", "Lotte")
    d.r("ADDRESS", "Marshallaan 38", "Marshallaan 38")
    d.k("ORG", "Huurdersvereniging De Sleutel", "Portaal", "Woonbond", "Huurcommissie", "gemeente Utrecht")
    d.k("OFFICE", "wethouder Van Gelder", "Wethouder Van Gelder")
    d.k("STREET", "Marshallaan 2")
    d.k("PLACE", "Kanaleneiland", "Lombok")
    d.k("PROGRAMME", "Programma Gezond Wonen", "prestatieafspraken")
    d.k("LAW", "Overlegwet")
    d.k("MAILBOX", "schimmel@portaal.nl", "secretariaat@hvdesleutel.nl")
    d.k("AMOUNT", "€ 18.420", "€ 16.905")
    d.k("TERM", "regiomanager", "kascommissie", "penningmeester")
    d.k("DATE", "25 maart 2025", "8 april 2025")
    return d


def _mould_photo(path, seed):
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    im = Image.new("RGB", (900, 640), (214, 210, 200))
    dr = ImageDraw.Draw(im)
    for y in range(0, 640, 8):
        dr.line([(0, y), (900, y)], fill=(205 + rnd.randrange(-6, 6),) * 3, width=4)
    for _ in range(520):
        x, y = rnd.randrange(0, 900), rnd.randrange(0, 260) + (rnd.randrange(0, 380) if rnd.random() < .3 else 0)
        r = rnd.randrange(3, 22)
        g = rnd.randrange(25, 90)
        dr.ellipse([x - r, y - r, x + r, y + r], fill=(g, g + 8, g - 5))
    im = im.filter(ImageFilter.GaussianBlur(2.2))
    im.save(path, "JPEG", quality=70)
    return path


def _chat_screenshot(path):
    from PIL import Image, ImageDraw, ImageFont
    im = Image.new("RGB", (900, 1000), (236, 229, 221))
    dr = ImageDraw.Draw(im)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 34)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    dr.rectangle([0, 0, 900, 110], fill=(7, 94, 84))
    dr.text((30, 32), "Karim Benali (buurman)", font=fb, fill=(255, 255, 255))
    y = 150
    bubbles = [("l", "Hoi Yasmina, bij ons lekt het ook"), ("l", "weer vanuit de badkamer van boven."),
               ("r", "Ja Karim, de schimmel zit nu op"), ("r", "het plafond van de slaapkamer."),
               ("l", "Ik heb Haag Wonen gebeld, ze zeggen"), ("l", "dat mevrouw Ouwerkerk langskomt."),
               ("r", "Mijn zoon Idris hoest de hele nacht."), ("r", "Ik stuur de foto's naar de corporatie.")]
    for side, t in bubbles:
        w = dr.textlength(t, font=f) + 40
        x = 30 if side == "l" else 870 - w
        dr.rounded_rectangle([x, y, x + w, y + 58], 14, fill=(255, 255, 255) if side == "l" else (220, 248, 198))
        dr.text((x + 20, y + 12), t, font=f, fill=(20, 20, 20))
        y += 95
    im.save(path, "PNG")
    return path


def bn14():
    d = Doc("bn14_klacht_schimmel_met_fotos", "Klacht schimmel met foto's", font="DejaVuSans", size=9.5,
            org="Haag Wonen")
    d.footer = "Doorgestuurd vanuit klachten@haagwonen.nl naar team Woonkwaliteit – {p}"
    ASSETS.mkdir(exist_ok=True)
    p1 = _mould_photo(ASSETS / "bn14_foto1.jpg", 14)
    p2 = _mould_photo(ASSETS / "bn14_foto2.jpg", 41)
    sc = _chat_screenshot(ASSETS / "bn14_whatsapp.png")
    d.p("<b>Van:</b> Yasmina Bakkal &lt;yasmina.bakkal87@gmail.com&gt;<br/><b>Verzonden:</b> maandag 3 maart 2025 "
        "22:14<br/><b>Aan:</b> klachten@haagwonen.nl<br/><b>Onderwerp:</b> schimmel!!! Gaslaan 12 — 3e klacht",
        size=9)
    d.sp(2)
    d.p("Geachte heer/mevrouw,")
    d.p("Voor de derde keer meld ik schimmel in de slaapkamer en badkamer van mijn woning aan de Gaslaan 12, "
        "2563 CN Den Haag (huurdernummer 700451128). Mijn zoontje Idris (4) heeft sinds december "
        "<b>bronchiale hyperreactiviteit</b> volgens de kinderarts van het HagaZiekenhuis, en zij denkt dat het "
        "vocht daar een rol in speelt. Ik ventileer elke dag, maar het komt steeds terug. Ook de buurman heeft "
        "lekkage vanuit de bovenwoning (zie het screenshot van WhatsApp).")
    d.p("Ik wil dat Haag Wonen dit nu echt oplost. Anders ga ik naar de Huurcommissie en naar wethouder "
        "Van Alphen, want die zei in de Haagsche Courant dat de gemeente de aanpak van schimmel prioriteit "
        "geeft. U kunt me bellen op 06 4820 1179.")
    d.p("Met vriendelijke groet,<br/>Yasmina Bakkal")
    d.sp(2)
    from reportlab.platypus import Table, TableStyle
    t = Table([[RLImage(str(p1), width=78 * mm, height=55 * mm), RLImage(str(p2), width=78 * mm, height=55 * mm)],
               ["Foto 1: plafond slaapkamer", "Foto 2: badkamer bij het raam"]], colWidths=[82 * mm, 82 * mm])
    t.setStyle(TableStyle([("FONTSIZE", (0, 1), (-1, 1), 8), ("FONTNAME", (0, 1), (-1, 1), "DejaVuSans")]))
    d.story.append(t)
    d.brk()
    d.p("Bijlage 3: screenshot WhatsApp", bold=True)
    d.img(sc, 95 * mm, 105 * mm)
    d.sp(3)
    d.p("<i>Intern (Haag Wonen): geregistreerd als klacht K-2025-08871, toegewezen aan team Woonkwaliteit "
        "Escamp. Inspectie ingepland op 11 maart 2025.</i>", size=8.5)
    d.r("PERSON", "Yasmina Bakkal", "Bakkal", "Yasmina")
    d.r("EMAIL", "yasmina.bakkal87@gmail.com", "yasmina.bakkal87@gmail.com")
    d.r("ADDRESS", "Gaslaan 12, 2563 CN Den Haag", "Gaslaan 12", "2563 CN")
    d.r("CLIENTNR", "huurdernummer 700451128", "700451128")
    d.r("PERSON", "Idris", "Idris")
    d.r("HEALTH", "bronchiale hyperreactiviteit", "bronchiale hyperreactiviteit")
    d.r("PHONE", "06 4820 1179", "06 4820 1179")
    d.r("PERSON", "Karim Benali", "Karim Benali", ch="ocr")
    d.r("PERSON", "mevrouw Ouwerkerk", "Ouwerkerk", ch="ocr")
    d.k("ORG", "Haag Wonen", "HagaZiekenhuis", "Huurcommissie", "Haagsche Courant")
    d.k("OFFICE", "wethouder Van Alphen")
    d.k("MAILBOX", "klachten@haagwonen.nl")
    d.k("REF", "K-2025-08871")
    d.k("TERM", "team Woonkwaliteit", "kinderarts")
    d.k("PLACE", "Escamp")
    return d


def bn15():
    d = Doc("bn15_reactie_haagwonen_schimmel", "Reactie op uw klacht K-2025-08871", font="LibSans", size=10,
            org="Haag Wonen")
    d.footer = "Haag Wonen · Postbus 44350 · 2506 AH Den Haag · 070 - 364 96 10 · www.haagwonen.nl"
    d.p("<b>haag wonen</b>", size=20, color=colors.HexColor("#c8102e"))
    d.sp(3)
    d.side("Mevrouw Y. Bakkal<br/>Gaslaan 12<br/>2563 CN  DEN HAAG",
           "<b>Datum</b><br/>14 maart 2025<br/><b>Uw kenmerk</b><br/>e-mail van 3 maart 2025<br/><b>Ons kenmerk</b><br/>"
           "K-2025-08871<br/><b>Huurdernummer</b><br/>700451128<br/><b>Behandeld door</b><br/>Bram Schimmel<br/>"
           "<b>Telefoon</b><br/>06 3302 8761", wl=110, wr=55)
    d.sp(6)
    d.p("<b>Betreft: uw klacht over vocht en schimmel</b>")
    d.p("Beste mevrouw Bakkal,")
    d.p("Op 11 maart 2025 heeft onze opzichter, de heer Schimmel, uw woning bekeken. Wij vinden het vervelend "
        "dat u al drie keer contact met ons heeft moeten opnemen. In deze brief leest u wat wij hebben gezien en "
        "wat wij gaan doen.")
    d.p("<b>Wat hebben wij gezien?</b><br/>In de slaapkamer zit schimmel op het plafond langs de buitenmuur, over "
        "een oppervlak van ongeveer 1,5 m². In de badkamer zit schimmel rond het raamkozijn. De mechanische "
        "ventilatie werkt, maar de afzuigventielen zijn vervuild. Ook is er een lekkage vanuit de badkamer van de "
        "bovenwoning (Gaslaan 14); dat is de oorzaak van de vochtplek bij uw buurman.")
    d.p("<b>Wat gaan wij doen?</b>")
    d.table([["Werkzaamheid", "Wie", "Wanneer"],
             ["Reinigen en vervangen ventielen", "Feenstra (onderaannemer)", "week 12"],
             ["Lekkage bovenwoning herstellen", "Haag Wonen vakman", "week 12"],
             ["Schimmel verwijderen en plafond sauzen met anti-schimmelverf", "Schilderbedrijf Van der Kaaij",
              "week 13"],
             ["Vochtmeting na 6 weken", "opzichter Schimmel", "week 19"]], widths=[85 * mm, 45 * mm, 25 * mm])
    d.sp(3)
    d.p("U krijgt voor het ongemak een tegemoetkoming van € 150,00 op uw rekening. U hoeft daarvoor niets te doen. "
        "Het Haags Schimmelprotocol van de gemeente Den Haag en de Haagse corporaties schrijft voor dat wij binnen "
        "zes weken na de melding maatregelen nemen; door de drie eerdere meldingen is dat niet gelukt. Daarvoor "
        "bieden wij onze excuses aan.")
    d.p("Heeft u nog vragen? Bel de heer Schimmel rechtstreeks of ons algemene nummer 070 - 364 96 10.")
    d.p("Met vriendelijke groet,<br/><br/>Haag Wonen<br/>Mireille Ouwerkerk<br/>manager Woonkwaliteit Escamp")
    d.r("PERSON", "Y. Bakkal", "Bakkal")
    d.r("ADDRESS", "Gaslaan 12, 2563 CN DEN HAAG", "Gaslaan 12", "2563 CN")
    d.r("ADDRESS", "Gaslaan 14 (bovenwoning)", "Gaslaan 14")
    d.r("CLIENTNR", "700451128", "700451128")
    d.r("PERSON", "Bram Schimmel", "Bram Schimmel", "Schimmel")
    d.r("PHONE", "06 3302 8761", "06 3302 8761")
    d.r("PERSON", "Mireille Ouwerkerk", "Ouwerkerk", "Mireille")
    d.k("ORG", "Haag Wonen", "Feenstra", "Schilderbedrijf Van der Kaaij", "gemeente Den Haag")
    d.k("WORD", "schimmel", "anti-schimmelverf")
    d.k("PROGRAMME", "Haags Schimmelprotocol")
    d.k("REF", "K-2025-08871")
    d.k("PHONE", "070 - 364 96 10")
    d.k("ADDRESS", "Postbus 44350")
    d.k("AMOUNT", "€ 150,00")
    d.k("TERM", "opzichter", "manager Woonkwaliteit Escamp")
    d.k("DATE", "14 maart 2025", "11 maart 2025")
    return d


def bn16():
    d = Doc("bn16_aw_inspectierapport_governance", "Rapport governance-inspectie Aw", font="DejaVuSerif", size=9.5,
            org="Autoriteit woningcorporaties")
    d.footer = "Autoriteit woningcorporaties (ILT) · Graadt van Roggenweg 500 · Postbus 16191, 2500 BD Den Haag · 088 489 00 00 · {p}/2"
    d.header = "Inspectierapport – Stichting Woonservice Drentheland (L1843) – definitief"
    d.p("<b>Autoriteit woningcorporaties</b><br/>Ministerie van Volkshuisvesting en Ruimtelijke Ordening", size=12)
    d.sp(2)
    d.p("<b>Rapport governance-inspectie 2025</b>", size=14)
    d.table([["Corporatie", "Stichting Woonservice Drentheland (L-nummer L1843)"],
             ["Inspectiedatum", "4 en 5 juni 2025"],
             ["Inspecteurs", "drs. Maarten Brinkerink RA (leider), Nkechi Okonkwo-de Waal MSc"],
             ["Kenmerk", "Aw-2025-G-0612"],
             ["Status", "definitief, vastgesteld 22 juli 2025"]], widths=[35 * mm, 130 * mm], head=False,
            bold_first_col=True)
    d.sp(2)
    d.h("1. Aanleiding en oordeel")
    d.p("De Autoriteit woningcorporaties (Aw) houdt op grond van artikel 61 van de Woningwet toezicht op de "
        "governance van toegelaten instellingen. Deze inspectie past in de reguliere cyclus. De Aw oordeelt dat "
        "de governance van Woonservice Drentheland op orde is, met twee aandachtspunten: de toets op de "
        "onafhankelijkheid van commissarissen en de verantwoording van de huurdersparticipatie.")
    d.h("2. Raad van commissarissen")
    d.p("De raad telt vijf leden. Bij de herbenoeming van een commissaris in 2024 is de zienswijze van de Aw "
        "(artikel 30 Woningwet, fit-en-propertoets) tijdig gevraagd. Bij de benoeming van mevrouw E.M. "
        "Lindeboom-Vrieze in maart 2025 was dat niet het geval: de raad heeft haar benoemd vóór de positieve "
        "zienswijze van de Aw van 14 april 2025. Uit het gesprek met de voorzitter van de raad, de heer Harm-Jan "
        "Schuiling, blijkt dat dit een procedurefout was. De Aw benadrukt dat een benoeming zonder zienswijze "
        "nietig kan zijn.")
    d.p("Een commissaris, de heer R. Tuinstra, is zwager van een medewerker van de afdeling Vastgoed. De raad "
        "heeft dit als tegenstrijdig belang gemeld, maar niet vastgelegd hoe hij zich bij besluiten over "
        "vastgoed onthoudt.")
    d.brk()
    d.h("3. Huurdersparticipatie")
    d.p("De Huurdersbelangenvereniging Drentheland heeft op grond van de Overlegwet en de Woningwet recht op "
        "informatie en advies. In de gesprekken gaf de voorzitter van de huurdersvereniging, mevrouw Wietske "
        "Boelens, aan dat adviesaanvragen over het huurbeleid pas na de besluitvorming werden voorgelegd. De Aw "
        "verwacht dat de corporatie de huurdersorganisatie in 2026 tijdig betrekt.")
    d.h("4. Vervolg")
    d.p("De Aw bespreekt de bevindingen in het toezichtsgesprek van het najaar 2025 met de bestuurder en de "
        "voorzitter van de raad. Over de uitkomsten van het toezicht informeert de minister van Volkshuisvesting "
        "en Ruimtelijke Ordening de Tweede Kamer jaarlijks in de Staat van de Volkshuisvesting; minister "
        "Keijzer heeft in haar brief van 2 juni 2025 toegezegd daarin ook de governance-inspecties op te nemen, "
        "na vragen van Kamerlid Beckerman (SP) en Kamerlid De Hoop (GL-PvdA).")
    d.table([["Rol", "Naam", "Paraaf", "Datum"],
             ["Inspecteur (leider)", "M. Brinkerink", "MB", "18-07-2025"],
             ["Inspecteur", "N. Okonkwo-de Waal", "NOdW", "18-07-2025"],
             ["Teamleider Governance", "Jeroen van der Spoel", "JvdS", "21-07-2025"],
             ["Vaststelling", "senior manager Aw", "", "22-07-2025"]],
            widths=[45 * mm, 55 * mm, 25 * mm, 30 * mm])
    d.sp(2)
    d.p("Vragen over dit rapport: aw@ilent.nl", size=8.5)
    d.motivation("De namen van de minister en de Kamerleden zijn als ambtsdragers leesbaar gebleven.")
    d.r("PERSON", "Maarten Brinkerink", "Brinkerink", "Maarten")
    d.r("PERSON", "Nkechi Okonkwo-de Waal", "Okonkwo-de Waal", "Nkechi")
    d.r("PERSON", "E.M. Lindeboom-Vrieze", "Lindeboom-Vrieze", "E.M.")
    d.r("PERSON", "Harm-Jan Schuiling", "Harm-Jan Schuiling")
    d.r("PERSON", "R. Tuinstra", "Tuinstra")
    d.r("PERSON", "Wietske Boelens", "Boelens", "Wietske")
    d.r("PERSON", "Jeroen van der Spoel", "van der Spoel", "Jeroen")
    d.r("PARAPH", "MB / NOdW / JvdS", "MB", "NOdW", "JvdS")
    d.k("ORG", "Autoriteit woningcorporaties", "Aw", "Stichting Woonservice Drentheland",
        "Huurdersbelangenvereniging Drentheland", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening", "Tweede Kamer")
    d.k("OFFICE", "minister Keijzer", "Kamerlid Beckerman", "Kamerlid De Hoop")
    d.k("ORG", "ILT", "SP", "GL-PvdA")
    d.k("LAW", "Woningwet", "artikel 61", "Overlegwet")
    d.k("STREET", "Graadt van Roggenweg 500")
    d.k("PHONE", "088 489 00 00")
    d.k("MAILBOX", "aw@ilent.nl")
    d.k("REF", "Aw-2025-G-0612", "L1843")
    d.k("TERM", "fit-en-propertoets", "Raad van commissarissen", "Teamleider Governance")
    d.k("PROGRAMME", "Staat van de Volkshuisvesting")
    return d


ALL = [bn09, bn10, bn11, bn12, bn13, bn14, bn15, bn16]
