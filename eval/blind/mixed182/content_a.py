"""Documents kp01-kp12: Woo request, application, arborist, permit, objections."""
from lib import Doc

MOT = ["## Informatie die niet openbaar gemaakt kan worden",
       "## Motivering",
       "In de openbaar gemaakte versie van dit document zijn alle persoonsgegevens van ambtenaren, medewerkers van "
       "derden en particulieren onleesbaar gemaakt op grond van artikel 5.1, tweede lid, onder e, van de {{Wet open overheid|LAW}} (5.1.2e)."]
W = "Microsoft® Word voor Microsoft 365"

DOCS = [
Doc("kp01_woo_verzoek", "rl", [
 "# Verzoek op grond van de Wet open overheid",
 "Aan het college van burgemeester en wethouders van de {{gemeente Deventer}}",
 "t.a.v. het {{Woo-loket}}, Postbus 5000, {{7400 GC}} Deventer",
 "Afzender: [[Maarten van 't Hoff]], [[Molenstraat 14|ADDRESS]], [[7411 AB|POSTCODE]] Deventer",
 "E-mail: [[m.vanthoff@kpnmail.nl|EMAIL]] - telefoon [[06-41 88 27 19|PHONE]]",
 "Datum: 3 maart 2026",
 "Geachte college,",
 "Hierbij verzoek ik op grond van de {{Wet open overheid|LAW}} om openbaarmaking van alle documenten over de "
 "aanvraag van {{Woonstichting De Linde}} om een omgevingsvergunning voor het kappen van elf monumentale bomen in het "
 "{{Burgemeester Van Heeckerenpark|PLACE}} (zaaknummer {{Z-2026-031187|REF}}). Het gaat mij in het bijzonder om het "
 "boomtechnisch rapport, de ecologische beoordeling, de interne e-mail tussen de stadsecoloog en de vergunningverlener, "
 "het verslag van de hoorzitting van de {{bezwaarschriftencommissie}} en het persbericht van wethouder "
 "{{Stapelkamp|PUBLIC}}.",
 "Ik ben zelf omwonende en heb bezwaar gemaakt. Mijn buurvrouw [[Ingrid Bosch-Terpstra]] heeft mij gevraagd dit verzoek "
 "ook namens de {{Buurtvereniging Het Hofkwartier}} in te dienen.",
 "Ik ontvang de stukken graag digitaal.",
 "Met vriendelijke groet,",
 "[[M. van 't Hoff]]",
], producer="Microsoft: Print To PDF", creator="", title="Woo-verzoek bomen park"),

Doc("kp02_ontvangstbevestiging", "docx", [
 "Gemeente Deventer | Postbus 5000 | 7400 GC Deventer | www.deventer.nl | telefoon 14 0570",
 "Aan: de heer [[M. van 't Hoff]]",
 "[[Molenstraat 14|ADDRESS]]",
 "[[7411 AB|POSTCODE]] Deventer",
 "Ons kenmerk: {{WOO-2026-0088|REF}}",
 "Behandeld door: [[Mirjam de Wit-Kroeze]]",
 "Telefoon: [[0570 - 69 34 12|PHONE]]",
 "Datum: 5 maart 2026",
 "Onderwerp: ontvangstbevestiging Woo-verzoek kap {{Burgemeester Van Heeckerenpark|PLACE}}",
 "Geachte heer [[Van 't Hoff]],",
 "Op 3 maart 2026 hebben wij uw verzoek op grond van de {{Wet open overheid|LAW}} ontvangen. Wij beslissen binnen "
 "vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen (artikel 4.4 Woo). Omdat in de "
 "documenten gegevens van derden staan, onder wie {{Woonstichting De Linde}}, kunnen wij hen vragen een zienswijze te geven.",
 "Heeft u vragen? Neem dan contact op via {{woo@deventer.nl|EMAIL_FUNC}} of het algemene nummer {{14 0570|PHONE_FUNC}}. "
 "Vermeld daarbij ons kenmerk.",
 "Met vriendelijke groet,",
 "namens het college van burgemeester en wethouders van Deventer,",
 "[[M. de Wit-Kroeze]]",
 "Woo-coördinator, {{team Juridische Zaken}}",
], author="Mirjam de Wit-Kroeze", hidden=[], title="Ontvangstbevestiging WOO-2026-0088"),

Doc("kp03_aanvraag_dso", "rl", [
 "# Aanvraag omgevingsvergunning - activiteit vellen van houtopstand",
 "Omgevingsloket ({{DSO|ORG}}) - verzoeknummer {{OLO-2026-4471902|REF}} - ingediend 12 januari 2026",
 "## 1. Aanvrager",
 "| Veld | Waarde |",
 "| Organisatie | {{Woonstichting De Linde}} |",
 "| KvK-nummer | {{08123456|REF}} |",
 "| Vestigingsadres | {{Keizerstraat 40|PLACE}}, Deventer |",
 "| Contactpersoon | [[Hanneke Schuurman]] |",
 "| Functie | {{projectleider vastgoed|ROLE}} |",
 "| Telefoon | [[+31 (0)6 2317 5840|PHONE]] |",
 "| E-mail | [[h.schuurman@delinde-wonen.nl|EMAIL]] |",
 "## 2. Locatie",
 "{{Burgemeester Van Heeckerenpark|PLACE}}, kadastraal Deventer sectie K nummer 2215, grenzend aan de "
 "{{Koningin Wilhelminalaan|PLACE}} en de {{Hofstraat|PLACE}}.",
 "## 3. Activiteit",
 "Vellen van elf bomen ten behoeve van de bouw van 64 sociale huurwoningen (project {{Parkrand Oost|PROJECT}}). "
 "Vijf bomen staan op de {{Lijst monumentale bomen Deventer|LAW}}. Grondslag: {{Omgevingswet|LAW}} en "
 "{{omgevingsplan gemeente Deventer|LAW}}, paragraaf bomen.",
 "| Boomnr. | Soort | Stamomtrek | Status |",
 "| {{B-117|REF}} | {{Quercus robur|TERM}} (zomereik) | 312 cm | monumentaal |",
 "| {{B-118|REF}} | {{Quercus robur|TERM}} (zomereik) | 287 cm | monumentaal |",
 "| {{B-121|REF}} | {{Fagus sylvatica|TERM}} (beuk) | 265 cm | monumentaal |",
 "| {{B-124|REF}} | {{Platanus x hispanica|TERM}} | 301 cm | monumentaal |",
 "| {{B-125|REF}} | {{Aesculus hippocastanum|TERM}} | 240 cm | monumentaal |",
 "| B-126 t/m B-131 | diverse | 80-150 cm | regulier |",
 "---",
 "## 4. Compensatie",
 "De aanvrager stelt een herplantplan voor met 33 bomen (maat 20-25) in het park en langs de {{Hofstraat|PLACE}}, "
 "en een financiële bijdrage aan het {{Bomenfonds Deventer}}.",
 "## 5. Gemachtigde",
 "Namens de aanvrager treedt op [[Koen Hollander]] van [[Boomadvies Hollander|ORG_SOLE]], {{European Tree Technician|ROLE}}, "
 "bereikbaar op [[0570-621984|PHONE]].",
 "## 6. Ondertekening",
 "Naam: [[W.F.M. Dijkhuis]], {{directeur-bestuurder|ROLE}} - digitaal ondertekend met {{eHerkenning|TERM}} niveau 3.",
], producer="DSO-LV PDF-generator 2.14 (iText 8.0.2)", creator="Omgevingsloket", title="Aanvraag OLO-2026-4471902"),

Doc("kp04_formulier_kapmelding", "rl", [
 "# Formulier aanvullende gegevens kapaanvraag",
 "{{gemeente Deventer}} - {{team Vergunningen, Toezicht en Handhaving|ORG}} ({{VTH|ORG}})",
 "Zaaknummer: {{Z-2026-031187|REF}}",
 "", "", "Naam contactpersoon aanvrager:", "", "Telefoonnummer:", "", "E-mailadres:", "",
 "Uitvoerder kapwerkzaamheden:", "", "Ingevuld door (medewerker VTH):", "",
 "Dit formulier wordt gebruikt om de aanvraag in het {{Omgevingsloket|ORG}} aan te vullen. "
 "De werkzaamheden vinden niet plaats in het broedseizoen (15 maart - 15 juli) en zijn getoetst aan de "
 "{{Wet natuurbescherming|LAW}}-regels die sinds 2024 in de {{Omgevingswet|LAW}} zijn opgenomen.",
 "Verwerking van persoonsgegevens: zie {{www.deventer.nl/privacy|URL}}.",
], producer="Nitro Pro 13.70.2.40", creator="Nitro Pro", title="Formulier aanvullende gegevens",
 form=[("naam", "Naam contactpersoon", "Hanneke Schuurman", 250, 699, 250),
       ("tel", "Telefoon", "06-23175840", 250, 681, 160),
       ("mail", "E-mail", "hschuurman@delinde-wonen.nl", 250, 659, 250),
       ("uitvoerder", "Uitvoerder", "Boomverzorging Te Brake, Gijs te Brake", 250, 636, 250),
       ("ingevuld", "Ingevuld door", "J. Harmelink", 250, 615, 160)],
 hidden=[("annotations", "PERSON", "Hanneke Schuurman"), ("annotations", "PHONE", "06-23175840"),
         ("annotations", "EMAIL", "hschuurman@delinde-wonen.nl"), ("annotations", "PERSON", "Gijs te Brake"),
         ("annotations", "PERSON", "J. Harmelink")]),
]
