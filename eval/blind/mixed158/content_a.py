"""Set NK documents nk01-nk11."""
from lib import Doc
from people import *  # noqa: F401,F403

H1 = lambda s: ("h1", s); H = lambda s: ("h", s); P = lambda s: ("p", s); S = lambda s: ("s", s)
SP = lambda n=8: ("sp", n); PB = ("pb",)
T = lambda rows, w=None: ("t", rows, w)

DOCS = []

DOCS.append(Doc("nk01", "Woo-verzoek stikstofhandhaving melkveebedrijf Wierden", [
    S("{p|Marloes Tjoonk-Brouwer} | {a|Weverstraat 88} | {a|7607 HK Almelo} | {t|06-48 11 27 09} | {e|m.tjoonk@twentsmedia.nl}"),
    SP(14),
    P("Aan: {O|Gedeputeerde Staten van Overijssel}, t.a.v. de {J|Woo-coördinator}, {L|Postbus 10078}, {L|8000 GB Zwolle}"),
    P("Per e-mail: {M|woo@overijssel.nl}"),
    P("Almelo, 12 januari 2026"),
    H("Betreft: verzoek op grond van de {W|Wet open overheid}"),
    P("Geachte heer, mevrouw,"),
    P("Als freelance journalist voor {O|Tubantia} en {O|RTV Oost} verzoek ik u op grond van artikel 4.1 van de "
      "{W|Wet open overheid} om openbaarmaking van alle documenten over de handhaving van de stikstofregels bij het "
      "melkveebedrijf aan de Veldkampsweg in Wierden, gelegen op circa 1,2 kilometer van het {O|Natura 2000}-gebied "
      + N2K + ". Het gaat mij in het bijzonder om:"),
    P("1. de toezichtrapporten van de " + ODT + " ({O|ODT}) uit 2025 en 2026;"),
    P("2. het besluit tot oplegging van een last onder dwangsom en de stukken van de bezwaarprocedure;"),
    P("3. de correspondentie tussen de provincie en de {O|ODT} over de {G|PAS-melding} van het bedrijf;"),
    P("4. de nota's aan {O|Gedeputeerde Staten} en de communicatie met " + GED + " over dit dossier;"),
    P("5. documenten over het handhavingsverzoek van {O|Stichting Behoud Wierdense Veld}."),
    P("Ik verzoek u de stukken digitaal te verstrekken. Ik begrijp dat u persoonsgegevens van de familie en van "
      "medewerkers zult weglakken. Mijn verzoek heeft betrekking op de periode 1 januari 2025 tot heden."),
    P("Mijn collega {p|Sjoerd Vinkenborg} ({e|s.vinkenborg@twentsmedia.nl}) werkt met mij aan dit verhaal; u mag "
      "hem in kopie zetten. Overdag ben ik ook bereikbaar op {t|0546 - 86 12 40}."),
    P("Met vriendelijke groet,"),
    SP(18),
    P("{p|Marloes Tjoonk-Brouwer}"),
    S("Geboortedatum (voor uw registratie): {d|23-06-1984}"),
], font="Helvetica", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
   author="{p|M. Tjoonk}"))

DOCS.append(Doc("nk02", "Ontvangstbevestiging Woo-verzoek " + "WOO-OV-2026-0088", [
    S("{O|Provincie Overijssel} | {L|Luttenbergstraat 2} | {L|Postbus 10078} | {L|8000 GB Zwolle} | {M|038 499 88 99}"),
    SP(12),
    P("Mevrouw {p|M. Tjoonk-Brouwer}"),
    P("{a|Weverstraat 88}"), P("{a|7607 HK Almelo}"),
    SP(10),
    T([["Datum", "Ons kenmerk", "Zaaknummer", "Behandeld door"],
       ["19 januari 2026", "{R|2026/0031872}", WOO, "{p|F. Haverkamp}"]], [1, 1, 1, 1.3]),
    H("Onderwerp: ontvangstbevestiging verzoek {W|Wet open overheid}"),
    P("Geachte mevrouw {p|Tjoonk-Brouwer},"),
    P("Op 12 januari 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de handhaving van "
      "de stikstofregels bij een melkveebedrijf in de gemeente {L|Wierden}. Uw verzoek is geregistreerd onder "
      "nummer " + WOO + ". Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij op grond van "
      "artikel 4.4 van de {W|Wet open overheid} met ten hoogste twee weken verdagen."),
    P("Omdat de documenten gegevens van derden bevatten, stellen wij de betrokken familie, haar advocaat en de "
      + ODT + " in de gelegenheid een zienswijze te geven (artikel 4.4 lid 1 Woo)."),
    P("Heeft u vragen? Neem dan contact op met de Woo-coördinator, {p|Femke Haverkamp}, via {M|woo@overijssel.nl} of "
      "via het algemene nummer {M|038 499 88 99}. Vermeld daarbij altijd het zaaknummer."),
    P("Hoogachtend,"),
    P("{O|Gedeputeerde Staten van Overijssel}, namens dezen,"),
    SP(16),
    P("{p|drs. J.A. Brouwer-Nijhuis}"),
    P("{J|Teamleider Juridische Zaken}"),
], font="DV", producer="Aspose.Words for .NET 23.4.0", creator="Corsa 7.2", author="{p|Jolanda Brouwer-Nijhuis}"))

