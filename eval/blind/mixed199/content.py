"""Documents of set mixed199 (VV Hoeve Vooruit: kunstgrasveld subsidy and an integrity complaint)."""
from lib199 import Doc

W = "Microsoft® Word for Microsoft 365"
OL = "Microsoft Outlook 16.0"
LO = "LibreOffice 7.6"
FOOT = ("s", "{{Gemeente Brummen}} | {{Ambtmanstraat 13}} | Postbus 5, 6970 AA {{Brummen}} | {{info@brummen.nl}} | telefoon {{14 0575}}")
MOT = [("h", "Informatie die niet openbaar gemaakt kan worden"), ("h", "Motivering"),
       ("p", "In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren en derden geanonimiseerd op grond van artikel 5.1, tweede lid, aanhef en onder e, van de {{Wet open overheid}} (5.1.2e).")]

DOCS = [
Doc("bv01_woo_verzoek", [
    ("h", "Verzoek op grond van de Wet open overheid"),
    ("pre", "Van: [[Laura Timmerman]] <[[laura.timmerman@kpnmail.nl]]>\nVerzonden: maandag 2 maart 2026 21:14\nAan: {{woo@brummen.nl}}\nOnderwerp: Woo-verzoek kunstgrasveld {{VV Hoeve Vooruit}}"),
    ("p", "Geacht college van burgemeester en wethouders van de {{gemeente Brummen}},"),
    ("p", "Op grond van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over de subsidie voor het nieuwe kunstgrasveld van {{VV Hoeve Vooruit}} op {{Sportpark De Cortenoever}}, inclusief de aanvraag, facturen, de correspondentie met het bestuur, en de stukken over de klacht over een jeugdtrainer die in de raad ter sprake kwam (vragen van raadslid {{Hofstede}})."),
    ("p", "Ik verneem graag digitaal. Mijn telefoonnummer is [[06-41 23 88 77]]; mijn adres is [[Hofstraat 22a]], [[6971 BK]] {{Brummen}}."),
    ("p", "Met vriendelijke groet,\n[[L. Timmerman]]"),
], producer=OL, creator=OL, title="Woo-verzoek kunstgrasveld"),

Doc("bv02_ontvangstbevestiging", [
    ("p", "[[Mevrouw L. Timmerman]]\n[[Hofstraat 22a]]\n[[6971 BK]] Brummen"),
    ("p", "Datum: 4 maart 2026 - Ons kenmerk: {{WOO-2026-0187}} - Behandeld door: [[C. Bührmann]] - Telefoon: [[(0575) 56 82 41]]"),
    ("h", "Ontvangstbevestiging Woo-verzoek"),
    ("p", "Geachte [[mevrouw Timmerman]],"),
    ("p", "Op 2 maart 2026 hebben wij uw verzoek ontvangen om openbaarmaking van documenten over de subsidie voor het kunstgrasveld van {{VV Hoeve Vooruit}}. Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen (artikel 4.4 {{Wet open overheid}})."),
    ("p", "Heeft u vragen, neem dan contact op via {{woo@brummen.nl}} en vermeld kenmerk {{WOO-2026-0187}}."),
    ("p", "Hoogachtend,\nburgemeester en wethouders van {{Brummen}},\nnamens dezen,\n\n[[Caroline Bührmann]]\njurist informatiebeheer"),
    FOOT,
], font="DejaVuSans", producer="Aspose.Words for .NET 23.4", creator="Aspose.Words", title="Ontvangstbevestiging WOO-2026-0187"),

Doc("bv03_subsidieaanvraag", [
    ("p", "{{VV Hoeve Vooruit}} - opgericht 1928 - {{Sportpark De Cortenoever}}, {{Cortenoeverseweg}} 5, {{Brummen}}\n{{secretariaat@vvhoevevooruit.nl}}"),
    ("p", "Aan het college van burgemeester en wethouders van de {{gemeente Brummen}}\nt.a.v. {{team Sport en Bewegen}}"),
    ("h", "Aanvraag subsidie vervanging natuurgrasveld door kunstgras (veld 2)"),
    ("p", "Geacht college,"),
    ("p", "Namens het bestuur van {{VV Hoeve Vooruit}} vragen wij op grond van de {{Subsidieregeling Sportaccommodaties Brummen 2026}} een bijdrage van € 185.000 voor de aanleg van een kunstgrasveld met {{ProTurf XL 60}} en een rubbervrije infill van kurk. Het veld wordt aangelegd door {{Veldwerk Sportbouw B.V.}}; voorbereidend grondwerk, hekwerk en ballenvangers worden uitgevoerd door lokale zzp'ers. Daarnaast vragen wij de {{BOSA}}-regeling aan bij {{DUS-I}}."),
    ("p", "De club telt 612 leden, waarvan 341 jeugdleden. Het huidige veld 2 is na de winter gemiddeld 9 weken onbespeelbaar, zo blijkt ook uit de veldkeuring van de {{KNVB}}. Een kunstgrasveld maakt het mogelijk om de {{Cruyff Court}}-activiteiten van de {{Johan Cruyff Foundation}} en het schoolvoetbal op het sportpark te houden."),
    ("p", "Begroting (inclusief btw): kunstgrasveld € 512.400; grondwerk € 38.250; hekwerk en ballenvangers € 27.900; verlichting LED € 61.000. Eigen bijdrage via clubactie 'Een meter gras' en de {{Rabobank Clubsupport}}: € 96.000. Lening {{Stichting Waarborgfonds Sport}}: € 210.000."),
    ("pb",),
    ("h", "Contactgegevens aanvraag"),
    ("table", [["Functie", "Naam", "Telefoon", "E-mail"],
               ["Voorzitter", "[[Hendrikus ter Voort]]", "[[06-29 84 71 03]]", "[[henk.tervoort@ziggo.nl]]"],
               ["Secretaris", "[[Marieke Oude Luttikhuis-Bakker]]", "[[+31 (0)6 5512 3398]]", "{{secretariaat@vvhoevevooruit.nl}}"],
               ["Penningmeester", "[[Gerrit-Jan van 't Erve]]", "[[0575-55 61 23]]", "[[gj.vanterve@hetnet.nl]]"]]),
    ("p", "Rekeningnummer vereniging: {{NL44 RABO 0117 2200 45}} t.n.v. {{VV Hoeve Vooruit}}. KvK-nummer vereniging: {{40102233}}."),
    ("p", "Met sportieve groet,\nnamens het bestuur,\n\n[[H. ter Voort]], voorzitter            [[M. Oude Luttikhuis-Bakker]], secretaris"),
], author="m.oudeluttikhuis", hidden=[("metadata", "m.oudeluttikhuis")], producer=W, creator=W, title="Aanvraag subsidie kunstgras"),

Doc("bv04_aanvraagformulier", [
    ("h", "Aanvraagformulier subsidie sportaccommodaties"),
    ("p", "Gemeente Brummen - Subsidieregeling Sportaccommodaties Brummen 2026 - zaaknummer Z-2026-04417\nVul het formulier in en stuur het naar sport@brummen.nl."),
], form=[("Naam vereniging", "f_ver", "VV Hoeve Vooruit"),
         ("Naam contactpersoon", "f_naam", "Marieke Oude Luttikhuis-Bakker"),
         ("Geboortedatum contactpersoon", "f_gd", "17-08-1979"),
         ("Telefoon contactpersoon", "f_tel", "06-55123398"),
         ("E-mail contactpersoon", "f_mail", "marieke.oudeluttikhuis@gmail.com"),
         ("Huisadres contactpersoon", "f_adr", "Zutphensestraat 141, 6971 EP Brummen"),
         ("Gevraagd bedrag", "f_bedr", "185000"),
         ("Ondertekend door", "f_ond", "H. ter Voort")],
   hidden=[("annotations", "Marieke Oude Luttikhuis-Bakker"), ("annotations", "17-08-1979"), ("annotations", "06-55123398"),
           ("annotations", "marieke.oudeluttikhuis@gmail.com"), ("annotations", "Zutphensestraat 141, 6971 EP Brummen"),
           ("annotations", "H. ter Voort")],
   extra_keep=["Subsidieregeling Sportaccommodaties Brummen 2026", "Z-2026-04417", "sport@brummen.nl", "Ambtmanstraat 13", "14 0575"],
   producer="iText® 7.2.5 ©2000-2023 Apryse Group NV", creator="Formulierenserver gemeente Brummen", title="Aanvraagformulier"),
]
