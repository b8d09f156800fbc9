"""Set mixed89, documents np01-np11. Markup: [[K:redact]] {{K:keep}} (see make_set.py)."""
from make_set import Doc

GLD = ["{{O:Provincie Gelderland}}  |  Postbus 9090, 6800 GX Arnhem  |  {{Y:Markt 11, 6811 CG Arnhem}}",
       "{{G:(026) 359 99 99}}  |  {{F:post@gelderland.nl}}  |  www.gelderland.nl"]


def mail_nl(frm, sent, to, subj, cc=None, att=None):
    rows = [["Van:", frm], ["Verzonden:", sent], ["Aan:", to]]
    if cc:
        rows.append(["CC:", cc])
    rows.append(["Onderwerp:", subj])
    if att:
        rows.append(["Bijlagen:", att])
    return ("kv", rows, {"widths": [0.16, 0.84]})


def mail_en(frm, sent, to, subj, cc=None):
    rows = [["From:", frm], ["Sent:", sent], ["To:", to]]
    if cc:
        rows.append(["Cc:", cc])
    rows.append(["Subject:", subj])
    return ("kv", rows, {"widths": [0.16, 0.84]})


DOCS = []

# ---------------------------------------------------------------- np01 ontwerpbesluit (docx)
DOCS.append(Doc("np01_ontwerpbesluit_natura2000_voorthuizen", "Ontwerpbesluit Natura 2000-activiteit", "docx", font="Carlito",
    meta={"Author": "Tjoelker, Marloes", "Title": "Ontwerpbesluit OLO 8812044"},
    hidden=[("P", "Tjoelker, Marloes", "metadata")],
    header=GLD,
    blocks=[
    ("kv", [["Aan", "Maatschap [[P:Van den Brink-Hoogeveen]]\nt.a.v. de heer [[P:G.J. van den Brink]]\n[[A:Kolkweg 14]]\n[[A:3781 PL]] Voorthuizen"],
            ["Datum", "{{M:3 maart 2026}}"],
            ["Zaaknummer", "{{C:2025-018734}}"],
            ["OLO-nummer", "{{C:8812044}}"],
            ["Behandeld door", "[[P:mw. ing. M. Tjoelker]]"],
            ["Telefoon", "[[T:06 41 87 35 20]]"],
            ["E-mail", "[[E:m.tjoelker@gelderland.nl]]"],
            ["Onderwerp", "Ontwerpbesluit omgevingsvergunning Natura 2000-activiteit"]]),
    ("p", "Geachte heer [[P:Van den Brink]],"),
    ("p", "Op {{M:14 oktober 2025}} hebben wij uw aanvraag ontvangen voor een omgevingsvergunning voor een Natura 2000-activiteit "
          "als bedoeld in artikel 5.1, tweede lid, onder e, van de {{W:Omgevingswet}}. De aanvraag betreft het uitbreiden van de "
          "melkveehouderij op de locatie [[A:Kolkweg 14]] te Voorthuizen met een nieuwe ligboxenstal met het emissiearme vloersysteem "
          "{{V:BWL 2015.09.V1}} en het intern salderen met de bestaande varkensstal."),
    ("h", "1. Ontwerpbesluit"),
    ("p", "{{O:Gedeputeerde Staten}} van Gelderland zijn voornemens de gevraagde vergunning te verlenen. Uit de bij de aanvraag "
          "gevoegde {{Q:AERIUS Calculator}}-berekening blijkt dat de stikstofdepositie op de voor stikstof gevoelige habitattypen in "
          "het Natura 2000-gebied {{AREA:Veluwe}} en het Natura 2000-gebied {{AREA:Binnenveld}} niet toeneemt ten opzichte van de "
          "referentiesituatie. De referentiesituatie is ontleend aan de vergunning op grond van de {{W:Hinderwet}} van {{M:12 mei 1992}} "
          "die destijds aan de heer [[P:Gerrit Jan van den Brink sr.]] is verleend."),
    ("h", "2. Zienswijzen"),
    ("p", "Het ontwerpbesluit ligt vanaf {{M:9 maart 2026}} zes weken ter inzage in het {{Y:Provinciehuis, Markt 11 te Arnhem}} en in het "
          "gemeentehuis van {{L:Barneveld}}, {{Y:Raadhuisplein 2}}. Iedereen kan gedurende deze termijn een zienswijze indienen bij "
          "{{O:Gedeputeerde Staten}}, bij voorkeur via {{F:natuurvergunningen@gelderland.nl}} onder vermelding van het zaaknummer. "
          "Voor een mondelinge zienswijze kunt u bellen met ons algemene nummer {{G:(026) 359 99 99}}."),
    ("h", "3. Voorschriften"),
    ("p", "Aan de vergunning worden voorschriften verbonden over het aantal dieren (ten hoogste 184 melk- en kalfkoeien en 96 stuks "
          "jongvee), het stalsysteem en de registratie van de voeradministratie. Het toezicht op de naleving berust bij de "
          "{{O:Omgevingsdienst Veluwe IJssel}} ({{O:OVIJ}}). Een afschrift van dit ontwerpbesluit zenden wij aan de gemeente "
          "{{L:Barneveld}} en aan {{O:Stalconsult Veluwe}} dat u bij de aanvraag heeft bijgestaan."),
    ("p", "Hoogachtend,"),
    ("p", "{{O:Gedeputeerde Staten}} van Gelderland,\nnamens dezen,"),
    ("sig", "ilse"),
    ("p", "[[P:I. van 't Erve]]\n{{J:teamleider Vergunningverlening Natuur}}"),
    ("small", "Afschrift: gemeente {{L:Barneveld}}, {{O:OVIJ}} (t.a.v. [[P:R. Brinkhuis]]), adviesbureau {{O:Stalconsult Veluwe}}."),
]))

