"""Documents fa09-fa20 of set mixed93."""
from people import *  # noqa: F401,F403
from docs_a import D, DRE_HDR, BIJ_HDR  # noqa: F401

# ------------------------------------------------------------------ fa09 notulen FBE (docx)
D(stem="fa09_notulen_bestuur_FBE_Drenthe", producer="docx", font="DejaVu Serif", size=9.5,
  title="Notulen bestuursvergadering FBE Drenthe 17 juni 2025", author="Lubbers-Smeenge, G.",
  header="Faunabeheereenheid Drenthe - secretariaat@fbe-drenthe.nl",
  blocks=[
      ("h1", "Notulen bestuursvergadering Faunabeheereenheid Drenthe"),
      ("p", "Datum: dinsdag 17 juni 2025, 19:30-22:05 uur. Locatie: Provinciehuis, Westerbrink 1, Assen (zaal Hunebed)."),
      ("table", [["Aanwezig", "Rol", "Paraaf"],
                 ["Harm Luinge", "voorzitter", "HL"],
                 ["Gerda Lubbers-Smeenge", "secretaris (notulen)", "GLS"],
                 ["Albert Zwiers", "penningmeester", "AZw"],
                 ["Roelof Kremer", "bestuurslid namens LTO Noord", "RK"],
                 ["Wietske de Haan", "bestuurslid namens terreinbeheerders (Het Drentse Landschap)", "WdH"],
                 ["Bert Nijhof", "faunabeheerder (adviserend)", "BN"],
                 ["Marieke Oosterveld-Brands", "provincie Drenthe, ambtelijk adviseur (toehoorder)", "MOB"]],
       {"widths": [150, 250, 50]}),
      ("p", "Afwezig met kennisgeving: Egbert Bruins Slot (KNJV Drenthe)."),
      ("h2", "1. Opening en mededelingen"),
      ("p", "HL opent en meldt dat gedeputeerde Streutker op 1 juli de jaarvergadering bijwoont. MOB meldt dat het "
            "Faunabeheerplan Ganzen Drenthe 2023-2028 ongewijzigd blijft; de omgevingsvergunning voor grauwe ganzen "
            "loopt tot 1 april 2028."),
      ("h2", "2. Notulen 13 mei 2025"),
      ("p", "Vastgesteld met één correctie: bij punt 4 staat 'Wietske' waar 'mevrouw De Haan namens Het Drentse "
            "Landschap' bedoeld is."),
      ("h2", "3. Wolf"),
      ("p", "BN licht de schadegevallen rond Wapse toe. RK vraagt namens LTO Noord om een standpunt van de FBE over "
            "GW3318m. HL: de FBE heeft geen rol bij de wolf zolang er geen ontheffing of vergunning is; de provincie "
            "gaat daarover. De Haan wijst op de inzet van Wolf Fencing en Staatsbosbeheer. Besloten: de secretaris "
            "stuurt een brief aan Gedeputeerde Staten met het verzoek om een duidelijk protocol."),
      ("h2", "4. Ganzen en das"),
      ("p", "AZw meldt dat de uitvoering van afschot grauwe ganzen door de WBE Westerveld binnen budget blijft. Voor de "
            "das bij de dijk van de Drentsche Aa komt een aanvraag van de heer Timmerman; Lieke van Beusekom van "
            "Bureau Waardenburg doet het ecologisch onderzoek. BN onderhoudt het contact."),
      ("h2", "5. Financiën"),
      ("p", "Zwiers presenteert de tussenrapportage. De provinciale bijdrage 2025 bedraagt € 186.000. Kremer vraagt "
            "om een specificatie van de kosten voor de jachtaktehouders die meewerken aan schadebestrijding."),
      ("pb",),
      ("h2", "6. Rondvraag en sluiting"),
      ("p", "De Haan: klacht van een wandelaar (mevrouw uit Smilde) over afschot ganzen bij een fietspad; BN neemt "
            "contact op. Luinge sluit om 22:05 uur."),
      ("h2", "Actielijst"),
      ("table", [["Nr", "Actie", "Wie", "Gereed"],
                 ["25-14", "Brief aan GS over wolvenprotocol", "GLS", "1 juli 2025"],
                 ["25-15", "Specificatie kosten jachtaktehouders", "AZw", "15 juli 2025"],
                 ["25-16", "Contact wandelaar Smilde", "BN", "24 juni 2025"],
                 ["25-17", "Agenderen ganzenschade Zuidwolde", "HL / MOB", "jaarvergadering"],
                 ["25-11", "Evaluatie telling ganzen (loopt)", "WdH", "september 2025"]], {"widths": [40, 250, 70, 90]}),
      ("p", "Volgende vergadering: dinsdag 9 september 2025. Notulen: G. Lubbers-Smeenge, gerda.lubbers@hetnet.nl, "
            "0592-27 41 96 (na 18 uur). Vastgesteld d.d. ............ paraaf voorzitter: HL"),
  ])

