"""Documents bh09-bh16: housing, culture, monuments, Bonaire."""
from lib import *  # noqa: F401,F403
from lib import bsn, iban, html_file, soffice, chromium, WORK

ALL = []


def doc(fn):
    ALL.append(fn)
    return fn


@doc
def bh09():
    pdf = DOCS / "bh09_huurcommissie_uitspraak.pdf"
    st = [
        Bookmark("Uitspraak ZKN 25-00417 - Van 't Hek / Dijkstra"),
        P("Huurcommissie", "h1"),
        P("Postbus 1007, 2270 BA Voorburg · Prinses Beatrixlaan 2, Den Haag · www.huurcommissie.nl · 088 - 3117 777", "s"),
        SP(8), P("<b>UITSPRAAK</b> van de Huurcommissie in het geschil tussen:", "n"),
        LV([("Huurder", "mevrouw M.C. (Marjolein) Dijkstra"), ("Adres huurder", "Wittevrouwensingel 84-bis, 3514 AL Utrecht"),
            ("Verhuurder", "de heer W.J. van 't Hek, h.o.d.n. Van 't Hek Vastgoed"),
            ("Adres verhuurder", "Postbus 211, 3740 AE Baarn"), ("Zaaknummer", "ZKN 25-00417"),
            ("Onderwerp", "Toetsing aanvangshuurprijs (artikel 7:249 BW) en onderhoudsgebreken"),
            ("Zitting", "18 maart 2025, Utrecht")], 40 * mm, 120 * mm),
        H("1. De procedure"),
        P("De huurder heeft de Huurcommissie op 2 december 2024 verzocht de redelijkheid van de aanvangshuurprijs te toetsen. "
          "De woning is in 2024 gemeten door rapporteur ing. S. Bouzid van het secretariaat; het rapport is aan partijen gestuurd. "
          "Ter zitting verscheen de huurder, bijgestaan door haar vader, de heer R. Dijkstra. Namens de verhuurder verscheen "
          "mr. P.A. Lindeboom, advocaat."),
        H("2. De feiten"),
        P("De woning is een zelfstandige woonruimte van 41 m² op de eerste verdieping. De overeengekomen kale huurprijs is € 1.295,00 per maand. "
          "Volgens het Woningwaarderingsstelsel (WWS) krijgt de woning 131 punten. De huurder heeft aangevoerd dat zij wegens haar "
          "astma last heeft van schimmel in de slaapkamer; een verklaring van haar huisarts is overgelegd."),
        H("3. De beoordeling"),
        P("De Huurcommissie stelt vast dat de woning in het middensegment valt (Wet betaalbare huur). De maximale huurprijs bij 131 punten "
          "bedraagt € 1.013,47. Het gebrek 'ernstige schimmelvorming' (categorie B) is aanwezig; de huurprijs wordt tot herstel "
          "verlaagd naar 40% van de maximale huurprijs."),
        PageBreak(),
        Bookmark("Concept beslissing - opm. voorzitter J.H.M. Wattimena"),
        H("4. De uitspraak"),
        P("De Huurcommissie: verklaart het verzoek gegrond; stelt de huurprijs met ingang van 1 december 2024 vast op € 405,39 tot het "
          "gebrek is verholpen en daarna op € 1.013,47; bepaalt dat de verhuurder het legeskosten-bedrag van € 25,00 aan de huurder vergoedt."),
        P("Aldus beslist door mr. J.H.M. Wattimena, voorzitter, en de leden drs. E. Kroon en A.R. Sewnath, in aanwezigheid van "
          "de secretaris mr. L. van Dalfsen."),
        SP(6), Signature(91), P("mr. J.H.M. Wattimena", "s"),
        H("Hoe kunt u reageren?"),
        P("Bent u het niet eens met deze uitspraak, dan kunt u binnen acht weken na verzending de rechter (kantonrechter, Rechtbank Midden-Nederland) "
          "vragen een beslissing te nemen. Zie ook artikel 7:262 BW en de Uitvoeringswet huurprijzen woonruimte."),
        P("Verzonden op 4 april 2025. Vragen: info@huurcommissie.nl.", "s"),
    ]
    build_rl(pdf, st, footer="Huurcommissie - uitspraak ZKN 25-00417", title="Uitspraak ZKN 25-00417", author="L. van Dalfsen")
    red = [
        R("PERSON", "Marjolein Dijkstra", "Dijkstra", "Marjolein"),
        R("ADDRESS", "Wittevrouwensingel 84-bis, 3514 AL Utrecht", ("Wittevrouwensingel 84-bis", False), ("3514 AL", False)),
        R("PERSON", "W.J. van 't Hek", ("van 't Hek", False), ("Van 't Hek", False)),
        R("ADDRESS", "Postbus 211, 3740 AE Baarn", ("Postbus 211", False)),
        R("PERSON", "S. Bouzid", "Bouzid"), R("PERSON", "P.A. Lindeboom", "Lindeboom"),
        R("HEALTH", "astma", "astma"),
        R("PERSON", "J.H.M. Wattimena", "Wattimena"), R("PERSON", "E. Kroon", "E. Kroon"),
        R("PERSON", "A.R. Sewnath", "Sewnath"), R("PERSON", "L. van Dalfsen", "van Dalfsen"),
    ]
    keep = [
        K("ORG", "Huurcommissie"), K("STREET", "Prinses Beatrixlaan 2"), K("SWITCHBOARD", "088 - 3117 777", ("088 - 3117 777", False)),
        K("CASE", "ZKN 25-00417", ("ZKN 25-00417", False)), K("LAW", "artikel 7:249 BW", ("7:249 BW", False)),
        K("TERM", "Woningwaarderingsstelsel"), K("LAW", "Wet betaalbare huur"), K("ORG", "Rechtbank Midden-Nederland"),
        K("LAW", "Uitvoeringswet huurprijzen woonruimte"), K("MAILBOX", "info@huurcommissie.nl", ("info@huurcommissie.nl", False)),
        K("ROLE", "voorzitter"), K("ROLE", "rapporteur"), K("DATE", "4 april 2025"), K("AMOUNT", "€ 1.013,47", ("1.013,47", False)),
        K("PLACE", "Voorburg"),
    ]
    return pdf, red, keep


