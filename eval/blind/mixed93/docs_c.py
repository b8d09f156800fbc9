"""Documents fa17-fa32 of set mixed93."""
from people import *  # noqa: F401,F403
from docs_a import D, DRE_HDR, BIJ_HDR  # noqa: F401

# ------------------------------------------------------------------ fa17 sectierapport DWHC
D(stem="fa17_sectierapport_wolf_DWHC", producer="rl", font="Helvetica", size=9.5,
  title="Sectierapport wolf UU-2025-0614", author="Stegeman, A.",
  header="Dutch Wildlife Health Centre (DWHC) - Faculteit Diergeneeskunde, Universiteit Utrecht",
  footer="Rapport UU-2025-0614 - verstrekt aan BIJ12 en provincie Drenthe",
  blocks=[
      ("h1", "Sectierapport: wolf (Canis lupus), verkeersslachtoffer A28"),
      ("table", [["Rapportnummer", "UU-2025-0614"], ["Inzender", "Provincie Drenthe, wolvenconsulent"],
                 ["Vindplaats", "A28 hmp 158,4 re, gemeente Midden-Drenthe (melding Rijkswaterstaat)"],
                 ["Vinder", "F. van den Berg-Lanting (particulier), Heidelaan 22, 9431 TK Westerbork"],
                 ["Datum vondst / sectie", "14 juli 2025 / 16 juli 2025"], ["Patholoog", "dr. A. Stegeman"]],
       {"header": False, "widths": [120, 340]}),
      ("h2", "Resultaten"),
      ("p", "Mannelijk dier, 41,5 kg, leeftijd geschat 3-4 jaar. Meervoudige fracturen (bekken, ribben links) en "
            "inwendige bloedingen passend bij een aanrijding. Oud, genezen letsel aan de rechter achterpoot. Geen "
            "aanwijzingen voor beschieting (röntgen zonder metaaldeeltjes). Maaginhoud: resten van schaap (wol) en ree."),
      ("p", "DNA-analyse door Wageningen Environmental Research: individu GW3318m, haplotype HW01, afkomstig uit de "
            "roedel op de Veluwe (Gelderland). Hiermee is de wolf die de schade in Westerveld veroorzaakte, dood."),
      ("h2", "Conclusie"),
      ("p", "Doodsoorzaak: trauma door aanrijding. Het kadaver blijft voor wetenschappelijk onderzoek in Utrecht; de "
            "schedel gaat naar Naturalis. Melding aan het Landelijk Informatiepunt Wolven is gedaan."),
      ("p", "Noot: de vinder, mevrouw Van den Berg-Lanting, heeft verzocht haar naam niet te publiceren. Zij heeft "
            "een pacemaker en was na de vondst onwel; de politie heeft haar thuisgebracht."),
      ("p", "Utrecht, 21 juli 2025 - dr. Anouk Stegeman, veterinair patholoog, a.stegeman@uu.nl"),
  ])

# ------------------------------------------------------------------ fa18 overzicht incidenten (landscape table)
D(stem="fa18_overzicht_wolfincidenten_2025", producer="rl", font="LiberationSans", size=8, land=True,
  title="Overzicht wolfincidenten Drenthe 2025 (intern)", author="Stuiver, W.",
  header="Provincie Drenthe - Programma Wolf in Drenthe - intern overzicht incidenten (stand 30-06-2025)",
  footer="Bron: BIJ12 Faunazaken, WENR, Staatsbosbeheer. Intern, bevat persoonsgegevens.",
  blocks=[
      ("table", [["Datum", "Gemeente / plaats", "Dossier BIJ12", "Houder", "Dieren", "DNA", "Raster", "Contact"],
                 ["14-03", "Westerveld / Wapse", "FS-2025-01208", "T. Wolting", "7 schapen", "GW3318m", "ja, voldoet", "06-41 88 20 19"],
                 ["02-04", "Ooststellingwerf / Appelscha", "(Friesland)", "T. Wolting", "5 schapen", "GW3318m", "ja, voldoet", "0641882019"],
                 ["27-04", "Midden-Drenthe / Eursinge", "FS-2025-02754", "G. Scholte-Ensing", "2 schapen", "GW2804f", "nee", "0593-52 17 88"],
                 ["19-05", "Westerveld / Havelte", "FS-2025-03390", "(hobbyhouder, anoniem)", "1 geit", "hond", "nee", "-"],
                 ["02-06", "Westerveld / Dwingeloo", "FS-2025-04417", "H.J. Meijering", "7 schapen", "GW3318m", "ja, gebrek", "06-28661403"],
                 ["05-06", "Westerveld / Aekingerzand", "-", "wandelaar (F. van den Berg-Lanting)", "ontmoeting", "-", "-", "06-24 71 95 38"],
                 ["11-06", "Midden-Drenthe / Eursinge", "FS-2025-04602", "G. Scholte-Ensing", "2 schapen", "GW2804f", "nee", "0593 521788"],
                 ["21-06", "De Wolden / Zuidwolde", "FS-2025-04955", "(bedrijf, 1.200 schapen)", "3 schapen", "GW3411m", "ja", "-"]],
       {"widths": [40, 130, 85, 150, 65, 60, 65, 85]}),
      ("p", "Toelichting: GW3318m is een zwervende reu; GW2804f behoort tot de roedel in het Drents-Friese Wold. Gevallen "
            "in Friesland worden door de provincie Friesland afgehandeld. Mevrouw Scholte-Ensing kan vanwege reumatische "
            "klachten zelf geen raster plaatsen; Wolf Fencing Nederland is ingeschakeld (actie SKl)."),
      ("p", "Beheer lijst: W. Stuiver (programmasecretaris), w.stuiver@drenthe.nl. Niet doorsturen buiten het "
            "programmateam."),
  ])