# ------------------------------------------------------------------ fa10 dierenartsrapport
D(stem="fa10_dierenartsverklaring_schapen", producer="rl", font="LiberationSerif", size=10,
  title="Dierenartsverklaring letsel schapen", author="drs. M. Brouwer-Tiesinga",
  header="Dierenartsenpraktijk Het Drentse Veld - Landbouwhuisdieren",
  footer="Dierenartsenpraktijk Het Drentse Veld | Hoofdstraat, Diever | praktijk 0521 - 59 10 10",
  blocks=[
      ("h1", "Verklaring dierenarts: letsel en euthanasie schapen"),
      ("table", [["Eigenaar", "H.J. Meijering"], ["Adres", "Wittelterweg 7, 7991 PR Dwingeloo"],
                 ["UBN", "UBN 2204871"], ["Datum bezoek", "2 juni 2025, 09:00 uur"],
                 ["Dierenarts", "drs. M. Brouwer-Tiesinga (RD 07719)"]], {"header": False, "widths": [100, 350]}),
      ("h2", "Bevindingen"),
      ("p", "Vier ooien en twee lammeren dood aangetroffen met diepe bijtwonden in de keel (afstand hoektanden ca. "
            "4,5 cm), scheuren van de flank en gedeeltelijke consumptie van de achterhand. Het letselpatroon is "
            "passend bij een wolf; een hond is niet uit te sluiten zonder DNA-onderzoek."),
      ("p", "Eén ooi (oormerk NL 5287-04431) met open buikwond en darmprolaps is om 09:40 uur geëuthanaseerd. Drie "
            "gewonde dieren zijn behandeld (wondtoilet, antibiotica, pijnstilling) en worden op 5 juni gecontroleerd."),
      ("h2", "Welzijn koppel"),
      ("p", "Het resterende koppel (68 ooien met lammeren) is onrustig. Advies: dieren 's nachts opstallen tot het "
            "raster is hersteld."),
      ("h2", "Opmerking"),
      ("p", "Dhr. Meijering gaf aan sinds de eerdere aanvallen last te hebben van paniekaanvallen en slaapproblemen. "
            "Ik heb hem geadviseerd contact op te nemen met zijn huisarts en het Drents Schapenhoudersplatform."),
      ("p", "Kosten bezoek en behandeling: € 142,50 (factuur 25-3391, ten laste van de eigenaar; declarabel bij BIJ12)."),
      ("sp", 8),
      ("p", "Diever, 2 juni 2025"),
      ("sig", "M. Brouwer"),
      ("p", "drs. Maaike Brouwer-Tiesinga, dierenarts<br/>maaike@dierenartsdrentseveld.nl | 06-27 45 90 13"),
  ])

