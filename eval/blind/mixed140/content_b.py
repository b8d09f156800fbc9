"""Documents bg11-bg33 of set BG (cemeteries of gemeente Meppel). All persons invented."""
from lib import Doc

WORD = {"creator": "Microsoft® Word voor Microsoft 365", "producer": "Microsoft® Word voor Microsoft 365"}
MOTIV = """## Informatie die niet openbaar gemaakt kan worden
Geen; deze nota kan na anonimisering openbaar worden gemaakt.
## Motivering
In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren en van nabestaanden geanonimiseerd (artikel 5.1, tweede lid, onder e, Woo)."""

DOCS = [
Doc("bg11_beslisnota_ruimingsbeleid", """\
# Beslisnota college van B&W
| Aan | college van burgemeester en wethouders |
| Portefeuillehouder | wethouder Wessels-Brouwer |
| Van | team Openbare Ruimte |
| Datum | 25 maart 2025 |
| Kenmerk | {{BN-2025-0212|REF}} |
| Behandeld door | Ingrid Havinga-Stoter, beheerder begraafplaatsen, 06-41 27 83 90 |
| Juridisch advies | Sevda Yıldırım, 0522-854 402 |
| Onderwerp | ruimingsbeleid algemene begraafplaatsen 2025-2030 |

## Aanleiding
De gemeente beheert twee algemene begraafplaatsen: de Oude Begraafplaats aan de Kerkweg (gesloten voor nieuwe uitgifte sinds 1990, wel bijzettingen) en Begraafplaats Oosterveld aan de Burgemeester Van Swinderenlaan. Op beide begraafplaatsen lopen de komende vijf jaar ruim 600 grafrechten af. Zonder ruiming is Oosterveld in 2029 vol. Bij de eerste ruimingsronde in vak C van de Oude Begraafplaats bleek dat niet alle rechthebbenden zijn bereikt (zie de klacht van een nabestaande van 4 maart 2025).

## Geadviseerd besluit
Aan het college wordt gevraagd:
1. in te stemmen met het ruimingsbeleid 2025-2030 (bijlage 1);
2. graven met een grafmonument van cultuurhistorische waarde, op advies van de Erfgoedcommissie Meppel, uit te zonderen van ruiming;
3. de ruiming van vak C op te schorten tot de grafadministratie is gecontroleerd;
4. de raad te informeren met een raadsinformatiebrief (bijlage 2).

## Kern
Het ruimen van graven na afloop van het grafrecht is toegestaan op grond van artikel 31 van de Wet op de lijkbezorging en de Beheersverordening begraafplaatsen Meppel 2024, mits de rechthebbende tijdig is geïnformeerd en het grafrecht niet is verlengd. De Landelijke Organisatie Begraafplaatsen (LOB) adviseert nabestaanden actief te benaderen en een bordje bij het graf te plaatsen gedurende ten minste een jaar.
===
## Toelichting
In de grafadministratie ontbreken bij ongeveer 14 procent van de grafrechten actuele adresgegevens. Het team Publiekszaken (grafadministratie) zal deze aanvullen met de Basisregistratie Personen (BRP), voor zover de rechthebbende in Nederland woont. Voor rechthebbenden in het buitenland (onder wie een rechthebbende in Osnabrück) wordt het laatst bekende adres aangeschreven.

## Krachtenveld
Uitvaartzorg De Koning heeft een klacht ingediend over de uitvoering van begrafenissen; die klacht staat los van het ruimingsbeleid maar raakt aan de personele bezetting van de begraafplaatsen. De Erfgoedcommissie Meppel heeft op 20 maart 2025 geadviseerd vijf grafmonumenten te behouden. Raadslid {{Mennega|PUBLIC_OFFICIAL}} (ChristenUnie) heeft aangekondigd schriftelijke vragen te stellen.

## Financiën
De kosten van de ruiming van vak C (circa 80 graven) zijn geraamd op € 46.000, waarvan € 9.500 voor archeologische begeleiding. Dekking uit de egalisatiereserve begraafplaatsen.

""" + MOTIV + """

| Naam | Functie | Paraaf | Datum |
| [[I. Havinga-Stoter]] | beheerder begraafplaatsen | [[IHS|INITIALS]] | 25-03 |
| [[R. ter Beek]] | teamleider Openbare Ruimte | [[RtB|INITIALS]] | 25-03 |
| [[S. Yıldırım]] | juridisch adviseur | [[SY|INITIALS]] | 26-03 |
""", style="dejavu", fontsize=9, colw=[120, 170, 90, 95], meta=WORD),

Doc("bg12_factuur_steenhouwer", """\
# Steenhouwerij Van Dalfsen
Natuursteen en grafmonumenten sinds 1952
Eigenaar: Pieter van Dalfsen | Industrieweg 14, Meppel | KvK 05047731 | btw NL001234567B89
telefoon: [[06 31 77 25 08|PHONE]] | {{info@steenhouwerijvandalfsen.nl|MAILBOX}}

Gemeente Meppel
t.a.v. crediteurenadministratie
Postbus 501, 7940 AM  Meppel

Factuurnummer: {{2025-0117|REF}}
Factuurdatum: 15 mei 2025
Uw referentie: inkoopordernummer {{IO-25-004418|REF}}, contactpersoon [[A. Dijkhuizen]]

| omschrijving | aantal | prijs | bedrag |
| herstel grafmonument C-1-04 ({{Nijsingh|DECEASED}}), rechtzetten en voegen | 1 | € 1.450,00 | € 1.450,00 |
| reinigen grafmonument C-2-11 (Prins), letters bijwerken | 1 | € 620,00 | € 620,00 |
| tijdelijk verwijderen en opslaan monument C-4-18 | 1 | € 380,00 | € 380,00 |
| subtotaal | | | € 2.450,00 |
| btw 21% | | | € 514,50 |
| totaal | | | € 2.964,50 |

Betaling binnen 30 dagen op rekeningnummer NL42 RABO 0312 4487 19 t.n.v. P. van Dalfsen, onder vermelding van het factuurnummer.
""", style="helv", fontsize=9.5, colw=[260, 50, 80, 85],
    meta={"creator": "Moneybird", "producer": "Prawn"}),

Doc("bg13_factuur_grondwerken", """\
GRONDWERKEN BRINK
grafdelven - grondverzet - tuinaanleg
[[H. BRINK]] | [[Oude Vaart 9|ADDRESS]] | Nijeveen | 06 51 88 03 17 | KvK 76230118

FACTUUR 25-031

Aan: Gemeente Meppel, team Openbare Ruimte, t.a.v. de heer [[R. TER BEEK]]
Datum: 31 maart 2025
Project: ruimingsronde Oude Begraafplaats vak C / inzet reservegraafmachine Begraafplaats Oosterveld

| datum | werkzaamheden | uren | bedrag |
| 05-03-2025 | spoedinzet graafmachine Oosterveld (begrafenis) | 3 | € 285,00 |
| 12-03-2025 | delven graf F-2-10 | 4 | € 380,00 |
| 19-03-2025 | proefsleuven vak C met archeoloog | 6 | € 570,00 |
| 26-03-2025 | delven graf F-2-11 en afdekken | 4 | € 380,00 |
| | totaal excl. btw | | € 1.615,00 |
| | btw 21% | | € 339,15 |
| | totaal | | € 1.954,15 |

Graag betalen op NL07 INGB 0006 7712 84 t.n.v. [[H. Brink]]. Vragen? Bel [[Henk]] op 06 51 88 03 17.
""", style="times", fontsize=10, colw=[80, 250, 50, 95],
    meta={"creator": "Microsoft® Excel® 2016", "producer": "Microsoft® Excel® 2016"}),

Doc("bg14_rooster_begraafplaatsen", """\
# Inzetrooster team Begraafplaatsen, april 2025
Vastgesteld door de teamleider Openbare Ruimte. Wijzigingen doorgeven via begraafplaatsen@meppel.nl.

| naam | functie | pers.nr. | mobiel | wk 14 | wk 15 | wk 16 |
| Ingrid Havinga-Stoter | beheerder begraafplaatsen | [[M10442|ID]] | 06-41 27 83 90 | kantoor | kantoor | vak C |
| Bart Zwiers | medewerker begraafplaatsen | [[M10871|ID]] | 06 23 11 90 45 | Oosterveld | vrij | vak C |
| Teun Smeenge | medewerker begraafplaatsen | [[M11203|ID]] | [[06-20 93 41 18|PHONE]] | Oosterveld | Oosterveld | vrij |
| Hamid El Khatib | medewerker grafadministratie | [[M11560|ID]] | [[0522 854 417|PHONE]] | stadhuis | stadhuis | stadhuis |
| [[Dewi Pattiasina]] | oproepkracht | [[O20017|ID]] | [[06 44 02 76 31|PHONE]] | - | Oosterveld | Oosterveld |

Piketdienst begrafenissen (buiten kantoortijd): [[Teun]] (wk 14 en 16), [[Bart]] (wk 15).
Bij calamiteiten: storingsnummer Openbare Ruimte 14 0522 (24 uur per dag).
Let op: in week 16 is de ruiming van vak C gepland. Aanwezigheid van twee medewerkers bij iedere begrafenis op Oosterveld (maatregel na klacht KL-2025-0031).
""", style="cond", fontsize=8.5, colw=[95, 105, 45, 75, 50, 55, 50],
    meta={"creator": "Microsoft® Excel® voor Microsoft 365", "producer": "Microsoft® Excel® voor Microsoft 365"}),

Doc("bg15_scan_brief_weduwe", """\
Meppel, 2 april 2025

Aan de gemeente Meppel
afdeling begraafplaatsen

Geachte heer, mevrouw,

Ik schrijf u over het graf van mijn schoonmoeder Trijntje Bosscher-Hulst op de Oude Begraafplaats. Ik ben de rechthebbende. Ik ben 87 jaar en slecht ter been na mijn heupoperatie, ik kan niet meer naar het kerkhof.

Mijn dochter Annemarie Bosscher regelt voortaan alles voor mij. Wilt u de brieven naar haar sturen? Zij woont bij mij in, Wilhelminapark 22.

Ik wil graag dat het graf blijft liggen zolang ik leef.

Met vriendelijke groet,

~ H. Bosscher-Lamberts
Hendrika Bosscher-Lamberts
geboren 14-06-1937
""", scan={"angle": 0.7, "size": 36}, stamp=None,
    meta={"creator": "Canon iR-ADV C5535", "producer": "Canon iR-ADV C5535 PDF"}),

Doc("bg16_scan_ruimingslijst", """\
# Ruimingslijst vak C - controle ter plaatse
Oude Begraafplaats Meppel, 1 april 2025
| graf | rechthebbende | bordje | actie |
| C-1-03 | vervallen | ja | ruimen |
| C-3-08 | Van der Sluis-Gorter | ja | bellen |
| C-4-17 | Gerrit Mulder | ja | NIET ruimen |
| C-4-18 | Jürgen Hoffmann | nee | brief DE |
| C-5-02 | Bosscher-Lamberts | ja | niet ruimen |

~ C-4-17: kleinzoon heeft verlengd, zie formulier
~ C-3-08 gebeld 06-12 48 90 33 geen gehoor
~ gecontroleerd: T. Smeenge / B. Zwiers
""", scan={"angle": -0.8, "size": 34, "font": "DejaVuSans.ttf", "colw": [220, 560, 260, 300]},
    meta={"creator": "RICOH IM C3000", "producer": "RICOH IM C3000"}),

Doc("bg17_scan_presentielijst", """\
# Presentielijst informatieavond ruiming
Hendrik Kok Aula, 9 april 2025, 19:30 uur
| naam | plaats | telefoon |
| Gerrit Mulder | Meppel | 0031 6 47 20 18 66 |
| Jannie Mulder | Staphorst | 06-38 10 92 57 |
| Thijs Ebbinge | Meppel | 06-12 48 90 33 |
| Annemarie Bosscher | Meppel | 0522-25 17 40 |
| Wilma Huisman | Havelte | 06-17 55 60 21 |
| Sjoerd Altena | Meppel | 06-29 13 55 02 |

~ toelichting: I. Havinga-Stoter en A. Dijkhuizen
""", scan={"angle": 0.5, "size": 33, "font": "DejaVuSans.ttf", "colw": [560, 380, 400]},
    meta={"creator": "HP Scan", "producer": "HP Scan Extended"}),
]

# handwritten or scanned values that are not in the registry
DOCS[-3].red += [("14-06-1937", "DATE_OF_BIRTH"), ("87 jaar", "AGE"), ("heupoperatie", "HEALTH"),
                 ("H. Bosscher-Lamberts", "PERSON")]
DOCS[-2].red += [("Van der Sluis-Gorter", "PERSON"), ("06-12 48 90 33", "PHONE"), ("T. Smeenge", "PERSON"),
                 ("B. Zwiers", "PERSON"), ("Bosscher-Lamberts", "PERSON")]
DOCS[-1].red += [("Jannie Mulder", "PERSON"), ("06-38 10 92 57", "PHONE"), ("06-12 48 90 33", "PHONE"),
                 ("0522-25 17 40", "PHONE"), ("Wilma Huisman", "PERSON"), ("06-17 55 60 21", "PHONE"),
                 ("I. Havinga-Stoter", "PERSON"), ("A. Dijkhuizen", "PERSON")]

from content_c import DOCS as _C  # noqa: E402

DOCS += _C
