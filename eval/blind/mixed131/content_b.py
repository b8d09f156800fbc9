"""Documents vr17-vr33 of set VR (invented)."""
from content_a import ASPOSE, ITEXT, MOTIV, NITRO, OUTLOOK, PDFPEN, WORD
from lib import Doc, K, R

SCANNER = dict(producer="Canon iR-ADV C5840 PDF", creator="Canon")

DOCS = [
Doc("vr17", "Persbericht bewonersavond", [
    "# PERSBERICHT",
    "Gemeente Ede en Veiligheidsregio Gelderland-Midden | 16 september 2026",
    "## Bewonersavond over brand Heestereng; tuinen in noodgebied worden gereinigd",
    "Ede - De gemeente Ede organiseert vanavond om 19.30 uur een bewonersavond in sporthal De Peppel over de "
    "brand bij Vallei Distributie B.V. aan de Heestereng 40. Burgemeester Hoekstra en wethouder Öztürk "
    "beantwoorden vragen, samen met deskundigen van de GGD Gelderland-Midden, de Omgevingsdienst De Vallei en de "
    "brandweer.",
    "\"Ik begrijp dat mensen ongerust zijn over asbest in hun tuin,\" zegt burgemeester Hoekstra. \"Daarom laten "
    "wij alle tuinen in het noodgebied op kosten van de gemeente reinigen en verhalen wij de kosten later.\"",
    "De noodverordening blijft voorlopig van kracht. Bewoners mogen zelf geen brokstukken opruimen. Wie schade "
    "heeft, kan die melden via 14 0318 of het gratis informatienummer 0800-1351 (dagelijks 08.00-20.00 uur).",
    "Vrijwillige brandweermensen uit Ede, Bennekom, Lunteren en Wageningen waren de hele nacht in touw. "
    "\"Zonder hen was dit veel slechter afgelopen,\" aldus de Algemeen Commandant Brandweer van de VGGM.",
    "Noot voor de redactie (niet voor publicatie): vragen via de persdienst van de gemeente Ede, "
    "pers@ede.nl. Contact op de avond zelf: Wouter Nijenhuis, w.nijenhuis@ede.nl.",
], [R("PERSON", "Merel Stoutjesdijk (XMP)", "Merel Stoutjesdijk", "Stoutjesdijk", channel="metadata")],
    [K("MAIL", "pers@ede.nl"), K("ROLE", "Burgemeester Hoekstra"), K("TERM", "PERSBERICHT")],
    **WORD, author="", xmp_creator="Merel Stoutjesdijk"),

Doc("vr18", "Raadsvragen en beantwoording", [
    "# Schriftelijke vragen ex artikel 40 Reglement van orde",
    "Van: raadslid Van Leeuwen (D66) en raadslid Terpstra (CDA) | Ingediend: 18 september 2026 | nr. 2026-071",
    "Onderwerp: NL-Alert en kosten brand Heestereng",
    "1. Klopt het dat het NL-Alert pas 45 minuten na het advies van de GGD Gelderland-Midden is verzonden?",
    "2. Wie betaalt de reiniging van de tuinen, en wordt Vallei Distributie B.V. aansprakelijk gesteld?",
    "3. Hoe worden de vrijwillige brandweermensen en hun werkgevers gecompenseerd?",
    "4. Was de bluswatervoorziening op Bedrijvenpark Heestereng op orde?",
    "",
    "## Antwoord van het college van burgemeester en wethouders",
    "Datum: 6 oktober 2026 | Behandelend ambtenaar: T.A. Verbrugge (0318 68 04 17)",
    "Ad 1. Ja. Het advies van de GGD kwam om 20.47 uur binnen; het NL-Alert ging om 21.32 uur uit. De "
    "evaluatie VGGM-EVA-2026-031 beveelt aan dit binnen 30 minuten te doen. Burgemeester Hoekstra heeft de "
    "Veiligheidsregio Gelderland-Midden gevraagd de procedure aan te passen.",
    "Ad 2. De gemeente Ede heeft de reiniging voorgefinancierd (circa € 46.000) en verhaalt de kosten op Vallei "
    "Distributie B.V. en haar verzekeraar Achmea.",
    "---",
    "Ad 3. Vrijwilligers ontvangen een vergoeding volgens de Rechtspositieregeling brandweervrijwilligers. De "
    "VGGM stuurt hun werkgevers een werkgeversverklaring; zelfstandigen kunnen omzetderving opgeven.",
    "Ad 4. Nee. De brandkranen leverden onvoldoende. Wethouder Öztürk overlegt met het waterbedrijf en de "
    "Omgevingsdienst De Vallei over een extra bluswaterriool aan de Heestereng.",
    "Het college van burgemeester en wethouders van Ede,",
    "de secretaris, drs. P.C. Wijnbergen",
    "burgemeester J.M. Hoekstra",
], [], [K("LAW", "artikel 40 Reglement van orde"), K("REF", "2026-071"), K("ROLE", "Wethouder Öztürk"),
        K("ROLE", "de secretaris, drs. P.C. Wijnbergen")], **ASPOSE, font="times", size=10.5),

Doc("vr19", "Inspectierapport asbestmetingen", [
    "# Rapport asbestmetingen na brand Heestereng 40",
    "Omgevingsdienst De Vallei (ODDV) | projectnr. ODDV-2026-4471 | 19 september 2026",
    "Inspecteur: ing. W. Lamberts | w.lamberts@odvallei.nl | 0318 79 66 10",
    "Opdrachtgever: gemeente Ede (Floor van Dijk-Oosterbeek, crisiscoördinator)",
    "## 1. Aanleiding en methode",
    "Op verzoek van de gemeente Ede en de GGD Gelderland-Midden zijn op 15 en 16 september 2026 visuele "
    "inspecties en materiaalmonsters genomen in een straal van 800 meter rond de Heestereng 40. Analyse volgens "
    "NEN 5896 door een RvA-geaccrediteerd laboratorium.",
    "## 2. Resultaten",
    "| Meetpunt | Locatie | Resultaat | Advies |",
    "| M01 | Heestereng, perceel Vallei Distributie B.V. | chrysotiel 10-15% | sanering SC-530 |",
    "| M04 | Lindenlaan (even nummers) | chrysotiel aangetroffen | tuinen reinigen |",
    "| M05 | Heesterhof 1-11 | chrysotiel aangetroffen | tuinen reinigen |",
    "| M09 | Anne Frankplein | niet aangetoond | vrijgeven |",
    "| M12 | Bosrandweg | niet aangetoond | vrijgeven |",
    "| M14 | Bennekom, Dorpsstraat | niet aangetoond | vrijgeven |",
    "---",
    "## 3. Conclusie",
    "Verspreiding van asbesthoudende brokstukken is vastgesteld tot circa 600 meter ten zuidoosten van de "
    "brandhaard. Buiten dat gebied is geen asbest aangetoond. De noodverordening kan voor de meetpunten M09, M12 "
    "en M14 worden beperkt. De bewoner van Heesterhof 9 heeft fotomateriaal aangeleverd (zie bijlage 3).",
    "## 4. Ondertekening",
    "Lamberts, inspecteur | tweede lezer: M.J. Oudshoorn (GGD Gelderland-Midden)",
    "Dit rapport is opgesteld onder de Omgevingswet en de Regeling bodemkwaliteit.",
], [], [K("REF", "ODDV-2026-4471"), K("LAW", "NEN 5896"), K("LAW", "Regeling bodemkwaliteit"),
        K("ORG", "ODDV"), K("TERM", "chrysotiel")], **ITEXT, author="Lamberts, W.", font="dvs", size=9),

Doc("vr20", "Meldingsformulier schade (ingevuld)", [
    "# Meldingsformulier schade brand Heestereng",
    "Gemeente Ede | vul dit formulier in en stuur het naar schade@ede.nl | zaak Z/26/118402",
    "De gegevens hieronder zijn ingevuld in de formuliervelden van dit document. De gemeente Ede gebruikt ze "
    "uitsluitend voor de afhandeling van uw schade en geeft ze door aan de verzekeraar (Achmea) van Vallei "
    "Distributie B.V. (AVG, artikel 6 lid 1 onder e).",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Ondertekening: digitaal verzonden via het e-loket, 19 september 2026.",
], [R("PERSON", "Johan de Bruijn (formulier)", "J.P. de Bruijn", "19-03-1958", "johan.debruijn@hetnet.nl",
      "NL12 ABNA 0417 1129 55", "111222333", "kelder onder water", "Ringweg 3, Ede", channel="annotations")],
    [K("MAIL", "schade@ede.nl")], **NITRO, builder="form",
    fields=[("Naam melder", "naam", "J.P. de Bruijn"), ("Geboortedatum", "gebdat", "19-03-1958"),
            ("Adres", "adres", "Ringweg 3, Ede"), ("E-mail", "email", "johan.debruijn@hetnet.nl"),
            ("IBAN", "iban", "NL12 ABNA 0417 1129 55"), ("BSN", "bsn", "111222333"),
            ("Omschrijving schade", "schade", "kelder onder water door bluswater")]),

Doc("vr21", "Handgeschreven brief omwonende (scan)", [], [
    R("PERSON", "Cornelia Wassink-Beumer (scan)", "Wassink-Beumer", "Lindenlaan 14", "0318 42 55 71",
      "Cornelia", channel="ocr")],
    [K("REF", "Z/26/118402"), K("TERM", "ingescand")], **SCANNER, builder="scan",
    footer="Gemeente Ede - ingescand 22-09-2026 - Z/26/118402",
    scan=["# Aan de gemeente Ede",
          "",
          "~Geachte burgemeester,",
          "~Ik ben 84 jaar en woon op de Lindenlaan 14.",
          "~Op 14 september kon ik niet weg, mijn dochter",
          "~kwam pas om elf uur. Niemand van de gemeente",
          "~is bij mij langs geweest. Ik heb de hele nacht",
          "~met een natte doek voor mijn mond gezeten.",
          "~Wilt u mij bellen? Telefoon 0318 42 55 71.",
          "",
          "~Met vriendelijke groet,",
          "~Cornelia Wassink-Beumer",
          ]),

Doc("vr22", "Presentielijst nazorgbijeenkomst (scan)", [], [
    R("PERSON", "deelnemers nazorg (scan)", "Wessels", "Ramdin", "Dekkers", "Aaldering", "Yildiz", "Hendriksen",
      "Brouwers-Pol", channel="ocr")],
    [K("ORG", "VGGM"), K("TERM", "presentielijst")], **SCANNER, builder="scan",
    footer="VGGM presentielijst nazorgbijeenkomst 23-09-2026 - ingescand",
    scan=["# Presentielijst nazorg (BOT-team) 23-09-2026",
          "Willem Alexanderkazerne, Ede",
          "",
          "Naam                          Post          Paraaf",
          "~G. Wessels                    Ede           G.W.",
          "~P. Ramdin                     Ede           P.R.",
          "~B. Dekkers                    Ede           B.D.",
          "~T. Aaldering                  Bennekom      T.A.",
          "~M. Yildiz                     Bennekom      M.Y.",
          "~J. Hendriksen                 Wageningen    J.H.",
          "~J. Brouwers-Pol               Bennekom      J.B.P.",
          ]),

Doc("vr23", "Memo met handgeschreven notitie (scan)", [], [
    R("PERSON", "notitie (scan)", "Nijenhuis", "Koolhoven", "Rozendaal", "06 5300 1212", channel="ocr")],
    [K("TERM", "ingescand")], **SCANNER, builder="scan",
    footer="Gemeente Ede - ingescand 24-09-2026 - memo regres Vallei Distributie",
    scan=["# MEMO",
          "Aan: burgemeester",
          "Van: W. Nijenhuis",
          "Datum: 23 september 2026",
          "Onderwerp: regres kosten reiniging",
          "",
          "Vallei Distributie B.V. wil eerst het rapport",
          "van de verzekeraar afwachten. Advies: de",
          "aansprakelijkstelling nu versturen.",
          "",
          "~Eens - graag via S. Koolhoven.",
          "~Rozendaal belt zelf terug: 06 5300 1212",
          ]),

Doc("vr24", "Concept evaluatie met opmerkingen", [
    "# CONCEPT - Evaluatie brand Heestereng, hoofdstuk 5 Vrijwilligers",
    "Veiligheidsregio Gelderland-Midden | VGGM-EVA-2026-031 | concept 0.3 | 25 september 2026",
    "## 5. Vrijwilligers en nazorg",
    "Van de 64 ingezette brandweermensen waren er 51 vrijwilliger. Drie ploegen waren langer dan acht uur "
    "ingezet, terwijl de regionale norm een aflossing na zes uur voorschrijft. De aflossing door post Lunteren "
    "kwam pas om 02.30 uur, omdat de piketlijst van de Willem Alexanderkazerne niet actueel was.",
    "Het BOT-team (bedrijfsopvangteam) heeft alle ploegen binnen 48 uur gesproken. Twee vrijwilligers zijn "
    "doorverwezen naar de bedrijfsarts. Werkgevers van vrijwilligers ontvingen een werkgeversverklaring.",
    "## Aanbeveling",
    "Houd de piketlijst wekelijks actueel en informeer werkgevers actief na inzetten langer dan zes uur.",
    "Zie de opmerkingen in de kantlijn (sticky notes).",
], [R("PERSON", "opmerkingen reviewers", "Roeland Verschuur", "Verschuur", "Esmée Dijkhuizen", "Dijkhuizen",
      "06-3371 0844", "Brouwers-Pol", "PTSS-klachten", channel="annotations")],
    [K("TERM", "BOT-team"), K("TERM", "werkgeversverklaring")], **PDFPEN, author="",
    annots=[(0, [480, 700, 500, 720], "Roeland Verschuur", "Noem hier niet dat een van de twee (Brouwers-Pol) "
             "PTSS-klachten heeft - medisch, eruit in de definitieve versie."),
            (0, [480, 640, 500, 660], "Esmée Dijkhuizen", "Bel mij even over de piketlijst: 06-3371 0844. "
             "Groet, Esmée"),
            (0, [480, 580, 500, 600], "Verschuur, R.", "Akkoord met aanbeveling.")]),

Doc("vr25", "Brief VGGM aan Vallei Distributie", [
    "Veiligheidsregio Gelderland-Midden",
    "Postbus 5364, 6802 EJ Arnhem | info@vggm.nl",
    "",
    "Vallei Distributie B.V.",
    "t.a.v. de heer P.B. Rozendaal, directeur",
    "Heestereng 40",
    "6718 XA Ede",
    "Arnhem, 29 september 2026",
    "Ons kenmerk: VGGM-RB-2026-1187",
    "Behandeld door: Bastiaan Knol, b.knol@vggm.nl, 06-1873 2290",
    "Onderwerp: brandveiligheid bij herbouw distributiecentrum Heestereng 40",
    "Geachte heer Rozendaal,",
    "Naar aanleiding van de brand op 14 september 2026 en uw voornemen het distributiecentrum te herbouwen, "
    "informeren wij u over de eisen die de Veiligheidsregio Gelderland-Midden in haar advies aan de gemeente Ede "
    "zal betrekken. Het gaat in het bijzonder om de bluswatervoorziening, compartimentering en de toepassing van "
    "een sprinklerinstallatie. Het bevoegd gezag onder de Omgevingswet is het college van de gemeente Ede.",
    "Wij nodigen u uit voor een vooroverleg. U kunt hiervoor contact opnemen met de heer Knol.",
    "Met vriendelijke groet,",
    "namens het Algemeen Bestuur van de Veiligheidsregio Gelderland-Midden,",
    "Noor Hakimi",
    "teamleider Risicobeheersing",
], [], [K("REF", "VGGM-RB-2026-1187"), K("ADDR", "6718 XA"), K("ORG", "Algemeen Bestuur"),
        K("ROLE", "teamleider Risicobeheersing")], producer="LibreOffice 7.6", creator="Writer",
    builder="docx", author="Knol, Bastiaan", xmp_creator="Bastiaan Knol"),

Doc("vr26", "Memo nazorg vrijwilligers", [
    "Memo",
    "Aan: Algemeen Commandant Brandweer, VGGM",
    "Van: team Vakbekwaamheid en BOT-team",
    "Datum: 2 oktober 2026",
    "Onderwerp: nazorg vrijwilligers na inzet Heestereng",
    "1. Alle 51 ingezette vrijwilligers zijn binnen 48 uur benaderd door het BOT-team.",
    "2. Twee vrijwilligers zijn doorverwezen naar de bedrijfsarts: Jolanda Brouwers-Pol (post Bennekom), wegens "
    "slaapproblemen en herbelevingen, en Priya Ramdin (post Ede), wegens oogklachten na rookblootstelling.",
    "3. Thijs Aaldering heeft als zzp'er omzetderving opgegeven; de VGGM vergoedt dit conform de "
    "Rechtspositieregeling brandweervrijwilligers.",
    "4. Werkgever Hoogendoorn Techniek (contact: Frits Hoogendoorn) vraagt om een schriftelijke bevestiging van "
    "de inzetduur van Gijs Wessels.",
    "Advies: standaard een werkgeversverklaring sturen na inzetten langer dan zes uur; het BOT-team "
    "registreert doorverwijzingen voortaan niet meer met naam in memo's.",
    "Lieke Smulders, coördinator BOT-team",
], [R("HEALTH", "gezondheidsgegevens (5.1.1d)", "slaapproblemen en herbelevingen", "oogklachten na rookblootstelling"),
    R("PERSON", "auteur (metadata)", "Harmke Zuidervaart", "Zuidervaart", channel="metadata")],
    [K("ROLE", "coördinator BOT-team"), K("ORG", "Hoogendoorn Techniek")], producer="LibreOffice 7.6",
    creator="Writer", builder="docx", author="Harmke Zuidervaart", xmp_creator="Harmke Zuidervaart", font="serif"),

Doc("vr27", "Mailwisseling verzekeraar", [
    "Van: Linde, Ewout van der <e.vanderlinde@achmea.nl>",
    "Verzonden: donderdag 1 oktober 2026 14:22",
    "Aan: Verbrugge, Teun <t.verbrugge@ede.nl>",
    "CC: Rozendaal, Pieter-Bas <pb.rozendaal@valleidistributie.nl>",
    "Onderwerp: RE: aansprakelijkstelling reinigingskosten Heestereng - uw kenmerk Z/26/118402",
    "Geachte heer Verbrugge,",
    "Namens onze verzekerde Vallei Distributie B.V. bevestigen wij de ontvangst van uw aansprakelijkstelling. "
    "Wij nemen geen standpunt in over de aansprakelijkheid zolang het onderzoek naar de oorzaak loopt. Het "
    "expertiserapport verwachten wij eind oktober 2026.",
    "Voor vragen kunt u mij bereiken op 055 579 32 10.",
    "Met vriendelijke groet,",
    "Ewout van der Linde | schadebehandelaar Grote Zaken | Achmea",
    "",
    "Van: Verbrugge, Teun <t.verbrugge@ede.nl>",
    "Verzonden: dinsdag 29 september 2026 10:05",
    "Aan: 'e.vanderlinde@achmea.nl'",
    "CC: Koolhoven, Sanne <s.koolhoven@ede.nl>",
    "Onderwerp: aansprakelijkstelling reinigingskosten Heestereng - uw kenmerk Z/26/118402",
    "Geachte heer Van der Linde,",
    "Hierbij stelt de gemeente Ede Vallei Distributie B.V. aansprakelijk voor de kosten van de reiniging van 38 "
    "tuinen in het noodgebied, tot nu toe € 52.985,90 (factuur 2026-0917). Wij verzoeken u binnen vier weken te "
    "reageren.",
    "Met vriendelijke groet,",
    "namens het college van burgemeester en wethouders van Ede,",
    "T.A. Verbrugge",
    "adviseur openbare orde en veiligheid",
], [R("PERSON", "Ewout van der Linde (kopregel)", "Linde, Ewout van der"),
    R("PERSON", "Rozendaal (kopregel)", "Rozendaal, Pieter-Bas")],
    [K("ROLE", "schadebehandelaar Grote Zaken"), K("MONEY", "€ 52.985,90")], **OUTLOOK, author="Verbrugge, Teun"),

Doc("vr28", "Bewonersbrief burgemeester", [
    "# Gemeente Ede",
    "Aan de bewoners van het noodgebied rond de Heestereng",
    "Ede, 16 september 2026",
    "Onderwerp: brand Heestereng 40 - wat betekent dit voor u?",
    "Beste bewoner,",
    "Maandagavond 14 september 2026 brandde het distributiecentrum van Vallei Distributie B.V. af. Ik besef dat "
    "dit voor u een zware nacht was. Ik ben de brandweermensen, van wie de meesten vrijwilliger zijn, zeer "
    "dankbaar voor hun inzet.",
    "Bij de brand zijn stukjes asbesthoudend dakmateriaal in tuinen terechtgekomen. Raak deze niet aan. Vanaf "
    "vrijdag 18 september reinigt een gecertificeerd bedrijf in opdracht van de gemeente alle tuinen in het "
    "noodgebied. U hoeft hiervoor niets te doen en het kost u niets.",
    "De noodverordening blijft voorlopig gelden. Dat betekent dat alleen bewoners en hulpverleners het gebied in "
    "mogen. Op de website van de gemeente Ede vindt u de kaart.",
    "Heeft u vragen? Bel het informatienummer 0800-1351 of 14 0318, of kom naar de bewonersavond op 16 september "
    "in sporthal De Peppel. Heeft u behoefte aan een gesprek, dan kunt u terecht bij Slachtofferhulp Nederland.",
    "Met vriendelijke groet,",
    "burgemeester J.M. Hoekstra",
    "",
    "Contactpersoon gemeente: Wouter Nijenhuis, bereikbaar via 14 0318.",
], [], [K("TERM", "Beste bewoner")], **WORD, author="Nijenhuis, W.J.", font="dvs", size=10),

Doc("vr29", "Mail werkgeversverklaring", [
    "Van: Knol, Bastiaan <b.knol@vggm.nl>",
    "Verzonden: vrijdag 25 september 2026 16:40",
    "Aan: 'f.hoogendoorn@hoogendoorn-techniek.nl'",
    "CC: Wessels, Gijs; Smulders, Lieke <l.smulders@vggm.nl>",
    "Onderwerp: Werkgeversverklaring inzet brand Heestereng - G. Wessels",
    "Geachte heer Hoogendoorn,",
    "Hierbij bevestig ik dat uw medewerker, de heer G. Wessels, als vrijwillig manschap van de Brandweer "
    "Gelderland-Midden (post Ede) op 14 en 15 september 2026 van 19.21 tot 03.10 uur is ingezet bij de zeer "
    "grote brand aan de Heestereng 40 te Ede. Wij danken u hartelijk voor het vrijgeven van uw medewerker.",
    "Werkgevers van brandweervrijwilligers kunnen via Brandweer Nederland het keurmerk Brandweervriendelijke "
    "werkgever aanvragen.",
    "Met vriendelijke groet,",
    "Bastiaan Knol",
    "adviseur | Veiligheidsregio Gelderland-Midden | 06-1873 2290",
    "",
    "Van: Frits Hoogendoorn <f.hoogendoorn@hoogendoorn-techniek.nl>",
    "Verzonden: donderdag 24 september 2026 08:12",
    "Aan: info@vggm.nl",
    "Onderwerp: inzet Gijs",
    "Goedemorgen, mijn monteur Gijs kwam dinsdag niet opdagen vanwege een brandweerinzet. Kunnen jullie dat "
    "schriftelijk bevestigen voor onze administratie? Groet, Frits",
], [R("PERSON", "Lieke Smulders mail", "Smulders, Lieke", "l.smulders@vggm.nl"),
    R("PERSON", "Gijs Wessels kopregel", "Wessels, Gijs")],
    [K("TERM", "Brandweervriendelijke werkgever"), K("ROLE", "vrijwillig manschap")], **OUTLOOK,
    author="Knol, Bastiaan"),

Doc("vr30", "Tijdlijn meldkamer", [
    "# Tijdlijn incident P2 BRAND Heestereng 40 (LCMS-export)",
    "Meldkamer Oost-Nederland | incidentnr. 26-0914-0733 | bijlage 1 bij VGGM-EVA-2026-031",
    "| Tijd | Bron | Gebeurtenis | Door |",
    "| 19:17 | 112 | melding uitslaande brand, melder Kevin Roelofsen, 06 4471 0098 | DJO |",
    "| 19:18 | meldkamer | alarmering TS 07-1531 en TS 07-1631 | DJO |",
    "| 19:26 | TS 07-1531 | ter plaatse, bevelvoerder Schimmelpenninck | RS |",
    "| 19:34 | OvD | leiding overgenomen door Marco 't Hart | MtH |",
    "| 19:40 | OvD | opschaling GRIP 1, CoPI geformeerd | MtH |",
    "| 19:52 | TS 07-1531 | brandkranen leveren < 60 m3/u | RS |",
    "| 20:20 | HOvD | Eveline ter Braak ter plaatse, neemt CoPI over | EtB |",
    "| 20:47 | GGD | advies: ramen en deuren sluiten, ventilatie uit | MJO |",
    "| 20:55 | ROT | opschaling GRIP 2 | EtB |",
    "| 21:10 | waterbedrijf | drukverhoging ingezet | DJO |",
    "| 21:32 | meldkamer | NL-Alert verzonden | DJO |",
    "| 21:40 | gemeente | opvang sporthal De Peppel open | FvD |",
    "| 23:30 | burgemeester | noodverordening vastgesteld (burgemeester Hoekstra) | TV |",
    "---",
    "| Tijd | Bron | Gebeurtenis | Door |",
    "| 02:30 | WO 07-1581 | aflossing door post Lunteren, bevelvoerder Anouk van 't Veer | AvtV |",
    "| 03:10 | TS 07-1531 | ploeg Ede retour kazerne | RS |",
    "| 05:40 | HOvD | brand meester | EtB |",
    "| 07:55 | HOvD | advies noodverordening handhaven (mail aan gemeente Ede) | EtB |",
    "| 09:00 | ROT | afschaling naar GRIP 1, ROT opgeheven | EtB |",
    "",
    "Afkortingen: DJO = Dirk-Jan Oosterwijk (calamiteitencoördinator), RS = Ruud Schimmelpenninck, MtH = Marco "
    "'t Hart, EtB = Eveline ter Braak, MJO = Marie-José Oudshoorn, FvD = Floor van Dijk-Oosterbeek, TV = Teun "
    "Verbrugge, AvtV = Anouk van 't Veer.",
    "De melder (19:17) is een medewerker van een naastgelegen bedrijf; zijn gegevens zijn vastgelegd voor "
    "het politieonderzoek van de Politie Oost-Nederland.",
], [R("PERSON", "melder Kevin Roelofsen", "Kevin Roelofsen", "Roelofsen", "06 4471 0098"),
    R("INITIALS", "paraafcodes", "DJO", "RS", "MtH", "EtB", "MJO", "AvtV")],
    [K("REF", "26-0914-0733"), K("TERM", "calamiteitencoördinator")], **ITEXT, font="cond", size=8.5),

Doc("vr31", "Juridisch memo handhaving", [
    "# Memo",
    "Aan: Floor van Dijk-Oosterbeek | Van: Sanne Koolhoven | Datum: 30 september 2026",
    "Onderwerp: handhaving en verhaal kosten Vallei Distributie B.V.",
    "## Vraag",
    "Kan de gemeente Ede de kosten van de reiniging van tuinen verhalen, en is handhavend optreden nodig tegen "
    "de eigenaar van het perceel Heestereng 40?",
    "## Analyse",
    "De noodverordening (artikel 176 Gemeentewet) biedt geen grondslag voor kostenverhaal. Verhaal is mogelijk "
    "via onrechtmatige daad (artikel 6:162 BW) als de brand het gevolg is van een tekortkoming van Vallei "
    "Distributie B.V. Het onderzoek van de Politie Oost-Nederland en van de Inspectie Justitie en Veiligheid naar "
    "de oorzaak loopt. De directeur, de heer Rozendaal, heeft op 25 september verklaard dat de sprinklerinstallatie "
    "sinds juli 2026 buiten werking was wegens onderhoud door Hoogendoorn Techniek (contactpersoon Frits "
    "Hoogendoorn).",
    "Voor de sanering van het perceel zelf is de eigenaar verantwoordelijk; de Omgevingsdienst De Vallei "
    "handhaaft namens het college onder de Omgevingswet.",
    "## Advies",
    "1. Aansprakelijkstelling handhaven (verzonden 29 september, Achmea). 2. Geen bestuursdwang zolang de "
    "eigenaar meewerkt. 3. Burgemeester Hoekstra en wethouder Öztürk informeren vóór de raadsvergadering.",
    "S. Koolhoven, juridisch adviseur, SK",
], [], [K("LAW", "artikel 6:162 BW"), K("ROLE", "Burgemeester Hoekstra")], **NITRO, author="Koolhoven, Sanne",
    font="times", size=10.5),

Doc("vr32", "Woo-besluit brand Heestereng", [
    "# Gemeente Ede",
    "Mevrouw M. Tjoa",
    "Wageningsestraat 118",
    "6711 CK Ede",
    "Datum: 19 oktober 2026 | Kenmerk: WOO-2026-0412 | Zaaknummer: Z/26/118402",
    "Onderwerp: besluit op uw Woo-verzoek over de brand Heestereng",
    "Geachte mevrouw Tjoa,",
    "Op 21 september 2026 heeft u met een beroep op de Wet open overheid (Woo) gevraagd om documenten over de "
    "brand aan de Heestereng 40 op 14 september 2026. Bij brief van 24 september 2026 hebben wij de ontvangst "
    "bevestigd. In dit besluit beslissen wij op uw verzoek.",
    "## Zienswijzen",
    "De Veiligheidsregio Gelderland-Midden en Vallei Distributie B.V. zijn in de gelegenheid gesteld hun "
    "zienswijze te geven. Vallei Distributie B.V. heeft gevraagd de naam van de directeur en de informatie over de "
    "sprinklerinstallatie niet openbaar te maken. Het eerste verzoek honoreren wij; het tweede niet, omdat het "
    "belang van de openbaarheid bij de oorzaak van een brand met gevolgen voor omwonenden zwaarder weegt.",
    "## Besluit",
    "Wij maken de documenten genoemd in de inventarislijst deels openbaar. Persoonsgegevens zijn weggelakt op "
    "grond van artikel 5.1, tweede lid, onder e, Woo (5.1.2e); gegevens over gezondheid op grond van artikel "
    "5.1, eerste lid, onder d, Woo (5.1.1d); het BSN op grond van artikel 5.1, eerste lid, onder e, Woo (5.1.1e).",
    "---",
    "## Informatie die niet openbaar gemaakt kan worden",
    "## Motivering",
    "Namen, e-mailadressen, telefoonnummers, paraafcodes en handtekeningen van medewerkers van de gemeente Ede, "
    "de VGGM, de GGD en de omgevingsdienst, van brandweervrijwilligers, van omwonenden en van medewerkers van "
    "bedrijven zijn persoonsgegevens. Het belang van eerbiediging van de persoonlijke levenssfeer weegt zwaarder "
    "dan het belang van openbaarheid. Namen van burgemeester Hoekstra, wethouder Öztürk en de raadsleden die "
    "raadsvragen stelden blijven leesbaar, omdat zij in hun publieke functie optreden.",
    "## Wijze van openbaarmaking",
    "De documenten worden gepubliceerd op open.overheid.nl en op de website van de gemeente Ede.",
    "Hoogachtend,",
    "burgemeester J.M. Hoekstra,",
    "namens deze, I. Barendrecht, Woo-coördinator",
    "Bezwaar: binnen zes weken na dagtekening bij het college (Algemene wet bestuursrecht).",
], [], [K("SITE", "open.overheid.nl"), K("ROLE", "wethouder Öztürk")], **ASPOSE, author="Barendrecht, Ilse",
    footer="WOO-2026-0412"),

Doc("vr33", "Inventarislijst WOO-2026-0412", [
    "# Inventarislijst bij besluit WOO-2026-0412",
    "| Nr | Document | Datum | Beoordeling | Grond | Opmerking |",
    "| 1 | Woo-verzoek | 21-09-2026 | deels openbaar | 5.1.2e | verzoeker |",
    "| 2 | Ontvangstbevestiging | 24-09-2026 | deels openbaar | 5.1.2e | |",
    "| 3 | Mailwisseling noodverordening | 14/15-09-2026 | deels openbaar | 5.1.2e | |",
    "| 4 | Noodverordening brand Heestereng 2026 | 14-09-2026 | openbaar | - | reeds gepubliceerd |",
    "| 5 | Evaluatierapport VGGM-EVA-2026-031 | 30-09-2026 | deels openbaar | 5.1.2e | |",
    "| 6 | Bemanningslijst | 16-09-2026 | deels openbaar | 5.1.2e | personeelsnummers |",
    "| 7 | Overzicht vrijwilligers en werkgevers | 21-09-2026 | deels openbaar | 5.1.2e | geboortedata |",
    "| 8 | Klacht omwonende | 17-09-2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
    "| 9-10 | Meldingen omwonenden | 16/28-09-2026 | deels openbaar | 5.1.2e | |",
    "| 11-12 | Chatberichten (WhatsApp, Teams) | 14-19-09-2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
    "| 13-14 | Verslag GBT, beslisnota | 15/22-09-2026 | deels openbaar | 5.1.2e | |",
    "| 15-16 | Facturen | 17/25-09-2026 | deels openbaar | 5.1.2e | IBAN eenmanszaak |",
    "| 17-19 | Persbericht, raadsvragen, rapport ODDV | 16-09/06-10-2026 | deels openbaar | 5.1.2e | |",
    "| 20 | Meldingsformulier schade | 19-09-2026 | deels openbaar | 5.1.2e, 5.1.1e | BSN |",
    "| 21-23 | Scans (brief, presentielijst, memo) | 22/24-09-2026 | deels openbaar | 5.1.2e | |",
    "| 24-31 | Concept, brieven, memo's, mails, tijdlijn | 25-09/01-10-2026 | deels openbaar | 5.1.2e, 5.1.1d | |",
    "Opgesteld door: IB (Woo-coördinator) | gecontroleerd: SK",
], [R("INITIALS", "paraaf Woo-coördinator", "IB")],
    [K("TERM", "deels openbaar")], **ASPOSE, author="Barendrecht, I.",
    font="cond", size=8.5),
]
