from lib import Doc

DOCS = [
Doc("vr18_meldformulier", title="Meldformulier gezondheidsklachten", fontset="std",
    meta={"Producer": "iText 5.5.13.3", "Creator": "GGD formulierenserver"},
    form=[("naam", "Wendy O'Neill", 200, 640, 250), ("geboortedatum", "04-07-1988", 200, 615, 120),
          ("adres", "Jachthavenweg 11", 200, 590, 200), ("telefoon", "06-11 02 93 84", 200, 565, 150),
          ("email", "wendy.oneill@hotmail.com", 200, 540, 250), ("klachten", "hoofdpijn en keelpijn", 200, 515, 250)],
    hidden=[("annotations", "Wendy O'Neill", "PERSON"), ("annotations", "04-07-1988", "DOB"),
            ("annotations", "Jachthavenweg 11", "ADDRESS"), ("annotations", "06-11 02 93 84", "PHONE"),
            ("annotations", "wendy.oneill@hotmail.com", "EMAIL"), ("annotations", "hoofdpijn en keelpijn", "HEALTH")],
    body="""
# {{GGD Lingemond}} – meldformulier gezondheidsklachten brand {{Industrieweg}}
Digitaal formulier · versie 1.2 · {{Gezondheidsonderzoek na Rampen}} ({{GOR}})

Naam:

Geboortedatum:

Adres:

Telefoon:

E-mail:

Klachten:

Uw gegevens worden verwerkt door de {{GGD Lingemond}} op grond van de {{Wet publieke gezondheid}}. Vragen over privacy: {{privacy@ggdlingemond.nl|EMAIL_PUBLIC}}.
"""),
Doc("vr19_concept_besluit_review", title="Concept Woo-besluit (review)", fontset="ttf",
    meta={"Producer": "Adobe Acrobat Pro (64-bit) 24.1", "Creator": "Adobe Acrobat Pro"},
    notes=[("[[Rukiye Çelik]]", "Graag check door [[Bart]]: is de naam van de AGS wel te weigeren? Hij stond in de krant.", 0),
           ("[[B. Hoekstra-Venema]]", "Ja, weigeren. Bel me even op [[06-29 84 10 73|PHONE]] – Bart", 0),
           ("[[Marloes Kuipers]]", "Evacuatielijst volledig weigeren i.p.v. lakken?", 0)],
    body="""
# CONCEPT – besluit op Woo-verzoek {{Z-2026-004417|CASE}}
Versie 0.3 voor interne review {{Juridische Zaken}}

1. Het verzoek betreft documenten over de brand bij {{Vandrecht Chemical Storage B.V.}}.

2. Wij hebben 33 documenten aangetroffen. Persoonsgegevens van medewerkers van de {{Veiligheidsregio Lingemond}}, de gemeente en het bedrijf worden geweigerd op grond van artikel 5.1, tweede lid, onder e, van de {{Wet open overheid}} ({{5.1.2e|GROUND}}).

3. Gezondheidsgegevens van bewoners zijn bijzondere persoonsgegevens en worden geweigerd op grond van artikel 5.1, eerste lid, onder d ({{5.1.1d|GROUND}}).

4. Bedrijfsgegevens in de stoffenlijst die vertrouwelijk aan de overheid zijn meegedeeld: {{5.1.1c|GROUND}}.

Opmerking: zie de notities in de marge.
"""),
Doc("vr20_ploegrooster", title="Rooster kazerne Oosterlinde-Noord", fontset="ttf",
    meta={"Producer": "Microsoft® Excel® 2019", "Creator": "Microsoft® Excel® 2019"},
    body="""
# Bezetting {{kazerne Oosterlinde-Noord}} – nacht 13/14 januari 2026
{{Brandweer Lingemond}} · post {{21-42|CASE}} · {{Johan Cruijff-zaal}} (opleidingsruimte) gereserveerd voor evaluatie

| functie | naam | pers.nr. | mobiel |
| bevelvoerder {{TS 21-4231|CALLSIGN}} | [[Sandra Wiegerinck]] | [[BRW-40127|PERSNR]] | [[06-43 10 92 55|PHONE]] |
| chauffeur | [[Thijs Olde Monnikhof]] | [[BRW-40311|PERSNR]] | [[06-20 98 13 47|PHONE]] |
| manschap a | [[Bas Opdam]] | [[BRW-40588|PERSNR]] | [[06-55 01 23 66|PHONE]] |
| manschap b | [[Gülşen Yıldız]] | [[BRW-40602|PERSNR]] | [[06-38 76 41 09|PHONE]] |
| manschap c | [[Reinier ten Brinke]] | [[BRW-40019|PERSNR]] | [[06 1437 2280|PHONE]] |
| manschap d | [[Kevin Spekschoor]] | [[BRW-40744|PERSNR]] | [[+31 6 4801 2233|PHONE]] |
| {{OvD}} piket | [[Jeroen ter Haar]] | [[BRW-30051|PERSNR]] | [[06 22 41 98 03|PHONE]] |

Postcommandant: [[A.W. (Arjen) Nijhof]] · paraaf [[AWN]] · kazerne {{Oosterlinde-Noord}}, {{Dr. Albert Schweitzerlaan}} 4
"""),
Doc("vr21_beslisnota", title="Beslisnota evaluatie brand", producer="docx",
    meta={"Producer": "LibreOffice 7.6", "Creator": "Writer", "Author": "Tjeerd Bouma"},
    hidden=[("metadata", "Tjeerd Bouma", "PERSON")],
    body="""
# Beslisnota college van B&W
Aan: burgemeester en wethouders van {{Oosterlinde}}
Van: [[T. Bouma]], {{Team Openbare Orde en Veiligheid}}
Datum: 10 februari 2026
Kenmerk: {{OOV-2026-0093|CASE}}
Onderwerp: opdracht onafhankelijke evaluatie brand {{Vandrecht}}
Contactpersoon: [[Esmée van Rijswijk]], [[e.vanrijswijk@oosterlinde.nl|EMAIL]], [[0538 482 219|PHONE]]

# Aanleiding
Na de brand van 14 januari 2026 heeft de gemeenteraad via een motie van het raadslid {{Brouwer|PUBLIC_PERSON}} ({{GroenLinks-PvdA}}) om een onafhankelijke evaluatie gevraagd.

# Geadviseerd besluit
Het college wordt gevraagd in te stemmen met de opdracht aan het {{Instituut Fysieke Veiligheid}} ({{IFV}}) voor een evaluatie van de crisisbeheersing, met een budget van € 48.000.

# Kern
De evaluatie richt zich op alarmering, evacuatie en informatievoorziening aan bewoners. Volgens [[Marloes Kuipers]] is de registratie in {{Sporthal De Stelle}} onvolledig geweest.

# Paraaf
| naam | functie | paraaf | datum |
| [[T. Bouma]] | beleidsadviseur {{OOV}} | [[TB]] | 10-02 |
| [[Hanneke Smit-Ozinga]] | communicatie | [[HSO]] | 11-02 |
| [[mr. W.F. de Graaf]] | teamleider | [[WdG]] | 11-02 |

# Informatie die niet openbaar gemaakt kan worden
Geen.
"""),
Doc("vr22_raadsvragen", title="Raadsvragen en antwoorden", fontset="times",
    meta={"Producer": "Notubiz PDF", "Creator": "iBabs"},
    body="""
# Schriftelijke vragen ex artikel 42 {{Reglement van Orde}}
Van het raadslid {{J. Brouwer|PUBLIC_PERSON}} ({{GroenLinks-PvdA}}) en het raadslid {{F. El Amrani|PUBLIC_PERSON}} ({{D66}})

Vraag 1. Waarom kregen bewoners van de {{Jachthavenweg}} pas om 02:52 uur een {{NL-Alert}}?

Antwoord. De {{CvD}} heeft het {{NL-Alert}} uitgegeven zodra de rookpluim richting woonwijk draaide. De {{Veiligheidsregio}} evalueert dit moment.

Vraag 2. Klopt het dat een bewoonster van 85 niet gewaarschuwd is?

Antwoord. Wij hebben hierover een brief ontvangen. Een medewerker van {{Bevolkingszorg}} heeft de betrokken bewoonster op 22 januari bezocht. Op persoonlijke omstandigheden gaan wij niet in.

Vraag 3. Wanneer mogen bewoners weer groente uit hun moestuin eten?

Antwoord. Op advies van het {{RIVM}} en de {{GGD Lingemond}} is het advies op 6 februari ingetrokken, na de metingen van {{Lablinq Milieu}}.

Het college van burgemeester en wethouders van {{Oosterlinde}},
de secretaris, [[drs. H.J. Mensink]]          de burgemeester, {{M.A. Verhoeff|PUBLIC_PERSON}}
"""),
Doc("vr23_brief_directeur_2", title="Brief Vandrecht schade", fontset="ttf",
    meta={"Producer": "Microsoft® Word voor Microsoft 365", "Creator": "Microsoft® Word voor Microsoft 365", "Author": "rkampstra"},
    hidden=[("metadata", "rkampstra", "PERSON")],
    body="""
{{Vandrecht Chemical Storage B.V.}} · onderdeel van {{Vandrecht Logistics Group}}

Aan het college van burgemeester en wethouders van {{Oosterlinde}}
t.a.v. wethouder {{R. van Lienden|PUBLIC_PERSON}}

Datum: 9 februari 2026 · Ons kenmerk: {{VCS/DIR/26-018|CASE}}

Onderwerp: schaderegeling omwonenden

Geachte heer {{Van Lienden|PUBLIC_PERSON}},

Wij hebben een schaderegeling ingesteld voor omwonenden, uitgevoerd door {{Crawford & Company}}. Tot nu toe zijn 27 claims ontvangen, onder meer van de families [[Wessels]] en [[Haverkamp]] en van mevrouw [[Dijkhuis]] voor reinigingskosten.

De heer [[Pöhlmann]] heeft ons aansprakelijk gesteld via zijn advocaat, mr. [[Sophie de Jong-van Dam]] van {{Hanze Advocaten}}. Wij verzoeken u de inhoud van die claim niet openbaar te maken.

Onze verzekeraar ({{Achmea}}) neemt contact op met de gemeente over de kosten van bluswater en reiniging.

Hoogachtend,

[[R.J. Kampstra]], directeur
[[Marieke Kampstra-Lenferink]], financieel directeur
"""),
Doc("vr24_presentielijst_scan", title="Presentielijst opvang", scan={"rot": -0.7, "font": "DejaVuSans.ttf"},
    meta={"Producer": "KONICA MINOLTA bizhub C360i", "Creator": "bizhub"},
    body="""
# Presentielijst opvang Sporthal De Stelle 14-01

Nr  Naam                      Adres                  Tijd
1   [[Femke Dijkhuis]]            [[Kanaaldijk 12|ADDRESS]]          03:40
2   [[Ruud Haverkamp]]            [[Kanaaldijk 10|ADDRESS]]          03:55
3   [[Henk Wessels]]              [[Kanaaldijk 14|ADDRESS]]          04:05
4   [[Wendy O'Neill]]             [[Jachthavenweg 11|ADDRESS]]       04:10
5   [[Mevlüt Aydin]]              [[Sluiswachtersweg 3|ADDRESS]]     04:22

Registratie door: [[Marloes Kuipers]]
Tolk aanwezig: [[Yasmina Amrani]]
"""),
Doc("vr25_memo_ovd_scan", title="Memo OvD", scan={"rot": 0.5},
    meta={"Producer": "RICOH IM C3000", "Creator": "RICOH"},
    body="""
# MEMO

Aan:     [[Pieter Scholte]], commandant
Van:     [[Jeroen ter Haar]], OvD
Datum:   16 januari 2026
Betreft: inzet TS 21-4231 en ongeval collega

Om 03:05 uur heb ik bevelvoerder [[Wiegerinck]] opdracht
gegeven tot een binnenaanval in het kantoorpand.
Manschap [[Opdam]] raakte bevangen door rook.

Ik stel voor het ongeval te melden bij de Arbeidsinspectie.
Mijn nummer: [[06 22 41 98 03|PHONE]]
"""),
]