# ---------------------------------------------------------------- np02 controlerapport OVIJ (reportlab Helvetica, 2 p)
DOCS.append(Doc("np02_controlerapport_ovij_kootwijkerbroek", "Controlerapport OVIJ", "rl", font="Helvetica",
    header=["{{O:Omgevingsdienst Veluwe IJssel}}  -  Apeldoorn  -  {{G:088 - 422 22 00}}  -  {{F:info@ovij.nl}}"],
    footer="Controlerapport {{C:Z2026-004418}}  -  vertrouwelijk tot besluitvorming",
    meta={"Author": "rbrinkhuis"}, hidden=[("P", "rbrinkhuis", "metadata")],
    blocks=[
    ("title", "Controlerapport Natura 2000 / emissiearme huisvesting"),
    ("kv", [["Zaaknummer", "{{C:Z2026-004418}}"],
            ["Datum controle", "{{M:21 januari 2026}}, 09.15 - 11.40 uur"],
            ["Inrichting", "V.O.F. [[P:Wolters-Ebbekink]]"],
            ["Adres inrichting", "[[A:Garderbroekerweg 188]], [[A:3774 JE]] Kootwijkerbroek"],
            ["KvK-nummer", "[[K:71849302]]"],
            ["UBN", "[[N:2308841]]"],
            ["Relatienummer RVO", "[[N:200481776]]"],
            ["Aanwezig namens inrichting", "de heer [[P:H. (Henk) Wolters]] en zijn zoon [[P:Daan Wolters]]"],
            ["Toezichthouders", "[[P:R. Brinkhuis]] ([[P:RBR]]) en [[P:F. Wassenberg]] ([[P:FWA]]), {{J:toezichthouder}} {{O:OVIJ}}"],
            ["In opdracht van", "{{O:Provincie Gelderland}}, {{Q:Gelders Handhavingsprogramma Natuur 2026}}"]]),
    ("h", "1. Aanleiding"),
    ("p", "De controle is uitgevoerd in het kader van het project {{Q:Toezicht emissiearme stalsystemen Gelderse Vallei}}. De "
          "inrichting is bereikbaar via de {{S:Koningin Julianaweg}} en ligt op circa 2,1 km van het Natura 2000-gebied {{AREA:Veluwe}}. Getoetst is of de feitelijke situatie "
          "overeenkomt met de vergunning Wet natuurbescherming van {{M:8 juli 2019}}, kenmerk {{C:2018-009217}}."),
    ("h", "2. Bevindingen"),
    ("table", [["Nr", "Onderdeel", "Vergund", "Aangetroffen", "Oordeel"],
               ["1", "Aantal vleesvarkens stal 2", "1.680", "1.742", "overtreding"],
               ["2", "Luchtwasser {{V:BWL 2009.12.V7}}", "in werking", "in werking, pH-sensor defect", "overtreding"],
               ["3", "Elektronisch logboek luchtwasser", "bijgehouden", "gat 3 nov - 19 dec 2025", "overtreding"],
               ["4", "Melkvee stal 1", "112", "108", "akkoord"],
               ["5", "Mestopslag (afgedekt)", "ja", "ja", "akkoord"]],
     {"widths": [0.06, 0.32, 0.17, 0.28, 0.17]}),
    ("p", "Ad 2. De heer [[P:Wolters]] verklaarde dat de pH-sensor sinds eind oktober storingen geeft en dat monteur [[P:Jeroen Maatman]] "
          "van de leverancier {{O:Inno+}} is ingeschakeld. Een werkbon is getoond (foto 7). Ad 3. Volgens [[P:Daan Wolters]] is het "
          "logboek niet bijgehouden doordat zijn vader in die periode in het ziekenhuis lag na een [[H:hartinfarct]]; hij heeft zelf "
          "de administratie waargenomen."),
    ("p", "Ad 1. Het aantal dieren is vastgesteld aan de hand van de I&R-registratie in {{Q:Inspectieview}} en een telling per afdeling door "
          "[[P:FWA]]. Het verschil van 62 dieren is voorgelegd aan de heer [[P:Wolters]]; hij gaf aan dat een afleverronde door "
          "de slachterij {{O:Vion}} een week is uitgesteld."),
    ("pb",),
    ("h", "3. Foto's en bewijsmiddelen"),
    ("table", [["Foto", "Omschrijving", "Gemaakt door"],
               ["1-4", "Overzicht stal 2, afdelingen A t/m D", "[[P:RBR]]"],
               ["5-6", "Display luchtwasser, foutmelding pH", "[[P:RBR]]"],
               ["7", "Werkbon {{O:Inno+}}, monteur [[P:J. Maatman]]", "[[P:FWA]]"],
               ["8", "Logboek (schermafdruk)", "[[P:FWA]]"]],
     {"widths": [0.1, 0.6, 0.3]}),
    ("h", "4. Conclusie en vervolg"),
    ("p", "Er is sprake van drie overtredingen van de vergunningvoorschriften. Geadviseerd wordt de provincie een voornemen tot "
          "het opleggen van een last onder dwangsom te laten versturen (artikel 5:32 {{W:Algemene wet bestuursrecht}}). Het dossier "
          "wordt overgedragen aan {{J:handhavingsjurist}} [[P:mr. H.J. Steggink]]. Voor vragen: [[E:r.brinkhuis@ovij.nl]] of "
          "[[T:06-23918874]]; het algemene nummer van de {{O:OVIJ}} is {{G:088 - 422 22 00}}."),
    ("p", "De heer [[P:Wolters]] is mondeling op de hoogte gebracht. Hij gaf zijn mobiele nummer [[T:06-51 22 90 47]] door voor "
          "de hercontrole en vroeg dat niet zijn vrouw [[P:Jolanda]] wordt gebeld."),
    ("kv", [["Opgemaakt", "Apeldoorn, {{M:23 januari 2026}}"],
            ["Toezichthouder", "[[P:Roel Brinkhuis]]"],
            ["Tweede toezichthouder", "[[P:Femke Wassenberg]]"],
            ["Paraaf teamleider", "[[P:AdJ]] ([[P:A. de Jonge-Veldkamp]])"]]),
]))