# ------------------------------------------------------------------ fa19 beslisnota probleemwolf (2p)
D(stem="fa19_nota_GS_probleemwolf", producer="rl", font="Times-Roman", size=10.5,
  title="Nota GS: handelingsperspectief probleemwolf GW3318m", author="ter Horst, Jeroen",
  header="Provincie Drenthe - Nota aan Gedeputeerde Staten", footer="DR/2025/019220 | vertrouwelijk tot besluitvorming",
  blocks=[
      ("table", [["Aan", "gedeputeerde Streutker (portefeuille Natuur en Landschap)"],
                 ["Van", "Jeroen ter Horst, teamleider Natuur en Landschap"],
                 ["Contactpersoon", "M. Oosterveld-Brands, 06-41278395, m.oosterveld-brands@drenthe.nl"],
                 ["Kopie aan", "gedeputeerde Bolhuis (Landbouw); W. Stuiver (programmasecretaris)"],
                 ["Datum", "25 juni 2025"], ["Kenmerk", "DR/2025/019220"],
                 ["Onderwerp", "Handelingsperspectief probleemwolf GW3318m"]], {"header": False, "widths": [100, 360]}),
      ("h2", "Aanleiding"),
      ("p", "De wolf GW3318m heeft in 2025 ten minste zes keer schapen gedood die achter een wolfwerend raster stonden. "
            "LTO Noord en het Drents Schapenhoudersplatform vragen om verwijdering. Statenlid Van der Werff heeft "
            "schriftelijke vragen gesteld (2025-27)."),
      ("h2", "Geadviseerd besluit"),
      ("p", "Aan de gedeputeerde wordt gevraagd: (1) in te stemmen met een intensivering van de monitoring (zenderen "
            "via WENR); (2) in te stemmen met het voorbereiden van een omgevingsvergunning voor een flora- en "
            "fauna-activiteit (afschot) als juridische optie; (3) het IPO te vragen om één interprovinciale lijn."),
      ("h2", "Kern"),
      ("p", "Juridisch advies (A. van 't Hul): na de wijziging van de Habitatrichtlijn blijft een vergunning "
            "slechts mogelijk als er geen andere bevredigende oplossing is. Preventie is nog niet overal uitgeput. "
            "Een vergunning zal naar verwachting worden aangevochten door de Zoogdiervereniging."),
      ("h2", "Krachtenveld"),
      ("p", "Burgemeester Jager heeft zorgen geuit over de veiligheid na de melding van een gewapende persoon "
            "(politie-mutatie, zie bijlage). Staatsbosbeheer (K. Schuiling) steunt zenderen maar niet afschot. "
            "Natuurmonumenten (M. Veltman) idem."),
      ("pb",),
      ("h2", "Toelichting bij e-mail van BIJ12"),
      ("pre", "Van:       Wubbels, Ilse <i.wubbels@bij12.nl>\n"
              "Verzonden: vrijdag 20 juni 2025 11:02\n"
              "Aan:       Oosterveld-Brands, Marieke\n"
              "Onderwerp: cijfers GW3318m"),
      ("p", "Marieke, in de bijlage de cijfers. Let op: in twee dossiers is het raster afgekeurd door Daan. Groet, Ilse "
            "(030 274 91 63)"),
      ("h2", "Paraafroute"),
      ("table", [["Naam", "Functie", "Paraaf", "Datum"],
                 ["M. Oosterveld-Brands", "beleidsmedewerker fauna", "MOB", "25-06"],
                 ["A. van 't Hul", "jurist", "AvtH", "25-06"],
                 ["J. ter Horst", "teamleider", "JtH", "26-06"],
                 ["gedeputeerde Streutker", "portefeuillehouder", "akkoord", "30-06"]]),
      ("h2", "Informatie die niet openbaar gemaakt kan worden"),
      ("p", "[nog in te vullen bij openbaarmaking]"),
  ])

