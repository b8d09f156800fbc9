"""Documents vr01-vr16 of set VR (invented)."""
from lib import Doc, K, R

WORD = dict(producer="Microsoft® Word for Microsoft 365", creator="Microsoft® Word for Microsoft 365")
OUTLOOK = dict(producer="Microsoft: Print To PDF", creator="Microsoft Outlook")
ASPOSE = dict(producer="Aspose.PDF for .NET 23.4", creator="Corsa 8.2")
ITEXT = dict(producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="LOGS Incidentmanagement")
NITRO = dict(producer="Nitro PDF PixelPerfect 13", creator="Nitro Pro")
PDFPEN = dict(producer="PDFpen 13.1", creator="PDFpen")

MOTIV = ["## Informatie die niet openbaar gemaakt kan worden",
         "## Motivering",
         "In de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van ambtenaren, "
         "vrijwilligers en derden geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo; code 5.1.2e)."]

DOCS = [
Doc("vr01", "Woo-verzoek brand Heestereng", [
    "Myrthe Tjoa",
    "Wageningsestraat 118",
    "6711 CK Ede",
    "E-mail: myrthe.tjoa@mailbox.nl | telefoon 06 8123 4590",
    "",
    "Aan het college van burgemeester en wethouders van de gemeente Ede",
    "t.a.v. team Informatievoorziening, Postbus 9022, 6710 HK Ede (ook per mail aan woo@ede.nl)",
    "Ede, 21 september 2026",
    "**Onderwerp: verzoek op grond van de Wet open overheid (Woo) - brand Heestereng 40**",
    "Geachte heer, mevrouw,",
    "Op 14 september 2026 brandde het distributiecentrum van Vallei Distributie B.V. aan de Heestereng 40 op "
    "Bedrijvenpark Heestereng volledig uit. De rookpluim trok over Bennekom en Wageningen; burgemeester Hoekstra "
    "vaardigde dezelfde avond een noodverordening uit. Ik verzoek u op grond van de Woo om openbaarmaking van alle "
    "documenten over deze brand van 14 september 2026 tot en met de datum van dit verzoek, in het bijzonder:",
    "1. het evaluatierapport van de Veiligheidsregio Gelderland-Midden (VGGM) en de verslagen van ROT en GBT;",
    "2. de noodverordening en de correspondentie tussen de gemeente Ede en de VGGM daarover;",
    "3. klachten van omwonenden over de rook, asbest en bluswater en de reactie daarop;",
    "4. facturen voor nazorg en schoonmaak die de gemeente Ede heeft betaald.",
    "Ik ontvang de stukken graag digitaal. Voor vragen ben ik bereikbaar via bovenstaand nummer.",
    "Met vriendelijke groet,",
    "Myrthe Tjoa",
], [], [K("ORG", "Postbus 9022"), K("TERM", "team Informatievoorziening")], **WORD, author="Myrthe Tjoa",
    font="times", size=10.5),

Doc("vr02", "Ontvangstbevestiging Woo-verzoek", [
    "# Gemeente Ede",
    "Bezoekadres: Stadhuis Ede, Bergstraat 4, Ede | Telefoon 14 0318 | woo@ede.nl",
    "",
    "Mevrouw M. Tjoa",
    "Wageningsestraat 118",
    "6711 CK Ede",
    "Datum: 24 september 2026 | Ons kenmerk: WOO-2026-0412 | Zaaknummer: Z/26/118402",
    "Behandeld door: Ilse Barendrecht | Telefoon: 0318-680 299 | E-mail: i.barendrecht@ede.nl",
    "**Onderwerp: ontvangstbevestiging Woo-verzoek brand Heestereng**",
    "Geachte mevrouw Tjoa,",
    "Op 21 september 2026 hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen. Het gaat om "
    "documenten over de brand aan de Heestereng 40 op 14 september 2026. Wij hebben uw verzoek geregistreerd "
    "onder nummer WOO-2026-0412.",
    "Op grond van artikel 4.4 van de Woo beslissen wij binnen vier weken na ontvangst. Deze termijn kunnen wij met "
    "twee weken verdagen. Omdat documenten van de Veiligheidsregio Gelderland-Midden (VGGM) en van Vallei "
    "Distributie B.V. onder het verzoek vallen, vragen wij deze partijen om hun zienswijze (artikel 4.4 Woo).",
    "Heeft u vragen? Neem dan contact op met mevrouw Barendrecht via bovenstaande gegevens of via het algemene "
    "nummer 14 0318. Vermeld bij contact altijd het kenmerk WOO-2026-0412.",
    "Hoogachtend,",
    "namens dezen,",
    "I. Barendrecht",
    "Woo-coördinator, team Juridische Zaken",
], [], [K("ADDR", "Bergstraat 4"), K("LAW", "artikel 4.4"), K("ROLE", "Woo-coördinator"),
        K("ORG", "team Juridische Zaken")], **ASPOSE, author="Barendrecht, Ilse", footer="WOO-2026-0412"),

Doc("vr03", "Mailwisseling noodverordening", [
    "Van: Verbrugge, Teun <t.verbrugge@ede.nl>",
    "Verzonden: maandag 14 september 2026 22:41",
    "Aan: Dijk-Oosterbeek, Floor van <floor.vandijk@ede.nl>; Koolhoven, Sanne <s.koolhoven@ede.nl>",
    "CC: Braak, Eveline ter <e.terbraak@vggm.nl>; crisisbeheersing@vggm.nl",
    "Onderwerp: RE: concept noodverordening Heestereng - spoed",
    "Floor, Sanne,",
    "Burgemeester Hoekstra wil de noodverordening om 23.30 uur tekenen. De HOvD (Eveline) adviseert het "
    "afzettingsgebied uit te breiden tot de Bosrandweg en het Anne Frankplein, vanwege de rookpluim richting "
    "Bennekom. Kunnen jullie de kaartbijlage aanpassen? Ik sta bij het CoPI, bereikbaar op 0318 68 04 17 of mobiel "
    "via de piketlijn.",
    "Groet, Teun",
    "Teun Verbrugge | adviseur openbare orde en veiligheid | gemeente Ede",
    "",
    "Van: Koolhoven, Sanne <s.koolhoven@ede.nl>",
    "Verzonden: maandag 14 september 2026 22:18",
    "Aan: Verbrugge, Teun <t.verbrugge@ede.nl>",
    "CC: Dijk-Oosterbeek, Floor van <floor.vandijk@ede.nl>",
    "Onderwerp: concept noodverordening Heestereng - spoed",
    "Hoi Teun,",
    "Bijgaand het concept op grond van artikel 176 van de Gemeentewet. Ik heb het verbod op betreden van het "
    "gebied en de plicht om ramen en deuren te sluiten opgenomen. Let op: artikel 176 vraagt dat de noodverordening "
    "zo spoedig mogelijk aan de raad wordt bekendgemaakt en aan de commissaris van de Koning wordt gezonden.",
    "Wie informeert Vallei Distributie B.V.? Hun directeur, de heer Rozendaal, belde net met onze receptie.",
    "Met vriendelijke groet,",
    "Sanne Koolhoven",
    "Juridisch adviseur | +31 (0)318 68 03 52",
    "---",
    "Van: Braak, Eveline ter <e.terbraak@vggm.nl>",
    "Verzonden: dinsdag 15 september 2026 07:55",
    "Aan: Verbrugge, Teun <t.verbrugge@ede.nl>",
    "CC: 'Hart, Marco' <m.thart@vggm.nl>; crisisbeheersing@vggm.nl",
    "Onderwerp: RE: RE: concept noodverordening Heestereng - spoed",
    "Goedemorgen Teun,",
    "De brand is sinds 05.40 uur meester. Het meetplan van de GGD Gelderland-Midden en de metingen van de "
    "Omgevingsdienst De Vallei laten verspreiding van asbestdeeltjes zien tot ongeveer 600 meter. Ik adviseer de "
    "noodverordening in stand te houden tot de sanering is begonnen. Marco 't Hart (OvD) blijft ter plaatse; hij is "
    "bereikbaar via 06 2398 4471.",
    "Wij schalen om 09.00 uur af van GRIP 2 naar GRIP 1. Het ROT wordt opgeheven, het CoPI blijft bestaan.",
    "Met vriendelijke groet,",
    "Eveline ter Braak",
    "Hoofdofficier van Dienst Brandweer (HOvD) | Veiligheidsregio Gelderland-Midden",
    "M 0031 6 5120 7788 | info@vggm.nl (algemeen)",
    "",
    "Van: Dijk-Oosterbeek, Floor van <floor.vandijk@ede.nl>",
    "Verzonden: dinsdag 15 september 2026 08:12",
    "Aan: Braak, Eveline ter <e.terbraak@vggm.nl>; Verbrugge, Teun <t.verbrugge@ede.nl>",
    "Onderwerp: RE: RE: RE: concept noodverordening Heestereng - spoed",
    "Dank, Eveline. Ik leg het advies om 10.00 uur voor aan het GBT. Wethouder Öztürk sluit aan voor de "
    "communicatie met bewoners in sporthal De Peppel.",
    "Floor van Dijk-Oosterbeek",
    "crisiscoördinator gemeente Ede | 06-41 27 83 90",
], [], [K("ROLE", "commissaris van de Koning"), K("ROLE", "Wethouder Öztürk"), K("ROLE", "Burgemeester Hoekstra"),
        K("ROLE", "Juridisch adviseur")], **OUTLOOK, author="Verbrugge, Teun"),

Doc("vr04", "Noodverordening Heestereng", [
    "# Noodverordening brand Heestereng 2026",
    "De burgemeester van Ede,",
    "overwegende dat op 14 september 2026 omstreeks 19.20 uur een zeer grote brand is uitgebroken in het "
    "distributiecentrum van Vallei Distributie B.V. aan de Heestereng 40 te Ede;",
    "dat bij de brand asbesthoudende dakplaten zijn vrijgekomen en dat een rookpluim zich uitstrekt over delen van "
    "Ede en Bennekom;",
    "dat de Veiligheidsregio Gelderland-Midden en de GGD Gelderland-Midden hebben geadviseerd het gebied rond de "
    "brandhaard af te sluiten;",
    "dat er sprake is van ernstige vrees voor het ontstaan van rampen en zware ongevallen als bedoeld in artikel 176 "
    "van de Gemeentewet, en dat de algemeen verbindende voorschriften die nodig zijn ter handhaving van de openbare "
    "orde en ter beperking van gevaar niet tijdig via de gemeenteraad kunnen worden vastgesteld;",
    "gelet op artikel 175 en artikel 176 van de Gemeentewet;",
    "## Besluit",
    "vast te stellen de volgende Noodverordening brand Heestereng 2026.",
    "**Artikel 1 Begripsbepalingen.** In deze noodverordening wordt verstaan onder: a. noodgebied: het gebied dat "
    "op de bij deze noodverordening behorende kaart rood is gearceerd, begrensd door de Bosrandweg, de Johan de "
    "Wittlaan en het Anne Frankplein; b. hulpverleners: personeel van brandweer, politie, ambulancedienst en "
    "GGD, en personen die door of namens de burgemeester zijn aangewezen.",
    "**Artikel 2 Verbod.** Het is verboden zich in het noodgebied te bevinden, met uitzondering van hulpverleners "
    "en bewoners die op weg zijn naar of van hun woning.",
    "**Artikel 3 Gedragsregels.** Bewoners binnen het noodgebied houden ramen en deuren gesloten en zetten "
    "mechanische ventilatie uit zolang het NL-Alert van 14 september 2026 niet is ingetrokken.",
    "---",
    "**Artikel 4 Aanwijzingen.** Een ieder is verplicht de aanwijzingen van de politie en de brandweer op te "
    "volgen.",
    "**Artikel 5 Strafbepaling.** Overtreding van de artikelen 2, 3 en 4 wordt gestraft overeenkomstig artikel 443 "
    "van het Wetboek van Strafrecht.",
    "**Artikel 6 Inwerkingtreding.** Deze noodverordening treedt in werking op 14 september 2026 om 23.35 uur en "
    "vervalt zodra zij door de gemeenteraad niet wordt bekrachtigd, uiterlijk bij intrekking door de burgemeester.",
    "Ede, 14 september 2026, 23.30 uur",
    "burgemeester J.M. Hoekstra",
    "",
    "Deze noodverordening is bekendgemaakt via NL-Alert, de website van de gemeente Ede en door aanplakking bij "
    "het Stadhuis Ede. Zij is op 15 september 2026 toegezonden aan de commissaris van de Koning van Gelderland en "
    "ter kennis gebracht van de gemeenteraad.",
    "Contactpersoon (niet voor publicatie): Sanne Koolhoven, juridisch adviseur, s.koolhoven@ede.nl",
    "## Rechtsmiddelen",
    "Belanghebbenden kunnen binnen zes weken na bekendmaking bezwaar maken bij de burgemeester van Ede "
    "(Algemene wet bestuursrecht). Bezwaar schorst de werking niet; een voorlopige voorziening kan worden "
    "gevraagd bij de voorzieningenrechter van de rechtbank Gelderland.",
], [], [K("LAW", "Wetboek van Strafrecht"), K("LAW", "artikel 443"), K("ORG", "rechtbank Gelderland"),
        K("ROLE", "commissaris van de Koning van Gelderland")], **WORD, author="Koolhoven, S.", font="serif",
    size=9.5, footer="Noodverordening brand Heestereng 2026"),

Doc("vr05", "Evaluatierapport brand Heestereng", [
    "# Evaluatie zeer grote brand Heestereng 40, Ede",
    "Veiligheidsregio Gelderland-Midden | kenmerk VGGM-EVA-2026-031 | versie 1.0 | 30 september 2026",
    "Opgesteld door: Noor Hakimi (evaluator, team Vakbekwaamheid) en Bastiaan Knol (adviseur risicobeheersing)",
    "## 1. Samenvatting",
    "Op 14 september 2026 om 19.17 uur ontving de Meldkamer Oost-Nederland een P2 BRAND-melding van een "
    "uitslaande brand in een distributiecentrum aan de Heestereng 40. De eerste tankautospuit (TS 07-1531, "
    "bevelvoerder Ruud Schimmelpenninck) was om 19.26 uur ter plaatse. Om 19.40 uur werd opgeschaald naar GRIP 1 "
    "en om 20.55 uur naar GRIP 2. De brand was op 15 september 2026 om 05.40 uur meester.",
    "De inzet verliep veilig: er vielen geen gewonden onder de hulpverleners. Wel zijn lessons learned "
    "geformuleerd over de bluswatervoorziening, de informatievoorziening aan omwonenden en de aflossing van "
    "vrijwillige ploegen.",
    "## 2. Inzet en leiding",
    "De OvD, Marco 't Hart, nam om 19.34 uur de leiding over. De HOvD, Eveline ter Braak, kwam om 20.20 uur ter "
    "plaatse en leidde het CoPI. Dirk-Jan Oosterwijk (calamiteitencoördinator meldkamer) verzorgde de "
    "beeldvorming in LCMS. Ingezet werden TS 07-1531, TS 07-1631, AL 07-1551, WO 07-1581 en HV 07-1562, met "
    "ondersteuning van posten uit Bennekom, Lunteren en Wageningen.",
    "## 3. Bluswater",
    "De primaire bluswatervoorziening bleek onvoldoende. Het waterbedrijf verhoogde de druk pas om 21.10 uur. "
    "Bevelvoerder Schimmelpenninck meldde om 19.52 uur dat de brandkranen aan de Heestereng minder dan 60 m3/u "
    "leverden.",
    "---",
    "## 4. Omgeving en communicatie",
    "Het NL-Alert ging om 21.32 uur uit, ruim een uur na het advies van de GGD Gelderland-Midden. Omwonenden "
    "klaagden dat zij via sociale media eerder informatie hadden dan via de overheid. De opvang in sporthal De "
    "Peppel werd gecoördineerd met het Rode Kruis.",
    "## 5. Vrijwilligers en nazorg",
    "Van de 64 ingezette brandweermensen waren er 51 vrijwilliger. Drie ploegen waren langer dan acht uur "
    "ingezet. Een manschap van post Bennekom moest na de inzet worden nagekeken door de bedrijfsarts. De "
    "debriefing vond plaats op 16 september 2026 in de Willem Alexanderkazerne.",
    "## 6. Aanbevelingen",
    "1. Leg met het waterbedrijf vaste afspraken vast over drukverhoging bij een zeer grote brand.",
    "2. Zend een NL-Alert binnen 30 minuten na een GGD-advies.",
    "3. Los vrijwillige ploegen uiterlijk na zes uur af en informeer werkgevers actief.",
    "Vragen over dit rapport: crisisbeheersing@vggm.nl.",
], [R("PERSON", "Harm-Jan Vos", "Harm-Jan Vos", "Vos", channel="outline"),
    R("PERSON", "Yvette Lagerwey", "Yvette Lagerwey", channel="outline")],
    [K("TERM", "LCMS"), K("ORG", "team Vakbekwaamheid")],
    **ASPOSE, author="", footer="VGGM-EVA-2026-031",
    outline=[("1. Samenvatting", 0), ("Concept - opmerkingen Harm-Jan Vos", 0),
             ("4. Omgeving - check Yvette Lagerwey", 1)]),

Doc("vr06", "Bemanningslijst inzet Heestereng", [
    "# Bemanningslijst inzet 14/15 september 2026 - Heestereng 40",
    "Bron: LOGS Incidentmanagement, export 16-09-2026 | incident P2 BRAND | VGGM-EVA-2026-031 bijlage 2",
    "| Eenheid | Functie | Naam | Pers.nr. | Post | Mobiel | Aanwezig |",
    "| TS 07-1531 | bevelvoerder | Ruud Schimmelpenninck | 104233 | Ede | 06 2734 1150 | 19.21-03.10 |",
    "| TS 07-1531 | chauffeur | Bram Dekkers | 104871 | Ede | 06 2734 6618 | 19.21-03.10 |",
    "| TS 07-1531 | manschap | Gijs Wessels | 105502 | Ede | 06 14 55 80 21 | 19.21-03.10 |",
    "| TS 07-1531 | manschap | Priya Ramdin | 106119 | Ede | 06 4918 2277 | 19.21-03.10 |",
    "| TS 07-1631 | bevelvoerder | Jolanda Brouwers-Pol | 103990 | Bennekom | 06-22 81 47 03 | 19.38-04.15 |",
    "| TS 07-1631 | manschap | Thijs Aaldering | 107345 | Bennekom | 06-5542 1093 | 19.38-04.15 |",
    "| TS 07-1631 | manschap | Mehmet Yıldız | 107802 | Bennekom | 06 1190 4452 | 19.38-04.15 |",
    "| AL 07-1551 | chauffeur | Kees van de Kamp | 102564 | Ede | 06 3007 1146 | 19.45-02.30 |",
    "| WO 07-1581 | bevelvoerder | Anouk van 't Veer | 105027 | Lunteren | 06 5071 3384 | 20.30-05.50 |",
    "| HV 07-1562 | chauffeur | Joris Hendriksen | 106650 | Wageningen | 06-1209 6655 | 21.00-05.50 |",
    "| OvD | Officier van Dienst | Marco 't Hart | 101877 | - | 06 2398 4471 | 19.34-06.30 |",
    "| HOvD | HOvD | Eveline ter Braak | 100912 | - | 0031 6 5120 7788 | 20.20-07.00 |",
    "",
    "Aflossing: ploeg Lunteren (bevelvoerder Anouk van 't Veer) loste om 02.30 uur de ploeg van TS 07-1531 af. "
    "Lieke Smulders (post Wageningen, 06 4400 1928) stond reserve en is niet ingezet.",
    "Personeelsnummers en mobiele nummers zijn uitsluitend bestemd voor de piketorganisatie.",
], [R("PERSONNEL", "personeelsnummers", "104233", "104871", "105502", "106119", "103990", "107345", "107802",
      "102564", "105027", "106650", "101877", "100912"), R("PHONE", "Schimmelpenninck mobiel", "06 2734 1150")],
    [K("REF", "LOGS Incidentmanagement")], **ITEXT, font="cond", size=8.5),

Doc("vr07", "Overzicht vrijwilligers en werkgevers", [
    "# Vrijwilligers post Ede en Bennekom - werkgeversoverzicht",
    "Ten behoeve van de werkgeversverklaringen na de inzet Heestereng (aanbeveling 3 evaluatie "
    "VGGM-EVA-2026-031). Vertrouwelijk - alleen voor ploegchefs.",
    "| Naam | Werkgever | Uren inzet | Geboortedatum | Bijzonderheden |",
    "| Gijs Wessels | Hoogendoorn Techniek, Lunteren | 7,8 | 03-02-1991 | werkgever akkoord |",
    "| Bram Dekkers | gemeente Ede (buitendienst) | 7,8 | 17-11-1986 | - |",
    "| Priya Ramdin | Ziekenhuis Gelderse Vallei | 7,8 | 29-06-1995 | dienst geruild |",
    "| Thijs Aaldering | zzp | 8,6 | 11-08-1999 | omzetderving opgegeven |",
    "| Mehmet Yıldız | Vallei Bakkerij | 8,6 | 05-12-1984 | - |",
    "| Kees van de Kamp | Rabobank Vallei | 6,8 | 22-04-1972 | - |",
    "| Joris Hendriksen | Wageningen University & Research | 8,8 | 14-01-1990 | - |",
    "",
    "Contact werkgever Wessels: Frits Hoogendoorn, f.hoogendoorn@hoogendoorn-techniek.nl.",
    "Vergoeding volgens de Rechtspositieregeling brandweervrijwilligers; betaling via de salarisadministratie "
    "van de VGGM in oktober 2026.",
    "Samengesteld door: Bastiaan Knol, 06-1873 2290",
], [R("DOB", "geboortedata", "03-02-1991", "17-11-1986", "29-06-1995", "11-08-1999", "05-12-1984",
      "22-04-1972", "14-01-1990")],
    [K("ORG", "Ziekenhuis Gelderse Vallei"), K("ORG", "Wageningen University & Research"),
     K("LAW", "Rechtspositieregeling brandweervrijwilligers"), K("ORG", "Hoogendoorn Techniek")],
    **NITRO, author="Knol, Bastiaan", font="dvs", size=9),

Doc("vr08", "Klacht omwonende Bosveld", [
    "H.J. Bosveld",
    "Lindenlaan 12",
    "6718 XB Ede",
    "tel. 0318 42 19 06",
    "",
    "Aan de burgemeester van Ede",
    "Ede, 17 september 2026",
    "Betreft: klacht over de rook en het late NL-Alert bij de brand op de Heestereng",
    "Geachte burgemeester Hoekstra,",
    "Op maandagavond 14 september 2026 zat de hele straat in de rook. Het NL-Alert kwam pas na half tien, terwijl "
    "de rookpluim al vanaf acht uur over de Lindenlaan trok. Mijn vrouw heeft COPD en is die nacht met "
    "benauwdheid naar de huisartsenpost in Ede gegaan. Op dinsdag lagen er grijze stukjes dakplaat in onze tuin; "
    "niemand vertelde ons dat dit asbest kon zijn.",
    "Ik wil weten waarom de gemeente Ede ons zo laat heeft gewaarschuwd, wie de schoonmaak van onze tuin betaalt "
    "en of Vallei Distributie B.V. aansprakelijk wordt gesteld.",
    "Ik verzoek u mijn klacht te behandelen volgens hoofdstuk 9 van de Algemene wet bestuursrecht. U kunt mij "
    "ook mailen: hjbosveld@ziggo.nl.",
    "Hoogachtend,",
    "Hendrik Jan Bosveld",
], [R("HEALTH", "medische gegevens echtgenote (5.1.1d)", "COPD", "met benauwdheid naar de huisartsenpost")],
    [K("LAW", "hoofdstuk 9"), K("ROLE", "burgemeester Hoekstra")],
    **WORD, author="Gebruiker", font="times", size=11),

Doc("vr09", "Mail omwonende Mühlenbeck-Smits", [
    "Van: Anneke Mühlenbeck-Smits <anneke.mühlenbeck@kpnmail.nl>",
    "Verzonden: woensdag 16 september 2026 09:03",
    "Aan: info@ede.nl",
    "Onderwerp: Asbest in de tuin Heesterhof - wie komt dit opruimen??",
    "Goedemorgen,",
    "Ik woon op Heesterhof 7, pal achter het afgebrande pand van Vallei Distributie B.V. In mijn tuin en op het "
    "trampoline van de kinderen liggen zwarte brokjes. Mijn buurman, de heer El Idrissi van nummer 9, heeft foto's "
    "gemaakt. De brandweer zei dinsdag dat het asbest kon zijn, maar sindsdien hoor ik niets meer van de gemeente "
    "Ede.",
    "Mag ik het zelf opruimen? En moet ik de groente uit de moestuin weggooien? Het RIVM zegt op zijn website "
    "dat je niet zelf moet opruimen. Ik wil graag teruggebeld worden op 06 1377 2051.",
    "Groet,",
    "Anneke Mühlenbeck",
    "",
    "Van: info@ede.nl",
    "Verzonden: woensdag 16 september 2026 11:47",
    "Aan: Anneke Mühlenbeck-Smits <anneke.mühlenbeck@kpnmail.nl>",
    "Onderwerp: RE: Asbest in de tuin Heesterhof - wie komt dit opruimen??",
    "Geachte mevrouw Mühlenbeck-Smits,",
    "Dank voor uw bericht. Raak de brokstukken niet aan. Een gespecialiseerd bedrijf gaat vanaf vrijdag "
    "18 september in opdracht van de gemeente Ede alle tuinen in het noodgebied reinigen. Groente uit de moestuin "
    "kunt u na goed wassen eten (advies GGD Gelderland-Midden). Mijn collega Wouter Nijenhuis belt u vandaag.",
    "Met vriendelijke groet,",
    "Klantcontactcentrum gemeente Ede | 14 0318",
], [], [K("MAIL", "info@ede.nl"), K("ORG", "Klantcontactcentrum"), K("DATE", "18 september")], **OUTLOOK,
    author="KCC Ede"),

Doc("vr10", "Registratie meldingen omwonenden", [
    "# Registratie meldingen en klachten omwonenden - brand Heestereng",
    "Gemeente Ede, team Veiligheid | stand 28 september 2026 | zaak Z/26/118402",
    "| Nr | Datum | Melder | Adres | Telefoon | Onderwerp | Status |",
    "| 01 | 15-09 | H.J. Bosveld | Lindenlaan 12 | 0318 42 19 06 | rook, late NL-Alert | klacht Awb |",
    "| 02 | 15-09 | Johan de Bruijn | Ringweg 3 | 0318-61 77 40 | bluswater in kelder | doorgezet Achmea |",
    "| 03 | 16-09 | A. Mühlenbeck-Smits | Heesterhof 7 | 06 1377 2051 | asbest in tuin | gereinigd 18-09 |",
    "| 04 | 16-09 | Rachid El Idrissi | Heesterhof 9 | 06-4823 1177 | asbest, foto's | gereinigd 18-09 |",
    "| 05 | 16-09 | Fam. Oudenampsen | Lindenlaan 20 | 0318 42 77 15 | geurhinder | afgehandeld |",
    "| 06 | 17-09 | Wendy Zwartjes | Bosrandweg 61 | 06 2290 3318 | kat vermist na evacuatie | doorgezet |",
    "| 07 | 17-09 | mevr. Ş. Aydın | Johan de Wittlaan 5 | 06 3816 0042 | ramen dicht, geen info | beantwoord |",
    "| 08 | 18-09 | Gerard ten Veldhuis | Ringweg 11 | 0318 63 19 80 | schade zonnepanelen | doorgezet Achmea |",
    "| 09 | 21-09 | Stichting Jan Kloosterfonds | Anne Frankplein 2 | 0318 69 00 00 | opvang ouderen | afgehandeld |",
    "",
    "Toelichting: meldingen 01 en 07 zijn formeel als klacht behandeld (hoofdstuk 9 Algemene wet "
    "bestuursrecht). Melding 09 is van een stichting; naam en algemeen nummer zijn niet persoonlijk.",
    "---",
    "## Acties",
    "| Actie | Eigenaar | Gereed |",
    "| terugbellen melders 03 en 04 | WN | 16-09 |",
    "| tuinen noodgebied laten reinigen (Kuipers) | TV | 18-09 |",
    "| schade doorgeven aan verzekeraar Vallei Distributie B.V. | FvD | 22-09 |",
    "| antwoordbrief klacht 01 voorleggen aan burgemeester Hoekstra | SK | 01-10 |",
    "",
    "Afkortingen eigenaren: WN = Wouter Nijenhuis, TV = Teun Verbrugge, FvD = Floor van Dijk-Oosterbeek, SK = "
    "Sanne Koolhoven.",
], [R("PERSON", "Fam. Oudenampsen", "Oudenampsen", "Lindenlaan 20", "0318 42 77 15"),
    R("PERSON", "Wendy Zwartjes", "Wendy Zwartjes", "Zwartjes", "Bosrandweg 61", "06 2290 3318"),
    R("PERSON", "Ş. Aydın", "Ş. Aydın", "Aydın", "Johan de Wittlaan 5", "06 3816 0042"),
    R("PERSON", "Gerard ten Veldhuis", "Gerard ten Veldhuis", "ten Veldhuis", "Ringweg 11", "0318 63 19 80"),
    R("INITIALS", "WN", "WN")],
    [K("ORG", "team Veiligheid"), K("PHONE", "0318 69 00 00")], **ASPOSE, font="cond", size=8.5),

Doc("vr11", "WhatsApp-export ploeg Ede", [
    "WhatsApp-chat met Ploeg 1 Ede 🔥 (export 19-09-2026)",
    "[14-09-26 19:18:02] Ruud: Alarm P2 BRAND Heestereng 40, TS 07-1531 rukt uit",
    "[14-09-26 19:18:40] Wessie: onderweg, 4 min",
    "[14-09-26 19:19:11] Priya: sta bij de kazerne",
    "[14-09-26 19:21:55] Dekkie: rij de TS, Gijs en Priya achterin",
    "[14-09-26 23:02:17] Jolanda: jongens hoe is het bij jullie? wij staan aan de achterzijde, druk op "
    "de brandkraan is echt bagger",
    "[14-09-26 23:05:48] Ruud: zelfde hier. OvD Marco weet het, waterbedrijf is gebeld",
    "[15-09-26 03:14:09] Gijs: afgelost door Lunteren, Anouk en haar ploeg nemen het over 💪",
    "[15-09-26 03:16:30] Bram: Priya had last van haar ogen, laat het checken!!",
    "[15-09-26 03:20:12] Priya: komt goed, ga morgen naar de bedrijfsarts",
    "[15-09-26 08:45:00] Ruud: debriefing woensdag 19.30 in de Willem Alexanderkazerne. Eveline komt ook",
    "[15-09-26 08:47:21] Kees: kan niet, werk. Wie belt mijn baas? 😅",
    "[15-09-26 08:50:02] Jo: Bas van de VGGM regelt werkgeversverklaringen, app hem 06-1873 2290",
    "[16-09-26 21:40:33] Thijs: dank allemaal, mooi werk gedaan 👍",
], [R("HEALTH", "gezondheid Priya (5.1.1d)", "last van haar ogen")],
    [K("TERM", "Ploeg 1 Ede")], producer="WhatsApp export (Android) via Microsoft: Print To PDF",
    creator="WhatsApp", font="dvs", size=9),

Doc("vr12", "Teams-chat meldkamer en CoPI", [
    "# Microsoft Teams - chat 'Heestereng CoPI' (14-15 september 2026)",
    "Oosterwijk, Dirk-Jan (VGGM) 19:58: Beeld meldkamer: rookpluim richting ZO, Bennekom en Wageningen. "
    "Advies GGD Gelderland-Midden volgt.",
    "Hart, Marco 't (VGGM) 20:04: Bevestigd. Ik vraag GRIP 2 aan via de HOvD.",
    "Braak, Eveline ter (VGGM) 20:26: Ben ter plaatse, neem CoPI over. @Dirk-Jan kun je NL-Alert voorbereiden?",
    "Oosterwijk, Dirk-Jan (VGGM) 20:29: Tekst staat klaar, wacht op akkoord burgemeester Hoekstra via ROT.",
    "Verbrugge, Teun (Gemeente Ede) 20:47: Burgemeester zit in de auto, akkoord volgt na GBT-belletje.",
    "Hakimi, Noor (VGGM) 21:15: Noteer ik voor de evaluatie: 45 min tussen advies en NL-Alert. Lessons learned.",
    "Oosterwijk, Dirk-Jan (VGGM) 21:32: NL-Alert verzonden.",
    "Dijk-Oosterbeek, Floor van (Gemeente Ede) 21:40: Opvang sporthal De Peppel open, Rode Kruis aanwezig.",
    "Hart, Marco 't (VGGM) 23:58: Ploeg Bennekom (Jolanda) meldt ontoereikende druk. Waterbedrijf ingelicht.",
    "Braak, Eveline ter (VGGM) 05:41: Brand meester. Dank allen. Overdracht aan Marco voor de nacht.",
    "Teun 05:44: 👍 ik informeer Floor en Sanne voor de noodverordening vanochtend.",
], [], [K("TERM", "Heestereng CoPI"), K("ROLE", "akkoord burgemeester Hoekstra")],
    producer="Microsoft: Print To PDF", creator="Microsoft Teams", font="dvs", size=9),

Doc("vr13", "Verslag GBT 15 september 2026", [
    "# Verslag Gemeentelijk Beleidsteam (GBT) - brand Heestereng",
    "Datum: 15 september 2026, 10.00-11.15 uur | Locatie: Stadhuis Ede, crisiskamer | GRIP 1",
    "| Naam | Rol | Organisatie | Aanwezig |",
    "| burgemeester J.M. Hoekstra | voorzitter | gemeente Ede | ja |",
    "| wethouder Öztürk | portefeuille wonen | gemeente Ede | ja |",
    "| Floor van Dijk-Oosterbeek | crisiscoördinator | gemeente Ede | ja |",
    "| Teun Verbrugge | adviseur openbare orde | gemeente Ede | ja |",
    "| Sanne Koolhoven | juridisch adviseur | gemeente Ede | ja |",
    "| Eveline ter Braak | HOvD | VGGM | ja |",
    "| Marie-José Oudshoorn | GAGS | GGD Gelderland-Midden | ja |",
    "| Wouter Nijenhuis | notulist | gemeente Ede | ja |",
    "## 1. Opening en beeld",
    "Burgemeester Hoekstra opent. Mevrouw ter Braak schetst het beeld: de brand is sinds 05.40 uur meester, "
    "nablussen duurt nog ongeveer twee dagen. Er zijn geen gewonden.",
    "## 2. Gezondheid",
    "Mevrouw Oudshoorn (GGD Gelderland-Midden): metingen van de Omgevingsdienst De Vallei tonen asbest tot circa "
    "600 meter. Advies: noodgebied handhaven, tuinen laten reinigen, geen zelf opruimen.",
    "## 3. Noodverordening",
    "De heer Verbrugge licht toe: de noodverordening is gisteren om 23.30 uur vastgesteld. Mevrouw Koolhoven "
    "adviseert de gemeenteraad vandaag te informeren (artikel 176 Gemeentewet).",
    "Besluit: de noodverordening blijft van kracht tot de sanering is afgerond.",
    "---",
    "## 4. Communicatie en nazorg",
    "Wethouder Öztürk houdt op 16 september een bewonersavond in sporthal De Peppel. Slachtofferhulp Nederland "
    "en de GGD zijn aanwezig. De heer Rozendaal van Vallei Distributie B.V. wordt uitgenodigd, maar niet voor het "
    "podium.",
    "## 5. Actielijst",
    "| Nr | Actie | Wie | Wanneer |",
    "| 1 | raad informeren over noodverordening | SK | 15-09 |",
    "| 2 | opdracht reiniging tuinen | TV | 16-09 |",
    "| 3 | bewonersbrief | FvD / WN | 16-09 |",
    "| 4 | meetplan asbest en publicatie resultaten | MJO | 17-09 |",
    "| 5 | afschalen naar GRIP 0 voorbereiden | EtB | 18-09 |",
    "Verslag: W.J. Nijenhuis (WN), vastgesteld per mail 16 september 2026.",
], [R("INITIALS", "paraafcodes", "MJO", "EtB", "WN")],
    [K("ROLE", "wethouder Öztürk"), K("ORG", "Gemeentelijk Beleidsteam"), K("ROLE", "GAGS"),
     K("ROLE", "Burgemeester Hoekstra"), K("ROLE", "Wethouder Öztürk")],
    **WORD, author="Nijenhuis, Wouter", font="helv", size=9),

Doc("vr14", "Beslisnota schoonmaak en nazorg", [
    "# Beslisnota",
    "Aan: burgemeester J.M. Hoekstra | Kopie aan: wethouder Öztürk",
    "Van: Floor van Dijk-Oosterbeek, crisiscoördinator",
    "Behandeld door: Teun Verbrugge, t.verbrugge@ede.nl, 0318 68 04 17",
    "Datum: 22 september 2026 | Kenmerk: Z/26/118402-07",
    "Onderwerp: voorfinanciering reiniging tuinen en nazorg vrijwilligers brand Heestereng",
    "## Aanleiding",
    "Na de brand van 14 september 2026 zijn 38 tuinen in het noodgebied met asbest verontreinigd. Vallei "
    "Distributie B.V. en haar verzekeraar erkennen aansprakelijkheid nog niet. Omwonenden (onder wie de heer "
    "Bosveld en mevrouw Mühlenbeck-Smits) vragen om snelle duidelijkheid.",
    "## Geadviseerd besluit",
    "Aan de burgemeester wordt gevraagd: 1. in te stemmen met voorfinanciering van de reiniging (offerte "
    "Schoonmaakbedrijf G. Kuipers, circa € 46.000); 2. de kosten te verhalen op Vallei Distributie B.V.; 3. de "
    "VGGM te vragen de nazorg van vrijwilligers te bekostigen uit het regionale budget.",
    "## Kern",
    "Zonder voorfinanciering blijft het noodgebied langer afgesloten. Het regresrecht is juridisch sterk "
    "(advies Sanne Koolhoven, 21 september).",
    "---",
    "## Krachtenveld",
    "Raadslid Van Leeuwen (D66) en raadslid Terpstra (CDA) hebben raadsvragen gesteld over het late NL-Alert en "
    "de kosten. De VGGM (Eveline ter Braak) steunt het voorstel.",
    "## Paraaf",
    "| Naam | Functie | Paraaf | Datum |",
    "| F. van Dijk-Oosterbeek | crisiscoördinator | FvD | 22-09-2026 |",
    "| T.A. Verbrugge | adviseur OOV | TV | 22-09-2026 |",
    "| S. Koolhoven | juridisch adviseur | SK | 22-09-2026 |",
    "| burgemeester J.M. Hoekstra | akkoord | - | 23-09-2026 |",
    "## Bijlagen",
    "1. offerte reiniging tuinen; 2. registratie meldingen omwonenden; 3. advies GGD Gelderland-Midden.",
] + MOTIV, [], [K("ROLE", "Raadslid Van Leeuwen"), K("ORG", "Schoonmaakbedrijf"), K("MONEY", "€ 46.000"),
                K("ROLE", "adviseur OOV")], **WORD, author="Verbrugge, T.A.", font="serif", size=9.5),

Doc("vr15", "Factuur reiniging tuinen", [
    "# FACTUUR",
    "Schoonmaakbedrijf G. Kuipers | eenmanszaak | Nijverheidsweg 4a, 6718 WB Ede",
    "KvK 71234567 | btw NL001958330B44 | IBAN NL86 RABO 0312 4456 78 | mobiel 06 5211 9037",
    "",
    "Gemeente Ede, t.a.v. crediteurenadministratie, Postbus 9022, 6710 HK Ede",
    "Factuurnummer: 2026-0917 | Factuurdatum: 25 september 2026 | Uw referentie: Z/26/118402-07",
    "| Omschrijving | Aantal | Prijs | Bedrag |",
    "| Reinigen tuinen noodgebied Heestereng (asbest, SC-530) | 38 | € 1.050,00 | € 39.900,00 |",
    "| Afvoer asbesthoudend afval, big bags | 24 | € 85,00 | € 2.040,00 |",
    "| Toeslag avond- en weekendwerk 18-20 september | 1 | € 1.850,00 | € 1.850,00 |",
    "| Subtotaal | | | € 43.790,00 |",
    "| Btw 21% | | | € 9.195,90 |",
    "| Totaal | | | € 52.985,90 |",
    "",
    "Betaling binnen 30 dagen op rekening NL86 RABO 0312 4456 78 t.n.v. G. Kuipers, onder vermelding van het "
    "factuurnummer. Vragen: bel Gerrit Kuipers.",
    "Deskundig toezichthouder asbest: certificaat SC-530 op naam van G. Kuipers, nr. DTA-0099812.",
], [R("TAX", "btw-nummer eenmanszaak", "NL001958330B44"), R("ID", "DTA-certificaat", "DTA-0099812"),
    R("ADDR", "postcode eenmanszaak", "6718 WB")],
    [K("REF", "2026-0917"), K("REF", "Z/26/118402-07"), K("MONEY", "€ 52.985,90"), K("TERM", "SC-530")],
    producer="Exact Online", creator="Exact Online Facturatie", font="helv", size=9),

Doc("vr16", "Factuur catering brandweer", [
    "Saskia's Soepkeuken",
    "Eigenaar: Saskia Mol-Ockhuizen | Lunteren | info@saskias-soepkeuken.nl",
    "KvK 80551249 | IBAN NL29 INGB 0007 6612 30",
    "",
    "Factuur 118 | 17 september 2026",
    "Aan: Veiligheidsregio Gelderland-Midden, Postbus 5364, 6802 EJ Arnhem",
    "Betreft: verzorging brandweerploegen Heestereng, nacht van 14 op 15 september 2026",
    "| Omschrijving | Aantal | Bedrag |",
    "| soep en broodjes, uitgereikt bij de Willem Alexanderkazerne | 90 | € 810,00 |",
    "| koffie, thee, water (nacht) | 1 | € 245,00 |",
    "| tweede levering 04.00 uur, op verzoek van de OvD | 1 | € 320,00 |",
    "| Totaal (btw 9% inbegrepen) | | € 1.375,00 |",
    "Besteld door: Marco 't Hart (OvD), telefonisch.",
    "Graag betalen binnen 14 dagen. Bedankt voor jullie inzet! - Saskia",
], [], [K("ORG", "Postbus 5364"), K("MONEY", "€ 1.375,00")],
    producer="PDFpen 13.1", creator="Pages", font="dvs", size=10),
]