# ---------------------------------------------------------------- np03 e-mailthread (reportlab Carlito, 2 p)
DOCS.append(Doc("np03_mailthread_pasmelder_legalisatie", "E-mailwisseling PAS-melder", "rl", font="Carlito",
    blocks=[
    mail_nl("[[P:Rustenhoven, Okke]] <[[E:o.rustenhoven@gelderland.nl]]>", "dinsdag 10 februari 2026 16:42",
            "[[P:Tjoelker, Marloes]]; [[P:Overkamp, Bart-Jan]]", "RE: PAS-melder Klein Gunnewiek - stand van zaken",
            cc="{{F:pasmelders@gelderland.nl}}"),
    ("p", "Hoi [[P:Marloes]],"),
    ("p", "Dank voor je snelle reactie. Ik heb met [[P:Bart-Jan]] afgestemd: we nemen de melding van V.O.F. [[P:Klein Gunnewiek]] "
          "mee in tranche 3 van het {{Q:Legalisatieprogramma PAS-meldingen}}. Het interne salderingsbesluit hoeft dus niet meer "
          "vóór de zitting bij de {{O:Raad van State}} klaar te zijn. Graag wel een korte notitie voor {{R:gedeputeerde Zoet}} "
          "vóór het portefeuillehoudersoverleg van {{M:17 februari 2026}}."),
    ("p", "Groet,\n[[P:Okke]]"),
    ("p", "[[P:Okke Rustenhoven]] | {{J:beleidsadviseur stikstof}} | {{O:Provincie Gelderland}} | {{O:Team Natuurvergunningen}}\n"
          "M [[T:06 1399 2741]] | werkdagen ma-di-do"),
    ("quote", "Van: [[P:Tjoelker, Marloes]] <[[E:m.tjoelker@gelderland.nl]]>\nVerzonden: dinsdag 10 februari 2026 11:05\n"
              "Aan: [[P:Rustenhoven, Okke]] <[[E:o.rustenhoven@gelderland.nl]]>\nOnderwerp: RE: PAS-melder Klein Gunnewiek - stand van zaken"),
    ("quote", "Okke, de {{O:ODA}} heeft de locatie [[A:Meddoseweg 23]] in {{L:Winterswijk}} op {{M:4 februari 2026}} bezocht. De stallen "
              "zijn volgens [[P:Dennis]] (toezicht {{O:ODA}}) conform de melding uit 2016 gebouwd. Mevrouw [[P:Klein Gunnewiek-Rouwhorst]] "
              "belde mij gisteren opnieuw, ze is erg emotioneel; haar man [[P:Bennie]] is sinds de zomer thuis met een "
              "[[H:burn-out]] en ze vraagt of wij het bedrijf willen 'ontzien'. Ik heb verwezen naar het {{Q:Zorgloket Boeren}} "
              "van {{O:ZLTO}} en {{O:LTO Noord}}. Haar nummer staat in het dossier: [[T:0543-52 18 66]]."),
    ("quote", "Marloes"),
    ("quote", "From: [[P:Overkamp, Bart-Jan]] <[[E:bj.overkamp@gelderland.nl]]>\nSent: Monday, February 9, 2026 5:58 PM\n"
              "To: [[P:Tjoelker, Marloes]]; [[P:Rustenhoven, Okke]]\nCc: [[P:Haverkort-Meinen, Sjoerd]]\n"
              "Subject: PAS-melder Klein Gunnewiek - stand van zaken"),
    ("quote", "Collega's, in de beroepszaak {{C:202507731/1/R3}} (V.O.F. [[P:Klein Gunnewiek]] / {{O:GS Gelderland}}) is de zitting "
              "gepland op {{M:12 maart 2026}}. Ik wil de stand van de legalisatie in het verweerschrift opnemen. [[P:Sjoerd]], kun jij "
              "de AERIUS-berekening van de {{O:BIJ12}}-rekenservice laten nalopen? Het bedrijf ligt op 1,8 km van {{AREA:Wooldse Veen}} "
              "en op 4 km van {{AREA:Willinks Weust}}."),
    ("quote", "Met vriendelijke groet,\n[[P:mr. B.J. (Bart-Jan) Overkamp]]\n{{J:senior jurist}} {{O:Juridische Zaken}}\n"
              "T {{G:026 359 99 99}} (algemeen) | D [[T:026 359 86 14]]"),
    ("pb",),
    mail_en("[[P:Haverkort-Meinen, Sjoerd]] <[[E:s.haverkort-meinen@gelderland.nl]]>", "Wednesday, February 11, 2026 08:12",
            "[[P:Overkamp, Bart-Jan]]", "RE: PAS-melder Klein Gunnewiek - stand van zaken",
            cc="[[P:Tjoelker, Marloes]]; [[P:Rustenhoven, Okke]]; {{F:bij12-rekenservice@bij12.nl}}"),
    ("p", "Bart-Jan,"),
    ("p", "De rekenservice van {{O:BIJ12}} heeft de berekening gecontroleerd met {{Q:AERIUS Calculator 2025}}. Uitkomst: maximaal 0,41 "
          "mol/ha/j op {{V:H7110A}} (actieve hoogvenen) in {{AREA:Wooldse Veen}}. Dat past binnen de melding. Kanttekening: de "
          "kadastrale gegevens in de melding staan nog op naam van de vader, [[P:Hendrikus Klein Gunnewiek]], die in 2021 is "
          "overleden. Dat moeten we in de verweerschrift niet zo opschrijven, lijkt me."),
    ("p", "Groeten, [[P:Sjoerd]]\n[[P:Sjoerd Haverkort-Meinen]] - {{J:adviseur stikstof en natuur}} - {{O:Provincie Gelderland}}"),
    ("p", "**Aantekening** ([[P:BJO]], {{M:11-02-2026}}): verweerschrift aangepast, ter paraaf naar [[P:IvtE]]."),
]))