@doc
def bh10():
    pdf = DOCS / "bh10_overlastdossier_woonbron.pdf"
    log = [["Datum", "Melder", "Omschrijving", "Actie / behandelaar"],
           ["14-01-2025", "Buurvrouw 2e etage<br/>(mw. Priscilla<br/>Zeefuik)", "Harde muziek tot 04:00, geschreeuw in trappenhuis.", "Brief 1 verstuurd – WdJ"],
           ["02-02-2025", "Dhr. Ahmet Kaya<br/>(nr. 21a)", "Hond blaft hele dag, urine in galerij.", "Huisbezoek; bewoner niet thuis – WdJ"],
           ["20-02-2025", "Wijkagent", "Politie ter plaatse i.v.m. ruzie; bewoner verward.", "Overleg wijkteam Feijenoord – KS"],
           ["11-03-2025", "anoniem", "Rookmelder gaat af, geen reactie bewoner.", "Brandweer geïnformeerd – KS"],
           ["27-03-2025", "Mw. Zeefuik", "Bedreiging bij de lift ('ik steek je').", "Aangifte door melder; Woonbron-jurist ingeschakeld – WdJ"]]
    st = [
        Bookmark("Overlastdossier 880214"),
        Bookmark("Gesprek met moeder Thea Oudshoorn-Rijkers 18-02", 1),
        P("Woonbron · Wijkbeheer Feijenoord · Dossier woonoverlast", "s"),
        P("Overlastdossier Oranjeboomstraat 19-B, Rotterdam", "h1"),
        LV([("Huurder", "de heer Dennis Oudshoorn (huurcontract 880214)"), ("Geboortedatum", "08-10-1979"),
            ("Telefoon", "06 4719 2281"), ("Behandelaar", "Wendy de Jager, consulent wonen (WdJ)"),
            ("Tweede behandelaar", "K. Sahin, wijkbeheerder (KS)"), ("Status", "Escalatie naar Gemeente Rotterdam, Veilig Thuis en ggz")],
           38 * mm, 128 * mm),
        H("Meldingen"),
        T(log, [20 * mm, 34 * mm, 62 * mm, 50 * mm]),
        H("Analyse"),
        P("Uit het huisbezoek van 20 februari bleek dat de heer Oudshoorn onder behandeling is bij Antes (Parnassia Groep) voor een "
          "psychotische stoornis en zijn medicatie niet inneemt. Hij heeft schulden bij de Kredietbank Rotterdam. Het wijkteam heeft "
          "een zorgmelding gedaan bij het Meldpunt Zorg en Overlast (14 010)."),
        H("Voorstel"),
        P("Een gedragsaanwijzing via de kantonrechter of, als alternatief, een Skaeve Huse-plaatsing in overleg met de gemeente. "
          "Juridische beoordeling door mr. H.J. Baas-Kramer. Concept ontruimingsvordering pas na mislukken van het zorgtraject "
          "(Wet verplichte ggz)."),
        SP(4), P("Opgesteld 31 maart 2025, W. de Jager. Functioneel adres: overlast@woonbron.nl", "s"),
    ]
    build_rl(pdf, st, footer="Woonbron - dossier woonoverlast - vertrouwelijk", title="Overlastdossier 880214",
             author="Wendy de Jager")
    red = [
        R("PERSON", "Priscilla Zeefuik", "Zeefuik", "Priscilla"), R("PERSON", "Ahmet Kaya", "Ahmet Kaya"),
        R("ADDRESS", "Oranjeboomstraat 19-B", ("Oranjeboomstraat 19-B", False), ("nr. 21a", False)),
        R("PERSON", "Dennis Oudshoorn", "Oudshoorn", "Dennis"), R("CONTRACT", "huurcontract 880214", "880214"),
        R("DOB", "08-10-1979", ("08-10-1979", False)), R("PHONE", "06 4719 2281", ("06 4719 2281", False)),
        R("PERSON", "Wendy de Jager", "Wendy de Jager", "W. de Jager"), R("PARAPH", "WdJ", "WdJ"),
        R("PERSON", "K. Sahin", "Sahin"), R("PARAPH", "KS", "KS"),
        R("HEALTH", "psychotische stoornis", ("psychotische stoornis", False), ("medicatie niet inneemt", False), ("verward", True)),
        R("FINANCIAL", "schulden bij de Kredietbank Rotterdam", ("schulden bij de Kredietbank", False)),
        R("PERSON", "H.J. Baas-Kramer", "Baas-Kramer"),
        R("PERSON", "Thea Oudshoorn-Rijkers", "Thea", "Oudshoorn-Rijkers"),
    ]
    keep = [
        K("ORG", "Woonbron"), K("PLACE", "Feijenoord"), K("ORG", "Gemeente Rotterdam"), K("ORG", "Veilig Thuis"),
        K("ROLE", "consulent wonen"), K("ROLE", "wijkbeheerder"), K("ROLE", "Wijkagent"), K("ORG", "Parnassia Groep"),
        K("ORG", "Antes"), K("ORG", "Meldpunt Zorg en Overlast"), K("SWITCHBOARD", "14 010", ("14 010", False)),
        K("PROGRAMME", "Skaeve Huse"), K("LAW", "Wet verplichte ggz"), K("MAILBOX", "overlast@woonbron.nl", ("overlast@woonbron.nl", False)),
        K("DATE", "31 maart 2025"), K("TERM", "gedragsaanwijzing"),
    ]
    return pdf, red, keep