DOCS.append(Doc("nk03", "Besluit last onder dwangsom Wet natuurbescherming", [
    S("{O|Gedeputeerde Staten van Overijssel} | {L|Luttenbergstraat 2} | {L|Zwolle} | {M|www.overijssel.nl}"),
    SP(8),
    P("Maatschap {p|Lohuis}, t.a.v. de heer {p|G.J. Lohuis} en mevrouw {p|H. Lohuis-Mensink}"),
    P(ADDR + ", " + PC),
    T([["Datum", "Kenmerk", "Zaak", "Contactpersoon", "Telefoon"],
       ["3 juni 2025", "{R|2025/0148822}", ZAAK, RO, RO_T]], [1, 1, 1, 1.2, 1.2]),
    H1("Besluit last onder dwangsom"),
    H("1. Aanleiding"),
    P("Op 14 april 2025 heeft een toezichthouder van de " + ODT + " een controle uitgevoerd op het melkveebedrijf aan "
      "de " + ADDR + " te Wierden. Daarbij is vastgesteld dat in de stallen 212 melk- en kalfkoeien en 148 stuks "
      "jongvee aanwezig waren, terwijl het bedrijf in 2015 een {G|PAS-melding} heeft gedaan voor 160 melk- en "
      "kalfkoeien en 110 stuks jongvee (meldingsnummer " + MELD + "). Met de berekening in {G|AERIUS Calculator} is "
      "vastgesteld dat de extra dieren leiden tot een toename van de stikstofdepositie op het {O|Natura 2000}-gebied "
      + N2K + " van 0,41 mol/ha/jaar."),
    H("2. Overtreding"),
    P("Het houden van meer dieren dan gemeld zonder omgevingsvergunning voor een Natura 2000-activiteit is in strijd "
      "met artikel 5.1, tweede lid, onder g, van de {W|Omgevingswet}. Wij zijn bevoegd handhavend op te treden op grond "
      "van artikel 18.2 van de {W|Omgevingswet} en artikel 5:32 van de {W|Algemene wet bestuursrecht}."),
    H("3. Zienswijze"),
    P("Op 7 mei 2025 hebben wij het voornemen aan u verzonden. Uw gemachtigde, mr. " + FW + " van {O|Ten Velde Bosch "
      "Advocaten}, heeft op 21 mei 2025 een zienswijze ingediend. Daarin wordt gesteld dat de heer {p|Lohuis} om "
      "gezondheidsredenen de veestapel niet tijdig heeft kunnen afbouwen. Wij begrijpen dat, maar dit is geen reden "
      "om van handhaving af te zien. Wel verlengen wij de begunstigingstermijn."),
    PB,
    H("4. Besluit"),
    P("Wij besluiten u een last onder dwangsom op te leggen. U moet binnen zestien weken na verzending van dit besluit "
      "het aantal melk- en kalfkoeien terugbrengen tot ten hoogste 160 en het jongvee tot ten hoogste 110, of een "
      "onherroepelijke vergunning verkrijgen. Voldoet u niet aan de last, dan verbeurt u een dwangsom van € 2.500 per "
      "dier per maand, met een maximum van € 150.000."),
    P("Dit besluit past in de lijn van het {G|Legalisatieprogramma PAS-meldingen} en het provinciale "
      "{G|Handhavingsuitvoeringsprogramma 2025}. Wij hebben het besluit afgestemd met {O|BIJ12}."),
    H("5. Bezwaar"),
    P("Tegen dit besluit kunt u binnen zes weken bezwaar maken bij {O|Gedeputeerde Staten van Overijssel}, "
      "{L|Postbus 10078}, {L|8000 GB Zwolle}. Vermeld het zaaknummer " + ZAAK + "."),
    P("{O|Gedeputeerde Staten van Overijssel},"),
    SP(18),
    P(GED + ", gedeputeerde Natuur en Stikstof"),
    SP(6),
    S("Afschrift: " + ODT + ", t.a.v. de heer " + TO + "; mr. " + FW + " (" + FW_E + ")"),
], font="Times-Roman", producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Corsa 7.2",
   author="{p|Okkerse, R.}"))