# ------------------------------------------------------------------ fa20 agenda + presentielijst wolvenoverleg (docx)
D(stem="fa20_presentielijst_wolvenoverleg", producer="docx", font="Carlito", size=10,
  title="Presentielijst Wolvenoverleg Drenthe 3 juli 2025", author="Stuiver, Wendy",
  header="Programma Wolf in Drenthe",
  blocks=[
      ("h1", "Wolvenoverleg Drenthe - agenda en presentielijst"),
      ("p", "Donderdag 3 juli 2025, 13:30-16:00 uur, Provinciehuis Assen (Westerbrink 1), zaal Drentsche Aa, en via Microsoft Teams."),
      ("table", [["Naam", "Organisatie", "E-mail", "Aanwezig"],
                 ["gedeputeerde Streutker", "Provincie Drenthe (voorzitter)", "via secretariaat", "ja"],
                 ["Jeroen ter Horst", "Provincie Drenthe", "j.terhorst@drenthe.nl", "ja"],
                 ["Sjoerd Kloosterhuis", "Provincie Drenthe", "s.kloosterhuis@drenthe.nl", "ja"],
                 ["Wendy Stuiver", "Provincie Drenthe (verslag)", "w.stuiver@drenthe.nl", "ja"],
                 ["Ilse Wubbels", "BIJ12", "i.wubbels@bij12.nl", "Teams"],
                 ["Karin Schuiling", "Staatsbosbeheer", "k.schuiling@staatsbosbeheer.nl", "ja"],
                 ["Mirjam Veltman", "Natuurmonumenten", "m.veltman@natuurmonumenten.nl", "nee"],
                 ["Egbert Bruins Slot", "LTO Noord", "e.bruinsslot@ltonoord.nl", "ja"],
                 ["Harm Luinge", "FBE Drenthe", "secretariaat@fbe-drenthe.nl", "ja"],
                 ["Hidde Bosscher", "Wolf Fencing Nederland", "info@wolffencing.nl", "ja"],
                 ["Thijs Kamphuis", "WENR", "t.kamphuis@wur.nl", "Teams"],
                 ["Rianne Dekker-Bos", "Politie Eenheid Noord-Nederland", "-", "ja"]]),
      ("h2", "Agenda"),
      ("p", "1. Opening door gedeputeerde Streutker<br/>2. Stand van zaken GW3318m en GW2804f (WENR)<br/>"
            "3. Schadeafhandeling (BIJ12)<br/>4. Rasters en vrijwilligers (Wolf Fencing)<br/>"
            "5. Veiligheid en handhaving (politie, Staatsbosbeheer)<br/>6. Communicatie richting inwoners<br/>7. Rondvraag"),
      ("p", "Bijlagen: Statenbrief DR/2025/018734; overzicht incidenten (intern, niet delen). "
            "Aanmelden en afmelden: wolf@drenthe.nl."),
  ])

# ------------------------------------------------------------------ fa21 subsidiebeschikking raster (docx)
D(stem="fa21_subsidie_wolfwerend_raster_Scholte", producer="docx", font="Liberation Sans", size=10,
  title="Beschikking subsidie wolfwerende maatregelen", author="Kloosterhuis, Sjoerd",
  header="Provincie Drenthe",
  blocks=[
      ("table", [["Aan", "Mevrouw G. Scholte-Ensing"], ["", "Eursingerweg 3"], ["", "9413 PG  EURSINGE"],
                 ["Datum", "8 juli 2025"], ["Zaaknummer", "DR/2025/020315"], ["Relatienummer BIJ12", "300512660"],
                 ["Onderwerp", "Subsidie wolfwerende maatregelen"]], {"header": False, "grid": False}),
      ("p", "Geachte mevrouw Scholte-Ensing,"),
      ("p", "U hebt op 13 juni 2025 subsidie aangevraagd op grond van de Subsidieregeling wolfwerende maatregelen "
            "Drenthe voor het plaatsen van een wolfwerend raster rond uw weiland (ca. 380 meter) voor uw twaalf "
            "Drentse heideschapen."),
      ("p", "Wij verlenen u een subsidie van € 3.420,00 (materiaal: 380 m Flexinet van Patura, een Gallagher-apparaat "
            "met zonnepaneel, en plaatsingskosten). U hebt aangegeven dat u het raster vanwege uw reumatische klachten "
            "niet zelf kunt plaatsen; de plaatsing gebeurt daarom door vrijwilligers van Wolf Fencing Nederland. De "
            "kosten voor plaatsing zijn subsidiabel."),
      ("p", "Wij betalen een voorschot van 80% (€ 2.736,00) uit op " + IBAN_GSE + ". Het restant ontvangt u na "
            "controle door de wolvenconsulent."),
      ("p", "Bezwaar: binnen zes weken bij Gedeputeerde Staten van Drenthe, Postbus 122, 9400 AC Assen."),
      ("p", "Met vriendelijke groet,<br/>Gedeputeerde Staten van Drenthe, namens dezen,"),
      ("sig", "S. Kloosterhuis"),
      ("p", "S. Kloosterhuis, wolvenconsulent<br/>Vragen: bel (0592) 36 55 55 of mail wolf@drenthe.nl"),
  ])