@doc
def bh11():
    pdf = DOCS / "bh11_urgentieverklaring_haarlem.pdf"
    b = bsn("21738465")
    side = ["**Gemeente Haarlem", "Afdeling Wonen", "Zijlvest 39", "2011 VB Haarlem", "Postbus 511", "2003 PB Haarlem",
            "T 14 023", "", "**Behandeld door", "Iris Bakker-Maduro", "i.bakker-maduro@haarlem.nl", "", "**Datum",
            "7 mei 2025", "", "**Zaaknummer", "URG-2025-00862"]
    st = [
        P("Aangetekend", "s"), SP(2),
        P("De heer A.K. (Akwasi) Mensah<br/>p/a Stichting Kennemerhaven, opvanglocatie<br/>Spaarndamseweg 110<br/>2021 KL Haarlem"),
        SP(12), P("<b>Onderwerp: besluit op uw aanvraag urgentieverklaring</b>"), SP(6),
        P("Geachte heer Mensah,"),
        P(f"Op 24 maart 2025 hebt u een urgentieverklaring aangevraagd (BSN {b}, geboren 15-04-1986). Op grond van de Huisvestingsverordening "
          "Zuid-Kennemerland/IJmond 2024 en de Huisvestingswet 2014 beslist het college van burgemeester en wethouders als volgt."),
        H("Besluit", 3),
        P("Wij kennen u een urgentieverklaring toe in de categorie 'uitstroom maatschappelijke opvang', geldig tot 7 mei 2026, "
          "zoekprofiel: zelfstandige woning, 2 kamers, regio Zuid-Kennemerland."),
        H("Motivering", 3),
        P("Uit het advies van de GGD Kennemerland (medisch adviseur) blijkt dat u na uw hartinfarct in januari 2025 "
          "niet meer dan één trap kunt lopen. Uw casemanager, mevrouw Sietske van der Zee-Boersma, bevestigt dat u woonvaardig bent."),
        P("Bezwaar kunt u binnen zes weken indienen bij het college, Postbus 511, 2003 PB Haarlem, of digitaal via haarlem.nl."),
        SP(6), P("Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders,"), Signature(12),
        P("drs. R.J. Spaargaren<br/>teamleider Wonen"),
    ]
    build_rl(pdf, st, org=["Gemeente Haarlem"], side=side, top_color="#b1001b", footer="URG-2025-00862",
             title="Besluit urgentieverklaring URG-2025-00862", author="Bakker-Maduro, I.")
    add_hidden(pdf, fields=[(0, "aanvrager_naam", "Akwasi Mensah", [400, 40, 560, 56]),
                            (0, "aanvrager_tel", "06-28810455", [400, 60, 560, 76])])
    red = [
        R("PERSON", "Akwasi Mensah", "Mensah", "Akwasi", "A.K."),
        R("BSN", b, (b, False)), R("DOB", "15-04-1986", ("15-04-1986", False)),
        R("PHONE", "06-28810455", ("06-28810455", False)),
        R("HEALTH", "hartinfarct", "hartinfarct"),
        R("PERSON", "Iris Bakker-Maduro", "Bakker-Maduro", "Iris"),
        R("EMAIL", "i.bakker-maduro@haarlem.nl", ("i.bakker-maduro@haarlem.nl", False)),
        R("PERSON", "Sietske van der Zee-Boersma", "Sietske", "van der Zee-Boersma"),
        R("PERSON", "R.J. Spaargaren", "Spaargaren"),
    ]
    keep = [
        K("ORG", "Gemeente Haarlem"), K("STREET", "Zijlvest 39"), K("SWITCHBOARD", "14 023", ("14 023", False)),
        K("CASE", "URG-2025-00862", ("URG-2025-00862", False)), K("ORG", "Stichting Kennemerhaven"),
        K("STREET", "Spaarndamseweg 110"), K("LAW", "Huisvestingsverordening Zuid-Kennemerland/IJmond 2024", ("Huisvestingsverordening", True)),
        K("LAW", "Huisvestingswet 2014"), K("ORG", "GGD Kennemerland"), K("ROLE", "casemanager"), K("ROLE", "teamleider Wonen"),
        K("TERM", "urgentieverklaring"), K("DATE", "7 mei 2026"),
    ]
    return pdf, red, keep