# ---------------------------------------------------------------- np04 zienswijze burger (docx)
DOCS.append(Doc("np04_zienswijze_verhoef_dassen", "Zienswijze ontwerpbesluit Van den Brink", "docx", font="LiberationSerif",
    meta={"Author": "Joke", "LastModifiedBy": "Joke"}, hidden=[("P", "Joke", "metadata")],
    blocks=[
    ("p", "[[P:J.M. Verhoef-Dassen]]\n[[A:Stroeërweg 63]]\n[[A:3781 NB]] Voorthuizen\ntel. [[T:0342 47 33 19]] / [[T:06 28 44 01 93]]\n[[E:jokeverhoef1954@hetnet.nl]]"),
    ("sp", 4),
    ("p", "Aan {{O:Gedeputeerde Staten}} van Gelderland\nPostbus 9090\n6800 GX Arnhem"),
    ("p", "Voorthuizen, {{M:2 april 2026}}"),
    ("p", "Betreft: zienswijze tegen ontwerpbesluit zaaknummer {{C:2025-018734}} (Maatschap [[P:Van den Brink-Hoogeveen]], [[A:Kolkweg 14]])"),
    ("p", "Geacht college,"),
    ("p", "Hierbij dien ik een zienswijze in tegen het ontwerpbesluit voor de uitbreiding van de melkveehouderij aan de "
          "[[A:Kolkweg 14]]. Ik woon sinds 1979 op ongeveer 350 meter van het bedrijf, aan de overkant van de {{S:Engweg}}."),
    ("p", "1. Mijn kleinzoon [[P:Thijmen]] (9 jaar) woont door de week bij ons. Hij heeft [[H:ernstig astma]] en is vorig jaar twee keer "
          "opgenomen geweest in {{O:Ziekenhuis Gelderse Vallei}} in {{L:Ede}}. De longarts, [[P:dr. Ouwerkerk]], heeft ons "
          "afgeraden hem bij meer fijnstof en ammoniak bloot te stellen. Ik vraag u dat mee te wegen."),
    ("p", "2. De {{Q:AERIUS Calculator}}-berekening gaat uit van het stalsysteem {{V:BWL 2015.09.V1}}. Uit publicaties van "
          "{{O:Wageningen University & Research}} en de uitspraak van de {{O:Afdeling bestuursrechtspraak}} over emissiearme "
          "vloeren begrijp ik dat die systemen in de praktijk veel minder opleveren. Intern salderen met een varkensstal die al "
          "jaren leeg staat, vind ik ook niet eerlijk: de heer [[P:Van den Brink]] heeft de varkens in 2019 al weggedaan."),
    ("p", "3. Het verkeer over de {{S:Engweg}} neemt toe. Mijn buurman [[P:Arie Schoonderbeek]] is daar in 2024 van zijn fiets "
          "gereden door een melkwagen."),
    ("p", "Ik wil graag worden gehoord. Ik ben overdag bereikbaar op mijn mobiele nummer. Mijn dochter, [[P:Renate Verhoef]], "
          "mag namens mij optreden; haar e-mailadres is [[E:renate.verhoef@gmail.com]]."),
    ("p", "Met vriendelijke groet,"),
    ("sig", "joke"),
    ("p", "[[P:Joke Verhoef-Dassen]]"),
    ("small", "Ingekomen {{O:Provincie Gelderland}} {{M:3 april 2026}} - reg.nr. {{C:2026-041177}} - [[P:MTJ]]"),
]))

# ---------------------------------------------------------------- np05 handgeschreven zienswijze (scan)
DOCS.append(Doc("np05_zienswijze_handgeschreven_scan", "Handgeschreven zienswijze (scan)", "scan",
    scan={"font": "hand", "pt": 19, "dpi": 300, "blur": 0.2, "q": 80, "angle": 0.4, "noise": 6, "seed": 5, "leading": 1.5, "ink": 30},
    blocks=[
    ("right", "Voorthuizen, 28 maart 2026"),
    ("p", "Aan de Provincie Gelderland"),
    ("p", "Betreft: bezwaar tegen de koeienstal van Van den Brink, zaak 2025-018734"),
    ("p", "Geachte heer, mevrouw,"),
    ("p", "Ik ben het er niet mee eens dat de stal aan de Kolkweg groter wordt. Mijn man [[P:Evert Lamers]] en ik wonen al 40 jaar "
          "op [[A:Stroeerweg 71]]. Ik heb [[H:COPD]] en ben al vaak benauwd als ze mest uitrijden."),
    ("p", "Mijn telefoon is [[T:0342-473582]]. Mijn zoon [[P:Gert Lamers]] helpt mij met de brief."),
    ("p", "Met vriendelijke groeten,"),
    ("p", "[[P:G. Lamers-Beumer]]"),
    ("sig", "lamers"),
    ("stamp", "ONTVANGEN 31 MRT 2026 - PROVINCIE GELDERLAND"),
]))

