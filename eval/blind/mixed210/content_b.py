"""Set UV, documents uv12-uv22: objection procedure, chats, scans, council questions, beslisnota."""
from lib import Doc

DOCS = []

DOCS.append(Doc("uv12_uitnodiging_hoorzitting", "docx", """
Gemeente Deventer - Bezwaarschriftencommissie
Postbus 5000, 7400 GC Deventer | bezwaar@deventer.nl | 14 0570

Sociaal Advocatenpraktijk De Waag
t.a.v. mr. [[P|R.J. Schimmelpenninck]]
Stromarkt 12
7411 PK Deventer

Datum: 21 juli 2026
Ons kenmerk: {{R|BZ-2026-0212}}
Uw referentie: [[X|2026/0388/RJS]]
Contactpersoon: [[P|mr. Lotte Wijnbergen]], secretaris bezwaarschriftencommissie
Telefoon: [[T|0570 69 38 77]]

# Ontvangstbevestiging bezwaarschrift en uitnodiging hoorzitting

Geachte heer [[P|Schimmelpenninck]],

Wij hebben het bezwaarschrift van uw cliënt, de heer [[P|B. Wiśniewski]], ontvangen op 10 juli 2026. Het bezwaar is gericht tegen het besluit van 4 juni 2026 (URG-2026-0104) over een urgentieverklaring. Het bezwaar is tijdig ingediend en wordt behandeld door de onafhankelijke bezwaarschriftencommissie van de gemeente Deventer.

U en uw cliënt worden uitgenodigd voor de hoorzitting op:
dinsdag 25 augustus 2026, 10.30 uur
stadhuis Deventer, Grote Kerkhof 1, zaal De Waag (begane grond)

Op uw verzoek is een tolk Pools aanwezig. Namens het college is de heer [[P|Jeroen van 't Hul]] aanwezig als secretaris van de Urgentiecommissie Stedendriehoek, en namens Woonkracht IJssel mevrouw [[P|Ilse Kamphuis]].

De stukken liggen vanaf 11 augustus 2026 ter inzage. U kunt ze ook digitaal ontvangen via de beveiligde mail. Kunt u niet aanwezig zijn? Laat het ons dan uiterlijk 18 augustus weten via bezwaar@deventer.nl.

Met vriendelijke groet,

[[P|mr. L. Wijnbergen]]
secretaris van de bezwaarschriftencommissie
""", meta={"/Producer": "LibreOffice 7.4", "/Creator": "Writer", "/Author": "Lotte Wijnbergen"}))