@doc
def bh12():
    pdf = DOCS / "bh12_vve_notulen_ledenvergadering.pdf"
    body = """
<p class="small">Vereniging van Eigenaars Residentie Hofzicht, Laan van Meerdervoort 512 t/m 540, Den Haag · KvK 27184455</p>
<h1>Notulen algemene ledenvergadering 2025</h1>
<table class="nb"><tr><td><b>Datum</b></td><td>woensdag 21 mei 2025, 20.00 uur</td></tr>
<tr><td><b>Plaats</b></td><td>Buurthuis De Kruiskerk, Beeklaan 245, Den Haag</td></tr>
<tr><td><b>Beheerder</b></td><td>VvE Beheer Haaglanden B.V., mevrouw Carolien Brinkman-Oei</td></tr>
<tr><td><b>Notulist</b></td><td>Hendrik (Henk) Smeding, app. 518</td></tr></table>
<h2>Aanwezig (22 van 29 appartementsrechten)</h2>
<table><tr><th>App.</th><th>Eigenaar</th><th>Stemmen</th></tr>
<tr><td>512</td><td>L.M. Voogd</td><td>1</td></tr>
<tr><td>514</td><td>Fam. Ramdin-<br>Kalloe</td><td>1</td></tr>
<tr><td>518</td><td>H. Smeding (notulist)</td><td>1</td></tr>
<tr><td>522</td><td>Vastgoedfonds Hofstad N.V. (verhuurd)</td><td>3</td></tr>
<tr><td>530</td><td>M. DEN HARTOG (volmacht aan app. 512)</td><td>1</td></tr>
<tr><td>536</td><td>Ewa Nowak</td><td>1</td></tr></table>
<h2>1. Opening en mededelingen</h2>
<p>De voorzitter, de heer Voogd, opent de vergadering. Mevrouw Nowak meldt dat de lift (fabrikaat Otis, type Gen2) in april driemaal stilstond.
De gemeente Den Haag heeft de Subsidieregeling Verduurzaming VvE's opengesteld; het Haags Klimaatloket helpt bij de aanvraag.</p>
<h2>2. Achterstallige bijdragen</h2>
<p>De beheerder meldt dat de eigenaar van app. 530, de heer Den Hartog, een achterstand heeft van € 3.412,-. Hij heeft laten weten dat hij
door een burn-out tijdelijk geen inkomen heeft. De vergadering besluit tot een betalingsregeling; incasso via Flanderijn als de regeling niet wordt nagekomen.</p>
<h2>3. Meerjarenonderhoudsplan (MJOP)</h2>
<p>Het MJOP 2025–2035 van Bureau Kooij Bouwadvies wordt vastgesteld. Bijdrage aan het reservefonds: 0,5% van de herbouwwaarde.
Fam. Ramdin-Kalloe stemt tegen. Stortingen op de rekening van de VvE (NL43 ABNA 0417 1643 88) per kwartaal.</p>
<h2>4. Rondvraag</h2>
<p>De heer Smeding vraagt of zijn zoon Jesse de fietsenstalling mag gebruiken. Afgewezen. Volgende vergadering: voorjaar 2026.
Contact beheerder: vve@beheerhaaglanden.nl of 070 - 3181 600.</p>
"""
    src = html_file(WORK / "bh12_vve_notulen_ledenvergadering.html", "Notulen ALV 2025 VvE Residentie Hofzicht", body)
    soffice(src, pdf, info={"Author": "Henk Smeding"})
    red = [
        R("PERSON", "Carolien Brinkman-Oei", "Carolien", "Brinkman-Oei"),
        R("PERSON", "Henk Smeding", "Hendrik", "Henk", "Smeding"),
        R("PERSON", "L.M. Voogd", "Voogd"), R("PERSON", "Ramdin-Kalloe", "Ramdin-", "Ramdin-Kalloe"),
        R("PERSON", "M. den Hartog", ("DEN HARTOG", True), "Den Hartog"),
        R("PERSON", "Ewa Nowak", "Ewa Nowak", "Nowak"),
        R("FINANCIAL", "achterstand € 3.412", ("3.412,-", False)),
        R("HEALTH", "burn-out", ("burn-out", True)),
        R("PERSON", "Jesse Smeding", "Jesse"),
    ]
    keep = [
        K("ORG", "Vereniging van Eigenaars Residentie Hofzicht", ("Residentie Hofzicht", True)),
        K("STREET", "Laan van Meerdervoort 512 t/m 540", ("Laan van Meerdervoort", True)), K("CASE", "KvK 27184455", ("27184455", True)),
        K("STREET", "Beeklaan 245"), K("COMPANY", "VvE Beheer Haaglanden B.V."), K("COMPANY", "Vastgoedfonds Hofstad N.V."),
        K("COMPANY", "Otis"), K("PRODUCT", "Gen2"), K("ORG", "gemeente Den Haag"),
        K("PROGRAMME", "Subsidieregeling Verduurzaming VvE's", ("Subsidieregeling Verduurzaming", True)),
        K("ORG", "Haags Klimaatloket"), K("COMPANY", "Flanderijn"), K("TERM", "MJOP"), K("COMPANY", "Bureau Kooij Bouwadvies"),
        K("IBAN_ORG", "NL43 ABNA 0417 1643 88", ("NL43 ABNA 0417 1643 88", False)),
        K("MAILBOX", "vve@beheerhaaglanden.nl", ("vve@beheerhaaglanden.nl", False)), K("SWITCHBOARD", "070 - 3181 600", ("070 - 3181 600", False)),
        K("ROLE", "notulist"),
    ]
    return pdf, red, keep