# ------------------------------------------------------------------ fa22 klacht ganzenschade + reactie
D(stem="fa22_klacht_ganzenschade_reactie", producer="rl", font="Carlito", size=10,
  title="Reactie op uw klacht ganzenschade", author="Provincie Drenthe",
  header="Provincie Drenthe - Team Natuur en Landschap", footer=DRE_HDR,
  blocks=[
      ("right", "Assen, 29 april 2025<br/>Kenmerk DR/2025/009871"),
      ("p", "De heer G. Timmerman<br/>Hoofdstraat 61<br/>7851 AC Zweeloo"),
      ("p", "Onderwerp: uw klacht over de afhandeling van ganzenschade"),
      ("p", "Geachte heer Timmerman,"),
      ("p", "Op 7 april 2025 ontving de provincie uw e-mail waarin u klaagt dat uw schademelding voor grauwe ganzen op "
            "uw grasland bij Zweeloo pas na vijf weken is getaxeerd. U schrijft dat de taxateur, de heer Hofstee, "
            "niet op uw berichten reageerde en dat de WBE Westerveld niet komt verjagen."),
      ("p", "Wij hebben uw klacht besproken met BIJ12 Faunazaken en met de Faunabeheereenheid Drenthe. BIJ12 erkent dat "
            "de taxatie te laat was door een piek in meldingen in maart. Uw gebied valt niet onder de WBE Westerveld maar "
            "onder de WBE Zuidoost-Drenthe; de FBE (faunabeheerder B. Nijhof, 06-50 33 18 72) zorgt dat daar een "
            "jachtaktehouder wordt aangewezen."),
      ("p", "Wij vinden uw klacht gegrond. BIJ12 heeft de tegemoetkoming (FS-2025-01877) inmiddels uitbetaald op "
            + IBAN_GT + "."),
      ("p", "Met vriendelijke groet,<br/>namens Gedeputeerde Staten van Drenthe,"),
      ("p", "Jeroen ter Horst<br/>teamleider Natuur en Landschap"),
      ("small", "Behandeld door: Marieke Oosterveld-Brands, beleidsmedewerker fauna, telefoon 06 41 27 83 95. "
                "Bent u niet tevreden over de afhandeling? Dan kunt u zich wenden tot de Nationale ombudsman."),
  ])

# ------------------------------------------------------------------ fa23 English e-mail Senckenberg
D(stem="fa23_email_Senckenberg_DNA", producer="rl", font="Helvetica", size=9.5,
  title="RE: DNA result GW3318m / Niedersachsen", author="Katrin Förster",
  blocks=[
      ("pre", "From:     Förster, Katrin <katrin.foerster@senckenberg.de>\n"
              "Sent:     Wednesday, 23 July 2025 10:14\n"
              "To:       Kamphuis, Thijs <t.kamphuis@wur.nl>\n"
              "Cc:       Kloosterhuis, Sjoerd <s.kloosterhuis@drenthe.nl>; wolf@drenthe.nl\n"
              "Subject:  RE: DNA result GW3318m / Niedersachsen"),
      ("p", "Dear Thijs,"),
      ("p", "Thank you for sending the samples. I can confirm that GW3318m matches our individual GW1872m, first "
            "sampled in Niedersachsen (Landkreis Emsland) in 2023 as a yearling. Haplotype HW01, as in the Dutch "
            "analysis. We have no record of livestock damage in Germany attributed to this male."),
      ("p", "Regarding the finder of the carcass: we do not need her name or contact details for our database, "
            "so please do not forward the form with her address. For the LUPUS database we only store the location "
            "and date."),
      ("p", "Best regards,<br/>Katrin<br/>Dr. Katrin Förster<br/>Senckenberg Forschungsinstitut, Conservation Genetics "
            "Group, Gelnhausen<br/>Phone +49 6051 61954-227"),
      ("pre", "From:    Kamphuis, Thijs <t.kamphuis@wur.nl>\n"
              "Sent:    Tuesday, 22 July 2025 16:40\n"
              "To:      Förster, Katrin <katrin.foerster@senckenberg.de>\n"
              "Subject: DNA result GW3318m / Niedersachsen"),
      ("p", "Hi Katrin, the wolf GW3318m was killed on the A28 on 14 July (Drenthe). Sampled by the DWHC (dr. Anouk "
            "Stegeman). Could you check whether he is in your database? The finder, a private person, filled in our "
            "form; I have removed it from this mail. Cheers, Thijs (WENR)"),
      ("pre", "Van:       Kloosterhuis, Sjoerd\n"
              "Verzonden: woensdag 23 juli 2025 11:30\n"
              "Aan:       Förster, Katrin; Kamphuis, Thijs\n"
              "Onderwerp: RE: DNA result GW3318m / Niedersachsen"),
      ("p", "Dear Katrin and Thijs, many thanks. I will inform gedeputeerde Streutker and BIJ12. Regards, Sjoerd "
            "(wolvenconsulent, Provincie Drenthe, 06 135 790 24)"),
  ])