# ------------------------------------------------------------------ fa11 WBE ledenlijst (landscape)
D(stem="fa11_WBE_Westerveld_ledenlijst_jachtakten", producer="rl", font="Helvetica", size=8.5, land=True,
  title="Ledenlijst WBE Westerveld 2025-2026", author="J. Everts",
  header="Wildbeheereenheid (WBE) Westerveld - ledenlijst jachtjaar 2025-2026 (vertrouwelijk)",
  footer="Ingediend bij FBE Drenthe t.b.v. uitvoering Faunabeheerplan Ganzen Drenthe 2023-2028",
  blocks=[
      ("h2", "Leden met geldige jachtakte, ingezet bij beheer en schadebestrijding grauwe ganzen"),
      ("table", [["Nr", "Naam", "Jachtaktenummer", "Geldig tot", "Telefoon", "Jachtveld", "Rol"],
                 ["1", "Johan Everts", "J-0601337", "31-03-2026", "06-12 09 33 47", "Dwingeloo-Oost", "voorzitter WBE"],
                 ["2", "Klaas Dijkhuis", "J-0718236", "31-03-2026", "06-51 72 04 88", "Lhee / Wittelte", "wildbeheerder"],
                 ["3", "A. Boschma", "J-0655108", "31-03-2026", "06-11 72 40 95", "Vledder", "jachtaktehouder"],
                 ["4", "E. Hulshof", "J-0702493", "31-03-2026", "06-29 84 16 70", "Uffelte", "jachtaktehouder"],
                 ["5", "F. Mulderij", "J-0583317", "31-03-2026", "0521-59 12 43", "Havelte", "jachtaktehouder"],
                 ["6", "T. Holtrop-Venema", "J-0731862", "31-03-2026", "06-47 11 09 28", "Frederiksoord", "jachtaktehouder"],
                 ["7", "Geert-Jan Kuiper", "J-0690045", "31-03-2026", "06-38 25 77 14", "Diever", "ganzencoördinator"],
                 ["8", "W. Oldenbeuving", "J-0611974", "31-03-2026", "06-10 52 63 81", "Ruinen", "jachtaktehouder"],
                 ["9", "S. ten Napel", "J-0744210", "31-03-2026", "06-53 90 21 46", "Havelte", "jachtaktehouder"],
                 ["10", "H. Reinders", "J-0688531", "31-03-2026", "06-19 36 58 02", "Wapse", "jachtaktehouder"]],
       {"widths": [25, 120, 95, 70, 95, 110, 120]}),
      ("p", "Jachtakten zijn afgegeven door de korpschef van politie op grond van de Omgevingswet. Leden zonder geldige "
            "jachtakte (2025: 2 leden) worden niet ingezet. Wijzigingen melden bij de secretaris van de WBE of bij "
            "het secretariaat van de Faunabeheereenheid Drenthe (secretariaat@fbe-drenthe.nl)."),
      ("p", "Contactpersoon ganzen: Geert-Jan Kuiper (ganzencoördinator). Contactpersoon das: Klaas Dijkhuis, "
            "Bosweg 31, 7994 PB Zorgvlied."),
      ("p", "Opgesteld: Johan Everts, voorzitter WBE Westerveld, wbe.everts@kpnmail.nl, 15 mei 2025. "
            "Gecontroleerd door faunabeheerder B. Nijhof (FBE Drenthe)."),
  ])

# ------------------------------------------------------------------ fa12 omgevingsvergunning ganzen (docx, 2p)
D(stem="fa12_vergunning_grauwe_ganzen_FBE", producer="docx", font="Liberation Serif", size=10,
  title="Omgevingsvergunning flora- en fauna-activiteit grauwe ganzen", author="van 't Hul, Annemiek",
  header="Provincie Drenthe | Gedeputeerde Staten",
  blocks=[
      ("table", [["Aan", "Faunabeheereenheid Drenthe, t.a.v. het bestuur"], ["", "secretariaat@fbe-drenthe.nl"],
                 ["Datum", "3 maart 2025"], ["Zaaknummer", "DR/2025/004112"],
                 ["Behandeld door", "A. van 't Hul"], ["Telefoon", "(0592) 36 55 55"],
                 ["Onderwerp", "Omgevingsvergunning flora- en fauna-activiteit grauwe ganzen"]], {"header": False, "grid": False}),
      ("h1", "Besluit"),
      ("p", "Gedeputeerde Staten van Drenthe verlenen aan de Faunabeheereenheid Drenthe een omgevingsvergunning voor een "
            "flora- en fauna-activiteit als bedoeld in artikel 5.1, eerste lid, onder e, van de Omgevingswet, voor het "
            "doden van grauwe ganzen ter voorkoming van belangrijke schade aan gewassen, op grond van het Besluit "
            "activiteiten leefomgeving (Bal) en de Omgevingsverordening Drenthe."),
      ("h2", "Voorschriften"),
      ("p", "1. De vergunning geldt van 1 april 2025 tot en met 31 maart 2028 in de hele provincie Drenthe, met "
            "uitzondering van Natura 2000-gebieden Fochteloërveen en Dwingelderveld.<br/>"
            "2. Uitvoering alleen door personen met een geldige jachtakte die door de FBE schriftelijk zijn aangewezen.<br/>"
            "3. Afschot wordt binnen 24 uur geregistreerd in het Faunaregistratiesysteem.<br/>"
            "4. Het Faunabeheerplan Ganzen Drenthe 2023-2028 is onderdeel van deze vergunning."),
      ("h2", "Aangewezen personen (bijlage, bij de FBE aangeleverd)"),
      ("table", [["Naam", "Jachtaktenummer", "WBE"],
                 ["K. Dijkhuis", "J-0718236", "WBE Westerveld"],
                 ["G.J. Kuiper", "J-0690045", "WBE Westerveld"],
                 ["S. ten Napel", "J-0744210", "WBE Westerveld"],
                 ["H. Reinders", "J-0688531", "WBE Westerveld"]]),
      ("pb",),
      ("h2", "Overwegingen"),
      ("p", "De FBE heeft aangetoond dat de schade aan grasland en wintertarwe door grauwe ganzen in 2024 € 1,9 miljoen "
            "bedroeg (bron: BIJ12 Faunazaken). Er is geen andere bevredigende oplossing: preventieve middelen (linten, "
            "knalapparaten, Lacme-geluidskanonnen) zijn ingezet maar bieden onvoldoende bescherming. De gunstige staat "
            "van instandhouding van de grauwe gans komt niet in gevaar (bron: Sovon)."),
      ("p", "Tegen dit besluit kan een belanghebbende binnen zes weken bezwaar maken bij Gedeputeerde Staten van "
            "Drenthe, Postbus 122, 9400 AC Assen."),
      ("p", "Gedeputeerde Staten van Drenthe, namens dezen,"),
      ("sig", "J. ter Horst"),
      ("p", "J. ter Horst, teamleider Natuur en Landschap"),
      ("p", "Afschrift: RUD Drenthe (toezicht); Politie Eenheid Noord-Nederland; WBE Westerveld."),
  ])

