"""Documents fa01-fa16 of set mixed93 (invented content; see README)."""
from people import *  # noqa: F401,F403

DRE_HDR = "Provincie Drenthe  |  Westerbrink 1, 9405 BJ Assen  |  Postbus 122, 9400 AC Assen  |  (0592) 36 55 55  |  post@drenthe.nl"
BIJ_HDR = "BIJ12 | Faunazaken | Croeselaan 15, 3521 BJ Utrecht | 030 - 275 69 00 | faunaschade@bij12.nl"

DOCS = []


def D(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ fa01 schademelding (BIJ12 form print)
D(stem="fa01_schademelding_wolf_wapse", producer="rl", font="Helvetica", size=9.5,
  title="Aanvraag tegemoetkoming faunaschade FS-2025-04417", author="Meijering, H.J.",
  header="BIJ12 Faunazaken  -  Aanvraag tegemoetkoming faunaschade (printversie webformulier)",
  footer="FS-2025-04417 | ontvangen 03-06-2025 09:42 | kanaal: webformulier",
  blocks=[
      ("h1", "Aanvraag tegemoetkoming faunaschade: schade door wolf aan landbouwhuisdieren"),
      ("p", "Dossiernummer: <b>FS-2025-04417</b>. Provincie: Drenthe. Diersoort: wolf. Soort schade: gedode en "
            "gewonde schapen. Deze aanvraag is ingediend via het schadeformulier op de website van BIJ12."),
      ("h2", "1. Gegevens aanvrager"),
      ("table", [["Veld", "Ingevuld"],
                 ["Naam", "H.J. (Hendrik-Jan) Meijering"],
                 ["Adres", "Wittelterweg 7"],
                 ["Postcode en plaats", "7991 PR Dwingeloo"],
                 ["Geboortedatum", "14-03-1968"],
                 ["Burgerservicenummer", BSN_HJM],
                 ["Relatienummer BIJ12", "300457812"],
                 ["Telefoon (mobiel)", "06-28661403"],
                 ["E-mailadres", "hjmeijering@outlook.com"],
                 ["IBAN voor uitbetaling", IBAN_HJM],
                 ["Tenaamstelling rekening", "H.J. Meijering"],
                 ["UBN (I&amp;R)", "UBN 2204871"]], {"widths": [150, 300]}),
      ("h2", "2. Gegevens schadegeval"),
      ("table", [["Vraag", "Antwoord"],
                 ["Datum ontdekking", "2 juni 2025, ca. 06:15 uur"],
                 ["Locatie (perceel)", "weiland aan de Burgemeester Tonckensweg, tussen Wapse en Diever (gemeente Westerveld)"],
                 ["Aantal dieren gedood", "4 ooien, 2 lammeren (Drents heideschaap)"],
                 ["Aantal dieren gewond", "3 (1 ooi ernstig, door dierenarts geëuthanaseerd)"],
                 ["Wolfwerend raster aanwezig?", "Ja: Flexinet van Patura, 106 cm, 5 stroomvoerende draden"],
                 ["Spanning gemeten", "4,1 kV (Gallagher-meter, gemeten door aanvrager)"],
                 ["Eerder schade gemeld?", "Ja, FS-2024-08832 (oktober 2024)"]], {"widths": [150, 300]}),
      ("h2", "3. Toelichting van de aanvrager"),
      ("p", "Vanochtend vond ik bij het voeren vier dode ooien en twee lammeren in de hoek van het perceel bij de "
            "Burgemeester Tonckensweg. Het raster stond onder stroom. Aan de noordkant zat een gat onder de onderste draad "
            "waar de grond was weggespoeld. Ik heb de boswachter van Staatsbosbeheer gebeld en de wolvenconsulent van de "
            "provincie. De dierenarts (Dierenartsenpraktijk Het Drentse Veld) is om 09:00 geweest. Ik heb foto's "
            "bijgevoegd en de kadavers afgedekt laten liggen voor de taxateur."),
      ("p", "Sinds de eerste aanval in oktober heb ik veel last van slaapproblemen; dit is de derde keer dat ik dieren "
            "kwijt ben. Graag snel contact op 06 28 66 14 03, liefst niet op zondag."),
      ("pb",),
      ("h2", "4. Verklaring en ondertekening"),
      ("p", "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik geef BIJ12 toestemming om de gegevens te "
            "delen met de Provincie Drenthe, Wageningen Environmental Research (DNA-onderzoek) en de taxateur. Ik ben "
            "bekend met de Beleidsregel tegemoetkoming faunaschade Drenthe 2024 en de eigen bijdrage van € 300,-."),
      ("table", [["Naam", "Datum", "Handtekening"],
                 ["H.J. Meijering", "03-06-2025", "(digitaal ondertekend via DigiD-machtiging)"]],
       {"widths": [150, 100, 200]}),
      ("h2", "5. Interne verwerking BIJ12 (niet zichtbaar voor aanvrager)"),
      ("table", [["Stap", "Door", "Datum", "Opmerking"],
                 ["Ontvangst en ontvankelijkheid", "IW", "03-06-2025", "compleet; spoed i.v.m. herhaalde schade"],
                 ["Toewijzing taxateur", "IW", "03-06-2025", "Daan Hofstee, regio Noord"],
                 ["DNA-bemonstering", "DHo", "03-06-2025", "4 speekselmonsters, WENR"],
                 ["Afstemming provincie", "IW", "04-06-2025", "wolvenconsulent S. Kloosterhuis geïnformeerd"]],
       {"widths": [130, 50, 70, 200]}),
      ("p", "Behandelaar: Ilse Wubbels, medewerker Team Faunaschade, i.wubbels@bij12.nl, 030-2749163. "
            "Algemene vragen: faunaschade@bij12.nl of 030 - 275 69 00."),
  ])

# ------------------------------------------------------------------ fa02 taxatierapport
D(stem="fa02_taxatierapport_FS-2025-04417", producer="rl", font="Times-Roman", size=10.5,
  title="Taxatierapport FS-2025-04417", author="D. Hofstee",
  header="BIJ12 - Taxatierapport faunaschade", footer="Taxatierapport FS-2025-04417 - vertrouwelijk",
  blocks=[
      ("h1", "Taxatierapport schade aan landbouwhuisdieren"),
      ("table", [["Dossier", "FS-2025-04417"], ["Aanvrager", "H.J. Meijering, Wittelterweg 7, 7991 PR Dwingeloo"],
                 ["Relatienummer", "300457812"], ["Taxateur", "D. Hofstee (BIJ12, regio Noord)"],
                 ["Datum opname", "3 juni 2025, 10:30-12:45 uur"], ["Aanwezig", "aanvrager, taxateur, boswachter J. Hemmes (Staatsbosbeheer)"]],
       {"header": False, "widths": [110, 340]}),
      ("h2", "Bevindingen"),
      ("p", "Op het perceel aan de Burgemeester Tonckensweg lagen vier ooien en twee lammeren met beetletsel in de keel- "
            "en nekregio, passend bij predatie door een wolf. Eén ooi was op 2 juni door dierenarts M. Brouwer-Tiesinga "
            "geëuthanaseerd. Van vier dieren zijn speekselmonsters genomen (swabs 25-DR-1181 t/m 25-DR-1184) en "
            "verzonden naar Wageningen Environmental Research."),
      ("p", "Het raster (Flexinet, Patura, 106 cm) voldeed aan de eisen voor een wolfwerend raster op het moment van "
            "opname, met uitzondering van circa 2,5 meter aan de noordzijde waar de afstand tussen maaiveld en "
            "onderste draad 31 cm bedroeg door uitspoeling. Spanning gemeten door taxateur: 3,8 kV."),
      ("h2", "Taxatie"),
      ("table", [["Dier", "Aantal", "Waarde per stuk", "Totaal"],
                 ["Ooi Drents heideschaap (stamboek)", "4", "€ 285,00", "€ 1.140,00"],
                 ["Lam (&lt; 3 mnd)", "2", "€ 95,00", "€ 190,00"],
                 ["Ooi geëuthanaseerd", "1", "€ 285,00", "€ 285,00"],
                 ["Dierenartskosten", "", "", "€ 142,50"],
                 ["Destructie (Rendac)", "", "", "€ 61,20"],
                 ["Totaal getaxeerde schade", "", "", "€ 1.818,70"]], {"widths": [190, 60, 100, 100]}),
      ("p", "Advies: tegemoetkoming 100% conform de Beleidsregel tegemoetkoming faunaschade Drenthe 2024, onder "
            "voorwaarde dat de aanvrager de uitspoeling binnen 14 dagen herstelt. Wolf Fencing Nederland is gevraagd "
            "het raster te controleren."),
      ("p", "Opmerking taxateur: de heer Meijering was zichtbaar aangeslagen; hij vertelde dat hij door zijn huisarts "
            "is doorverwezen naar de POH-GGZ. Ik heb hem gewezen op het Drents Schapenhoudersplatform."),
      ("sp", 10),
      ("p", "Utrecht, 5 juni 2025"),
      ("sig", "D. Hofstee"),
      ("p", "D. Hofstee, taxateur faunaschade BIJ12<br/>06-23587741 | d.hofstee@bij12.nl"),
  ])

# ------------------------------------------------------------------ fa03 besluit tegemoetkoming (docx)
D(stem="fa03_besluit_tegemoetkoming_Meijering", producer="docx", font="Liberation Sans", size=10,
  title="Besluit op aanvraag FS-2025-04417", author="Wubbels, Ilse",
  header="BIJ12 Faunazaken, namens Gedeputeerde Staten van Drenthe",
  blocks=[
      ("table", [["Aan", "De heer H.J. Meijering"], ["", "Wittelterweg 7"], ["", "7991 PR  DWINGELOO"],
                 ["Datum", "19 juni 2025"], ["Ons kenmerk", "FS-2025-04417 / BES-2025-1903"],
                 ["Relatienummer", "300457812"], ["Behandeld door", "I. Wubbels"],
                 ["Telefoon", "030 - 275 69 00"], ["Onderwerp", "Besluit tegemoetkoming faunaschade wolf"]],
       {"header": False, "grid": False}),
      ("p", "Geachte heer Meijering,"),
      ("p", "Op 3 juni 2025 hebben wij uw aanvraag ontvangen voor een tegemoetkoming in de schade die een wolf op "
            "2 juni 2025 heeft aangericht aan uw schapen op uw perceel aan de Burgemeester Tonckensweg in de gemeente "
            "Westerveld. BIJ12 beslist namens Gedeputeerde Staten van Drenthe over deze aanvraag."),
      ("h2", "Besluit"),
      ("p", "Wij kennen u een tegemoetkoming toe van € 1.518,70 (getaxeerde schade € 1.818,70 minus de eigen bijdrage "
            "van € 300,00). Het bedrag maken wij binnen zes weken over op rekeningnummer " + IBAN_HJM +
            " ten name van H.J. Meijering."),
      ("h2", "Motivering"),
      ("p", "Uit het DNA-onderzoek van Wageningen Environmental Research blijkt dat de schade is veroorzaakt door de "
            "wolf GW3318m. Uw dieren stonden achter een wolfwerend raster. De taxateur heeft een gebrek van circa "
            "2,5 meter vastgesteld door uitspoeling. Omdat dit gebrek niet aan u te verwijten is, passen wij geen "
            "korting toe (artikel 6 van de Beleidsregel tegemoetkoming faunaschade Drenthe 2024). Wel verbinden wij "
            "aan dit besluit de voorwaarde dat het raster binnen 14 dagen is hersteld."),
      ("h2", "Bezwaar"),
      ("p", "Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de dag van verzending bezwaar maken "
            "bij Gedeputeerde Staten van Drenthe, Postbus 122, 9400 AC Assen (Algemene wet bestuursrecht, artikel 6:7)."),
      ("p", "Met vriendelijke groet,"),
      ("p", "namens Gedeputeerde Staten van Drenthe,<br/>BIJ12 Faunazaken"),
      ("sig", "R. Mensink"),
      ("p", "drs. R.J. Mensink<br/>hoofd Faunazaken"),
      ("pb",),
      ("h2", "Bijlage: specificatie"),
      ("table", [["Post", "Bedrag"], ["Getaxeerde schade", "€ 1.818,70"], ["Eigen bijdrage", "- € 300,00"],
                 ["Tegemoetkoming", "€ 1.518,70"]]),
      ("p", "Kopie: Provincie Drenthe, t.a.v. S. Kloosterhuis (wolvenconsulent); Faunabeheereenheid Drenthe."),
      ("small", "Vragen? Bel BIJ12 op 030 - 275 69 00 (werkdagen 9-17 uur) of mail faunaschade@bij12.nl. "
                "Vermeld altijd uw dossiernummer FS-2025-04417."),
  ])

# ------------------------------------------------------------------ fa04 e-mail thread Wolf Fencing + police
D(stem="fa04_mailwisseling_wolffencing_politie", producer="rl", font="DejaVuSans", size=9,
  title="RE: Hulp raster Wittelterweg + melding politie", author="Kloosterhuis, Sjoerd",
  blocks=[
      ("pre", "Van:        Kloosterhuis, Sjoerd <s.kloosterhuis@drenthe.nl>\n"
              "Verzonden:  maandag 9 juni 2025 16:48\n"
              "Aan:        Hidde Bosscher <hidde.bosscher@gmail.com>\n"
              "CC:         Dekker-Bos, Rianne <rianne.dekker-bos@politie.nl>; Oosterveld-Brands, Marieke\n"
              "            <m.oosterveld-brands@drenthe.nl>; wolf@drenthe.nl\n"
              "Onderwerp:  RE: Hulp raster Wittelterweg + melding politie"),
      ("p", "Hoi Hidde,"),
      ("p", "Dank voor jullie snelle inzet zaterdag. Ik heb Rianne (wijkagent Westerveld) in de cc gezet vanwege de "
            "melding over de man die met een geweer bij het perceel is gezien. Wil jij haar rechtstreeks laten weten "
            "welke vrijwilligers er zaterdag waren? De politie wil hen eventueel als getuige horen."),
      ("p", "Wolf Fencing Nederland kan voor het herstel gebruikmaken van de Subsidieregeling wolfwerende maatregelen "
            "Drenthe; het materiaal (Gallagher-draad, 2 Flexinet-netten) bestel ik via de provincie."),
      ("p", "Groet,<br/>Sjoerd<br/>Sjoerd Kloosterhuis | wolvenconsulent | Provincie Drenthe<br/>"
            "T 06-13579024 | bereikbaar ma-do<br/>Westerbrink 1, 9405 BJ Assen | www.provincie.drenthe.nl"),
      ("pre", "From:    Hidde Bosscher <hidde.bosscher@gmail.com>\n"
              "Sent:    Monday, June 9, 2025 2:11 PM\n"
              "To:      Kloosterhuis, Sjoerd <s.kloosterhuis@drenthe.nl>\n"
              "Cc:      info@wolffencing.nl; evelienvanlier@hotmail.com\n"
              "Subject: Hulp raster Wittelterweg + melding politie"),
      ("p", "Hoi Sjoerd,"),
      ("p", "Zaterdag 7 juni hebben we met vijf vrijwilligers van Wolf Fencing 400 meter raster bij Meijering "
            "opnieuw gezet (grondlijn verlaagd, extra draad op 20 cm). Evelien van Lier en ik hebben de spanning gemeten: "
            "overal boven 5 kV. Hendrik-Jan was er zelf ook bij."),
      ("p", "Iets vervelends: rond 15:30 stond er een man met een geweer aan de rand van het Dwingelderveld bij de "
            "Van Weezelweg. Hij riep dat 'die wolf binnenkort vanzelf verdwijnt'. Evelien heeft een foto gemaakt van zijn "
            "auto. Hendrik-Jan zegt dat het Dennis Lanjouw uit Dwingeloo is, die eerder is veroordeeld wegens stroperij. "
            "Ik heb het gemeld via 0900-8844. Kun jij dit doorzetten naar de wijkagent?"),
      ("p", "Groeten, Hidde<br/>Hidde Bosscher - coördinator Wolf Fencing Nederland, regio Noord<br/>+31 6 1844 2950"),
      ("pb",),
      ("pre", "-----Oorspronkelijk bericht-----\n"
              "Van: Dekker-Bos, Rianne <rianne.dekker-bos@politie.nl>\n"
              "Datum: dinsdag 10 juni 2025 08:05\n"
              "Aan: Kloosterhuis, Sjoerd; Hidde Bosscher\n"
              "Onderwerp: RE: RE: Hulp raster Wittelterweg + melding politie"),
      ("p", "Goedemorgen Sjoerd en Hidde,"),
      ("p", "Melding ontvangen, geregistreerd onder BVH 2025156780. Ik neem het op met mijn collega Martijn van der "
            "Meulen van het team Milieu, Dier en Bijzondere Wetten van de Eenheid Noord-Nederland. Wil de vrijwilliger "
            "(Evelien?) mij de foto sturen? Graag niet via WhatsApp maar per mail. De betrokkene is bij ons bekend; "
            "meer kan ik daar niet over zeggen. Bij direct gevaar altijd 112 bellen."),
      ("p", "Met vriendelijke groet,<br/>Rianne Dekker-Bos<br/>hoofdagent / wijkagent Westerveld<br/>"
            "Politie Eenheid Noord-Nederland | Basisteam Zuidwest-Drenthe<br/>M 06 3019 7745 | Algemeen 0900-8844"),
      ("pre", "Van: Bosscher, Hidde\nVerzonden: dinsdag 10 juni 2025 09:31\nOnderwerp: RE: RE: RE: Hulp raster"),
      ("p", "Top, dank je Rianne. Evelien stuurt de foto vandaag vanaf evelienvanlier@hotmail.com. "
            "@Sjoerd: materiaallijst volgt. Hidde"),
  ])

# ------------------------------------------------------------------ fa05 handwritten telephone note (scan)
D(stem="fa05_telefoonnotitie_handgeschreven", producer="scan_hand",
  lines=["Telefoonnotitie   12/6/2025   10.15u",
         "Belde: mw. Scholte-Ensing",
         "tel 0593-52 17 88",
         "Eursingerweg 3, Eursinge",
         "weer 2 schapen dood! wil taxateur",
         "kan zelf geen raster zetten",
         "ivm reuma -> Wolf Fencing vragen",
         "doorgezet naar Daan Hofstee BIJ12",
         "06-23587741",
         "terugbellen voor 14u - MOB"])

# ------------------------------------------------------------------ fa06 veldrapport Staatsbosbeheer
D(stem="fa06_veldrapport_boswachter_DFW", producer="rl", font="LiberationSans", size=9.5,
  title="Veldrapport 2025-W23", author="Hemmes, Jorrit",
  header="Staatsbosbeheer  -  Regio Noord, beheereenheid Drents-Friese Wold",
  footer="Staatsbosbeheer, Smallepad 30, 3811 MG Amersfoort - intern veldrapport",
  outline=[("Veldrapport week 23 - J. Hemmes", "o1"), ("Bijlage waarnemingen", "o2")],
  blocks=[
      ("outline", "Veldrapport week 23 - J. Hemmes", "o1"),
      ("h1", "Veldrapport boswachter, week 23 (2-8 juni 2025)"),
      ("table", [["Opgesteld door", "J. Hemmes, boswachter ecologie"], ["Gebied", "Drents-Friese Wold / Aekingerzand / Oude Willem"],
                 ["Verspreiding", "K. Schuiling (teamleider), wolvenconsulent provincie Drenthe, FBE Drenthe"],
                 ["Kenmerk", "SBB-DFW-VR-2025-23"]], {"header": False, "widths": [110, 350]}),
      ("h2", "1. Wolf"),
      ("p", "Op 2 juni ben ik om 07:10 uur door de heer Meijering gebeld over gedode schapen aan de Burgemeester "
            "Tonckensweg. Ik was om 07:45 ter plaatse. Sporen (prent 10,5 x 8,5 cm) liepen vanaf het Dwingelderveld "
            "naar het perceel. De wildcamera bij de Yelaarsbrug (Browning, cam 14) heeft op 2 juni om 03:52 uur één "
            "wolf vastgelegd, vermoedelijk GW3318m (halsband niet aanwezig, oud letsel rechter achterpoot)."),
      ("p", "Op 5 juni meldde mevrouw Van den Berg-Lanting, die in het Aekingerzand haar hond uitliet, dat een wolf "
            "op circa 30 meter bleef staan. Zij was erg geschrokken en gaf aan hartpatiënt te zijn. Ik heb haar "
            "gegevens (06-24 71 95 38) doorgegeven aan de wolvenconsulent voor een terugbelgesprek. Geen agressief "
            "gedrag waargenomen; advies: hond aangelijnd, bij ontmoeting rustig weglopen."),
      ("h2", "2. Handhaving"),
      ("p", "Collega N. Eefting (BOA, pasnummer 204817) heeft op 6 juni een niet-aangelijnde hond en een loslopende "
            "drone-vlieger aangesproken. Op 7 juni heeft hij samen met de politie het gebied rond de Van Weezelweg "
            "gecontroleerd na een melding over een persoon met een geweer; niemand aangetroffen."),
      ("h2", "3. Das en grauwe ganzen"),
      ("p", "De dassenburcht aan de rand van het Fochteloërveen is bewoond (verse wissels, 3 pijpen actief). Grauwe "
            "ganzen: 340 exemplaren op de plas bij Oude Willem; geen schade op SBB-grond. Telling doorgegeven aan Sovon."),
      ("pb",),
      ("outline", "Bijlage waarnemingen", "o2"),
      ("h2", "Bijlage: waarnemingen wildcamera's"),
      ("table", [["Cam", "Locatie", "Datum/tijd", "Soort", "Opmerking"],
                 ["14", "Yelaarsbrug", "02-06 03:52", "wolf", "1 ex., GW3318m?"],
                 ["14", "Yelaarsbrug", "04-06 22:17", "wolf", "1 ex."],
                 ["09", "Aekingerzand", "05-06 06:40", "wolf + wandelaar met hond", "beeld niet delen (privacy)"],
                 ["22", "Oude Willem", "06-06 01:05", "das", "2 ex."],
                 ["22", "Oude Willem", "07-06 23:48", "vos", ""]], {"widths": [30, 90, 80, 130, 130]}),
      ("p", "Actie: JH plaatst cam 09 om (beeld van wandelpad af). Overleg met KS over camera-protocol."),
      ("p", "J. Hemmes, boswachter | j.hemmes@staatsbosbeheer.nl | 06 52 81 44 07"),
  ])

# ------------------------------------------------------------------ fa07 statenbrief gedeputeerde (docx)
D(stem="fa07_statenbrief_wolf_gedeputeerde", producer="docx", font="Carlito", size=10.5,
  title="Statenbrief stand van zaken wolf juni 2025", author="Oosterveld-Brands, M.",
  header="Provincie Drenthe - Gedeputeerde Staten",
  blocks=[
      ("table", [["Aan", "Provinciale Staten van Drenthe"], ["Datum", "24 juni 2025"],
                 ["Kenmerk", "DR/2025/018734"], ["Behandeld door", "mevrouw M. Oosterveld-Brands, (0592) 36 55 55"],
                 ["Onderwerp", "Stand van zaken wolf in Drenthe, tweede kwartaal 2025"]], {"header": False, "grid": False}),
      ("p", "Geachte Statenleden,"),
      ("p", "Met deze brief informeren wij u, zoals toegezegd door gedeputeerde Streutker in de Statencommissie "
            "Omgeving van 14 mei 2025, over de ontwikkelingen rond de wolf in Drenthe."),
      ("h2", "Schadegevallen"),
      ("p", "In het tweede kwartaal zijn bij BIJ12 23 schademeldingen uit Drenthe binnengekomen, waarvan 17 in de "
            "gemeenten Westerveld en Midden-Drenthe. Bij 14 meldingen is DNA van wolf GW3318m aangetroffen. In zes "
            "gevallen stonden de dieren achter een wolfwerend raster dat aan de eisen voldeed. Volgens de criteria van "
            "het Interprovinciaal Wolvenplan kan GW3318m daarmee worden aangemerkt als een mogelijke probleemwolf."),
      ("h2", "Maatregelen"),
      ("p", "Wij hebben in overleg met minister Wiersma van LVVN en staatssecretaris Rummenie verzocht om duidelijkheid "
            "over de gevolgen van de verlaging van de beschermde status van de wolf onder de Habitatrichtlijn. Tot die "
            "tijd blijft de Omgevingswet met het Besluit activiteiten leefomgeving het kader. Een omgevingsvergunning "
            "voor een flora- en fauna-activiteit voor het afschieten van een wolf is op dit moment niet aan de orde."),
      ("p", "Burgemeester Jager van Westerveld en burgemeester Loohuis van Hoogeveen zijn betrokken bij de "
            "informatiebijeenkomsten voor inwoners. Commissaris van de Koning Klijnsma heeft op 11 juni met schapenhouders "
            "uit Wapse en Diever gesproken."),
      ("p", "Het budget voor de Subsidieregeling wolfwerende maatregelen Drenthe is verhoogd met € 450.000. "
            "Wolf Fencing Nederland ondersteunt met vrijwilligers bij het plaatsen van rasters."),
      ("h2", "Communicatie"),
      ("p", "Inwoners kunnen waarnemingen melden bij het Wolvenmeldpunt (wolf@drenthe.nl) of via het Landelijk "
            "Informatiepunt Wolven. Voor pers: woordvoerder Esther Rozema, via het algemene nummer (0592) 36 55 55."),
      ("p", "Gedeputeerde Staten van Drenthe,"),
      ("p", "gedeputeerde Streutker (Natuur en Landschap)<br/>gedeputeerde Bolhuis (Landbouw)"),
      ("pb",),
      ("h2", "Bijlage 1. Overzicht schademeldingen wolf Drenthe, Q2 2025"),
      ("table", [["Maand", "Meldingen", "Dieren gedood", "DNA wolf", "Achter wolfwerend raster"],
                 ["april", "5", "14", "3", "1"], ["mei", "9", "27", "6", "2"], ["juni", "9", "31", "5", "3"],
                 ["totaal", "23", "72", "14", "6"]]),
      ("p", "Bron: BIJ12 Faunazaken, peildatum 20 juni 2025. Gegevens op het niveau van individuele schapenhouders "
            "zijn niet opgenomen in verband met de AVG."),
  ])

# ------------------------------------------------------------------ fa08 statenvragen + antwoorden
D(stem="fa08_statenvragen_wolf_antwoorden", producer="rl", font="Times-Roman", size=10.5,
  title="Schriftelijke vragen ex artikel 41 RvO - wolf Westerveld", author="Griffie Provinciale Staten Drenthe",
  header="Provinciale Staten van Drenthe - Schriftelijke vragen", footer="Vragen 2025-27 | antwoorden vastgesteld 8 juli 2025",
  blocks=[
      ("h1", "Schriftelijke vragen van het Statenlid Van der Werff (BBB) en het Statenlid Oldenhuis (Partij voor de Dieren)"),
      ("p", "Ingediend: 12 juni 2025 | nummer 2025-27 | onderwerp: wolvenaanvallen in Westerveld en melding van een "
            "gewapende persoon"),
      ("p", "<b>Vraag 1.</b> Bent u bekend met de berichtgeving van RTV Drenthe van 10 juni 2025 over een schapenhouder "
            "aan de Wittelterweg in Dwingeloo die voor de derde keer schapen verloor?"),
      ("p", "<b>Antwoord 1.</b> Ja. Wij gaan in deze antwoorden niet in op individuele schadegevallen. BIJ12 handelt de "
            "aanvragen namens ons af volgens de Beleidsregel tegemoetkoming faunaschade Drenthe 2024."),
      ("p", "<b>Vraag 2.</b> Klopt het dat er bij het perceel een persoon met een geweer is gezien en dat de politie "
            "hiervan melding heeft gekregen?"),
      ("p", "<b>Antwoord 2.</b> Er is een melding gedaan bij de politie. Het onderzoek is aan de politie en het "
            "Openbaar Ministerie; wij doen daarover geen uitspraken. Wij hebben Staatsbosbeheer gevraagd het toezicht "
            "in het Dwingelderveld en het Drents-Friese Wold te intensiveren."),
      ("p", "<b>Vraag 3.</b> Welke middelen zijn beschikbaar voor schapenhouders die zelf geen raster kunnen plaatsen, "
            "bijvoorbeeld vanwege leeftijd of gezondheid?"),
      ("p", "<b>Antwoord 3.</b> Via de Subsidieregeling wolfwerende maatregelen Drenthe vergoeden wij materiaal en "
            "plaatsing. Wolf Fencing Nederland helpt met vrijwilligers. Daarnaast verkennen wij met LTO Noord de inzet "
            "van livestock guarding dogs."),
      ("p", "<b>Vraag 4.</b> Is gedeputeerde Streutker bereid om bij minister Wiersma aan te dringen op een snelle "
            "uitwerking van de statusverlaging van de wolf?"),
      ("p", "<b>Antwoord 4.</b> Gedeputeerde Streutker heeft dit op 3 juli 2025 in het IPO-overleg met minister Wiersma "
            "en staatssecretaris Rummenie aan de orde gesteld. Het lid Van der Werff ontvangt hierover een afschrift."),
      ("p", "<b>Vraag 5.</b> Hoeveel wolven verblijven er volgens de laatste monitoring in Drenthe?"),
      ("p", "<b>Antwoord 5.</b> Volgens Wageningen Environmental Research en het Landelijk Informatiepunt Wolven "
            "verbleven er in het voorjaar van 2025 twee roedels en een territoriaal paar in Drenthe, naast zwervende "
            "wolven zoals GW3318m."),
      ("pb",),
      ("h2", "Interne afstemming (niet verzonden)"),
      ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                 ["M. Oosterveld-Brands", "beleidsmedewerker fauna", "MOB", "30-06-2025"],
                 ["J. ter Horst", "teamleider Natuur en Landschap", "JtH", "01-07-2025"],
                 ["A. van 't Hul", "jurist", "AvtH", "01-07-2025"]], {"widths": [130, 170, 60, 80]}),
      ("p", "Assen, 8 juli 2025. Gedeputeerde Staten van Drenthe, namens dezen: gedeputeerde Streutker."),
      ("p", "Vragen van het Statenlid Oldenhuis over het welzijn van de gedode dieren worden apart beantwoord "
            "(2025-29). Contact griffie: griffie@drenthe.nl."),
  ])