DOCS.append(Doc("nk04", "Toezichtrapport ODT controle melkveehouderij Wierden", [
    P("**" + ODT + "** | {L|Hengelo} | rapportnummer {R|ODT/TOE/2025/1142}"),
    H1("Toezichtrapport controle Natura 2000-activiteit"),
    T([["Onderdeel", "Gegevens"],
       ["Inrichting", "melkveehouderij, " + ADDR + ", " + PC],
       ["Exploitant", "Maatschap {p|Lohuis} ({p|G.J. Lohuis}, {p|H. Lohuis-Mensink}, {p|B. Lohuis})"],
       ["UBN / KvK", "{x|2248931} / {x|08117349}"],
       ["Datum en tijd controle", "14 april 2025, 08.40 - 11.15 uur"],
       ["Toezichthouders", JK + " (rapporteur), " + ZM],
       ["Aanwezig namens bedrijf", "de heer {p|Bram Lohuis} (zoon), later mevrouw {p|Hermien Lohuis}"],
       ["Opdrachtgever", PROV + ", team {O|VTH Natuur}"]], [1, 2.6]),
    H("1. Aanleiding"),
    P("De controle is uitgevoerd in het kader van het {G|Handhavingsuitvoeringsprogramma 2025} na een melding van "
      "{O|Stichting Behoud Wierdense Veld} en na analyse van de {O|I&R}-gegevens van {O|RVO}."),
    H("2. Bevindingen"),
    T([["Diercategorie", "Rav-code", "Gemeld 2015", "Aangetroffen", "Verschil"],
       ["melk- en kalfkoeien", "{R|A 1.100.1}", "160", "212", "+52"],
       ["jongvee < 2 jaar", "{R|A 3.100}", "110", "148", "+38"],
       ["vleeskalveren", "{R|A 4.100}", "0", "0", "0"]], [2, 1, 1, 1, 1]),
    P("De toezichthouders hebben de dieren in stal 1 (ligboxenstal, 2009) en stal 2 (jongveestal, 2018) geteld en "
      "de telling vergeleken met de I&R-registratie. De heer {p|B. Lohuis} verklaarde dat zijn vader sinds het najaar "
      "minder op het bedrijf aanwezig is vanwege {h|een hartoperatie in oktober 2024}. Hij gaf aan dat het bedrijf "
      "bezig is met een aanvraag voor een vergunning via het {G|Legalisatieprogramma PAS-meldingen}."),
    P("Er zijn foto's gemaakt (bijlage 2, foto 1 t/m 14). Het emissiearme vloersysteem in stal 1 ({G|Rav-code "
      "A 1.100.1}, type {G|MeadowFloor Plus}) is aanwezig en functioneert."),
    PB,
    H("3. Conclusie"),
    P("Het aantal gehouden dieren overschrijdt de gemelde situatie. Het bedrijf heeft geen natuurvergunning voor de "
      "uitbreiding. Er is sprake van een overtreding van artikel 5.1 {W|Omgevingswet}. Wij adviseren de provincie een "
      "handhavingstraject te starten conform de {G|Landelijke Handhavingsstrategie Omgevingsrecht}."),
    H("4. Ondertekening"),
    T([["Naam", "Functie", "Paraaf", "Datum"],
       [JK, "{J|toezichthouder natuur}", "{c|JKl}", "16-04-2025"],
       [ZM, "{J|toezichthouder natuur}", "{c|ZMé}", "16-04-2025"],
       [TO, "{J|senior handhavingsjurist}", "{c|TOL}", "17-04-2025"]], [1.5, 1.5, 0.6, 0.8]),
    S("Contact over dit rapport: " + JK_E + ", " + JK_T + ". Algemeen: {M|info@odtwente.nl}, {M|074 - 245 84 00}."),
], font="DV", producer="Nitro Pro 13 (13.70.2.40)", creator="Nitro Pro 13", author="{p|Kleinsman, Jeroen}"))