# ------------------------------------------------------------------ fa24 form with field values (hidden channel)
D(stem="fa24_meldformulier_dode_das", producer="form",
  title="Meldformulier dode das", author="Stichting Dassenwerkgroep Drenthe",
  fields=[("Naam melder", "melder_naam", "Gerrit Timmerman"),
          ("Telefoon", "melder_tel", "0591-37 22 84"),
          ("Adres melder", "melder_adres", "Hoofdstraat 61, 7851 AC Zweeloo"),
          ("Vindplaats", "vindplaats", "N381 ter hoogte van Zweeloo, berm oost"),
          ("Datum", "datum", "18-08-2025"),
          ("Aantal", "aantal", "1 (volwassen das)"),
          ("Doorgezet naar", "doorgezet", "Bert Nijhof, FBE Drenthe")],
  static=["Meldformulier dode das (verkeersslachtoffer)",
          "Stichting Dassenwerkgroep Drenthe i.s.m. Provincie Drenthe en Rijkswaterstaat",
          "Gebruik dit formulier voor iedere dode das in Drenthe. De gegevens worden gebruikt voor het Faunabeheerplan Das",
          "en voor maatregelen zoals rasters en faunatunnels. Ingevulde formulieren: dassen@drenthe.nl.",
          "Verwerking: RUD Drenthe (registratie), Provincie Drenthe (beleid). Privacy: zie de AVG-verklaring."])

# ------------------------------------------------------------------ fa25 scanned field form (printed + handwriting)
D(stem="fa25_veldformulier_BOA_scan", producer="scan_form",
  printed=["STAATSBOSBEHEER - VELDFORMULIER TOEZICHT", "Datum:", "BOA:", "Pasnummer:", "Locatie:", "Bevinding:",
           "Betrokkene:", "Doorgegeven aan:"],
  hand=["8-6-2025  14.20 u", "N. Eefting", "204817", "Van Weezelweg / Dwingelderveld",
        "Controle na melding geweer, niets aangetroffen", "D. Lanjouw (bekend, stroperij 2019)",
        "hoofdagent Dekker-Bos"])

# ------------------------------------------------------------------ fa26 persbericht
D(stem="fa26_persbericht_wolf_dood", producer="rl", font="LiberationSans", size=10.5,
  title="Persbericht: wolf GW3318m dood aangetroffen", author="Communicatie Provincie Drenthe",
  header="PERSBERICHT Provincie Drenthe", footer=DRE_HDR,
  blocks=[
      ("h1", "Wolf GW3318m doodgereden op de A28"),
      ("p", "<b>Assen, 24 juli 2025</b> - De wolf die dit voorjaar in Westerveld en Midden-Drenthe tientallen schapen "
            "doodde, is op 14 juli aangereden op de A28. Dat blijkt uit DNA-onderzoek van Wageningen Environmental "
            "Research en het Dutch Wildlife Health Centre van de Universiteit Utrecht."),
      ("p", "\"Ik begrijp dat veel schapenhouders opgelucht zijn,\" zegt gedeputeerde Streutker. \"Tegelijk weten we "
            "dat er nieuwe wolven naar Drenthe komen. Daarom blijven we investeren in wolfwerende rasters.\" "
            "Gedeputeerde Bolhuis: \"Schapenhouders die schade hebben, kunnen die melden bij BIJ12.\""),
      ("p", "De provincie werkt samen met Staatsbosbeheer, Natuurmonumenten, Het Drentse Landschap, LTO Noord, "
            "de Faunabeheereenheid Drenthe en Wolf Fencing Nederland. Minister Wiersma van LVVN is geïnformeerd."),
      ("p", "De wolf kwam oorspronkelijk uit Niedersachsen en verbleef sinds 2024 op de Veluwe. Het dier is onderzocht "
            "door het Dutch Wildlife Health Centre; de schedel gaat naar Naturalis."),
      ("h2", "Noot voor de redactie"),
      ("p", "Meer informatie: woordvoerder Esther Rozema, via (0592) 36 55 55 of pers@drenthe.nl. Beeldmateriaal "
            "van de wildcamera van Staatsbosbeheer is op aanvraag beschikbaar; de vinder van het dier wenst anoniem "
            "te blijven."),
  ])