# ------------------------------------------------------------------ fa13 ontheffing das
D(stem="fa13_vergunning_das_dijk_Zweeloo", producer="rl", font="Carlito", size=10,
  title="Besluit flora- en fauna-activiteit das Zweeloo", author="Provincie Drenthe",
  header="Provincie Drenthe - Vergunningverlening natuur", footer="Zaaknummer DR/2025/011530",
  blocks=[
      ("h1", "Besluit: omgevingsvergunning flora- en fauna-activiteit das"),
      ("table", [["Aanvrager", "G. Timmerman, Hoofdstraat 61, 7851 AC Zweeloo"], ["Telefoon aanvrager", "0591-37 22 84"],
                 ["Gemachtigde", "Bureau Waardenburg, mevrouw L. van Beusekom (ecoloog), l.vanbeusekom@buwa.nl"],
                 ["Zaaknummer", "DR/2025/011530"], ["Datum", "22 juli 2025"]], {"header": False, "widths": [120, 340]}),
      ("p", "Op 2 mei 2025 ontvingen wij de aanvraag van de heer Timmerman voor het ongeschikt maken van een "
            "bijburcht van de das (Meles meles) in een dijklichaam op zijn perceel, om verzakking van de toegangsweg "
            "te voorkomen. De das is beschermd op grond van artikel 11.54 van het Besluit kwaliteit leefomgeving."),
      ("h2", "Besluit"),
      ("p", "Wij verlenen de vergunning onder de volgende voorschriften: (a) de werkzaamheden vinden plaats tussen "
            "1 september en 1 december 2025; (b) vooraf wordt vastgesteld dat de bijburcht niet bewoond is "
            "(wildcamera, minimaal 14 nachten); (c) er wordt een vervangende kunstburcht aangelegd op minimaal 150 "
            "meter, in overleg met de Stichting Dassenwerkgroep Drenthe; (d) een ecoloog is aanwezig."),
      ("h2", "Overwegingen"),
      ("p", "Het ecologisch onderzoek van mevrouw Van Beusekom (Bureau Waardenburg, rapport 25-0418) toont aan dat de "
            "hoofdburcht op 400 meter ligt en niet wordt aangetast. Het belang van de verkeersveiligheid weegt zwaar. "
            "De Faunabeheereenheid Drenthe heeft positief geadviseerd (faunabeheerder B. Nijhof)."),
      ("p", "Leges: € 412,00, te voldoen door de aanvrager (IBAN aanvrager voor eventuele terugbetaling: " + IBAN_GT + ")."),
      ("p", "Gedeputeerde Staten van Drenthe, namens dezen, A. van 't Hul, jurist vergunningverlening."),
      ("p", "Afschrift: gemeente Coevorden; RUD Drenthe; Stichting Dassenwerkgroep Drenthe."),
  ])