@doc
def bh13():
    pdf = DOCS / "bh13_fonds_toekenning_kunstenaar.pdf"
    ib = iban("INGB", "0007723190")
    side = ["**Mondriaan Fonds", "Brouwersgracht 276", "1013 HG Amsterdam", "T 020 - 5231 523", "info@mondriaanfonds.nl", "",
            "**Uw contactpersoon", "Floor Jonkman-Veldkamp", "adviseur beeldende kunst", "f.jonkman@mondriaanfonds.nl",
            "020 - 5231 577", "", "**Dossier", "MF-WB-2025-1184", "", "**Datum", "30 juni 2025"]
    st = [
        P("Atelier Noor Bakhuizen<br/>t.a.v. mevrouw N.E. Bakhuizen<br/>Van Ostadestraat 231-III<br/>1073 TM Amsterdam"),
        SP(14), P("<b>Betreft: toekenning Werkbijdrage Bewezen Talent</b>"), SP(6),
        P("Beste Noor Bakhuizen,"),
        P("Het bestuur van het Mondriaan Fonds heeft op advies van de commissie Beeldende Kunst besloten u een Werkbijdrage Bewezen Talent "
          "toe te kennen van € 20.000. De bijdrage is bestemd voor de ontwikkeling van uw installatie <i>Zoutwaterkathedraal</i>, die in 2026 "
          "in Museum De Lakenhal wordt getoond."),
        P("De bijdrage wordt in twee termijnen overgemaakt op de zakelijke rekening van uw eenmanszaak Atelier Noor Bakhuizen "
          f"(KvK 81447203), IBAN {ib}. De tweede termijn volgt na goedkeuring van het inhoudelijk verslag in mijn.mondriaanfonds.nl."),
        P("Op deze toekenning zijn de Algemene Subsidieverordening Mondriaan Fonds en de Regeling Werkbijdrage Bewezen Talent van toepassing. "
          "Omdat uw uitkering via het UWV (Ziektewet) in 2024 is beëindigd, hoeft u hierover geen opgave te doen."),
        P("Bezwaar: binnen zes weken, gericht aan het bestuur van het Mondriaan Fonds."),
        SP(6), P("Met vriendelijke groet,"), Signature(33),
        P("Eelco van der Lingen<br/>directeur Mondriaan Fonds"),
        SP(4), P("Kopie: commissie Beeldende Kunst; afdeling Financiën (FJ/mk)", "s"),
    ]
    build_rl(pdf, st, org=["Mondriaan Fonds", "publiek fonds voor beeldende kunst en erfgoed"], side=side, top_color="#e30613",
             footer="MF-WB-2025-1184", title="Toekenning MF-WB-2025-1184", author="Floor Jonkman-Veldkamp")
    add_hidden(pdf, links=[(0, "mailto:f.jonkman@mondriaanfonds.nl", [396, 560, 560, 572])])
    red = [
        R("PERSON", "Noor Bakhuizen", "Bakhuizen", "Noor", "N.E. Bakhuizen"),
        R("TRADE", "Atelier Noor Bakhuizen", "Atelier Noor Bakhuizen"),
        R("ADDRESS", "Van Ostadestraat 231-III, 1073 TM", ("Van Ostadestraat 231-III", False), ("1073 TM", False)),
        R("KVK", "KvK 81447203 (eenmanszaak)", "81447203"), R("IBAN", ib, (ib, False)),
        R("PERSON", "Floor Jonkman-Veldkamp", "Jonkman-Veldkamp", "Floor"),
        R("EMAIL", "f.jonkman@mondriaanfonds.nl", ("f.jonkman@mondriaanfonds.nl", False)),
        R("PHONE", "020 - 5231 577", ("020 - 5231 577", False)),
        R("HEALTH", "uitkering Ziektewet", ("Ziektewet", True)),
        R("PARAPH", "FJ/mk", ("FJ/mk", False)),
    ]
    keep = [
        K("ORG", "Mondriaan Fonds"), K("STREET", "Brouwersgracht 276"), K("SWITCHBOARD", "020 - 5231 523", ("020 - 5231 523", False)),
        K("MAILBOX", "info@mondriaanfonds.nl", ("info@mondriaanfonds.nl", False)), K("CASE", "MF-WB-2025-1184", ("MF-WB-2025-1184", False)),
        K("PROGRAMME", "Werkbijdrage Bewezen Talent"), K("ORG", "Museum De Lakenhal"), K("TITLE", "Zoutwaterkathedraal"),
        K("LAW", "Algemene Subsidieverordening Mondriaan Fonds", ("Algemene Subsidieverordening", True)),
        K("ORG", "UWV"), K("ROLE", "adviseur beeldende kunst"), K("OFFICE_HOLDER", "Eelco van der Lingen (directeur, public)", "Eelco van der Lingen"),
        K("ROLE", "commissie Beeldende Kunst"), K("AMOUNT", "€ 20.000", ("20.000", False)),
    ]
    return pdf, red, keep