# ------------------------------------------------------------------ fa27 ganzentelling rapport
D(stem="fa27_ganzentelling_WBE_2025", producer="rl", font="DejaVuSans", size=9,
  title="Ganzentelling WBE Westerveld januari 2025", author="Kuiper, G.J.",
  header="WBE Westerveld - Ganzentelling (in opdracht van FBE Drenthe)",
  blocks=[
      ("h1", "Resultaten ganzentelling 18 januari 2025"),
      ("table", [["Telgebied", "Teller", "Grauwe gans", "Kolgans", "Brandgans", "Schade?"],
                 ["Dwingeloo-Oost", "J. Everts", "412", "1.830", "0", "ja, grasland"],
                 ["Wittelte / Lhee", "K. Dijkhuis", "285", "940", "12", "ja"],
                 ["Vledder", "A. Boschma", "160", "2.210", "0", "nee"],
                 ["Uffelte", "E. Hulshof", "95", "510", "0", "nee"],
                 ["Havelte", "F. Mulderij / S. ten Napel", "330", "3.105", "45", "ja, wintertarwe"],
                 ["Frederiksoord", "T. Holtrop-Venema", "70", "620", "0", "nee"],
                 ["Ruinen", "W. Oldenbeuving", "210", "1.480", "8", "ja"],
                 ["Wapse", "H. Reinders", "140", "760", "0", "nee"],
                 ["Totaal", "", "1.702", "11.455", "65", ""]]),
      ("p", "De telling volgt de methode van Sovon. Grauwe ganzen nemen licht af ten opzichte van 2024 (-6%). "
            "Kolganzen en brandganzen zijn overwinteraars en vallen buiten het beheer op grond van het "
            "Faunabeheerplan Ganzen Drenthe 2023-2028, behalve bij schade op grond van de omgevingsvergunning."),
      ("p", "Coördinatie: Geert-Jan Kuiper (ganzencoördinator WBE Westerveld), 06-38 25 77 14. Gegevens aangeleverd "
            "aan FBE Drenthe (B. Nijhof) en Sovon."),
  ])

# ------------------------------------------------------------------ fa28 ontvangstbevestiging (metadata + annotations)
D(stem="fa28_ontvangstbevestiging_schademelding", producer="rl", font="Times-Roman", size=11,
  title="Ontvangstbevestiging FS-2025-04602", author="Stuiver, Wendy",
  header="BIJ12 - Faunazaken", footer=BIJ_HDR,
  xmp_creator=["Wendy Stuiver"],
  annots=[(0, [400, 700, 420, 720], "Ilse Wubbels", "Daan vragen of hij donderdag kan; mw. heeft reuma, niet te vroeg plannen")],
  blocks=[
      ("right", "Utrecht, 12 juni 2025"),
      ("p", "Mevrouw G. Scholte-Ensing<br/>Eursingerweg 3<br/>9413 PG Eursinge"),
      ("p", "Dossiernummer: FS-2025-04602<br/>Onderwerp: ontvangstbevestiging aanvraag tegemoetkoming faunaschade"),
      ("p", "Geachte mevrouw Scholte-Ensing,"),
      ("p", "Wij hebben uw aanvraag voor een tegemoetkoming in schade door een wolf aan uw schapen ontvangen. Een "
            "taxateur van BIJ12 neemt binnen drie werkdagen contact met u op om een afspraak te maken. Laat de "
            "kadavers zo mogelijk liggen en dek ze af. De kosten van de taxatie (behandelbijdrage) zijn bij schade door "
            "de wolf niet van toepassing."),
      ("p", "Heeft u vragen? Bel 030 - 275 69 00 of mail faunaschade@bij12.nl en vermeld uw dossiernummer."),
      ("p", "Met vriendelijke groet,<br/>BIJ12 Faunazaken<br/>Team Faunaschade"),
  ])