# ---------------------------------------------------------------- np06 nota van antwoord (reportlab Times, 2 p)
DOCS.append(Doc("np06_nota_van_antwoord_zienswijzen", "Concept nota van antwoord zienswijzen", "rl", font="Times",
    header=["{{O:Provincie Gelderland}} - {{O:Team Natuurvergunningen}} - CONCEPT ({{M:22 april 2026}})"],
    outline=[("Nota van antwoord - concept MTJ/BJO", 0), ("Reactie op zienswijze Verhoef-Dassen", 0)],
    hidden=[("P", "Verhoef-Dassen", "outline")],
    blocks=[
    ("title", "Nota van antwoord zienswijzen"),
    ("p", "Ontwerpbesluit omgevingsvergunning Natura 2000-activiteit Maatschap [[P:Van den Brink-Hoogeveen]], zaaknummer {{C:2025-018734}}. "
          "Het ontwerpbesluit heeft van {{M:9 maart 2026}} tot en met {{M:20 april 2026}} ter inzage gelegen. Er zijn vier zienswijzen "
          "ontvangen. In de definitieve versie worden de indieners geanonimiseerd als indiener 1 tot en met 4."),
    ("table", [["Nr", "Indiener (concept)", "Adres", "Datum / reg.nr."],
               ["1", "mevrouw [[P:J.M. Verhoef-Dassen]]", "[[A:Stroeërweg 63]], Voorthuizen", "{{M:2 april 2026}} / {{C:2026-041177}}"],
               ["2", "mevrouw [[P:G. Lamers-Beumer]]", "[[A:Stroeerweg 71]], Voorthuizen", "{{M:28 maart 2026}} / {{C:2026-039805}}"],
               ["3", "{{O:Stichting Behoud Veluwse Randen}}, namens deze [[P:A. Bouwhuis]]", "Postbus 112, 3770 AC Barneveld", "{{M:17 april 2026}} / {{C:2026-045520}}"],
               ["4", "de heer [[P:P. Roodbeen]]", "[[A:Hooiweg 5]], Garderen", "{{M:19 april 2026}} / {{C:2026-046012}}"]],
     {"widths": [0.06, 0.38, 0.3, 0.26]}),
    ("h", "Zienswijze 1"),
    ("p", "__Samenvatting.__ Indiener wijst op de gezondheid van een inwonend kleinkind met [[H:astma]] en op de werking van "
          "emissiearme vloeren. __Reactie.__ De beoordeling op grond van de {{W:Omgevingswet}} voor een Natura 2000-activiteit gaat "
          "over de gevolgen voor de instandhoudingsdoelen van Natura 2000-gebieden, niet over de volksgezondheid van omwonenden. "
          "Voor geur en fijnstof is de gemeente {{L:Barneveld}} bevoegd gezag. Wij hebben de zienswijze op dit punt met "
          "toestemming van mevrouw [[P:Verhoef-Dassen]] doorgestuurd aan de {{O:GGD Gelderland-Midden}}."),
    ("p", "Ten aanzien van de emissiefactoren: wij volgen de uitspraak van de {{O:Afdeling bestuursrechtspraak}} van "
          "{{M:20 september 2023}} ({{C:ECLI:NL:RVS:2023:3538}}) en verlangen een monitoringsvoorschrift."),
    ("h", "Zienswijze 2"),
    ("p", "__Samenvatting.__ Indiener maakt bezwaar tegen de groei van het bedrijf en wijst op benauwdheidsklachten. __Reactie.__ "
          "Zie de reactie op zienswijze 1. De handgeschreven brief is op {{M:31 maart 2026}} ontvangen; de zoon van indiener, de "
          "heer [[P:Lamers]], is telefonisch over de procedure geïnformeerd door [[P:M. Tjoelker]]."),
    ("pb",),
    ("h", "Zienswijze 3"),
    ("p", "__Samenvatting.__ De stichting betoogt dat intern salderen met een sinds 2019 lege varkensstal niet is toegestaan, "
          "omdat de referentiesituatie niet feitelijk is benut. __Reactie.__ Uit de mestboekhouding en de gegevens van "
          "{{O:RVO}} blijkt dat in 2019 en 2020 nog varkens aanwezig waren. Het beroep van de stichting op het arrest "
          "{{V:Logistiek Park Moerdijk}} slaagt daarom niet. Contactpersoon van de stichting is mevrouw [[P:Annelies Bouwhuis]] "
          "([[E:secretaris@behoudveluwserandennet.nl]])."),
    ("h", "Zienswijze 4"),
    ("p", "__Samenvatting.__ De heer [[P:Roodbeen]] is de eigenaar van een recreatiewoning aan de [[A:Hooiweg 5]] en vreest "
          "waardevermindering. __Reactie.__ Waardevermindering is geen aspect van de Natura 2000-toets. Wij wijzen op de "
          "mogelijkheid een aanvraag om tegemoetkoming in planschade bij de gemeente in te dienen."),
    ("h", "Conclusie"),
    ("p", "De zienswijzen leiden tot een aanvullend monitoringsvoorschrift (voorschrift 4.3). Voor het overige blijft het "
          "ontwerpbesluit ongewijzigd. Opgesteld door [[P:MTJ]], juridisch getoetst door [[P:BJO]], vastgesteld door "
          "[[P:IvtE]] namens {{O:Gedeputeerde Staten}}."),
]))

# ---------------------------------------------------------------- np07 watervergunning Vallei en Veluwe (docx, 2 p)
DOCS.append(Doc("np07_watervergunning_vallei_en_veluwe", "Watervergunning grondwateronttrekking", "docx", font="DejaVuSans",
    meta={"Author": "T. van Lohuizen", "Title": "Besluit watervergunning WV-2026-01187"},
    hidden=[("P", "T. van Lohuizen", "metadata")],
    header=["{{O:Waterschap Vallei en Veluwe}}  ·  Postbus 4142, 7320 AC Apeldoorn  ·  {{G:0900 - 93 33 333}}"],
    footer="{{C:WV-2026-01187}} · pagina",
    blocks=[
    ("kv", [["Aan", "V.O.F. [[P:Wolters-Ebbekink]]\n[[A:Garderbroekerweg 188]]\n[[A:3774 JE]] Kootwijkerbroek"],
            ["Ons kenmerk", "{{C:WV-2026-01187}}"],
            ["Uw brief van", "{{M:5 januari 2026}}"],
            ["Contactpersoon", "[[P:Thijs van Lohuizen]]"],
            ["Doorkiesnummer", "[[T:055 527 26 43]]"],
            ["E-mail", "[[E:tvlohuizen@vallei-veluwe.nl]] (algemeen: {{F:vergunningen@vallei-veluwe.nl}})"],
            ["Datum", "{{M:16 februari 2026}}"],
            ["Onderwerp", "Besluit watervergunning onttrekken grondwater voor beregening"]]),
    ("p", "Geachte heer en mevrouw [[P:Wolters]],"),
    ("p", "Op {{M:5 januari 2026}} ontvingen wij uw aanvraag voor een watervergunning voor het onttrekken van grondwater uit een "
          "bestaande put op het perceel achter de [[A:Garderbroekerweg 188]], voor het beregenen van 14 hectare grasland en mais. "
          "De aanvraag is ingediend door [[P:Jolanda Wolters-Ebbekink]] via het {{Q:Omgevingsloket}}."),
    ("h", "Besluit"),
    ("p", "Het {{O:dagelijks bestuur}} van {{O:Waterschap Vallei en Veluwe}} besluit op grond van artikel 5.1 van de "
          "{{W:Omgevingswet}} en de {{W:Waterschapsverordening Vallei en Veluwe}} de gevraagde omgevingsvergunning voor een "
          "wateronttrekkingsactiviteit te verlenen, onder de voorschriften in bijlage 1. De maximale onttrekking bedraagt 45.000 m3 "
          "per jaar en 60 m3 per uur."),
    ("h", "Overwegingen"),
    ("p", "De put ligt buiten het beschermingsgebied van de waterwinning {{L:Garderen}} van {{O:Vitens}}. Gezien de ligging op "
          "3,4 km van het Natura 2000-gebied {{AREA:Veluwe}} is de provincie om advies gevraagd. {{O:Provincie Gelderland}} "
          "(mevrouw [[P:Tjoelker]]) heeft op {{M:2 februari 2026}} laten weten dat verdroging van grondwaterafhankelijke "
          "habitattypen niet te verwachten is. Het {{Q:Programma Zoetwater Oost-Nederland}} en het beleid "
          "{{Q:Droogte en beregening}} zijn in acht genomen."),
    ("p", "Het beregeningsverbod bij lage grondwaterstanden (artikel 3.12 van de waterschapsverordening) blijft onverminderd van "
          "kracht. Bij een afkondiging via {{Q:Waterschapsberichten}} moet u de onttrekking stoppen."),
    ("pb",),
    ("h", "Bezwaar"),
    ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het {{O:dagelijks bestuur}}, Postbus 4142, 7320 AC "
          "Apeldoorn, of digitaal via {{F:bezwaar@vallei-veluwe.nl}}. Belanghebbenden kunnen daarnaast de "
          "{{O:voorzieningenrechter}} van de {{O:rechtbank Gelderland}} om een voorlopige voorziening vragen."),
    ("p", "Met vriendelijke groet,\nnamens het {{O:dagelijks bestuur}} van {{O:Waterschap Vallei en Veluwe}},"),
    ("sig", "annemiek"),
    ("p", "[[P:A.M. Scholte-Bouwmeester]]\n{{J:teamleider vergunningverlening}}"),
    ("p", "Het algemeen bestuur is op {{M:11 maart 2026}} over de beregeningsvergunningen geïnformeerd door "
          "{{R:dijkgraaf Klip-Martin}}."),
    ("h", "Bijlage 1 - Voorschriften (uittreksel)"),
    ("table", [["Nr", "Voorschrift"],
               ["1.1", "De onttrekking wordt gemeten met een geijkte watermeter; de meterstand wordt jaarlijks vóór 1 februari gemeld via {{F:meldingen@vallei-veluwe.nl}}."],
               ["1.2", "De contactpersoon van de vergunninghouder ([[P:D. Wolters]], [[T:06 30 18 74 52]]) is tijdens beregening bereikbaar."],
               ["1.3", "Beregening tussen 11.00 en 17.00 uur is niet toegestaan."]],
     {"widths": [0.08, 0.92]}),
]))