@doc
def bh14():
    pdf = DOCS / "bh14_bruikleenovereenkomst_museum.pdf"
    body = """
<p class="small">Stichting Museum Arnhem · Utrechtseweg 87 · 6812 AA Arnhem · 026 - 3031 400 · collectie@museumarnhem.nl</p>
<h1>Bruikleenovereenkomst BRK-2025-031</h1>
<p>De ondergetekenden:</p>
<p>1. <b>Stichting Museum Arnhem</b>, gevestigd te Arnhem, hierbij vertegenwoordigd door mevrouw drs. Saskia Bergkamp-Tjon,
hoofd collectie, hierna: <i>de bruikleennemer</i>;</p>
<p>2. <b>de heer Frederik Willem (Frits) Lammerts van Bueren</b>, wonende Amsterdamseweg 342, 6816 GS Arnhem,
geboren 23 september 1948, hierna: <i>de bruikleengever</i>;</p>
<p>komen het volgende overeen.</p>
<h2>Artikel 1 – Object</h2>
<table><tr><th>Inv.nr.</th><th>Kunstenaar</th><th>Titel</th><th>Jaar</th><th>Verzekerde waarde</th></tr>
<tr><td>BRK-031-01</td><td>Charley Toorop</td><td>Boerenvrouw in Westkapelle</td><td>1927</td><td>€ 240.000</td></tr>
<tr><td>BRK-031-02</td><td>Pyke Koch</td><td>Studie voor 'De schiettent'</td><td>1931</td><td>€ 85.000</td></tr></table>
<p>De objecten zijn bestemd voor de tentoonstelling <i>Magisch Realisme in Gelderland</i> (8 februari t/m 31 augustus 2026).</p>
<h2>Artikel 2 – Verzekering en transport</h2>
<p>De bruikleennemer verzekert de objecten 'nagel tot nagel' bij AXA XL Art &amp; Lifestyle onder polis ART-NL-771203. Het transport gebeurt
door Hizkia Van Kralingen fine art logistics. De Indemniteitsregeling van de Rijksdienst voor het Cultureel Erfgoed (RCE) is niet van toepassing.</p>
<h2>Artikel 3 – Vermelding</h2>
<p>De bruikleengever wenst anoniem te blijven; in zaalteksten en catalogus staat: 'Particuliere collectie, Arnhem'.
De conditiereports worden opgemaakt door restaurator Mirjam Oostendorp-de Leeuw (extern, ZZP).</p>
<h2>Artikel 4 – Looptijd en opzegging</h2>
<p>De bruikleen loopt van 15 januari 2026 tot en met 15 september 2026. Tussentijdse opzegging is alleen mogelijk bij ernstige
schade of dreiging daarvan. Op deze overeenkomst is Nederlands recht van toepassing; geschillen gaan naar de Rechtbank Gelderland.</p>
<h2>Artikel 5 – Vergoeding</h2>
<p>Er is geen bruikleenvergoeding verschuldigd. Reis- en verblijfkosten van de koerier (de bruikleengever zelf) worden vergoed
op rekening NL86 ASNB 0708 1152 31.</p>
<p style="page-break-before: always">Aldus opgemaakt en ondertekend in tweevoud,</p>
<table class="nb"><tr><td width="50%">Arnhem, 12 december 2025<br><br><br>_______________________<br>drs. S. Bergkamp-Tjon<br>hoofd collectie Museum Arnhem</td>
<td>Arnhem, 12 december 2025<br><br><br>_______________________<br>F.W. Lammerts van Bueren<br>bruikleengever</td></tr></table>
<p class="small">Bijlagen: conditiereports (2), foto's, facility report Museum Arnhem (versie 2024). Behandeld: SBT/jv</p>
"""
    src = html_file(WORK / "bh14_bruikleenovereenkomst_museum.html", "Bruikleenovereenkomst BRK-2025-031", body)
    soffice(src, pdf, info={"Author": "Saskia Bergkamp-Tjon", "Title": "Bruikleen Lammerts van Bueren - Toorop/Koch"})
    ib = "NL86 ASNB 0708 1152 31"
    red = [
        R("PERSON", "Saskia Bergkamp-Tjon", "Saskia", "Bergkamp-Tjon"), R("PARAPH", "SBT/jv", ("SBT/jv", False)),
        R("PERSON", "Frits Lammerts van Bueren", "Lammerts van Bueren", "Frits", "Frederik Willem"),
        R("ADDRESS", "Amsterdamseweg 342, 6816 GS Arnhem", "Amsterdamseweg 342", ("6816 GS", False)),
        R("DOB", "23 september 1948", ("23 september 1948", False)),
        R("PERSON", "Mirjam Oostendorp-de Leeuw", "Mirjam", "Oostendorp-de Leeuw"),
        R("IBAN", ib, (ib, False)),
    ]
    keep = [
        K("ORG", "Stichting Museum Arnhem"), K("STREET", "Utrechtseweg 87"), K("SWITCHBOARD", "026 - 3031 400", ("026 - 3031 400", False)),
        K("MAILBOX", "collectie@museumarnhem.nl", ("collectie@museumarnhem.nl", False)), K("CASE", "BRK-2025-031", ("BRK-2025-031", False)),
        K("ARTIST", "Charley Toorop"), K("ARTIST", "Pyke Koch"), K("TITLE", "Boerenvrouw in Westkapelle"),
        K("PROGRAMME", "Magisch Realisme in Gelderland"), K("COMPANY", "AXA XL Art & Lifestyle", ("AXA XL", False)),
        K("CASE", "ART-NL-771203", ("ART-NL-771203", False)), K("COMPANY", "Hizkia Van Kralingen"), K("LAW", "Indemniteitsregeling"),
        K("ORG", "Rijksdienst voor het Cultureel Erfgoed"), K("ORG", "RCE"), K("ORG", "Rechtbank Gelderland"),
        K("ROLE", "hoofd collectie"), K("ROLE", "restaurator"), K("TERM", "Particuliere collectie"), K("DATE", "12 december 2025"),
    ]
    return pdf, red, keep