# ------------------------------------------------------------------ fa29 bezwaarschrift advocaat (2p)
D(stem="fa29_bezwaarschrift_Wolting", producer="docx", font="Liberation Serif", size=10.5,
  title="Bezwaarschrift T. Wolting", author="mr. P. Westerhof",
  header="Drentsche Aa Advocaten - Brink 4, Assen",
  blocks=[
      ("p", "Aan Gedeputeerde Staten van Drenthe<br/>Bezwaarschriftencommissie<br/>Postbus 122<br/>9400 AC Assen"),
      ("p", "Assen, 28 juli 2025<br/>Uw kenmerk: FS-2025-01208 / BES-2025-0977<br/>Betreft: bezwaar namens de heer T. Wolting"),
      ("p", "Geachte commissie,"),
      ("p", "Namens mijn cliënt, de heer Teun Wolting, wonende aan de Oude Willemweg 12, 8426 SM Appelscha, maak ik "
            "bezwaar tegen het besluit van BIJ12 van 24 juni 2025, waarbij een korting van 50% is toegepast op de "
            "tegemoetkoming voor de schade van 14 maart 2025 omdat het raster 'niet volledig stroomvoerend' zou zijn."),
      ("h2", "Gronden"),
      ("p", "1. De taxateur heeft de spanning pas gemeten nadat cliënt het raster had uitgeschakeld om de kadavers te "
            "verwijderen. Cliënt heeft zijn metingen met de Gallagher-meter op 13 maart gedocumenteerd (productie 2).<br/>"
            "2. Het besluit is in strijd met artikel 3:2 Algemene wet bestuursrecht (zorgvuldigheid).<br/>"
            "3. Het rapport van Staatsbosbeheer (boswachter J. Hemmes) bevestigt dat de wolf over het raster is "
            "gesprongen, niet eronderdoor."),
      ("p", "Cliënt verzoekt de hoorzitting niet op een zondag te plannen in verband met zijn zondagsrust."),
      ("h2", "Verzoek"),
      ("p", "Ik verzoek u het besluit te herroepen en alsnog 100% tegemoetkoming toe te kennen (€ 2.310,00), te "
            "vermeerderen met de kosten van rechtsbijstand. Uitbetaling op " + IBAN_TW + " ten name van cliënt."),
      ("pb",),
      ("h2", "Producties"),
      ("p", "1. Besluit BIJ12 van 24 juni 2025<br/>2. Meetlog Gallagher, 13 maart 2025<br/>3. Foto's raster (7)<br/>"
            "4. Veldrapport Staatsbosbeheer week 11"),
      ("p", "Hoogachtend,"),
      ("sig", "P. Westerhof"),
      ("p", "mr. P. Westerhof, advocaat<br/>Drentsche Aa Advocaten<br/>T 0592-74 30 15 | p.westerhof@drentscheaa-advocaten.nl"),
      ("small", "Bijlage: machtiging, ondertekend door T. Wolting, BSN " + BSN_TW + " (ter identificatie)."),
  ])

# ------------------------------------------------------------------ fa30 verslag hoorzitting
D(stem="fa30_verslag_hoorzitting_bezwaar", producer="rl", font="LiberationSerif", size=10,
  title="Verslag hoorzitting bezwaar FS-2025-01208", author="Haverkort, I.",
  header="Bezwaarschriftencommissie Provincie Drenthe", footer="Verslag hoorzitting 2 september 2025 - zaak BZ-2025-044",
  blocks=[
      ("h1", "Verslag van de hoorzitting"),
      ("table", [["Zaak", "BZ-2025-044 (bezwaar T. Wolting tegen besluit FS-2025-01208)"],
                 ["Datum en plaats", "dinsdag 2 september 2025, 10:00 uur, Provinciehuis Assen"],
                 ["Commissie", "mr. drs. I. Haverkort (voorzitter), twee externe leden"],
                 ["Secretaris", "Y. Pronk, jurist"],
                 ["Bezwaarmaker", "de heer T. Wolting, bijgestaan door mr. P. Westerhof"],
                 ["Verweerder", "namens GS: A. van 't Hul (jurist) en D. Hofstee (taxateur BIJ12)"]],
       {"header": False, "widths": [110, 350]}),
      ("p", "De voorzitter opent de zitting en wijst op de openbaarheid van het advies. Mr. Westerhof licht het "
            "bezwaarschrift toe. De heer Wolting verklaart dat hij op 13 maart de spanning heeft gemeten (5,2 kV) en "
            "dat hij het apparaat pas uitzette om de dode dieren weg te halen."),
      ("p", "Hofstee bevestigt dat hij bij aankomst 0 kV mat en dat de heer Wolting toen zei dat hij het apparaat had "
            "uitgezet. Hij heeft dit niet in zijn rapport vermeld. Van 't Hul erkent dat het rapport op dit punt "
            "onvolledig is."),
      ("p", "Op vragen van Haverkort: het veldrapport van Staatsbosbeheer (J. Hemmes) vermeldt sporen aan beide "
            "zijden van het raster op 1,10 m hoogte. De commissie vraagt verweerder om binnen twee weken de foto's van "
            "de taxatie toe te zenden."),
      ("p", "De voorzitter sluit de zitting om 11:05 uur. De commissie brengt binnen zes weken advies uit aan "
            "Gedeputeerde Staten van Drenthe."),
      ("p", "Verslag: Y. Pronk, secretaris van de commissie."),
  ])

