"""Set BB, documents bb01-bb16 (request, questionnaires, LBB request, police information, intention)."""
from lib import Doc

LH = "Gemeente Oostervaart - Stadhuisplein 1 - Postbus 40 - 1740 AA Oostervaart - telefoon 14 0229"

DOCS = [
Doc("bb01_woo_verzoek", r"""
# Verzoek op grond van de Wet open overheid

Aan: het college van burgemeester en wethouders van de {{O|gemeente Oostervaart}}
t.a.v. de Woo-coördinator, {{M|woo@oostervaart.nl}}

Datum: 2 november 2026
Onderwerp: Woo-verzoek Bibob-procedure {{O|Snackbar-Lunchroom De Vier Winden}}

Geachte heer, mevrouw,

Op grond van de {{W|Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de
{{W|Wet Bibob}}-toets die de gemeente heeft uitgevoerd bij de aanvraag van een exploitatievergunning voor
{{O|Snackbar-Lunchroom De Vier Winden}} aan de {{S|Kerkstraat 14}} in {{L|Oostervaart}}. Het gaat mij in het
bijzonder om het adviesverzoek aan het {{O|Landelijk Bureau Bibob}}, het advies zelf, het voornemen tot
weigering van {{F|burgemeester Verbeek-Schouten}} en de interne correspondentie hierover vanaf 1 maart 2026.

Ik schrijf voor het {{O|Noordhollands Dagblad}} een artikel over de toepassing van de {{W|Wet Bibob}} in de
horeca in {{L|West-Friesland}}. Ik verzoek u de documenten digitaal te verstrekken.

Met vriendelijke groet,

[[P|Noor Bakkali]]
[[A|Duinroosweg 31]], 1851 HB Heiloo
telefoon [[T|06 - 28 31 77 40]]
e-mail [[E|noor.bakkali@nhdmail.nl]]

Kopie: eindredacteur [[P|Gijs Verhaar]] ([[E|g.verhaar@nhdmail.nl]])
""", font="Helvetica", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="Noor Bakkali"),

Doc("bb02_ontvangstbevestiging", r"""
Gemeente Oostervaart

Retour: Postbus 40, 1740 AA Oostervaart

Mevrouw [[P|N. Bakkali]]
[[A|Duinroosweg 31]]
[[A|1851 HB]] Heiloo

Ons kenmerk: {{R|WOO-2026-0188}}
Behandeld door: [[P|A.M. de Groot]]
Telefoon: [[T|0229 - 25 84 02]]
Datum: 6 november 2026
Onderwerp: ontvangstbevestiging Woo-verzoek

Geachte mevrouw [[P|Bakkali]],

Op 2 november 2026 hebben wij uw verzoek op grond van de {{W|Wet open overheid}} ontvangen over de
{{W|Wet Bibob}}-procedure rond {{O|Snackbar-Lunchroom De Vier Winden}}. Wij hebben uw verzoek geregistreerd onder
kenmerk {{R|WOO-2026-0188}}.

Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen. Omdat
de documenten gegevens van derden bevatten, stellen wij hen mogelijk in de gelegenheid een zienswijze
te geven ({{W|artikel 4.4 Woo}}). Wij wijzen u er alvast op dat informatie uit een {{W|Bibob}}-onderzoek op grond
van {{W|artikel 28 Wet Bibob}} een geheimhoudingsplicht kent.

Heeft u vragen, neem dan contact op met het {{O|Klant Contact Centrum}} via {{N|14 0229}} of mail naar
{{M|woo@oostervaart.nl}}.

Met vriendelijke groet,
namens het college van burgemeester en wethouders van Oostervaart,

[[P|Annelies de Groot]]
Woo-coördinator

Kopie: [[P|T. van der Meulen-Bos]] (jurist, behandelaar Bibob-dossier)
""", maker="docx", producer="LibreOffice 7.6", creator="Writer", author="Groot, Annelies de", title="Ontvangstbevestiging WOO-2026-0188",
    hidden=[("metadata", "P", "Groot, Annelies de", ["Groot, Annelies de"])], letterhead=None),

Doc("bb03_aanvraag_exploitatievergunning", r"""
# Aanvraag exploitatievergunning horeca

Aan de burgemeester van {{L|Oostervaart}}
Afdeling {{O|Vergunningen, Toezicht en Handhaving}}

Hierbij vraag ik namens {{O|De Vier Winden Horeca B.V.}} een exploitatievergunning aan op grond van
{{W|artikel 2:28 van de Algemene plaatselijke verordening}} voor {{O|Snackbar-Lunchroom De Vier Winden}},
{{S|Kerkstraat 14}}, {{L|Oostervaart}}. Tevens vraag ik een {{W|Alcoholwet}}-vergunning aan voor de verkoop van zwak-alcoholhoudende dranken op het terras.

## Gegevens aanvrager

| Veld | Gegevens |
| Naam bestuurder | [[P|Kerem Aydoğan]] |
| Geboortedatum | [[D|14-03-1988]] te Zaandam |
| BSN | [[B|183746259]] |
| Woonadres | [[A|Wilgenlaan 27]], [[A|1742 KP]] Oostervaart |
| Telefoon | [[T|06-18 44 92 03]] |
| E-mail | [[E|kerem.aydogan88@gmail.com]] |
| KvK-nummer onderneming | {{R|94117302}} |

## Leidinggevenden

| Naam | Geboortedatum | Functie |
| [[P|Kerem Aydoğan]] | [[D|14-03-1988]] | bestuurder, leidinggevende |
| [[P|Elif Aydoğan-Şahin]] | [[D|02-09-1990]] | leidinggevende |
| [[P|Joost Rijkenberg]] | [[D|21-11-1979]] | bedrijfsleider |

De zaak wordt overgenomen van [[P|W.J. Brouwer]], die tot 1 april 2026 op deze locatie
{{O|Cafetaria Brouwer}} exploiteerde. De openingstijden worden 10.00 tot 22.00 uur. Er komen geen
speelautomaten. Het terras ligt aan het {{S|Pieter Jelles Troelstraplein}}.

Oostervaart, 12 maart 2026

[[P|K. Aydoğan]]
""", font="DejaVuSerif", size=10, producer="PDFpen 13.2", creator="Pages", author="Kerem Aydoğan"),

Doc("bb04_bibob_vragenformulier", r"""
Bibob-vragenformulier exploitatievergunning - deel A: aanvrager
Dit formulier hoort bij de aanvraag exploitatievergunning, zaaknummer {{R|BIB-2026-0147}}.
Vul alle velden volledig en naar waarheid in. Onjuiste of onvolledige informatie kan op grond van
{{W|artikel 3 lid 1 en artikel 4 Wet Bibob}} tot weigering leiden. Stuur het formulier naar {{M|bibob@oostervaart.nl}}.
""", maker="form", producer="iText 7.2.5 (c) Apryse", creator="Formulierenbouwer Oostervaart",
    fields=[
        ("Zaaknummer", "zaak", "BIB-2026-0147"),
        ("Naam aanvrager", "naam", "[[P|Kerem Aydoğan]]".replace("ğ", "g")),
        ("Geboortedatum", "gebdat", "[[D|14-03-1988]]"),
        ("Burgerservicenummer", "bsn", "[[B|183746259]]"),
        ("Woonadres", "adres", "[[A|Wilgenlaan 27, 1742 KP Oostervaart]]"),
        ("Telefoonnummer", "tel", "[[T|+31 6 1844 9203]]"),
        ("Echtgenote / partner", "partner", "[[P|Elif Aydogan-Sahin]]"),
        ("Herkomst eigen vermogen", "vermogen", "spaargeld en schenking vader [[P|M. Aydogan]]"),
        ("Lening 1 (naam, bedrag)", "lening1", "[[P|Mehmet Aydogan]], EUR 60.000"),
        ("Lening 2 (naam, bedrag)", "lening2", "[[P|Dirk-Jan van 't Hul]], EUR 25.000"),
        ("Rekeningnummer onderneming", "iban", "[[I|NL27 INGB 0008 4512 96]]"),
        ("Strafrechtelijk verleden (toelichting)", "straf", "[[R|taakstraf 2019 art. 300 Sr]]"),
        ("Ingevuld door", "ondertekend", "[[P|K. Aydogan]]"),
    ]),

Doc("bb05_overzicht_financiering", r"""
# Bijlage 3 bij Bibob-vragenformulier: financiering en zeggenschap

Zaaknummer {{R|BIB-2026-0147}} - {{O|De Vier Winden Horeca B.V.}}

## Investering

| Post | Bedrag |
| Overname inventaris en goodwill van [[P|W.J. Brouwer]] | {{A|EUR 45.000}} |
| Verbouwing keuken en afzuiginstallatie | {{A|EUR 38.500}} |
| Startvoorraad en werkkapitaal | {{A|EUR 12.000}} |
| Totaal | {{A|EUR 95.500}} |

## Financiering

| Financier | Relatie | Bedrag | Rente | Zekerheid |
| Eigen middelen [[P|K. Aydogan]] | aanvrager | EUR 10.500 | - | - |
| [[P|Mehmet Aydogan]] (Rotterdam-Feijenoord) | oom | EUR 60.000 | 0% | geen |
| [[P|Dirk-Jan van 't Hul]] | vriend, oud-collega | EUR 25.000 | 4% | pandrecht inventaris |

Aflossing lening oom: niet vastgelegd, "zodra de zaak draait". Aflossing lening [[P|Van 't Hul]]: 60 maanden, via
rekening [[I|NL63 RABO 0342 1187 55]] van de heer [[P|Van 't Hul]].

## Zeggenschap

Aandeelhouder: [[P|Kerem Aydogan]] (100%). Er zijn volgens de aanvrager geen andere personen met
zeggenschap. Pand in eigendom van {{O|Vastgoed Westfriesland C.V.}}, huurovereenkomst per 1 april 2026,
huur {{A|EUR 2.150}} per maand.

Toelichting opgesteld door administratiekantoor [[P|R. Zwaan]], {{L|Hoorn}}.
""", font="Helvetica", size=9.5, producer="Microsoft: Print To PDF", creator="Microsoft Excel"),

Doc("bb06_vragenformulier_financier_scan", "", maker="scan", producer="Canon iR-ADV C5840 PDF", creator="Canon",
    scan_pages=[[
        "#Bibob-vragenformulier deel C: financier",
        "Zaaknummer BIB-2026-0147",
        "",
        "Naam financier: [[P|Mehmet Aydogan]]",
        "Geboortedatum: [[D|08-06-1961]]",
        "Adres: [[A|Slaghekstraat 118]] Rotterdam",
        "Telefoon: [[T|010 - 485 22 91]]",
        "Relatie tot aanvrager: oom (broer van vader)",
        "Bedrag lening: 60.000 euro",
        "Herkomst geld: verkoop woning Turkije 2024",
        "Schriftelijke overeenkomst: nee",
        "Rekening: [[I|NL45 ABNA 0417 6630 21]]",
        "",
        "~Ik heb het geld contant en per bank gegeven.",
        "~Datum 28-3-2026   handtekening [[S|M. Aydogan]]",
    ]]),

Doc("bb07_leningsovereenkomst", r"""
# Overeenkomst van geldlening

De ondergetekenden:

1. [[P|Dirk-Jan van 't Hul]], geboren op [[D|5 januari 1985]], wonende aan de [[A|Brink 9]] te
[[A|1687 AB]] Wognum, hierna: de geldgever;

2. {{O|De Vier Winden Horeca B.V.}}, statutair gevestigd te {{L|Oostervaart}}, ingeschreven in het
handelsregister van de {{O|Kamer van Koophandel}} onder nummer {{R|94117302}}, vertegenwoordigd door
haar bestuurder [[P|K. Aydogan]], hierna: de geldnemer;

komen overeen:

Artikel 1. De geldgever leent de geldnemer een bedrag van {{A|EUR 25.000}} (vijfentwintigduizend euro).
Artikel 2. De geldnemer betaalt over de hoofdsom een rente van 4% per jaar.
Artikel 3. De lening wordt in 60 maandelijkse termijnen afgelost op rekening [[I|NL63 RABO 0342 1187 55]]
ten name van [[P|D.J. van 't Hul]].
Artikel 4. Tot zekerheid vestigt de geldnemer een stil pandrecht op de inventaris van
{{O|Snackbar-Lunchroom De Vier Winden}}.
Artikel 5. Op deze overeenkomst is {{W|Nederlands recht}} van toepassing.

Aldus opgemaakt en getekend te {{L|Hoorn}} op 30 maart 2026.

[[P|D.J. van 't Hul]]                                   namens de geldnemer: [[P|K. Aydogan]]
""", font="Times-Roman", size=10.5, producer="Nitro PDF Pro 14", creator="Nitro PDF Pro"),

Doc("bb08_mail_ontvankelijkheid", r"""
Van: [[P|Meulen-Bos, Thijs van der]] <[[E|t.vandermeulenbos@oostervaart.nl]]>
Verzonden: dinsdag 7 april 2026 10:31
Aan: [[P|Ramdin, Priya]] <[[E|p.ramdin@oostervaart.nl]]>; [[P|Oudejans, Sanne]] <[[E|s.oudejans@oostervaart.nl]]>
CC: [[P|Horst, Gerard ter]] <[[E|g.terhorst@oostervaart.nl]]>
Onderwerp: RE: RE: ontvankelijkheid aanvraag De Vier Winden ({{R|BIB-2026-0147}})

Ja, opschorten op grond van {{W|artikel 4:15 lid 1 sub a Awb}}, met een termijn van twee weken. Ik heb een
standaardbrief in {{X|Djuma}} gezet. Let op dat in de brief niet staat dat het om de oom gaat; de
aanvraag staat op naam van de B.V. Stuur de brief aan {{O|De Vier Winden Horeca B.V.}} en niet naar het
woonadres van meneer [[P|Aydogan]] aan de [[A|Wilgenlaan]].

[[P|Gerard]], ter info: de zaak is al aan het verbouwen. Handhaving ([[P|Kevin]]) is op de hoogte.

Groet, [[P|Thijs]]
[[P|T. (Thijs) van der Meulen-Bos]] | jurist | {{O|gemeente Oostervaart}} | [[T|0229 - 25 84 31]] | [[T|06 - 83 10 22 57]]

<<PAGEBREAK>>

Van: [[P|Ramdin, Priya]] <[[E|p.ramdin@oostervaart.nl]]>
Verzonden: dinsdag 7 april 2026 09:14
Aan: [[P|Oudejans, Sanne]] <[[E|s.oudejans@oostervaart.nl]]>
CC: [[P|Meulen-Bos, Thijs van der]] <[[E|t.vandermeulenbos@oostervaart.nl]]>; {{M|bibob@oostervaart.nl}}
Onderwerp: RE: ontvankelijkheid aanvraag De Vier Winden ({{R|BIB-2026-0147}})

Hoi [[P|Sanne]],

Het vragenformulier is nu compleet, alleen deel C van de oom ontbreekt nog. Ik heb meneer [[P|Aydogan]] gebeld
([[T|06-18449203]]); hij zegt dat zijn oom het formulier deze week opstuurt. De lening van [[P|Van 't Hul]] is met een
getekende overeenkomst onderbouwd, die van de oom niet.

Zal ik de beslistermijn ({{W|artikel 4:15 Awb}}) opschorten?

Groet,
[[P|Priya]]

[[P|Priya Ramdin]] | medewerker horecavergunningen | team {{O|Vergunningen, Toezicht en Handhaving}}
T [[T|0229 - 25 84 57]] | werkdagen ma-di-do

-----Oorspronkelijk bericht-----
Van: [[P|Oudejans, Sanne]] <[[E|s.oudejans@oostervaart.nl]]>
Verzonden: maandag 6 april 2026 16:40
Aan: [[P|Ramdin, Priya]] <[[E|p.ramdin@oostervaart.nl]]>
Onderwerp: ontvankelijkheid aanvraag De Vier Winden

[[P|Priya]], kun jij checken of het dossier van [[P|Aydogan]] compleet is? Ik wil het eigen onderzoek afronden en
voor 1 mei het adviesverzoek naar het {{O|LBB}} sturen. Let op: de oom woont in {{L|Rotterdam}} en staat volgens
mij niet in het {{O|KvK}}-register. [[P|Thijs]] kijkt mee naar de juridische kant.

[[P|Sanne Oudejans]]
Bibob-coördinator {{O|gemeente Oostervaart}}
[[T|06 - 41 22 87 19]]
""", font="Helvetica", size=9.5, producer="Microsoft Outlook for Microsoft 365", creator="Microsoft Outlook",
    author="Ramdin, Priya", hidden=[]),

Doc("bb09_adviesverzoek_lbb", r"""
Gemeente Oostervaart
Burgemeester

{{O|Landelijk Bureau Bibob}}
{{O|Ministerie van Justitie en Veiligheid}}
{{N|Postbus 20301}}
2500 EH Den Haag

Datum: 28 april 2026
Ons kenmerk: {{R|BIB-2026-0147}}
Contactpersoon: [[P|S. Oudejans]]
Telefoon: [[T|06 - 41 22 87 19]]
E-mail: [[E|s.oudejans@oostervaart.nl]]
Onderwerp: verzoek om advies op grond van artikel 9 Wet Bibob

Geachte heer, mevrouw,

Op grond van {{W|artikel 9 van de Wet Bibob}} verzoek ik u om advies over de aanvraag van
{{O|De Vier Winden Horeca B.V.}} (KvK {{R|94117302}}) om een exploitatievergunning voor een snackbar-lunchroom aan de
{{S|Kerkstraat 14}} te {{L|Oostervaart}}.

Het eigen onderzoek heeft de volgende vragen opgeleverd:
1. De herkomst van de lening van {{A|EUR 60.000}} van [[P|Mehmet Aydoğan]], oom van de bestuurder, is niet
   onderbouwd. Een schriftelijke overeenkomst ontbreekt.
2. Uit politie-informatie blijkt dat de broer van de bestuurder, [[P|Serkan Aydoğan]] (geboren [[D|11-07-1991]]),
   in 2021 is veroordeeld wegens [[R|handel in harddrugs (artikel 2 Opiumwet)]]. Hij is volgens een melding
   van de wijkagent regelmatig in de zaak aanwezig.
3. De bestuurder heeft een eerdere veroordeling ([[R|mishandeling, 2019]]) niet vermeld op het vragenformulier.

Ik vraag u in het bijzonder te onderzoeken of er sprake is van een zakelijk samenwerkingsverband met
[[P|Serkan Aydoğan]] en of de geldstromen verband houden met strafbare feiten.

Bijgevoegd: aanvraag, vragenformulieren deel A en C, leningsovereenkomst, politie-informatie, uittreksel KvK.

Hoogachtend,

de burgemeester van {{L|Oostervaart}},
namens deze,

drs. [[P|G.H. ter Horst]]
teamleider {{O|Vergunningen, Toezicht en Handhaving}}

Kopie: [[P|P. Ramdin]], dossier
""", maker="docx", producer="Microsoft® Word 2019 (via LibreOffice 7.6)", creator="Microsoft® Word 2019", author="Oudejans, S.", title="Adviesverzoek LBB BIB-2026-0147",
    hidden=[("metadata", "P", "Oudejans, S.", ["Oudejans, S."])]),

Doc("bb10_lbb_ontvangst_aanvullende_vragen", r"""
{{O|Landelijk Bureau Bibob}}
> Retouradres {{N|Postbus 20301}} 2500 EH Den Haag

De burgemeester van Oostervaart
t.a.v. mevrouw [[P|S. Oudejans]]
{{N|Postbus 40}}
1740 AA Oostervaart

Datum: 12 mei 2026
Ons kenmerk: {{R|LBB-2026-03318}}
Uw kenmerk: {{R|BIB-2026-0147}}
Behandeld door: [[P|M. Hoogeveen-Lam]], analist
Onderwerp: ontvangst adviesverzoek en verzoek om aanvullende stukken

Geachte mevrouw [[P|Oudejans]],

Wij hebben uw adviesverzoek van 28 april 2026 ontvangen. De termijn van acht weken ({{W|artikel 15 Wet Bibob}})
gaat in op de dag dat het dossier compleet is. Wij missen nog:
- de jaarstukken 2025 van {{O|Cafetaria Brouwer}}, de vorige exploitant;
- bankafschriften waaruit de storting van de lening van de heer [[P|M. Aydoğan]] blijkt;
- de huurovereenkomst met {{O|Vastgoed Westfriesland C.V.}}

Wilt u de stukken via het beveiligde portaal {{X|Bibob Uploadportaal}} aanleveren? Voor vragen kunt u mij bereiken
op [[T|+31 (0)70 370 45 18]] of via de functionele mailbox {{M|lbb-adviezen@justis.nl}}.

Met vriendelijke groet,

[[P|Marieke Hoogeveen-Lam]]
Analist, {{O|Landelijk Bureau Bibob}}
{{O|Justis}}, de screeningsautoriteit van het {{O|ministerie van Justitie en Veiligheid}}
""", font="DejaVuSans", size=9.5, producer="Aspose.PDF for .NET 23.8", creator="Justis Correspondentie 4.1",
    author="HoogeveenM", hidden=[("metadata", "U", "HoogeveenM (Info /Author)", ["HoogeveenM"])]),

Doc("bb11_politie_informatie", r"""
# Informatierapport politie t.b.v. Bibob-onderzoek

{{O|Politie Eenheid Noord-Holland}}, {{O|District Noord-Holland Noord}}, {{O|Basisteam Westfriesland}}
Verstrekt op grond van {{W|artikel 4:3 Besluit politiegegevens}} aan de burgemeester van Oostervaart
Kenmerk: {{R|PL1400-2026114872}}
Opgemaakt door: brigadier [[P|R. Kortekaas]], {{J|senior informatierapporteur}}

## Betrokkenen

| Naam | Geboren | Rol |
| [[P|AYDOGAN, Kerem]] | [[D|14-03-1988]] | bestuurder aanvrager |
| [[P|AYDOGAN, Serkan]] | [[D|11-07-1991]] | broer bestuurder |
| [[P|VAN 'T HUL, Dirk-Jan]] | [[D|05-01-1985]] | financier |
| [[P|RIJKENBERG, Joost]] | [[D|21-11-1979]] | beoogd bedrijfsleider |

## Mutaties

| Datum | Soort | Samenvatting |
| 14-06-2019 | aangifte | [[R|Kerem A. verdacht van mishandeling na ruzie op de kermis, OM-afdoening taakstraf 40 uur]] |
| 03-02-2021 | aanhouding | [[R|Serkan A. aangehouden in voertuig]] [[L|G-482-KN]] [[R|met 212 gram cocaïne]] |
| 22-09-2021 | vonnis | [[R|Serkan A. veroordeeld tot 18 maanden, waarvan 6 voorwaardelijk]] |
| 17-04-2026 | waarneming | wijkagent ziet [[P|Serkan A.]] meerdere keren in en bij het pand {{S|Kerkstraat 14}} |
| 02-05-2026 | waarneming | voertuig [[L|G-482-KN]] geparkeerd achter het pand, 23.40 uur |

Geen mutaties over [[P|Van 't Hul]] of [[P|Rijkenberg]] met relevantie voor dit onderzoek.

## Beoordeling

De informatie is afkomstig uit {{X|BVH}} en het {{X|Justitieel Documentatiesysteem}} en is geverifieerd.
Verdere verstrekking alleen na toestemming van de {{O|officier van justitie}}.
Wijkagent centrum Oostervaart: [[P|Bas Vermeulen]], bereikbaar via {{N|0900-8844}}.

<<PAGEBREAK>>

## Bijlage: familie- en adresrelaties (uit BRP en BVH)

| Persoon | Relatie | Adres | Bijzonderheden |
| [[P|Hatice Aydoğan-Kaya]] | moeder | [[A|Merelstraat 4]], Hoorn | geen |
| [[P|Mehmet Aydoğan]] | oom | [[A|Slaghekstraat 118]], Rotterdam | [[R|verdacht heling 2015, sepot]] |
| [[P|Elif Aydoğan-Şahin]] | echtgenote | [[A|Wilgenlaan 27]], Oostervaart | geen |
| [[P|Burak Şahin]] | zwager | [[A|Dorpsstraat 61]], Wervershoof | [[R|rijden onder invloed 2022]] |
| [[P|Rachid B.]] | contact Serkan | onbekend | [[R|medeverdachte Opiumwet 2021]] |

Voertuig [[L|G-482-KN]] (Volkswagen Golf, blauw) staat op naam van [[P|Hatice Aydoğan-Kaya]]; feitelijk gebruik door
[[P|Serkan]]. Het {{O|Centraal Justitieel Incassobureau}} meldt openstaande boetes op dit kenteken.

De informatie in deze bijlage is bedoeld voor de beoordeling van het zakelijk samenwerkingsverband. Zij mag niet
aan de betrokkene worden verstrekt zonder toestemming van het {{O|Openbaar Ministerie}} ({{W|artikel 4:3 Bpg}}).
Contact over dit rapport: {{O|Informatieknooppunt Noord-Holland Noord}}, via {{M|ikn.nhn@politie.nl}}.
""", font="DejaVuSans", size=9, producer="Politie Documentgenerator 3.0 / iText 5.5.13", creator="BVH-Export",
    outline=[("Betrokkenen", 0), ("Mutaties", 0), ("Opsteller: R. Kortekaas (nr. 118422)", 0)],
    hidden=[("outline", "N", "personeelsnummer 118422", ["118422"])]),

Doc("bb12_riec_memo", r"""
# Memo RIEC Noord-Holland - casusoverleg horeca Oostervaart

Datum: 20 mei 2026
Aan: casusoverleg {{O|RIEC Noord-Holland}}
Van: [[P|Ilse Jongejan]], casemanager
Kopie: [[P|S. Oudejans]] ({{O|gemeente Oostervaart}})
Rubricering: {{X|Politie Vertrouwelijk}}

## Aanleiding

De {{O|gemeente Oostervaart}} heeft de casus {{O|De Vier Winden}} ingebracht. Er zijn signalen dat
[[P|Serkan Aydogan]] feitelijk zeggenschap heeft in de onderneming van zijn broer [[P|Kerem]].

## Bevindingen

- [[P|Serkan]] staat niet ingeschreven op een adres in {{L|Oostervaart}} maar verblijft volgens de {{O|BRP}}-buurtcheck vaak bij
  zijn moeder, [[P|Hatice Aydogan]], [[A|Merelstraat 4]] in Hoorn.
- De {{O|Belastingdienst}} meldt dat [[P|Kerem Aydogan]] in 2024 en 2025 een belastbaar inkomen had van circa
  {{A|EUR 21.000}}; eigen middelen van {{A|EUR 10.500}} zijn daarmee verklaarbaar, maar krap.
- Het {{O|Openbaar Ministerie}} heeft geen lopend onderzoek naar de aanvrager.

## Afspraken

De gemeente vraagt advies aan het {{O|Landelijk Bureau Bibob}} (is gebeurd op 28 april). Het RIEC deelt
de bevindingen via het {{X|convenant RIEC-LIEC 2022}}. [[P|Jongejan]] stemt af met de politie over
aanvullende waarnemingen.

<<PAGEBREAK>>

## Bijlage: netwerkoverzicht (vertrouwelijk)

| Nr | Persoon | Rol in netwerk | Bron |
| 1 | [[P|Kerem Aydogan]] | bestuurder aanvrager | {{O|KvK}} |
| 2 | [[P|Serkan Aydogan]] | broer; vermoedelijk feitelijk leidinggevende | politie |
| 3 | [[P|Mehmet Aydogan]] | oom; formele financier | vragenformulier |
| 4 | [[P|Dirk-Jan van 't Hul]] | financier, zakelijke lening | overeenkomst |
| 5 | [[P|Joost Rijkenberg]] | bedrijfsleider; eerder werkzaam bij [[P|Brouwer]] | {{O|UWV}} |
| 6 | [[P|Rachid Bouzid]] | contact van 2; [[R|medeverdachte 2021]] | politie |
| 7 | [[P|Wim Brouwer]] | vorige exploitant, verkoper inventaris | gemeente |

Telefoonnummer van nr. 2 volgens de politie: [[T|+31 6 2901 4478]]. Nr. 6 woont volgens de {{O|BRP}} aan de
[[A|Tuinstraat 3]] in {{L|Den Helder}}.

Het {{O|RIEC}} adviseert de gemeente de bevindingen onder nr. 2 en nr. 6 mee te geven aan het {{O|LBB}}.
Volgend casusoverleg: 17 juni 2026 in het {{O|Veiligheidshuis Noord-Holland Noord}} in {{L|Alkmaar}}.
""", font="Helvetica", size=10, producer="Microsoft® Word 2019", creator="Microsoft® Word 2019",
    notes=[(0, "Youssef El Amrani", "Kan dit memo mee naar LBB? Bel me even: 06-30 51 48 62"),
           (0, "Jongejan, I.", "Nee, eerst toestemming vragen aan officier van justitie mr. Pel-Verhoef.")],
    hidden=[("annotations", "P", "Youssef El Amrani", ["Youssef El Amrani"]),
            ("annotations", "T", "06-30 51 48 62", ["06-30 51 48 62"]),
            ("annotations", "P", "Jongejan, I.", ["Jongejan, I."]),
            ("annotations", "P", "mr. Pel-Verhoef", ["Pel-Verhoef"])]),

Doc("bb13_teams_chat", r"""
# Chatgesprek Microsoft Teams - Bibob-team Oostervaart

Geëxporteerd op 3 juni 2026 door [[P|Sanne Oudejans]]

[[P|Sanne Oudejans]] 27-5 10:02
Goedemorgen! Het {{O|LBB}} belde: advies komt waarschijnlijk eind juni. Mate van gevaar: "ernstig".

[[P|Thijs van der Meulen-Bos]] 27-5 10:05
Oké. Dan moeten we nu al de zienswijzetermijn plannen, anders halen we de beslistermijn niet.

[[P|Priya Ramdin]] 27-5 10:07
Meneer [[P|Aydoğan]] heeft vanochtend weer gebeld, hij wil per se voor de zomer open. Hij was boos.

[[P|Youssef El Amrani]] 27-5 10:11
Ik heb [[P|Bas]] (wijkagent) gesproken, die ziet de broer er nog steeds. Ook de blauwe Golf staat er vaak.

[[P|Sanne Oudejans]] 27-5 10:12
Dank [[P|Yous]]. [[P|Thijs]], wil jij een conceptvoornemen maken? {{F|Burgemeester Verbeek-Schouten}} wil het
voor 1 juli zien.

[[P|Thijs van der Meulen-Bos]] 27-5 10:15
Doe ik. Ik neem het format van de {{O|VNG}}-handreiking.

[[P|Gerard ter Horst]] 27-5 11:30
Houd [[P|Ruud]] ook op de hoogte, hij krijgt er vast raadsvragen over.

[[P|Priya Ramdin]] 27-5 11:32
Die raadsvragen zijn er al, van {{F|raadslid Van Dijk}} ({{O|Lokaal Oostervaart}}).

[[P|Thijs van der Meulen-Bos]] 28-5 08:47
Concept staat in de map. [[P|Sanne]], kun jij de passage over de oom checken? Ik heb zijn geboortedatum
([[D|08-06-1961]]) eruit gelaten, die is niet nodig.

[[P|Youssef El Amrani]] 28-5 09:03
Nog iets: de moeder, mevrouw [[P|Hatice Aydoğan-Kaya]], is eigenaar van die Golf. Staat in de BVH-bijlage.

[[P|Sanne Oudejans]] 28-5 09:05
Helder. [[P|Lotte]] maakt het verslag van de hoorzitting straks, [[P|Annelies]] kijkt mee i.v.m. Woo.

[[P|Gerard ter Horst]] 28-5 09:20
Ik ben vanaf maandag met verlof, vervanging [[P|Hans Tjeenk]] ([[T|06-27 73 90 15]]).
""", font="DejaVuSans", size=9.5, producer="Microsoft Teams Export (Chromium PDF)", creator="Microsoft Teams",
    author="Sanne Oudejans"),

Doc("bb14_lbb_advies", r"""
# Advies Landelijk Bureau Bibob (samenvatting)

Kenmerk: {{R|LBB-2026-03318}}
Datum: 24 juni 2026
Aan: de burgemeester van Oostervaart
Betrokkene: {{O|De Vier Winden Horeca B.V.}}, bestuurder [[P|K. Aydoğan]]

## 1. Conclusie

Er bestaat een {{X|ernstige mate van gevaar}} dat de te verlenen exploitatievergunning mede zal worden
gebruikt om uit gepleegde strafbare feiten verkregen of te verkrijgen financiële voordelen te benutten
({{W|artikel 3 lid 1 sub a Wet Bibob}}) en om strafbare feiten te plegen (sub b).

## 2. Financiering

De lening van {{A|EUR 60.000}} van de oom, [[P|Mehmet Aydoğan]], is niet schriftelijk vastgelegd en kent geen
rente, aflossingsschema of zekerheid. Uit de bankafschriften blijkt dat {{A|EUR 35.000}} contant is gestort
door [[P|Serkan Aydoğan]] op 9 april 2026. De verklaring dat het geld afkomstig is van de verkoop van een woning
in {{L|Turkije}} is niet met stukken onderbouwd. Er is daarom geen zicht op de herkomst van deze middelen.

De lening van [[P|Dirk-Jan van 't Hul]] is zakelijk vormgegeven en geeft geen aanleiding tot nadere
opmerkingen.

## 3. Zakelijk samenwerkingsverband

[[P|Serkan Aydoğan]] is in 2021 veroordeeld voor [[R|overtreding van artikel 2 onder A Opiumwet]]. Hij heeft de
contante storting gedaan, is herhaaldelijk in het pand waargenomen en zijn voertuig staat er 's avonds
geparkeerd. Het {{O|LBB}} concludeert dat hij in een zakelijk samenwerkingsverband staat met betrokkene
({{W|artikel 3 lid 4 sub c Wet Bibob}}).

<<PAGEBREAK>>

## 4. Eigen antecedenten

De bestuurder heeft zijn [[R|veroordeling voor mishandeling in 2019]] niet vermeld. Het {{O|LBB}} weegt dit mee
bij de vraag of hij volledig en juist inzicht heeft gegeven ({{W|artikel 3 lid 6 Wet Bibob}}).

## 5. Bronnen

| Bron | Datum |
| vragenformulieren deel A en C | 28-03-2026 |
| {{X|Justitieel Documentatiesysteem}} | 02-06-2026 |
| politie-informatie {{O|Basisteam Westfriesland}} | 15-05-2026 |
| {{O|Belastingdienst}} | 04-06-2026 |
| {{O|Financial Intelligence Unit-Nederland}} | 09-06-2026 |

Dit advies is vertrouwelijk ({{W|artikel 28 Wet Bibob}}). Het mag alleen met de betrokkene worden gedeeld
voor zover nodig voor de zienswijze.

Behandelend analist: [[P|M. Hoogeveen-Lam]]; juridisch adviseur: mr. [[P|L.P. Dekkers]].
""", font="DejaVuSerif", size=10, producer="Aspose.PDF for .NET 23.8", creator="Justis Advies 4.1",
    outline=[("1. Conclusie", 0), ("2. Financiering", 0), ("4. Eigen antecedenten", 1),
             ("Review L. Zandbergen 23-06", 1)],
    hidden=[("outline", "P", "L. Zandbergen", ["Zandbergen"])]),

Doc("bb15_beslisnota_voornemen", r"""
# Beslisnota burgemeester

Aan: {{F|burgemeester Verbeek-Schouten}}
Van: [[P|T. van der Meulen-Bos]], jurist {{O|VTH}}
Datum: 29 juni 2026
Kenmerk: {{R|BIB-2026-0147}} / nota {{R|2026-0871}}
Onderwerp: voornemen tot weigering exploitatievergunning {{O|De Vier Winden}}
Contactpersoon: [[P|Thijs van der Meulen-Bos]], [[T|0229 - 25 84 31]], [[E|t.vandermeulenbos@oostervaart.nl]]

## Aanleiding

Op 24 juni 2026 heeft het {{O|Landelijk Bureau Bibob}} geadviseerd over de aanvraag van de heer
[[P|K. Aydogan]]. Het advies concludeert tot een {{X|ernstige mate van gevaar}}.

## Geadviseerd besluit

Aan de burgemeester wordt gevraagd:
1. in te stemmen met het voornemen de exploitatievergunning te weigeren op grond van {{W|artikel 3 Wet Bibob}}
   en {{W|artikel 2:30 APV}};
2. de aanvrager in de gelegenheid te stellen een zienswijze te geven ({{W|artikel 4:8 Awb}});
3. {{F|wethouder Koenders}} (Economische Zaken) te informeren.

## Kern

De financiering is voor {{A|EUR 60.000}} niet verklaard en er is een zakelijk samenwerkingsverband met een
broer die is veroordeeld voor drugshandel. Minder vergaande middelen, zoals een voorschrift, nemen het
gevaar niet weg: het gaat om de financiering zelf.

## Krachtenveld

De aanvrager heeft een advocaat, mr. [[P|J. Vissers-Oomen]]. Zij heeft al laten weten te zullen procederen.
Het {{O|Noordhollands Dagblad}} volgt de zaak. {{F|Raadslid Van Dijk}} heeft schriftelijke vragen gesteld.

<<PAGEBREAK>>

## Parafen

| Naam | Functie | Paraaf | Datum |
| [[P|T. van der Meulen-Bos]] | jurist | [[C|TvdMB]] | 29-06 |
| [[P|S. Oudejans]] | Bibob-coördinator | [[C|SOu]] | 29-06 |
| [[P|G.H. ter Horst]] | teamleider VTH | [[C|GtH]] | 30-06 |
| {{F|burgemeester}} | | akkoord | 01-07 |

## Informatie die niet openbaar gemaakt kan worden

Deze nota bevat gegevens uit een Bibob-advies ({{W|artikel 28 Wet Bibob}}) en strafrechtelijke
persoonsgegevens.
""", font="Helvetica", size=10, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
    author="Meulen-Bos, T. van der", hidden=[("metadata", "P", "Meulen-Bos, T. van der", ["Meulen-Bos, T. van der"])]),

Doc("bb16_voornemen_weigering", r"""
Gemeente Oostervaart
Burgemeester

AANGETEKEND
{{O|De Vier Winden Horeca B.V.}}
t.a.v. de heer [[P|K. Aydoğan]]
{{S|Kerkstraat 14}}
1741 BC Oostervaart

Datum: 2 juli 2026
Kenmerk: {{R|BIB-2026-0147}}
Onderwerp: voornemen tot weigering exploitatievergunning

Geachte heer [[P|Aydoğan]],

Op 12 maart 2026 heeft u een exploitatievergunning aangevraagd voor {{O|Snackbar-Lunchroom De Vier Winden}}.
Ik ben van plan deze vergunning te weigeren. In deze brief leest u waarom.

Ik heb het {{O|Landelijk Bureau Bibob}} om advies gevraagd. Het bureau concludeert dat er een ernstige mate
van gevaar bestaat als bedoeld in {{W|artikel 3 lid 1 Wet Bibob}}. De belangrijkste redenen zijn:
- de herkomst van de lening van {{A|EUR 60.000}} van uw oom is niet aangetoond;
- uw broer, met wie u volgens het advies in een zakelijk samenwerkingsverband staat, is veroordeeld voor
  een ernstig strafbaar feit;
- u heeft een eigen antecedent niet op het vragenformulier vermeld.

Op grond van {{W|artikel 33 Wet Bibob}} mag u het advies inzien. U kunt hiervoor een afspraak maken met
mevrouw [[P|S. Oudejans]], telefoon [[T|0229-258 419]].

U kunt binnen vier weken na de datum van deze brief schriftelijk of mondeling uw zienswijze geven
({{W|artikel 4:8 Algemene wet bestuursrecht}}).

Hoogachtend,

de burgemeester van Oostervaart,

{{F|H.J. Verbeek-Schouten}}

Kopie: mr. [[P|J.E. Vissers-Oomen]], {{O|Vissers & Partners Advocaten}}
Behandeld door: [[P|T. van der Meulen-Bos]], [[E|t.vandermeulenbos@oostervaart.nl]]
""", maker="docx", producer="LibreOffice 7.6", creator="Corsa Documentgenerator", author="tvdmb", title="Voornemen weigering De Vier Winden",
    hidden=[("metadata", "C", "tvdmb (docx author)", ["tvdmb"])]),
]