# ---------------------------------------------------------------- np08 Rijn en IJssel erfafspoelwater (reportlab DejaVuSerif)
DOCS.append(Doc("np08_rijn_en_ijssel_erfafspoelwater", "Reactie op melding erfafspoelwater", "rl", font="DejaVuSerif",
    header=["{{O:Waterschap Rijn en IJssel}}  |  Liemersweg 2, 7006 GG Doetinchem  |  {{G:0314 - 369 369}}  |  {{F:info@wrij.nl}}"],
    blocks=[
    ("kv", [["Aan", "de heer en mevrouw [[P:Klein Gunnewiek]]\n[[A:Meddoseweg 23]]\n[[A:7105 AC]] Winterswijk"],
            ["Datum", "{{M:26 januari 2026}}"],
            ["Zaaknummer", "{{C:WRIJ-Z-2026-00341}}"],
            ["Behandelaar", "[[P:W. Hilbrink]], {{J:toezichthouder}}"],
            ["Telefoon", "[[T:06 - 15 72 88 30]]"]], {"widths": [0.2, 0.8]}),
    ("p", "Geachte heer en mevrouw [[P:Klein Gunnewiek]],"),
    ("p", "Op {{M:12 januari 2026}} ontvingen wij uw melding voor het lozen van erfafspoelwater van de sleufsilo's op de "
          "Meddoseweg in de nabijgelegen watergang (leggernummer {{C:OWL-4412}}). De melding is gedaan door uw adviseur "
          "[[P:Ruud Geerdink]] van {{O:DLV Advies}}."),
    ("p", "Wij hebben de melding getoetst aan het {{W:Besluit activiteiten leefomgeving}} en de {{W:Waterschapsverordening Rijn en "
          "IJssel}}. Het lozen via een bodempassage met een zuiveringsvoorziening voldoet aan de algemene regels. Een vergunning "
          "is niet nodig. Wel maken wij u erop attent dat het perceel grenst aan het Natura 2000-gebied {{AREA:Wooldse Veen}}; "
          "voor eventuele gevolgen daarvan is de {{O:Provincie Gelderland}} bevoegd gezag, met {{O:Omgevingsdienst Achterhoek}} "
          "als uitvoerder."),
    ("p", "Tijdens mijn bezoek op {{M:22 januari 2026}} bleek dat de afvoer van de voorziening nog niet is aangelegd. Ik kom na "
          "{{M:1 april 2026}} terug voor een controle. U kunt mij bellen of mailen: [[E:w.hilbrink@wrij.nl]]. Bij calamiteiten "
          "belt u de 24-uursdienst op {{G:0314 - 369 369}}."),
    ("p", "Met vriendelijke groet,"),
    ("p", "[[P:Wouter Hilbrink]]\n{{J:toezichthouder}} {{O:Waterschap Rijn en IJssel}}"),
    ("small", "cc: {{O:ODA}}, t.a.v. [[P:D. Zwaveling]]; {{O:Provincie Gelderland}}, {{F:pasmelders@gelderland.nl}}"),
]))