# ------------------------------------------------------------------ fa31 WBE verklaring (annotation hidden)
D(stem="fa31_verklaring_WBE_lidmaatschap", producer="rl", font="Helvetica", size=10.5,
  title="Verklaring lidmaatschap WBE", author="Everts",
  header="Wildbeheereenheid Westerveld", footer="WBE Westerveld | secretariaat via info@wbewesterveld.nl",
  annots=[(0, [480, 760, 500, 780], "Klaas Dijkhuis", "Kopie jachtakte J-0718236 zit in de bijlage bij de mail van 12 mei")],
  blocks=[
      ("h1", "Verklaring lidmaatschap en jachtveld"),
      ("p", "Het bestuur van de Wildbeheereenheid Westerveld verklaart dat de heer K. Dijkhuis, wonende aan de "
            "Bosweg 31, 7994 PB Zorgvlied, sinds 2011 lid is van de WBE Westerveld en beschikt over een jachtveld van "
            "ruim 40 hectare aan de Wilhelminaweg, in samenwerking met de wildbeheerders van de WBE."),
      ("p", "De heer Dijkhuis is houder van een geldige jachtakte (nummer J-0718236, geldig tot 31 maart 2026) en "
            "neemt deel aan beheer en schadebestrijding van grauwe ganzen op grond van de omgevingsvergunning van "
            "Gedeputeerde Staten van Drenthe (DR/2025/004112). Hij heeft het WBE-certificaat 'Verantwoord Jagen' en "
            "volgt de gedragscode van de KNJV."),
      ("p", "Deze verklaring is afgegeven ten behoeve van de verlenging van zijn jachtakte bij de korpschef van politie."),
      ("p", "Dwingeloo, 12 mei 2025"),
      ("sig", "J. Everts"),
      ("p", "J. Everts, voorzitter WBE Westerveld"),
  ])

# ------------------------------------------------------------------ fa32 Outlook thread BIJ12 / province (outline hidden)
D(stem="fa32_mail_BIJ12_provincie_uitbetaling", producer="rl", font="Carlito", size=10,
  title="RE: uitbetaling FS-2025-04417 en raster", author="Oosterveld-Brands, Marieke",
  outline=[("Mail Ilse Wubbels 26-06", "m1"), ("Antwoord Marieke 27-06 (na overleg met Jeroen)", "m2")],
  blocks=[
      ("outline", "Mail Ilse Wubbels 26-06", "m1"),
      ("pre", "Van:        Wubbels, Ilse <i.wubbels@bij12.nl>\n"
              "Verzonden:  donderdag 26 juni 2025 09:12\n"
              "Aan:        Oosterveld-Brands, Marieke <m.oosterveld-brands@drenthe.nl>\n"
              "CC:         faunaschade@bij12.nl; Hofstee, Daan <d.hofstee@bij12.nl>\n"
              "Onderwerp:  uitbetaling FS-2025-04417 en raster"),
      ("p", "Hoi Marieke,"),
      ("p", "Het besluit voor de heer Meijering (FS-2025-04417) is op 19 juni verzonden; de betaling staat voor 3 juli "
            "in de run. Daan heeft op 24 juni het herstelde raster gecontroleerd: in orde (5,4 kV). Kun jij de "
            "wolvenconsulent laten weten dat de voorwaarde is vervuld? Dan sluiten wij het dossier."),
      ("p", "Over mevrouw Scholte-Ensing (FS-2025-04602): de taxatie is gepland op 17 juni; zij kan zelf niet goed "
            "lopen, dus Daan gaat naar de woning."),
      ("p", "Groet,<br/>Ilse Wubbels<br/>Team Faunaschade | BIJ12<br/>030 274 91 63 (direct) | 030 - 275 69 00 (algemeen)"),
      ("outline", "Antwoord Marieke 27-06 (na overleg met Jeroen)", "m2"),
      ("pre", "Van:        Oosterveld-Brands, Marieke\n"
              "Verzonden:  vrijdag 27 juni 2025 14:55\n"
              "Aan:        Wubbels, Ilse\n"
              "CC:         Kloosterhuis, Sjoerd; wolf@drenthe.nl\n"
              "Onderwerp:  RE: uitbetaling FS-2025-04417 en raster"),
      ("p", "Dag Ilse, dank! Sjoerd is op de hoogte (cc). Voor de Statenvragen 2025-27 gebruiken we alleen "
            "geaggregeerde cijfers. Goed weekend, Marieke"),
      ("p", "M. Oosterveld-Brands | beleidsmedewerker fauna | Provincie Drenthe | +31 6 4127 8395 | "
            "Westerbrink 1, 9405 BJ Assen"),
  ])