DOCS.append(Doc("nk05", "Hercontrole ODT 2026", [
    P("**" + ODT + " - hercontrole**    kenmerk {R|ODT/TOE/2026/0217}    zaak provincie " + ZAAK),
    H1("Verslag hercontrole last onder dwangsom"),
    P("Datum: 28 januari 2026. Toezichthouder: " + ZM + " ({J|toezichthouder natuur}), vergezeld door "
      + NK + " ({J|ecoloog}). Aanwezig: mevrouw {p|H. Lohuis-Mensink}, bereikbaar op " + HM_T + "."),
    P("Doel: vaststellen of de last uit het besluit van 3 juni 2025 (kenmerk {R|2025/0148822}) is nageleefd na "
      "afloop van de begunstigingstermijn."),
    T([["Categorie", "Max. volgens last", "Geteld 28-01-2026"],
       ["melk- en kalfkoeien", "160", "171"], ["jongvee", "110", "104"]], [2, 1, 1]),
    P("Mevrouw {p|Lohuis-Mensink} verklaarde dat elf koeien verkocht zijn aan veehandel {O|Veehandel Twente BV} maar "
      "nog niet zijn opgehaald; de afvoer staat gepland voor 4 februari. Zij toonde een koopovereenkomst. Zij gaf aan "
      "dat haar man sinds de operatie {h|onder behandeling is van een cardioloog in het MST} en dat de familie het "
      "bedrijf wil overdragen aan hun zoon {p|Bram}."),
    P("Conclusie: de last is voor melk- en kalfkoeien nog niet nageleefd (11 dieren te veel). Voor jongvee wel. "
      "Advies aan de provincie (conform de {G|Landelijke Handhavingsstrategie Omgevingsrecht}): een dwangsom van 11 × € 2.500 is verbeurd; een hercontrole na 4 februari inplannen."),
    P("Bij de controle is ook gesproken met loonwerker {p|Jos Smit} ({t|06 41 09 88 72}), die de koeien zou "
      "ophalen, en met de veehandelaar, de heer {p|R.J. Pierik}."),
    P("Opgesteld: {p|Z. Ménard}, 29-01-2026. Gezien: {p|T. Olthof}."),
    S("Vragen: {M|toezicht@odtwente.nl} of {M|074 - 245 84 00}. Dit verslag is bestemd voor " + PROV + ", "
      "afdeling {O|Natuur en Milieu}."),
], font="Helvetica", producer="PDFpen 13.0.2", creator="PDFpen", xmp_creator="{p|Zoë Ménard}"))

DOCS.append(Doc("nk06", "Zienswijze familie op voornemen handhaving", [
    P(GJ + " en " + HM), P(ADDR), P(PC), P("tel. " + FAM_T + " / " + HM_T), P(HM_E),
    SP(10),
    P("Aan " + GS + ", afdeling {O|Natuur en Milieu}, {L|Postbus 10078}, {L|8000 GB Zwolle}"),
    P("Wierden, 19 mei 2025"),
    P("Betreft: zienswijze op uw voornemen last onder dwangsom, uw kenmerk {R|2025/0121190}"),
    P("Geachte gedeputeerde,"),
    P("Wij zijn geschrokken van uw brief. Ons bedrijf is al sinds 1928 in de familie. Mijn opa {p|Gerrit Lohuis} "
      "begon met zes koeien. In 2015 hebben wij op advies van {O|LTO Noord} een PAS-melding gedaan, omdat de overheid "
      "zei dat dat genoeg was. Nu blijkt dat niet zo te zijn en worden wij als boeren gestraft."),
    P("Mijn man " + GJ + " (geboren {d|14-03-1961}) heeft in oktober {h|een bypassoperatie gehad en kampt sindsdien "
      "met hartritmestoornissen}. Hij kan het werk niet meer volhouden. Onze zoon " + BR + " (geboren {d|09-11-1990}) "
      "wil het bedrijf overnemen, maar de bank wacht op de vergunning."),
    P("Wij vragen u: geef ons tijd tot de {G|Legalisatieprogramma PAS-meldingen} een oplossing biedt, zoals minister "
      "en Kamer hebben beloofd. Wij hebben al een aanvraag ingediend via ons adviesbureau {O|Adviesbureau Heidevlinder}."),
    P("U mag ons altijd bellen. Onze advocaat is mr. " + FW + ". Ook onze buurman {p|Henk Wolters} en de "
      "dierenarts van {O|Dierenartsenpraktijk Wierden-Enter} kunnen bevestigen dat wij goed voor de dieren zorgen. "
      "Wij hebben de {O|Rabobank} en de {O|Gemeente Wierden} op de hoogte gebracht."),
    P("Met vriendelijke groet,"),
    SP(14),
    P("{p|G.J. Lohuis}                {p|H. Lohuis-Mensink}"),
], font="DVS", producer="Canon iR-ADV C5535 PDF", creator="Canon iR-ADV C5535"))