DOCS.append(Doc("uv13_verslag_hoorzitting", "ttf", """
# Verslag hoorzitting bezwaarschriftencommissie
Zaak: {{R|BZ-2026-0212}} - bezwaar tegen afwijzing urgentieverklaring (URG-2026-0104)
Datum: 25 augustus 2026, 10.30-11.45 uur | Plaats: stadhuis Deventer, zaal De Waag

| Aanwezig | Hoedanigheid |
| [[P|mr. C.A. Lankhorst]] | voorzitter bezwaarschriftencommissie |
| [[P|drs. Marjolein Eshuis]] | lid |
| [[P|Ferry Bakx]] | lid |
| [[P|mr. Lotte Wijnbergen]] | secretaris (verslag) |
| [[P|Bogdan Wiśniewski]] | bezwaarmaker |
| mr. [[P|R.J. Schimmelpenninck]] | gemachtigde bezwaarmaker |
| [[P|Agnieszka Dąbrowska]] | tolk Pools (Wbtv-nummer [[X|21874]]) |
| [[P|Jeroen van 't Hul]] | namens het college (secretaris urgentiecommissie) |
| [[P|Ilse Kamphuis]] | namens Woonkracht IJssel (informant) |

## Opening
De voorzitter opent de hoorzitting, stelt de aanwezigen voor en wijst op de rol van de commissie: zij adviseert het college, het college beslist. De tolk wordt beëdigd geacht op grond van haar inschrijving.

## Toelichting bezwaarmaker
Mr. [[P|Schimmelpenninck]] verwijst naar het bezwaarschrift en legt aanvullend een verklaring over van de kwekerij in Bathmen (eigenaar de heer [[P|Hendrikus Gerritsen]]), waaruit blijkt dat cliënt daar in 2023, 2024 en 2025 van april tot oktober werkte. De heer [[P|Wiśniewski]] verklaart via de tolk dat hij in die jaren in een chalet op het terrein woonde, samen met twee collega's. Hij heeft geen ander land of andere stad waar hij kan wonen; zijn moeder in Łódź woont zelf in een eenkamerwoning.

Gevraagd naar zijn gezondheid zegt bezwaarmaker dat zijn [[H|diabetes]] in de nachtopvang slecht te reguleren is; hij is in juli eenmaal met een [[H|hypo]] naar de spoedeisende hulp van het Deventer Ziekenhuis gebracht.
===
## Toelichting namens het college
De heer [[P|van 't Hul]] licht toe dat bij de aanvraag geen bewijs van werk in de regio is overgelegd; de stukken die nu zijn overgelegd, waren de commissie niet bekend. Hij erkent dat bezwaarmaker niet is gehoord en dat geen tolk is ingeschakeld; dat is in de urgentieprocedure niet gebruikelijk, maar in dit geval was het wenselijk geweest.

Mevrouw [[P|Kamphuis]] geeft desgevraagd aan dat urgenten voor een eenpersoonswoning in Deventer gemiddeld vier maanden wachten.

## Vragen van de commissie
[[P|Mevrouw Eshuis]] vraagt of de gemeente het werk bij de kwekerij had kunnen verifiëren. De heer [[P|van 't Hul]]: de UWV-polisadministratie wordt niet standaard geraadpleegd. De voorzitter vraagt of het chalet als woonruimte geldt; mr. [[P|Schimmelpenninck]] stelt dat het gaat om feitelijk verblijf, niet om inschrijving.

## Sluiting
De voorzitter sluit de hoorzitting om 11.45 uur. De commissie beraadslaagt achter gesloten deuren en brengt binnen vier weken advies uit.

Vastgesteld door de voorzitter op 1 september 2026, paraaf: [[C|CAL]]
""", meta={"/Producer": "ReportLab PDF Library - www.reportlab.com", "/Creator": "Microsoft Word - verslag hoorzitting BZ-2026-0212.docx"},
    notes=[(0, "Wijnbergen, Lotte", "Tolk vroeg om haar naam niet in het verslag op te nemen; voorzitter beslist."),
           (1, "Lankhorst", "Passage over ziekenhuisopname beperken tot wat relevant is; bel mij: 06-5530 9127")],
    hidden=[("annotations", "PERSON", "Wijnbergen, Lotte", ["Wijnbergen, Lotte"]),
            ("annotations", "PHONE", "06-5530 9127", ["06-5530 9127"])]))

DOCS.append(Doc("uv14_advies_bezwaarcommissie", "helv", """
# Advies van de bezwaarschriftencommissie
Aan het college van burgemeester en wethouders van Deventer
Zaak: BZ-2026-0212 | Datum advies: 22 september 2026
Inzake het bezwaar van de heer [[P|B. W.]] (hierna: bezwaarmaker), gemachtigde mr. [[P|R.J. Schimmelpenninck]]

## 1. Procedure
Bij besluit van 4 juni 2026 heeft het college de aanvraag om een urgentieverklaring afgewezen. Bezwaarmaker heeft daartegen tijdig bezwaar gemaakt. De commissie heeft partijen gehoord op 25 augustus 2026.

## 2. Beoordeling
Artikel 2.4 van de Huisvestingsverordening Deventer 2025 vereist economische of maatschappelijke binding met de regio. Economische binding bestaat volgens artikel 14, tweede lid, van de Huisvestingswet 2014 als de woningzoekende een inkomen verwerft uit een economische activiteit in de regio. De verklaring van de werkgever en de loonstroken tonen aan dat bezwaarmaker van 2023 tot en met 2025 gedurende telkens zeven maanden in Bathmen werkte.

De commissie is van oordeel dat het college de aanvraag onvoldoende zorgvuldig heeft voorbereid (artikel 3:2 Awb). Bezwaarmaker is niet gehoord, terwijl uit het dossier bleek dat hij het Nederlands beperkt beheerst. Ook had het college de minderheidsopvatting in het advies van de urgentiecommissie moeten betrekken.

De commissie merkt op dat het verblijf in een chalet op een bedrijfsterrein geen zelfstandige woonruimte is, maar dat dit voor de binding niet beslissend is.

## 3. Advies
De commissie adviseert het bezwaar gegrond te verklaren, het besluit van 4 juni 2026 te herroepen en opnieuw op de aanvraag te beslissen met inachtneming van dit advies, en de kosten van rechtsbijstand te vergoeden volgens het Besluit proceskosten bestuursrecht.

De commissie, [[P|mr. C.A. Lankhorst]] (voorzitter), [[P|drs. M. Eshuis]], [[P|F. Bakx]]
De secretaris, [[P|mr. L. Wijnbergen]]
""", meta={"/Producer": "iText 5.5.13.3", "/Creator": "Zaaksysteem Djuma", "/Author": "lwijnbergen"},
    hidden=[("metadata", "USERNAME", "lwijnbergen", ["lwijnbergen"])]))