# ------------------------------------------------------------------ fa14 scanned letter from private person
D(stem="fa14_brief_inwoner_wolf_scan", producer="scan_typed", font="Times-Roman", size=11,
  blocks=[
      ("p", "Teun Wolting<br/>Oude Willemweg 12<br/>8426 SM Appelscha<br/>tel. 06-41 88 20 19"),
      ("sp", 10),
      ("p", "Aan Gedeputeerde Staten van Drenthe<br/>t.a.v. gedeputeerde Streutker<br/>Postbus 122<br/>9400 AC Assen"),
      ("sp", 8),
      ("p", "Appelscha, 16 juni 2025"),
      ("p", "Betreft: wolf bij Oude Willem, mijn relatienummer BIJ12 300389147"),
      ("p", "Geachte gedeputeerde,"),
      ("p", "Ik houd 420 schapen op de heide bij Oude Willem, op de grens van Drenthe en Friesland. Sinds maart ben ik "
            "33 dieren kwijtgeraakt. Mijn rasters zijn in orde; dat heeft de taxateur van BIJ12 ook vastgesteld. Ik "
            "verzoek u met klem om de wolf GW3318m te laten verwijderen."),
      ("p", "Ik wil u vragen mij niet op zondag te bellen of te bezoeken; als lid van de Gereformeerde Gemeente houd ik "
            "de zondagsrust. Doordeweeks ben ik bereikbaar op bovenstaand nummer."),
      ("p", "Mijn BSN voor uw administratie: " + BSN_TW + ". Rekeningnummer: " + IBAN_TW + "."),
      ("p", "Hoogachtend,"),
      ("sig", "T. Wolting"),
      ("p", "T. Wolting"),
  ])

# ------------------------------------------------------------------ fa15 chat export
D(stem="fa15_chatexport_wolfalarm_wapse", producer="rl", font="DejaVuSansMono", size=8,
  title="WhatsApp Chat met Wolfalarm Wapse e.o.", author="",
  blocks=[
      ("pre", "WhatsApp-chat 'Wolfalarm Wapse e.o.' - export 10-06-2025 (aangeleverd door Provincie Drenthe, Woo-verzoek)\n"
              "Deelnemers: Hendrik-Jan Meijering (+31 6 28661403), Jannie Boerma (+31 6 39201755), Roel Smeenk\n"
              "(+31 6 11487302), Bert Nijhof FBE (06-50 33 18 72), Sjoerd Kloosterhuis prov. (06-13579024)\n"
              "----------------------------------------------------------------------------------------------\n"
              "02-06-2025 06:21 - Hendrik-Jan: Weer raak. 4 ooien + 2 lammeren dood bij de Tonckensweg\n"
              "02-06-2025 06:23 - Jannie Boerma: O nee HJ wat erg. Moet ik komen helpen?\n"
              "02-06-2025 06:24 - Hendrik-Jan: Boswachter is onderweg. Jorrit komt om kwart voor 8\n"
              "02-06-2025 06:40 - Roel: Vannacht om 3 uur sloeg mijn hond ook aan aan de Hunebedstraat\n"
              "02-06-2025 07:02 - Bert Nijhof FBE: Niks aanraken, BIJ12 stuurt taxateur. Ik bel Daan\n"
              "02-06-2025 07:05 - Sjoerd Kloosterhuis prov.: Ik heb het doorgezet. Sterkte Hendrik-Jan\n"
              "02-06-2025 07:31 - Jannie: Ik hoorde van Grietje dat bij haar in Eursinge vorige week ook 2 dood\n"
              "02-06-2025 07:33 - Roel: Die heeft reuma, die kan toch geen raster zetten??\n"
              "02-06-2025 07:35 - Bert Nijhof FBE: Jannie/Roel, graag geen gezondheidsinfo over anderen in deze groep\n"
              "02-06-2025 08:12 - Hendrik-Jan: <Media weggelaten>\n"
              "02-06-2025 08:13 - Hendrik-Jan: foto van het gat onder de draad. Flexinet stond er gewoon\n"
              "02-06-2025 12:47 - Sjoerd Kloosterhuis prov.: Wolf Fencing kan zaterdag. Hidde belt je\n"
              "07-06-2025 15:41 - Roel: Wie is die vent met dat geweer bij de Van Weezelweg?\n"
              "07-06-2025 15:44 - Hendrik-Jan: Dat is Dennis, je weet wel, die van de stroperij in 2019\n"
              "07-06-2025 15:45 - Bert Nijhof FBE: Geen namen hier aub. Melden bij politie 0900-8844\n"
              "07-06-2025 15:52 - Jannie: Gemeld. Politie komt langs\n"
              "08-06-2025 09:02 - Roel: Op RTV Drenthe: burgemeester Jager komt woensdag naar Wapse\n"
              "08-06-2025 09:10 - Jannie Boerma: Goed zo. En gedeputeerde Streutker?\n"
              "08-06-2025 09:15 - Sjoerd Kloosterhuis prov.: Gedeputeerde Streutker is er ook bij, 19.30 in dorpshuis\n"
              "10-06-2025 07:58 - Hendrik-Jan: Bedankt allemaal. Raster staat weer. Hulde voor Wolf Fencing\n"
              "10-06-2025 08:01 - Roel Smeenk heeft de groep verlaten"),
  ])

