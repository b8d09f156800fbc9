"""The 33 documents of set WS (mixed189). All persons, addresses and numbers are invented."""
from lib import Doc

HDR = ["Waterschap Oude IJssel en Berkel", "Liemersweg 3, Postbus 148, 7000 AC Doetinchem | 088 - 246 80 00 | info@woib.nl", ""]
MOT = ["# Informatie die niet openbaar gemaakt kan worden",
       "# Motivering",
       "In de openbaar gemaakte versie zijn alle persoonsgegevens van medewerkers en derden geanonimiseerd (artikel 5.1 lid 2 sub e Woo, code 5.1.2e)."]
W = ("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365")
OL = ("Microsoft Outlook 16.0", "Microsoft® Outlook® for Microsoft 365")

DOCS = [
Doc("ws01_woo_verzoek", "Woo-verzoek handhaving Bremlaak", [
 "Sjoerd Ribbers", "Molenstraat 3a", "7211 BM Eefde", "s.ribbers@ziggo.nl", "",
 "Aan: Waterschap Oude IJssel en Berkel, t.a.v. de Woo-coördinator, Postbus 148, 7000 AC Doetinchem", "",
 "Eefde, 2 februari 2026", "Onderwerp: verzoek op grond van de Wet open overheid (Woo)", "",
 "Geacht dagelijks bestuur,",
 "Op grond van de Wet open overheid verzoek ik om openbaarmaking van alle documenten over de handhaving door het waterschap "
 "tegen het dempen van een sloot en de bouw van een steiger langs de Bremlaak (OWL-04417) bij Barchem, gemeente Lochem, in de periode 1 mei 2025 tot heden.",
 "Het gaat mij in elk geval om controlerapporten van de boa, foto's, de last onder dwangsom, zienswijzen, interne e-mails, "
 "WhatsApp- en Teams-berichten en de besluitenlijsten van het dagelijks bestuur.",
 "Ik ontvang de stukken graag digitaal op s.ribbers@ziggo.nl.", "",
 "Met vriendelijke groet,", "S. Ribbers"], kind="docx", producer="LibreOffice 7.6", creator="Writer",
 docx_author="Sjoerd Ribbers"),
Doc("ws02_ontvangstbevestiging", "Ontvangstbevestiging WOO-2026-031", HDR + [
 "De heer S. Ribbers", "Molenstraat 3a", "7211 BM  Eefde", "",
 "Datum: 5 februari 2026", "Ons kenmerk: WOO-2026-031", "Zaaknummer: Z2026-08812",
 "Contactpersoon: P. Ramdin, Woo-coördinator, 088-2468155, p.ramdin@woib.nl", "",
 "Geachte heer Ribbers,",
 "Op 2 februari 2026 hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen. Het verzoek gaat over de handhaving langs de Bremlaak bij Barchem.",
 "Wij beslissen binnen vier weken na ontvangst. Deze termijn kunnen wij met twee weken verdagen. Wij betrekken mogelijk derden bij de beoordeling (artikel 4:8 Awb).",
 "Vragen kunt u mailen naar woo@woib.nl onder vermelding van WOO-2026-031.", "",
 "Met vriendelijke groet,", "namens het dagelijks bestuur van het Waterschap Oude IJssel en Berkel,", "",
 "Priya Ramdin", "Woo-coördinator"], font="ttf", producer="iText® 7.2.5 ©2000-2023 iText Group NV",
 creator="Decos JOIN", author="P. Ramdin"),
Doc("ws03_klacht_buurvrouw", "Melding buurvrouw", [
 "Van: fenna.oosterveld@hetnet.nl", "Verzonden: dinsdag 13 mei 2025 21:14", "Aan: info@woib.nl",
 "Onderwerp: sloot gedempt achter Bremweg 14, Barchem", "",
 "Geachte heer, mevrouw,",
 "Sinds vorige week is onze buurman, de heer Van 't Klooster van Bremweg 14, bezig de sloot achter zijn erf dicht te gooien met grond en puin. "
 "Er rijdt een trekker met kiepwagen van loonbedrijf Menkveld af en aan (kenteken VK-218-D). Ook timmert hij een steiger in de Bremlaak.",
 "Bij hevige regen staat bij ons op Bremweg 16 nu al water in de tuin. Mijn man Wim heeft foto's gemaakt, die stuur ik mee.",
 "Kan het waterschap hier naar kijken? Ik wil liever niet dat Reinier weet dat de melding van ons komt.", "",
 "Met vriendelijke groet,", "Fenna Oosterveld", "Bremweg 16, Barchem", "(0573) 45 21 88"],
 font="helv", producer=OL[0], creator=OL[1]),
Doc("ws04_ontvangst_melding", "Reactie op melding", [
 "Van: Handhaving WOIB <handhaving@woib.nl>", "Verzonden: woensdag 14 mei 2025 09:02",
 "Aan: fenna.oosterveld@hetnet.nl", "CC: Rouwenhorst, Thijs <t.rouwenhorst@woib.nl>",
 "Onderwerp: RE: sloot gedempt achter Bremweg 14, Barchem", "",
 "Beste mevrouw Oosterveld,",
 "Dank voor uw melding. Wij hebben deze geregistreerd onder HH-2026-0417 (voorlopig nummer). Onze toezichthouder (boa) Thijs Rouwenhorst gaat deze week ter plaatse kijken.",
 "Uw gegevens behandelen wij vertrouwelijk; de overtreder krijgt niet te horen wie de melding deed.", "",
 "Met vriendelijke groet,", "Team Handhaving", "Waterschap Oude IJssel en Berkel | 088 - 246 80 00", "",
 "-----Oorspronkelijk bericht-----", "Van: fenna.oosterveld@hetnet.nl", "Verzonden: dinsdag 13 mei 2025 21:14",
 "Onderwerp: sloot gedempt achter Bremweg 14, Barchem",
 "Sinds vorige week is onze buurman bezig de sloot achter zijn erf dicht te gooien ... Fenna Oosterveld, 0573-45 21 88"],
 font="ttf", producer=OL[0], creator=OL[1]),
Doc("ws05_controlerapport_1", "Controlerapport HH-2026-0417 bezoek 1", HDR + [
 "# Controlerapport toezicht Keur / Waterschapsverordening",
 "T|Veld|Waarde",
 "T|Zaaknummer|HH-2026-0417",
 "T|Datum en tijd controle|16 mei 2025, 10:15 - 11:05 uur",
 "T|Toezichthouder (boa)|T. Rouwenhorst, BOA-registratienummer 18-22731",
 "T|Tweede toezichthouder|Y. el Khatib",
 "T|Locatie|Bremlaak (OWL-04417), achter Bremweg 14, Barchem; kadastraal Lochem K 1187",
 "T|Betrokkene|R.J. van 't Klooster, geboren 12-03-1961",
 "T|Watergang|A-watergang volgens de Legger oppervlaktewateren, leggerbreedte 4,5 m",
 "",
 "# Bevindingen",
 "Over een lengte van circa 38 meter is de watergang gedempt met zand, bouwpuin en snoeiafval. De duiker bij hectometerpaal 2,4 is grotendeels dichtgeschoven. "
 "In de Bremlaak is een houten steiger van circa 6 x 2 meter gebouwd, met beschoeiing in de onderhoudsstrook. Voor beide werken is geen watervergunning verleend.",
 "De betrokkene was aanwezig en verklaarde dat de sloot 'toch nooit water voerde'. Hij gaf aan dat loonwerker Menkveld het werk op zijn verzoek heeft uitgevoerd.",
 "---",
 "# Foto's (beschrijving)",
 "Foto 1 (10:21 uur, GPS 52.1194 N 6.4620 E): overzicht gedempt traject vanaf de Graaf Ottoweg; op de achtergrond de kiepwagen met kenteken VK-218-D.",
 "Foto 2 (10:29 uur): dichtgeschoven duiker, bouwpuin zichtbaar in het talud.",
 "Foto 3 (10:40 uur): steiger met beschoeiing; op de steiger staat de betrokkene, R.J. van 't Klooster (gezicht onherkenbaar te maken bij publicatie).",
 "Foto 4 (10:52 uur): dronebeeld (drone bediend door Y. el Khatib) van het waterbergend vermogen van het perceel.",
 "",
 "# Conclusie",
 "Overtreding van de Keur / Waterschapsverordening: dempen van een watergang en plaatsen van een bouwwerk in de beschermingszone zonder vergunning. Advies: voornemen last onder dwangsom.",
 "",
 "Opgemaakt naar waarheid, Barchem, 16 mei 2025", "T. Rouwenhorst, toezichthouder (boa), 06 2318 4476, t.rouwenhorst@woib.nl", "Paraaf teamleider: BJN"],
 font="helv", size=9.5, producer="Aspose.PDF for .NET 23.4", creator="Squit XO",
 author="Rouwenhorst, Thijs"),
]