DOCS.append(Doc("uv15_beslissing_op_bezwaar", "ttf", """
Gemeente Deventer | Grote Kerkhof 1 | Postbus 5000 | 7400 GC Deventer | www.deventer.nl

Sociaal Advocatenpraktijk De Waag
t.a.v. mr. [[P|R.J. Schimmelpenninck]]
Stromarkt 12, 7411 PK Deventer

Datum: 6 oktober 2026
Kenmerk: BZ-2026-0212
Onderwerp: beslissing op bezwaar van de heer [[P|B. Wiśniewski]]

# Beslissing op bezwaar

Geachte heer [[P|Schimmelpenninck]],

Namens uw cliënt heeft u bezwaar gemaakt tegen ons besluit van 4 juni 2026, waarbij wij zijn aanvraag om een urgentieverklaring hebben afgewezen. Wij hebben het advies van de bezwaarschriftencommissie van 22 september 2026 ontvangen en nemen dit advies over.

## Besluit
Wij verklaren het bezwaar gegrond, herroepen het besluit van 4 juni 2026 en verlenen uw cliënt een urgentieverklaring op grond van sociale urgentie (dakloosheid), met zoekprofiel: zelfstandige woonruimte, 1 à 2 kamers, in de gemeenten Deventer, Apeldoorn of Zutphen. De urgentieverklaring is zes maanden geldig vanaf de dagtekening van dit besluit.

Wij vergoeden de kosten van rechtsbijstand in bezwaar tot een bedrag van € 647,00. Het bedrag wordt overgemaakt op de derdengeldrekening van uw kantoor.

## Beroep
Tegen dit besluit kan beroep worden ingesteld bij de rechtbank Overijssel, sector bestuursrecht, binnen zes weken na verzending.

Hoogachtend,
burgemeester en wethouders van Deventer,

de gemeentesecretaris, | de burgemeester,
{{F|Els Ruitenberg}} | {{F|Tessa Lindeboom}}

Afschrift aan: Woonkracht IJssel (urgentie@woonkrachtijssel.nl), de Urgentiecommissie Stedendriehoek
""", meta={"/Producer": "Aspose.Words for .NET 24.1", "/Creator": "Corsa", "/Title": "Beslissing op bezwaar BZ-2026-0212"}))

DOCS.append(Doc("uv16_whatsapp_woonconsulenten", "ttf", """
# WhatsApp-chat "Urgenten WKIJ" - export
Geëxporteerd op 12-08-2026 door [[P|Priya Ramdin]] ([[T|+31 6 4127 0096]])

[03-06-2026 08:12] [[P|Ilse Kamphuis]]: Morgen komt de woning aan de Albert Schweitzerlaan vrij, benedenwoning met douche zonder drempel. Past die bij 0093?
[03-06-2026 08:15] [[P|Priya]]: Volgens mij wel! {{E|Deurbreedte}} nog nameten. Ik vraag het aan [[P|Gerda]]
[03-06-2026 08:31] [[P|Gerda ten Brinke]]: 88 cm bij de voordeur, 83 bij de badkamer 😕 Net te smal voor de rolstoel van mevr. [[P|El Idrissi]]
[03-06-2026 08:33] [[P|Ilse Kamphuis]]: Balen. Kan renovatie dat oplossen? Ik bel [[P|Thijs]] even
[03-06-2026 09:02] [[P|Thijs R.]]: Deur verbreden kan, kost ca. € 4.800 en 3 weken. Akkoord als de gemeente de Wmo-bijdrage regelt
[03-06-2026 09:05] [[P|Ilse Kamphuis]]: Top, ik mail [[P|Femke]] van de gemeente
[10-06-2026 14:20] [[P|Gerda ten Brinke]]: [[P|Dirk-Jan]] ([[P|DJ]]) belde weer, hij is ten einde raad. Zijn moeder wil dat hij vóór september weg is
[10-06-2026 14:22] [[P|Priya]]: Hij heeft pas sinds 4 juni urgentie, kan nog even duren. Wel even bijhouden ivm vorige keer
[10-06-2026 14:25] [[P|Gerda ten Brinke]]: Zijn nummer is trouwens veranderd: [[T|06-38 71 20 45]]
[11-06-2026 07:58] [[P|Thijs R.]]: Let op, geen BSN's en medische info in deze app zetten. Afspraak uit het {{E|privacyoverleg}} met de {{J|functionaris gegevensbescherming}}.
[11-06-2026 08:01] [[P|Ilse Kamphuis]]: 👍
[11-06-2026 08:03] [[P|Gerda ten Brinke]]: Sorry! Ik haal de berichten weg
[24-07-2026 16:40] [[P|Priya]]: Goed nieuws: 0093 heeft de woning in het Geert Grote-kwartier geaccepteerd 🎉 sleutel 1 okt
""", meta={"/Producer": "Skia/PDF m118", "/Creator": "Chrome", "/Title": "WhatsApp-chat Urgenten WKIJ"}))