DOCS.append(Doc("nk07", "Bezwaarschrift last onder dwangsom", [
    S("**{O|Ten Velde Bosch Advocaten}** | {L|Stationsweg 41} | {L|8011 CZ Zwolle} | {M|038 421 55 00} | {M|info@tenveldebosch.nl}"),
    SP(8),
    P("Aan het college van {O|Gedeputeerde Staten van Overijssel}, per aangetekende post en per e-mail"),
    P("Zwolle, 10 juli 2025"),
    P("Uw kenmerk: {R|2025/0148822} / " + ZAAK + "  Ons kenmerk: TVB 25.0412 FW/ib"),
    P("Behandeld door: mr. " + FW + ", direct " + FW_T + ", " + FW_E),
    H("Betreft: pro forma en volledig bezwaarschrift"),
    P("Geacht college,"),
    P("Namens mijn cliënten, de vennoten van Maatschap {p|Lohuis}, te weten de heer " + GJ + ", mevrouw " + HM +
      " en de heer " + BR + ", allen wonende op het adres " + ADDR + " te {L|Wierden}, maak ik bezwaar tegen uw besluit "
      "van 3 juni 2025 waarbij een last onder dwangsom is opgelegd."),
    H("Gronden"),
    P("1. **Bevoegdheid en zorgvuldigheid.** Het toezichtrapport van de " + ODT + " ({R|ODT/TOE/2025/1142}) telt dieren "
      "die op de dag van controle tijdelijk op het bedrijf verbleven. De toezichthouders " + JK + " en " + ZM + " "
      "hebben ten onrechte geen rekening gehouden met de verklaring van de heer {p|B. Lohuis}."),
    P("2. **Vertrouwensbeginsel.** Cliënten hebben in 2015 te goeder trouw een {G|PAS-melding} gedaan. De Afdeling "
      "bestuursrechtspraak van de {O|Raad van State} heeft op 29 mei 2019 ({R|ECLI:NL:RVS:2019:1603}) het PAS "
      "onverbindend verklaard. De Staat heeft PAS-melders legalisatie toegezegd. Handhaving vóór die legalisatie is "
      "in strijd met het vertrouwensbeginsel en met de {G|Kamerbrief van 7 april 2025}."),
    P("3. **Evenredigheid (artikel 3:4 Awb).** De hoogte van de dwangsom is onevenredig. De gezondheidssituatie van "
      "de heer {p|Lohuis} ({h|hartfalen, NYHA-klasse II}) maakt afbouw binnen zestien weken onmogelijk."),
    PB,
    P("4. **Bijzondere omstandigheden.** Het {G|AERIUS}-rapport van {O|Adviesbureau Heidevlinder} ({R|AERIUS-kenmerk "
      "RfXp8Q2mTz7a}) laat zien dat intern salderen met de oude varkensstal mogelijk is, waardoor er per saldo geen "
      "toename is. Ik verzoek u die berekening mee te wegen."),
    P("Ik verzoek u het besluit te herroepen, subsidiair de begunstigingstermijn te verlengen tot een jaar na "
      "inwerkingtreding van een legalisatieregeling, en cliënten te horen. Tevens verzoek ik om vergoeding van de "
      "proceskosten (artikel 7:15 {W|Awb}). Een gemachtigdenverklaring, ondertekend door de heer {p|Lohuis}, sluit ik bij."),
    P("Hoogachtend,"),
    SP(14),
    P("mr. " + FW), P("{J|advocaat}"),
    S("Secretariaat: {p|Ilona Brinkers}, {e|i.brinkers@tenveldebosch.nl}"),
], font="Times-Roman", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
   author="{p|Floor van 't Wout}", xmp_creator="{p|Ilona Brinkers}"))