# ---------------------------------------------------------------- np09 zittingsaantekeningen Raad van State (reportlab Courier, 2 p)
DOCS.append(Doc("np09_zittingsaantekeningen_raad_van_state", "Aantekeningen zitting Raad van State", "rl", font="Courier",
    annots=[(0, [430, 700, 450, 720], "BJO: naam advocaat niet in het verslag aan GS, alleen 'gemachtigde'. Vraag Sijbesma.", "Overkamp, B.J.")],
    hidden=[("P", "Overkamp, B.J.", "annotations")],
    blocks=[
    ("h", "Aantekeningen zitting ABRvS - intern, niet verspreiden"),
    ("kv", [["Zaak", "{{C:202507731/1/R3}} - V.O.F. [[P:Klein Gunnewiek]] tegen {{O:GS Gelderland}}"],
            ["Datum zitting", "{{M:12 maart 2026}}, 10.00 uur, {{Y:Kneuterdijk 22, Den Haag}}"],
            ["Kamer", "meervoudige kamer, {{O:Afdeling bestuursrechtspraak}}"],
            ["Aantekeningen", "[[P:B.J. Overkamp]] ([[P:BJO]])"]], {"widths": [0.2, 0.8]}),
    ("h", "Aanwezig"),
    ("table", [["Partij", "Aanwezig", "Functie"],
               ["Appellant", "[[P:B.H. Klein Gunnewiek]]", "vennoot"],
               ["", "[[P:M.J. Klein Gunnewiek-Rouwhorst]]", "vennoot"],
               ["", "[[P:mr. R. Sijbesma]]", "advocaat, {{O:Veluwezoom Advocaten}}"],
               ["", "[[P:ing. R. Geerdink]]", "adviseur, {{O:DLV Advies}}"],
               ["Verweerder", "[[P:mr. B.J. Overkamp]]", "{{J:senior jurist}}, {{O:Provincie Gelderland}}"],
               ["", "[[P:ir. S. Haverkort-Meinen]]", "{{J:adviseur stikstof en natuur}}"],
               ["Derde-partij", "[[P:A. Bouwhuis]]", "{{O:Stichting Behoud Veluwse Randen}}"]],
     {"widths": [0.2, 0.42, 0.38]}),
    ("h", "Verloop"),
    ("p", "10.02 Voorzitter opent, stelt vast dat de stichting als derde-belanghebbende is toegelaten. "
          "10.05 [[P:Sijbesma]] houdt pleitnota voor (8 p., aan Afdeling en ons overgelegd): kern is dat de melding in 2016 "
          "op grond van artikel 2.12 {{W:Besluit natuurbescherming}} rechtsgeldig was en dat {{O:GS}} in strijd met het "
          "vertrouwensbeginsel handelen."),
    ("p", "10.25 Vraag Afdeling aan [[P:Klein Gunnewiek]] (de man): waarom is niet eerder een vergunning aangevraagd? Antwoord: "
          "hij vertrouwde op {{O:RVO}} en de brief van de minister. Hij vertelt dat hij het afgelopen halfjaar [[H:in behandeling "
          "was bij een psycholoog]] door de onzekerheid. Mevrouw [[P:Klein Gunnewiek-Rouwhorst]] moet huilen; korte schorsing "
          "10.31-10.38."),
    ("p", "10.40 [[P:BJO]] licht verweer toe: legalisatie via het {{Q:Legalisatieprogramma PAS-meldingen}}, tranche 3. "
          "[[P:Haverkort-Meinen]] licht de berekening van {{O:BIJ12}} toe (0,41 mol/ha/j op {{AREA:Wooldse Veen}})."),
    ("pb",),
    ("p", "11.05 [[P:Bouwhuis]] (stichting) betoogt dat de {{Q:Programma Aanpak Stikstof}}-systematiek door de uitspraak van "
          "{{M:29 mei 2019}} ({{C:ECLI:NL:RVS:2019:1603}}) is vervallen en dat legalisatie zonder vergunning niet kan. "
          "Verwijst naar de uitspraak {{V:Porthos}} ({{C:ECLI:NL:RVS:2022:3159}})."),
    ("p", "11.20 Afdeling vraagt naar de stand van de bronmaatregelen. [[P:BJO]] verwijst naar de brief van "
          "{{R:gedeputeerde Zoet}} aan {{O:Provinciale Staten}} van {{M:27 januari 2026}} ({{C:PS2026-044}}) en naar de "
          "{{Q:Gelderse Maatregelen Stikstof}}."),
    ("p", "11.35 Sluiting onderzoek ter zitting. Uitspraak binnen zes weken, mogelijk verdaging."),
    ("h", "Acties"),
    ("table", [["Wie", "Wat", "Wanneer"],
               ["[[P:BJO]]", "kort verslag aan {{R:gedeputeerde Zoet}} en {{O:Juridische Zaken}}", "{{M:13 maart 2026}}"],
               ["[[P:SHM]]", "notitie berekening {{O:BIJ12}} bijvoegen aan dossier", "{{M:16 maart 2026}}"],
               ["[[P:MTJ]]", "contact mevrouw [[P:Klein Gunnewiek]] over tranche 3", "z.s.m."]],
     {"widths": [0.12, 0.63, 0.25]}),
    ("small", "Paraafcodes: BJO = [[P:Bart-Jan Overkamp]]; SHM = [[P:Sjoerd Haverkort-Meinen]]; MTJ = [[P:Marloes Tjoelker]]."),
]))