DOCS.append(Doc("uv17_teams_chat", "helv", """
# Microsoft Teams - chat "Secretariaat urgentie"
Deelnemers: [[P|Oosterveld, Femke]]; [[P|van 't Hul, Jeroen]]; [[P|Kuipers-Bosman, Annelies]]

[[P|Jeroen van 't Hul]] 28-5 09:14
Adviezen 0093, 0101 en 0104 staan in Corsa. Kan [[P|Marco]] ze vandaag tekenen? Anders schuift 0101 weer een week.

[[P|Annelies Kuipers-Bosman]] 28-5 09:20
[[P|Marco]] zit tot 11 uur in het {{O|MT}}, ik leg ze erna in zijn {{E|parafeerbak}}. Zijn er nog wijzigingen tov het concept?

[[P|Jeroen van 't Hul]] 28-5 09:22
Alleen bij 0104: minderheidsstandpunt [[P|Wim]] toegevoegd. Hij was er nogal fel over.

[[P|Femke Oosterveld]] 28-5 10:47
Voor de zekerheid: in het persbericht over de nieuwe regeling komen geen casussen, ook niet geanonimiseerd. Afspraak met de {{J|woordvoerder}}.

[[P|Annelies Kuipers-Bosman]] 28-5 11:35
Getekend door [[P|MdBN]] ✔ Verzonden naar de aanvragers via Corsa, met afschrift aan Woonkracht IJssel.

[[P|Jeroen van 't Hul]] 28-5 11:36
Dank! Ik zet de actiepunten van de vergadering op de {{E|Teams-pagina}}.

[[P|Femke Oosterveld]] 2-6 08:55
{{F|Raadslid Ottenhof}} heeft schriftelijke vragen ingediend over wachttijden urgenten. Beantwoording via mij, deadline 30 juni. [[P|Jeroen]], kun jij de cijfers over 2025 aanleveren?

[[P|Jeroen van 't Hul]] 2-6 09:03
Ja, staat in het {{E|jaarverslag}} van de commissie. Ik stuur je het {{E|Excel-bestand}}; tabblad 3.
""", meta={"/Producer": "Microsoft: Print To PDF", "/Creator": "Microsoft Teams", "/Title": "Chat Secretariaat urgentie"}))

DOCS.append(Doc("uv18_scan_brief_aanvrager", "scan", """
~Deventer, 2 mei 2026
~
~Aan de urgentiecommissie
~
~Geachte commissie,
~
~Mijn naam is [[P|Ayse Celik]]. Ik woon met mijn zoon [[P|Emre]] (14)
~in een flat aan de [[A|Rembrandtkade 81]] op de 4e verdieping.
~Emre heeft [[H|spierziekte Duchenne]] en zit in een rolstoel.
~De lift is vaak kapot, dan kan hij niet naar school.
~Ik draag hem dan de trap af maar dat gaat niet meer,
~mijn rug is kapot. Wij hebben echt een andere woning nodig.
~
~U kunt mij bellen op [[T|06 2839 1177]]
~
~Met vriendelijke groet,
~[[P|A. Celik]]
~[[S|A.Celik]]
""", meta={"/Producer": "Canon iR-ADV C5535 PDF", "/Creator": "Canon iR-ADV C5535"},
    scan_style={"hand": "DejaVuSans-Oblique.ttf", "hsize": 34, "angle": 0.8}))