DOCS.append(Doc("nk08", "Aanvullende gronden en medische verklaring", [
    S("**{O|Ten Velde Bosch Advocaten}** - vertrouwelijk - ons kenmerk TVB 25.0412 FW/ib"),
    P("Aan: {O|Commissie voor de bezwaarschriften Overijssel}, t.a.v. de secretaris mevrouw {p|J. Brouwer-Nijhuis}"),
    P("Zwolle, 2 september 2025"),
    H("Aanvulling bezwaar Maatschap {p|Lohuis} - zaak " + ZAAK),
    P("Geachte mevrouw {p|Brouwer-Nijhuis},"),
    P("In aanvulling op het bezwaarschrift van 10 juli 2025 stuur ik u de verklaring van de behandelend cardioloog "
      "van cliënt, {p|dr. P.H. Wijnbergen} ({O|Medisch Spectrum Twente}, {L|Enschede}). Daaruit volgt dat de heer "
      + GJ + " (BSN {b|172483905}) {h|na een drievoudige bypassoperatie op 8 oktober 2024 niet zwaar lichamelijk "
      "mag werken}. Ik verzoek u de verklaring vertrouwelijk te behandelen en niet te verstrekken aan derden."),
    P("Verder wijs ik op de uitspraak van de {O|Rechtbank Overijssel} van 12 maart 2025 ({R|ECLI:NL:RBOVE:2025:1388}) "
      "over een vergelijkbare PAS-melder in {L|Dalfsen}, waarin de rechtbank oordeelde dat het college bij de "
      "begunstigingstermijn rekening moet houden met persoonlijke omstandigheden."),
    P("Cliënten zijn bereid een keukentafelgesprek te voeren met " + GED + ". Ik verneem graag van u."),
    P("Met vriendelijke groet,"),
    SP(12),
    P("mr. {p|F. van 't Wout}"),
    S("Bijlage: verklaring {p|dr. Wijnbergen} d.d. 28 augustus 2025 (1 pagina)"),
], font="DV", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019"))

DOCS.append(Doc("nk09", "E-mailwisseling provincie en ODT over hercontrole", [
    S("Van: " + TO + " <" + TO_E + ">"),
    S("Verzonden: dinsdag 3 februari 2026 16:12"),
    S("Aan: {p|Okkerse, Ruben} <" + RO_E + ">"),
    S("CC: {p|Ménard, Zoë} <" + ZM_E + ">; {M|toezicht@odtwente.nl}"),
    S("Onderwerp: RE: hercontrole Veldkampsweg - dwangsom verbeurd?"),
    SP(6),
    P("Hoi {p|Ruben},"),
    P("{p|Zoë} heeft het verslag van de hercontrole van 28 januari inmiddels afgerond (ons kenmerk {R|ODT/TOE/2026/0217}). "
      "Kort: 11 melkkoeien te veel, jongvee in orde. Volgens mevrouw {p|Lohuis} gaan de koeien op 4 februari weg. "
      "Wij kunnen op 6 februari nog een keer langs. Wil jij de invorderingsbeschikking al voorbereiden, of wacht je "
      "op onze nieuwe telling?"),
    P("Let op: de familie heeft zich ook tot {O|LTO Noord} en {O|Agractie} gewend. Er wordt mogelijk gedemonstreerd bij "
      "het provinciehuis. {p|Zoë} is via de WhatsApp-groep van de buurt al eens persoonlijk aangesproken. Wij willen "
      "graag dat haar naam niet in de stukken komt te staan die naar buiten gaan."),
    P("Groet, {p|Thijs}"),
    P("{J|Senior handhavingsjurist} | " + ODT + " | " + TO_T),
    SP(6),
    S("Van: {p|Okkerse, Ruben} <" + RO_E + ">"),
    S("Verzonden: dinsdag 3 februari 2026 09:47"),
    S("Aan: {p|Olthof, Thijs} <" + TO_E + ">"),
    S("CC: {p|de Groot-Veldkamp, Sanne} <" + SG_E + ">; {p|Yıldırım, Mehmet} <" + MY_E + ">"),
    S("Onderwerp: hercontrole Veldkampsweg - dwangsom verbeurd?"),
    P("Goedemorgen {p|Thijs},"),
    P("Ik hoorde van {p|Sanne} dat de hercontrole is geweest. Kun je mij het verslag sturen? " + GED + " wil vóór de "
      "GS-vergadering van 10 februari weten of we gaan invorderen. {p|Mehmet} heeft gevraagd of we dit kunnen afstemmen "
      "met het {G|Legalisatieprogramma PAS-meldingen}; {O|BIJ12} verwacht pas in het najaar de eerste vergunningen."),
    P("Hartelijke groet,"),
    P(RO),
    P("{J|Jurist handhaving} | Team {O|VTH Natuur} | " + PROV),
    P("T " + RO_T + " | {L|Luttenbergstraat 2}, {L|Zwolle}"),
    S("Ik werk op maandag, dinsdag en donderdag."),
    PB,
    S("Van: {p|de Groot-Veldkamp, Sanne} <" + SG_E + ">"),
    S("Verzonden: maandag 2 februari 2026 17:30"),
    S("Aan: {p|Okkerse, Ruben} <" + RO_E + ">"),
    S("Onderwerp: FW: verslag ODT"),
    P("{p|Ruben}, even ter info: de heer {p|Kleinsman} van de ODT belde dat de hercontrole rustig verliep, maar dat "
      "{p|Hermien} erg emotioneel was. Ze vroeg of de gedeputeerde langs kan komen. Ik heb gezegd dat ik dat navraag "
      "bij {p|Aukje} van communicatie en bij het bureau van de gedeputeerde. Bel me even op " + SG_T + "."),
    P("{p|Sanne}"),
    SP(4),
    S("-- Dit bericht kan vertrouwelijke informatie bevatten. " + PROV + " | {M|www.overijssel.nl}"),
], font="DV", producer="Microsoft Outlook voor Microsoft 365", creator="Microsoft Outlook"))

DOCS.append(Doc("nk10", "Mail communicatie persvragen stikstof", [
    S("Van: {p|Dijkstra, Aukje} <" + AD_E + ">"),
    S("Verzonden: woensdag 11 februari 2026 08:55"),
    S("Aan: Bureau gedeputeerde Wessels <{M|bureau.gedeputeerde.natuur@overijssel.nl}>"),
    S("CC: {p|ter Borg, Laurens} <" + LB_E + ">; {p|Okkerse, Ruben} <" + RO_E + ">"),
    S("Onderwerp: persvragen RTV Oost - boer Wierden"),
    SP(6),
    P("Goedemorgen,"),
    P("{O|RTV Oost} (verslaggever {p|Dirk-Jan Hofsteenge}, {t|06-29 84 10 55}) belde gisteravond over de dwangsom in "
      "{L|Wierden}. Hij heeft de familie gesproken en wil vandaag een reactie van " + GED + ". Ik stel voor dat de "
      "gedeputeerde alleen in algemene zin reageert: wij handhaven waar natuur schade loopt, en wij doen dat met oog "
      "voor de situatie van de boer. Geen uitspraken over de gezondheid van de heer {p|Lohuis}."),
    P("Kernboodschap (concept):"),
    P("- De provincie is verplicht de natuur in " + N2K + " te beschermen; de {O|Raad van State} heeft dat meerdere "
      "keren bevestigd."),
    P("- PAS-melders worden geholpen via het {G|Legalisatieprogramma PAS-meldingen} en de {G|Provinciale "
      "Maatregelenaanpak Stikstof Overijssel}."),
    P("- De gedeputeerde gaat graag in gesprek met de familie."),
    P("{p|Laurens}, kun jij checken of de cijfers over de 163 PAS-melders in Overijssel nog kloppen? {p|Ruben}, klopt het dat "
      "er al een dwangsom is verbeurd? Graag reactie vóór 11.00 uur, dan bel ik de verslaggever terug."),
    P("Groet,"),
    P(AD), P("{J|Adviseur communicatie} | " + PROV), P("M " + AD_T),
    SP(6),
    S("Van: {p|ter Borg, Laurens} <" + LB_E + ">  Verzonden: woensdag 11 februari 2026 09:20"),
    P("Cijfers kloppen: 163 melders, 41 zonder vergunning in de buurt van {O|Natura 2000}-gebieden. Let op dat "
      "{p|Hofsteenge} ook bij de {O|Stichting Behoud Wierdense Veld} heeft geïnformeerd. - {c|LtB}"),
], font="DV", producer="Microsoft Outlook voor Microsoft 365", creator="Microsoft Outlook"))

DOCS.append(Doc("nk11", "WhatsApp-export buurtgroep Veldkampsweg", [
    P("**WhatsApp-chat met 'Buurt Veldkampsweg e.o. 🐄'** - export van 12 december 2025 (toegevoegd aan dossier "
      "door {O|Stichting Behoud Wierdense Veld})"),
    S("[01-12-2025 19:02] {p|Henk Wolters}: Hebben jullie gezien dat er weer een auto van de {O|ODT} bij {p|Lohuis} stond?"),
    S("[01-12-2025 19:04] {p|Gerda Nijkamp}: Ja, die dame met dat Franse accent weer. {p|Zoë} heet ze geloof ik"),
    S("[01-12-2025 19:05] {p|Ome Bert}: Laat die mensen toch met rust. {c|GJ} is nog steeds {h|niet beter sinds zijn hartoperatie}"),
    S("[01-12-2025 19:07] {p|Marleen Scholten}: Ik vind het ook zielig maar die stank en die vrachtwagens, en het veen gaat kapot"),
    S("[01-12-2025 19:08] {p|Dinand}: @{p|Marleen} jij komt uit de stad, dan moet je niet op het platteland gaan wonen 😡"),
    S("[01-12-2025 19:10] {p|Henk Wolters}: Rustig blijven allemaal. {p|Bram} zei dat ze een vergunning aanvragen"),
    S("[01-12-2025 19:12] {p|Gerda Nijkamp}: Ik heb het nummer van die toezichthouder, " + ZM_T + ", zal ik haar eens bellen?"),
    S("[01-12-2025 19:13] {p|Marleen Scholten}: Niet doen {p|Gerda}, dat is echt niet oké"),
    S("[01-12-2025 19:20] {p|Jos Smit}: De provincie doet toch niks. {F|Statenlid Ten Brinke} van de {O|BBB} heeft er "
      "vragen over gesteld, zie de site van {O|Provinciale Staten}"),
    S("[01-12-2025 19:22] {p|Ome Bert}: Die {p|Okkerse} van de provincie was ook op de informatieavond in {N|zaal Het Anker} hè"),
    S("[01-12-2025 19:25] {p|Dinand}: Ja en hij zei niks. Typisch ambtenaar"),
    S("[02-12-2025 07:45] {p|Hermien}: Lieve buren, dank voor jullie steun. Willen jullie aub geen namen van mensen van "
      "de ODT rondsturen, dat maakt het alleen maar erger. Groetjes Hermien en GJ"),
    S("[02-12-2025 07:50] {p|Henk Wolters}: 👍"),
    S("[02-12-2025 08:01] {p|Wendelien}: Namens de stichting: wij hebben een handhavingsverzoek ingediend, niet tegen "
      "jullie persoonlijk maar voor het " + N2K + ". Jullie kunnen mij mailen: {e|wendelien.oudeluttikhuis@gmail.com}"),
    S("[02-12-2025 08:03] {p|Dinand}: Nou bedankt hoor {p|Wendelien}"),
    S("[02-12-2025 08:15] {p|Marleen Scholten}: Er is donderdag een bijeenkomst van {O|LTO Noord} in {N|café De Zwaan} "
      "om 20.00 uur, info via {M|info@ltonoord.nl}"),
    S("[02-12-2025 08:20] {p|Jos Smit}: Mijn nieuwe nummer trouwens: {t|06 41 09 88 72}"),
    S("[02-12-2025 09:02] {p|Gerda Nijkamp}: Heeft iemand de kinderen van {p|Nijhof} gezien? Ze moesten om 8 uur bij de bus zijn"),
    S("[02-12-2025 09:03] {p|Ome Bert}: die zijn met {p|Anja} mee"),
    PB,
    S("[05-12-2025 21:40] {p|Henk Wolters}: Staat in {O|Tubantia}: 'Provincie legt boer Wierden dwangsom op'"),
    S("[05-12-2025 21:41] {p|Gerda Nijkamp}: Staat de naam erin?"),
    S("[05-12-2025 21:44] {p|Henk Wolters}: Nee alleen 'een melkveehouder aan de Veldkampsweg'. Maar iedereen weet het natuurlijk"),
    S("[05-12-2025 21:50] {p|Dinand}: Ik ga zaterdag met de trekker naar {L|Zwolle}. Wie gaat er mee? Verzamelen bij "
      "{N|Hotel Wierden Aan de Dijk} 7 uur"),
    S("[05-12-2025 22:03] {p|Marleen Scholten}: Ik heb de groep gedempt, succes allemaal"),
    S("[06-12-2025 06:58] {p|Ome Bert}: {p|Bert} hier, ik ga mee. Mijn neef {p|Roelof Bosch} ook"),
    S("[06-12-2025 07:10] {p|Tineke ter Haar-Voskamp}: Let op, de {O|Waterschap Vechtstromen} heeft de weg bij "
      "{L|Enter} afgesloten, rij via de {L|N347}. En de {O|Politie Oost-Nederland} staat bij het {L|Provinciehuis}"),
    S("[06-12-2025 07:12] {p|Dinand}: Thanks {p|Tineke}! {p|Bertus} rijdt voorop"),
    S("Bericht van {p|Ome Bert} (telefoonnummer {t|+31 6 1290 4471}) verwijderd door beheerder"),
], font="DV", producer="Skia/PDF m120", creator="Chromium"))