# ------------------------------------------------------------------ fa16 politie mutatie
D(stem="fa16_politie_mutatie_gewapend_persoon", producer="rl", font="Courier", size=9,
  title="Mutatie BVH 2025156780", author="Dekker-Bos R.",
  header="POLITIE - Eenheid Noord-Nederland - Basisteam Zuidwest-Drenthe",
  footer="Verstrekt aan provincie Drenthe op grond van art. 19 Wpg; niet verder verspreiden",
  blocks=[
      ("pre", "MUTATIE                     BVH 2025156780\n"
              "Soort incident:              F330 Overlast / verdachte situatie (wapen)\n"
              "Datum/tijd melding:          07-06-2025 15:47 via 0900-8844 (Meldkamer Noord-Nederland)\n"
              "Pleegplaats:                 Van Weezelweg, Dwingeloo (gemeente Westerveld)\n"
              "Melder:                      BOSSCHER, Hidde, Wolf Fencing Nederland, tel. +31 6 1844 2950\n"
              "Getuige:                     VAN LIER, Evelien (foto voertuig)\n"
              "Betrokkene:                  LANJOUW, Dennis, geb. 02-11-1987\n"
              "                             Zuiderweg 9, 7991 GK Dwingeloo\n"
              "Verbalisant:                 DEKKER-BOS, R., hoofdagent\n"
              "Mede:                        VAN DER MEULEN, M., brigadier, team MDBW"),
      ("h2", "Relaas"),
      ("p", "Op zaterdag 7 juni 2025 omstreeks 15:30 uur zag melder een man met een lang vuurwapen aan de rand van het "
            "Dwingelderveld nabij de Van Weezelweg. De man zou hebben geroepen dat de wolf 'vanzelf verdwijnt'. Op "
            "grond van de foto van getuige Van Lier is het voertuig gekoppeld aan betrokkene Lanjouw."),
      ("p", "Betrokkene is in 2019 veroordeeld wegens stroperij (ree, strik) en kreeg een taakstraf. Betrokkene "
            "beschikt niet over een geldige jachtakte; een wapenverlof op grond van de Wet wapens en munitie is niet "
            "geregistreerd."),
      ("p", "Op 8 juni 2025 heeft ondergetekende samen met brigadier Van der Meulen een gesprek gevoerd met "
            "betrokkene op zijn woonadres. Betrokkene ontkende een vuurwapen te bezitten; hij verklaarde met een "
            "'verrekijker met statief' te hebben gestaan. Er is geen wapen aangetroffen. Staatsbosbeheer "
            "(boswachter N. Eefting) is geïnformeerd en houdt extra toezicht."),
      ("h2", "Afdoening"),
      ("p", "Geen strafbaar feit vastgesteld. Informatie gedeeld met de wolvenconsulent van de provincie Drenthe "
            "(S. Kloosterhuis) en met de BOA van Staatsbosbeheer. Registratie ten behoeve van informatiepositie."),
      ("pre", "Opgemaakt: 08-06-2025 17:20  DEKKER-BOS, R.  (stamnr. 148733)"),
  ])