@doc
def bh15():
    pdf = DOCS / "bh15_omgevingsvergunning_rijksmonument.pdf"
    side = ["**Gemeente Leiden", "Stadhuisplein 1", "2311 EJ Leiden", "Postbus 9100", "2300 PC Leiden", "T 14 071", "",
            "**Contactpersoon", "ing. B. Quispel", "vergunningverlener", "b.quispel@leiden.nl", "", "**Datum",
            "19 augustus 2025", "", "**Zaaknummer", "Z/25/2218475", "", "**Uw aanvraag", "OLO 9917265"]
    st = [
        P("Mevrouw E.J.A. van Swieten-Prins<br/>Rapenburg 31-zw<br/>2311 GE Leiden<br/><br/>en<br/><br/>"
          "de heer C. van Swieten<br/>Zeeweg 7<br/>2224 AB Katwijk"),
        SP(12), P("<b>Besluit omgevingsvergunning – rijksmonumentenactiviteit Breestraat 64, Leiden</b>"), SP(6),
        P("Geachte mevrouw Van Swieten-Prins en heer Van Swieten,"),
        P("Op 3 juni 2025 hebben wij uw aanvraag ontvangen voor het vervangen van de houten kozijnen en het herstel van de "
          "kapconstructie van het pand Breestraat 64 (rijksmonument, monumentnummer 24731), kadastraal bekend Leiden, sectie F, nummer 2914. "
          "De aanvraag is ingediend via het Omgevingsloket door architectenbureau Tempel &amp; Dijkhuis namens u als eigenaren."),
        H("Besluit", 3),
        P("Wij verlenen de omgevingsvergunning voor een rijksmonumentenactiviteit (artikel 5.1, eerste lid, onder d, Omgevingswet) "
          "onder de voorschriften in de bijlage. De Commissie Erfgoed en Welstand (CEW) heeft op 14 juli 2025 positief geadviseerd."),
        H("Overwegingen", 3),
        P("De Rijksdienst voor het Cultureel Erfgoed heeft geen advies uitgebracht. Het pand staat in het beschermd stadsgezicht "
          "Binnenstad Leiden. De bovenwoning wordt bewoond door de aanvrager; het bedrijfsgedeelte beneden is verhuurd aan "
          "Boekhandel Kooyker."),
        PageBreak(),
        H("Voorschriften", 3),
        T([["Nr", "Voorschrift"],
           ["1", "Nieuwe kozijnen in grenen, profilering volgens detailtekening D-04 van Tempel &amp; Dijkhuis."],
           ["2", "Voor de start meldt de eigenaar de werkzaamheden bij toezicht@leiden.nl (minstens twee werkdagen vooraf)."],
           ["3", "Historisch glas (kroonglas) in de zijkozijnen blijft behouden."],
           ["4", "Het bouwhistorisch onderzoek van Bureau Hylkema wordt binnen drie maanden na afronding ingediend."]],
          [10 * mm, 100 * mm]),
        SP(8), H("Leges", 3),
        P("Voor dit besluit zijn geen leges verschuldigd (Legesverordening Leiden 2025, hoofdstuk 3, vrijstelling monumenten)."),
        H("Rechtsbescherming", 3),
        P("Belanghebbenden kunnen binnen zes weken bezwaar maken bij het college van burgemeester en wethouders van Leiden."),
        SP(6), P("Met vriendelijke groet,<br/>namens het college,"), Signature(55),
        P("Hanneke Stroeve-Lipman<br/>teamleider Vergunningen"),
    ]
    build_rl(pdf, st, org=["Gemeente Leiden"], side=side, top_color="#c4161c", footer="Z/25/2218475",
             title="Omgevingsvergunning Breestraat 64", author="Quispel, Bram")
    red = [
        R("PERSON", "E.J.A. van Swieten-Prins", "van Swieten-Prins", "Van Swieten-Prins"),
        R("ADDRESS", "Rapenburg 31-zw, 2311 GE", ("Rapenburg 31-zw", False), ("2311 GE", False)),
        R("PERSON", "C. van Swieten", "C. van Swieten", ("heer Van Swieten", False)),
        R("ADDRESS", "Zeeweg 7, 2224 AB Katwijk", "Zeeweg 7", ("2224 AB", False)),
        R("PERSON", "Bram Quispel", "Quispel", "Bram"), R("EMAIL", "b.quispel@leiden.nl", ("b.quispel@leiden.nl", False)),
        R("PERSON", "Hanneke Stroeve-Lipman", "Hanneke", "Stroeve-Lipman"),
        R("PARCEL", "Leiden F 2914", ("sectie F, nummer 2914", False)),
    ]
    keep = [
        K("ORG", "Gemeente Leiden"), K("STREET", "Stadhuisplein 1"), K("SWITCHBOARD", "14 071", ("14 071", False)),
        K("CASE", "Z/25/2218475", ("Z/25/2218475", False)), K("CASE", "OLO 9917265", ("9917265", True)),
        K("MONUMENT", "Breestraat 64"), K("CASE", "monumentnummer 24731", ("24731", True)),
        K("COMPANY", "Tempel & Dijkhuis", ("Tempel &amp; Dijkhuis", False)) if False else K("COMPANY", "Tempel & Dijkhuis", ("Tempel & Dijkhuis", False)),
        K("LAW", "Omgevingswet"), K("ORG", "Commissie Erfgoed en Welstand"), K("ORG", "Rijksdienst voor het Cultureel Erfgoed"),
        K("PLACE", "Binnenstad Leiden"), K("COMPANY", "Boekhandel Kooyker"), K("MAILBOX", "toezicht@leiden.nl", ("toezicht@leiden.nl", False)),
        K("COMPANY", "Bureau Hylkema"), K("LAW", "Legesverordening Leiden 2025"), K("ROLE", "teamleider Vergunningen"),
        K("ROLE", "vergunningverlener"), K("TERM", "Omgevingsloket"), K("TERM", "rijksmonumentenactiviteit"),
    ]
    return pdf, red, keep