DOCS.append(Doc("uv19_scan_presentielijst", "scan", """
# Presentielijst hoorzitting 25-08-2026
Zaak BZ-2026-0212 - zaal De Waag

Naam                       Functie                 Paraaf
[[P|C.A. Lankhorst]]            voorzitter
[[P|M. Eshuis]]                 lid
[[P|F. Bakx]]                   lid
[[P|L. Wijnbergen]]             secretaris
~[[P|Bogdan Wisniewski]]     bezwaarmaker
~[[P|Ruud Schimmelpenninck]]     advocaat
~[[P|Agnieszka Dabrowska]]    tolk
~[[P|Jeroen van 't Hul]]       gemeente
~[[P|Ilse Kamphuis]]         Woonkracht
""", meta={"/Producer": "KONICA MINOLTA bizhub C360i", "/Creator": "KONICA MINOLTA bizhub C360i"},
    scan_style={"size": 30, "hsize": 32, "angle": -0.6}))

DOCS.append(Doc("uv20_scan_fax_psycholoog", "scan", """
# FAX
Van: GZ-psychologenpraktijk Het Anker, Zutphen
Aan: Secretariaat Urgentiecommissie
Datum: 15-05-2026      Pagina's: 1

Betreft: de heer [[P|D.J. ter Horst]], geb. [[D|02-11-1986]]

Genoemde client is sinds april 2026 bij mij
in behandeling in verband met [[H|posttraumatische]]
[[H|stressklachten]] na huiselijk geweld.
Een stabiele woonsituatie is voor het herstel
en voor het contact met zijn kinderen van
groot belang.

[[P|drs. Evelien Mulder-Kaptein]]
GZ-psycholoog, BIG [[X|39061124325]]
tel. [[T|0575-51 84 29]]
""", meta={"/Producer": "HP Digital Sending", "/Creator": "HP LaserJet MFP"},
    scan_style={"size": 30, "angle": 1.1, "font": "DejaVuSansMono.ttf"}))

DOCS.append(Doc("uv21_raadsvragen", "docx", """
# Schriftelijke vragen ex artikel 41 Reglement van orde
Van: {{F|raadslid Martijn Ottenhof}} (SP)
Datum: 29 mei 2026
Onderwerp: wachttijden voor woningzoekenden met een urgentieverklaring
Registratienummer: {{R|RV-2026-044}}

Inleiding
In de raadscommissie Wonen van 17 juni zal worden gesproken over de uitvoering van de Huisvestingsverordening Deventer 2025. Uit gesprekken met Huurdersvereniging De Kapstok begrijpt de SP-fractie dat urgenten soms langer dan een jaar op een passende woning wachten, vooral als zij een rolstoel gebruiken.

Vragen
1. Hoeveel urgentieverklaringen zijn in 2025 en in het eerste halfjaar van 2026 aangevraagd, toegekend en afgewezen?
2. Hoe lang wachten urgenten gemiddeld op een passend aanbod, uitgesplitst naar medische urgentie en sociale urgentie?
3. Deelt het college de opvatting dat de binding-eis dakloze arbeidsmigranten onevenredig treft?
4. Is het college bereid met Woonkracht IJssel afspraken te maken over het labelen van nieuwbouw voor urgenten, bijvoorbeeld in het Geert Grote-kwartier?

{{F|Martijn Ottenhof}}, raadslid SP
===
# Antwoord van het college
Datum: 30 juni 2026 | Portefeuillehouder: {{F|wethouder Joris Kleinjan}} (Wonen)

1. In 2025 zijn 118 aanvragen ingediend, waarvan 64 toegekend en 49 afgewezen; 5 zijn ingetrokken. In het eerste halfjaar van 2026 zijn 61 aanvragen ingediend, waarvan 27 toegekend.
2. De gemiddelde wachttijd tot een passend aanbod was in 2025 bij sociale urgentie 4,2 maanden en bij medische urgentie 7,9 maanden. Bij een zoekprofiel met rolstoeltoegankelijkheid was dat 11,3 maanden.
3. Nee. De binding-eis volgt uit artikel 14 van de Huisvestingswet 2014. Wel laat het college onderzoeken hoe de binding beter kan worden vastgesteld, bijvoorbeeld via de UWV-polisadministratie.
4. Ja. In de prestatieafspraken 2027 wordt opgenomen dat 10 procent van de rolstoeltoegankelijke nieuwbouw eerst aan urgenten wordt aangeboden. {{F|Wethouder Kleinjan}} bespreekt dit op 8 juli met de directeur-bestuurder van Woonkracht IJssel.

Het college van burgemeester en wethouders van Deventer,
de secretaris, {{F|Els Ruitenberg}} | de burgemeester, {{F|Tessa Lindeboom}}

Ambtelijk opgesteld door: [[P|F. Oosterveld]] ([[E|f.oosterveld@deventer.nl]])
""", meta={"/Producer": "LibreOffice 7.4", "/Creator": "Writer", "/Author": "Femke Oosterveld"}))