# ---------------------------------------------------------------- np10 brief gedeputeerde (docx)
DOCS.append(Doc("np10_brief_gedeputeerde_aan_bewonersgroep", "Brief gedeputeerde aan bewonersgroep", "docx", font="LiberationSans",
    header=GLD,
    blocks=[
    ("kv", [["Aan", "Bewonersgroep Lunteren-Noord\nt.a.v. mevrouw [[P:E. Bakkenes]]\n[[A:Goudsberg 3]]\n[[A:6741 MA]] Lunteren"],
            ["Datum", "{{M:6 mei 2026}}"],
            ["Zaaknummer", "{{C:2026-050288}}"],
            ["Uw brief", "{{M:14 april 2026}}"],
            ["Inlichtingen", "[[P:G. ter Horst-Lammers]], {{J:bestuurssecretaris}}"],
            ["Telefoon", "[[T:026 359 84 02]]"],
            ["E-mail", "{{F:gedeputeerdezoet@gelderland.nl}}"]], {"widths": [0.2, 0.8]}),
    ("p", "Geachte mevrouw [[P:Bakkenes]],"),
    ("p", "Dank voor uw brief van {{M:14 april 2026}}, mede namens 46 bewoners uit Lunteren en {{L:Ederveen}}, over de "
          "stikstofdepositie op het Natura 2000-gebied {{AREA:Binnenveld}} en de aankoop van veehouderijen in de "
          "{{L:Gelderse Vallei}}. U vraagt of de provincie bedrijven in de bufferzone met voorrang wil benaderen."),
    ("p", "De provincie werkt samen met het Rijk aan de {{Q:Landelijke beëindigingsregeling veehouderijlocaties met "
          "piekbelasting}} ({{Q:Lbv-plus}}) en de {{Q:Gelderse Maatregelen Stikstof}}. Deelname is vrijwillig. Over individuele "
          "bedrijven en gesprekken met ondernemers kan ik u geen informatie geven; u noemt in uw brief de familie "
          "[[P:Hazeleger]] aan de [[A:Wijnbergsebosweg 12]]. Ik vraag uw begrip dat ik daar niet op inga."),
    ("p", "Wel nodig ik u graag uit voor de informatieavond in {{Y:De Lunterse Boer, Dorpsstraat 2 in Lunteren}} op "
          "{{M:2 juni 2026}}. Parkeren kan op het terrein aan de {{S:Prins Bernhardlaan}}. Ook {{R:burgemeester Verhulst}} van {{L:Ede}} en {{R:wethouder Van der Wal}} zijn daar aanwezig. "
          "Aanmelden kan via {{F:gebiedsprocessen@gelderland.nl}}."),
    ("p", "Met vriendelijke groet,"),
    ("p", "{{R:H. Zoet}}\n{{J:gedeputeerde Landbouw, Natuur en Stikstof}}"),
    ("sig", "zoet"),
    ("small", "Kopie: {{O:Provinciale Staten}} (ingekomen stukken), {{O:gemeente Ede}}. Opsteller: [[P:O. Rustenhoven]] ([[P:ORU]]) - "
              "paraaf [[P:GtH]] {{M:5-5-2026}}."),
]))

# ---------------------------------------------------------------- np11 GS-nota PAS-melders met paraafroute (reportlab LiberationSans, 2 p)
DOCS.append(Doc("np11_gs_nota_pas_melders", "GS-nota legalisatie PAS-melders tranche 3", "rl", font="LiberationSans",
    meta={"Author": "Okke Rustenhoven", "xmp_creator": ["Okke Rustenhoven", "Ilse van 't Erve"]},
    hidden=[("P", "Okke Rustenhoven", "metadata"), ("P", "Ilse van 't Erve", "metadata")],
    header=["{{O:Provincie Gelderland}}  -  Nota voor {{O:Gedeputeerde Staten}}  -  {{C:GS2026-0211}}"],
    blocks=[
    ("title", "Legalisatie PAS-melders: tranche 3"),
    ("kv", [["Portefeuillehouder", "{{R:gedeputeerde H. Zoet}}"],
            ["Vergaderdatum GS", "{{M:24 februari 2026}}"],
            ["Steller", "[[P:O. Rustenhoven]], {{J:beleidsadviseur stikstof}}, [[T:06 1399 2741]]"],
            ["Afdeling", "{{O:Vergunningverlening, Toezicht en Handhaving}}"],
            ["Openbaar", "ja, na besluitvorming"]], {"widths": [0.25, 0.75]}),
    ("h", "Geadviseerd besluit"),
    ("p", "1. In te stemmen met het opnemen van 37 PAS-meldingen in tranche 3 van het {{Q:Legalisatieprogramma PAS-meldingen}}. "
          "2. {{O:Provinciale Staten}} hierover te informeren met bijgaande statenbrief. 3. De {{R:commissaris van de Koning}} "
          "te vragen het onderwerp te agenderen in het {{O:IPO}}-overleg."),
    ("h", "Aanleiding"),
    ("p", "In Gelderland zijn 512 PAS-meldingen bekend. Het Rijk stelt via het {{Q:Nationaal Programma Landelijk Gebied}} "
          "stikstofruimte beschikbaar via de {{Q:stikstofbank}}. Tranche 3 omvat vooral melders rond de {{AREA:Veluwe}}, "
          "{{AREA:Rijntakken}} en de Achterhoekse venen. Voor de beroepszaak {{C:202507731/1/R3}} is opname van belang."),
    ("h", "Kern"),
    ("p", "Van de 37 melders hebben er 6 aangegeven in plaats daarvan gebruik te willen maken van de {{Q:Lbv-plus}}. Bij 4 melders "
          "is de gezinssituatie zwaar (ziekte, overlijden); de {{O:OVIJ}} en {{O:ODA}} voeren de keukentafelgesprekken. In de "
          "bijlage staan de melders op naam; die bijlage is niet openbaar."),
    ("h", "Krachtenveld"),
    ("p", "{{O:LTO Noord}} en {{O:Agractie}} vragen voorrang voor PAS-melders. {{O:Natuurmonumenten}} en {{O:Gelderse Natuur en "
          "Milieufederatie}} wijzen op de achteruitgang van de {{AREA:Veluwe}}. {{R:Kamerlid Van der Plas}} heeft schriftelijke vragen "
          "gesteld over de Gelderse aanpak (Aanhangsel {{C:2025Z21877}})."),
    ("pb",),
    ("h", "Paraafroute"),
    ("table", [["Naam", "Functie", "Paraaf", "Datum"],
               ["[[P:O. Rustenhoven]]", "{{J:beleidsadviseur stikstof}}", "[[P:ORU]]", "{{M:12-02-2026}}"],
               ["[[P:mr. B.J. Overkamp]]", "{{J:senior jurist}}", "[[P:BJO]]", "{{M:13-02-2026}}"],
               ["[[P:I. van 't Erve]]", "{{J:teamleider Vergunningverlening Natuur}}", "[[P:IvtE]]", "{{M:16-02-2026}}"],
               ["[[P:drs. C.A. Meerdink]]", "{{J:afdelingshoofd}}", "[[P:CAM]]", "{{M:17-02-2026}}"]],
     {"widths": [0.28, 0.36, 0.14, 0.22]}),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "De bijlage met de namen en locaties van melders. Motivering: "
          "[invullen bij openbaarmaking]"),
    ("h", "Bijlagen"),
    ("p", "1. Statenbrief (openbaar)  2. Lijst melders tranche 3 (niet openbaar)  3. Advies [[P:SHM]] over rekenmethodiek {{O:BIJ12}}."),
]))