@doc
def bh16():
    pdf = DOCS / "bh16_olb_besluitenlijst_bestuurscollege.pdf"
    st = [
        P("Openbaar Lichaam Bonaire · Bestuurscollege", "s"),
        P("Besluitenlijst vergadering Bestuurscollege d.d. 8 april 2025", "h1"),
        LV([("Aanwezig", "gezaghebber Edison Rijna (voorzitter); eilandgedeputeerden Nina den Heyer, Elvis Tjin Asjoe en "
             "Clark Abraham; eilandsecretaris mr. drs. G.R. Thodé (secretaris)"),
            ("Notulist", "Shurandy Winklaar (Bestuursbureau)"), ("Plaats", "Bestuurskantoor, Wilhelminaplein 1, Kralendijk")], 28 * mm, 138 * mm),
        SP(6),
        T([["Nr", "Onderwerp", "Besluit", "Portef."],
           ["BC 25/114", "Erfpachtaanvraag perceel Hato (aanvrager: de heer Ruthsel<br/>Martijn, Kaya Amsterdam 18, Kralendijk)",
            "Toegewezen onder voorwaarden; erfpachtcanon conform Eilandsverordening Grondbeleid.", "Tjin Asjoe"],
           ["BC 25/115", "Subsidie Stichting Jong Bonaire 2025", "USD 180.000 verleend (Subsidieverordening OLB).", "Den Heyer"],
           ["BC 25/116", "Ontslag op staande voet medewerker Dienst Publieke Werken, dhr. R.F. (Raymond) Cicilia, i.v.m. diefstal van brandstof",
            "Kennisgenomen; aangifte bij het Korps Politie Caribisch Nederland (KPCN) is gedaan.", "Gezaghebber"],
           ["BC 25/117", "Brief minister van BZK over het Bestuursakkoord Bonaire 2023–2027", "Reactie voorbereiden samen met de Rijksvertegenwoordiger.", "Gezaghebber"],
           ["BC 25/118", "Bezwaar dhr. Jean-Pierre Anthony tegen weigering bouwvergunning (Kaya Gob. N. Debrot 71)",
            "Advies bezwaarcommissie overnemen: ongegrond.", "Abraham"],
           ["BC 25/119", "Verlenging contract Selibon N.V. (afvalinzameling)", "Akkoord.", "Abraham"]],
          [18 * mm, 70 * mm, 58 * mm, 20 * mm]),
        SP(6),
        P("Contact Bestuursbureau: +599 715 5300 of bestuursbureau@bonairegov.com. Persoonlijke nummers van medewerkers worden niet verstrekt; "
          "de notulist is bereikbaar via +599 786 4412 (dienstmobiel)."),
        SP(4), P("Vastgesteld in de vergadering van 15 april 2025.<br/>De secretaris, G.R. Thodé   De voorzitter, E.W.P. Rijna", "s"),
    ]
    build_rl(pdf, st, footer="OLB - besluitenlijst BC 8-4-2025", title="Besluitenlijst BC 8 april 2025", author="S. Winklaar")
    red = [
        R("PERSON", "Shurandy Winklaar", "Shurandy", "Winklaar"),
        R("PERSON", "Ruthsel Martijn", "Ruthsel", ("Martijn", True)),
        R("ADDRESS", "Kaya Amsterdam 18", "Kaya Amsterdam 18"),
        R("PERSON", "Raymond Cicilia", "Cicilia", "Raymond", "R.F."),
        R("CRIMINAL", "diefstal van brandstof", ("diefstal van brandstof", False)),
        R("PERSON", "Jean-Pierre Anthony", "Jean-Pierre Anthony"),
        R("ADDRESS", "Kaya Gob. N. Debrot 71", ("Kaya Gob. N. Debrot 71", False)),
        R("PHONE", "+599 786 4412", ("+599 786 4412", False)),
    ]
    keep = [
        K("ORG", "Openbaar Lichaam Bonaire"), K("ORG", "Bestuurscollege"),
        K("OFFICE_HOLDER", "gezaghebber Edison Rijna", "Edison Rijna", "Rijna"),
        K("OFFICE_HOLDER", "eilandgedeputeerde Nina den Heyer", "Nina den Heyer", "Den Heyer"),
        K("OFFICE_HOLDER", "eilandgedeputeerde Elvis Tjin Asjoe", "Elvis Tjin Asjoe", "Tjin Asjoe"),
        K("OFFICE_HOLDER", "eilandgedeputeerde Clark Abraham", "Clark Abraham", ("Abraham", True)),
        K("PUBLIC_OFFICIAL", "eilandsecretaris G.R. Thodé", "Thodé"),
        K("STREET", "Wilhelminaplein 1"), K("PLACE", "Kralendijk"), K("PLACE", "Hato"), K("LAW", "Eilandsverordening Grondbeleid"),
        K("ORG", "Stichting Jong Bonaire"), K("LAW", "Subsidieverordening OLB"), K("ORG", "Dienst Publieke Werken"),
        K("ORG", "Korps Politie Caribisch Nederland"), K("ORG", "KPCN"), K("ORG", "BZK"), K("PROGRAMME", "Bestuursakkoord Bonaire 2023–2027", ("Bestuursakkoord Bonaire", True)),
        K("ROLE", "Rijksvertegenwoordiger"), K("COMPANY", "Selibon N.V."), K("SWITCHBOARD", "+599 715 5300", ("+599 715 5300", False)),
        K("MAILBOX", "bestuursbureau@bonairegov.com", ("bestuursbureau@bonairegov.com", False)), K("CASE", "BC 25/116", ("BC 25/116", False)),
        K("AMOUNT", "USD 180.000", ("USD 180.000", False)),
    ]
    return pdf, red, keep