DOCS.append(Doc("uv22_beslisnota_urgentieregeling", "helv", """
# Beslisnota
Aan: het college van burgemeester en wethouders
Via: {{F|wethouder Joris Kleinjan}}
Van: [[P|Femke Oosterveld]], beleidsadviseur wonen
Kopie aan: [[P|M.J. de Bruijn-Nijland]], teamleider Wonen; [[P|mr. L. Wijnbergen]] (juridische zaken)
Datum: 15 juli 2026 | Kenmerk: {{R|BN-2026-0731}}
Contactpersoon: [[P|F. Oosterveld]], [[T|06-5123 8841]]
Onderwerp: wijziging urgentieregeling Huisvestingsverordening Deventer 2025

## Aanleiding
De raad heeft bij de behandeling van de raadsvragen over wachttijden (RV-2026-044) gevraagd de urgentieregeling te evalueren. Daarnaast is in de bezwaarzaak BZ-2026-0212 gebleken dat de binding-eis in de praktijk te strikt wordt toegepast.

## Geadviseerd besluit
Aan het college wordt gevraagd:
1. in te stemmen met het voorstel aan de raad om artikel 2.4 en 2.11 van de Huisvestingsverordening Deventer 2025 te wijzigen;
2. in te stemmen met het persbericht over de nieuwe regeling (bijlage 2);
3. de wethouder te mandateren voor overleg met Woonkracht IJssel over de prestatieafspraken 2027.

## Kern
- Binding wordt voortaan ook aangetoond met een verklaring van een werkgever of uitzender.
- Aanvragers worden gehoord voordat een negatief advies wordt uitgebracht; zo nodig met tolk.
- Nieuwe grond: uitstroom uit een voorziening voor beschermd wonen of maatschappelijke opvang.
===
## Krachtenveld
Woonkracht IJssel steunt het voorstel, maar wijst op de schaarste aan rolstoeltoegankelijke woningen (de directeur-bestuurder in het bestuurlijk overleg van 8 juli). Huurdersvereniging De Kapstok vraagt al langer om een ruimere regeling. De gemeenten Apeldoorn en Zutphen nemen dezelfde wijziging over.

## Financiën
De extra kosten voor tolken en hoorzittingen worden geraamd op € 18.000 per jaar, te dekken uit het programma Thuis in Deventer.

## Bijlagen
1. concept-raadsvoorstel; 2. concept-persbericht; 3. advies bezwaarschriftencommissie BZ-2026-0212 (geanonimiseerd)

## Informatie die niet openbaar gemaakt kan worden
[nog invullen bij openbaarmaking]

| Naam | Functie | Paraaf | Datum |
| [[P|F. Oosterveld]] | beleidsadviseur | [[C|FO]] | 15-07 |
| [[P|M.J. de Bruijn-Nijland]] | teamleider Wonen | [[C|MdBN]] | 16-07 |
| [[P|H.P. Zwiers]] | afdelingshoofd Ruimte | [[C|HPZ]] | 17-07 |
""", meta={"/Producer": "Microsoft: Print To PDF", "/Creator": "Microsoft Word - beslisnota urgentieregeling.docx", "/Author": "Oosterveld, Femke"},
    outline=[("Beslisnota urgentieregeling", 0), ("Opmerkingen H. Zwiers verwerkt", 0), ("Krachtenveld (aanvulling Roelofsen WKIJ)", 1)],
    hidden=[("metadata", "PERSON", "Oosterveld, Femke", ["Oosterveld, Femke"]),
            ("outline", "PERSON", "H. Zwiers", ["H. Zwiers"]), ("outline", "PERSON", "Roelofsen", ["Roelofsen"])]))
