from lib import Doc
from content_a import MOT, HEAD, WORD
DOCS = []
A = DOCS.append
OUT = "Microsoft Outlook for Microsoft 365 (16.0.17928)"

A(Doc("sh08_mail_wachttijden", [
    "<b>Van:</b> Oudejans-Kroeze, Fenna &lt;f.oudejans@apeldoorn.nl&gt;<br/><b>Verzonden:</b> dinsdag 6 mei 2025 09:12<br/>"
    "<b>Aan:</b> Bakhuis, Ruud &lt;r.bakhuis@apeldoorn.nl&gt;; Aydın, Gülşen &lt;gülşen.aydın@apeldoorn.nl&gt;<br/>"
    "<b>CC:</b> Heuvel, Marco van den &lt;m.vandenheuvel@apeldoorn.nl&gt;; schuldhulp@apeldoorn.nl<br/>"
    "<b>Onderwerp:</b> RE: wachttijd intake loopt op",
    "Hoi Ruud en Gülşen,",
    "Dank voor de cijfers. Met een wachttijd van 7 weken zitten we ruim boven de norm van de Wgs (binnen 4 weken eerste "
    "gesprek). Ik stel voor dat we tijdelijk een externe budgetcoach inhuren; ik heb een offerte gevraagd aan "
    "Zwartjes Budgetcoaching. Marco, kun jij checken of dit binnen het raamcontract past? Ik wil het donderdag in het "
    "MT Sociaal Domein inbrengen.",
    "Groet,<br/>Fenna<br/>teamleider Schuldhulpverlening | (055) 580 13 62",
    ("sp",),
    "<b>Van:</b> Bakhuis, Ruud &lt;r.bakhuis@apeldoorn.nl&gt;<br/><b>Verzonden:</b> maandag 5 mei 2025 16:47<br/>"
    "<b>Aan:</b> Oudejans-Kroeze, Fenna &lt;f.oudejans@apeldoorn.nl&gt;<br/><b>Onderwerp:</b> wachttijd intake loopt op",
    "Fenna,",
    "Stand per vandaag: 63 aanmeldingen op de wachtlijst, waarvan 11 met een ontruimingsaanzegging. Ik heb zelf 41 "
    "lopende dossiers; Ilse zit op 38. Gülşen is vanaf juni met verlof. Zonder extra capaciteit halen we de termijnen niet.",
    "Ruud<br/>06-41 27 83 90",
    ("pb",),
    "<b>Van:</b> Heuvel, Marco van den &lt;m.vandenheuvel@apeldoorn.nl&gt;<br/><b>Verzonden:</b> dinsdag 6 mei 2025 11:30<br/>"
    "<b>Aan:</b> Oudejans-Kroeze, Fenna<br/><b>Onderwerp:</b> RE: RE: wachttijd intake loopt op",
    "Past binnen het raamcontract Inhuur Sociaal Domein (perceel 3), maximaal € 40.000 zonder nieuwe aanbesteding. "
    "Bel me even op toestel 1208 als je de offerte hebt. MvdH"] + MOT,
    producer=OUT, creator=OUT, author="Oudejans-Kroeze, Fenna", font="DejaVu",
    keep=[("ORG", ["MT Sociaal Domein", "raamcontract Inhuur Sociaal Domein"]), ("MONEY", ["€ 40.000"])]))

A(Doc("sh09_whatsapp", [
    ("h", "WhatsApp-chat met Gosia (export)"),
    "Geëxporteerd op 20-06-2025 door budgetcoach, dossier SHV-2026-0071 | deelnemers: Ilse (werktelefoon 06 18 44 72 05), Gosia (+31 6 4410 2287)",
    "[02-06-25 08:14] Gosia: Goedemorgen Ilse, Ruud heeft weer niet teruggebeld 😞",
    "[02-06-25 08:31] Ilse: Hoi Gosia, vervelend. Ik vraag het hem vandaag. Heb je de brief van het CJIB nog?",
    "[02-06-25 08:33] Gosia: ja. ook een van Menzis, ze dreigen met wanbetalersregeling",
    "[02-06-25 08:35] Ilse: Stuur maar een foto, dan zet ik hem in het dossier. Niet je BSN erop laten staan aub",
    "[02-06-25 08:40] Gosia: <i>afbeelding weggelaten</i>",
    "[05-06-25 19:02] Gosia: Tomasz zegt dat ik een klacht moet indienen over Ruud. Hij zei tegen me dat ik 'gewoon "
    "minder moet uitgeven aan sigaretten'. Dat is niet eerlijk, ik rook niet eens",
    "[05-06-25 19:10] Ilse: Dat begrijp ik. Je kunt een klacht indienen via klachten@apeldoorn.nl of bellen met 14 055. "
    "Wil je dat ik je help met de brief?",
    "[05-06-25 19:11] Gosia: ja graag 🙏",
    "[10-06-25 10:20] Ilse: Afspraak staat: donderdag 12/6 om 10.00 in het Stadhuis, Marktplein 1. Neem je loonstroken mee",
    "[10-06-25 10:22] Gosia: 👍 ok. mijn broer komt mee",
    "[13-06-25 09:05] Gosia: mag ik mijn loonstrook hier sturen? of naar gosia.wisniewska@outlook.com mailen?",
    "[13-06-25 09:10] Ilse: Liever via de beveiligde upload, niet via WhatsApp. Mail anders naar schuldhulp@apeldoorn.nl",
    "[12-06-25 11:45] Ilse: Fijn gesprek! Ik zet de klacht vandaag door naar Thijs van klachtenbehandeling.",
    "[20-06-25 17:40] Gosia: Tomasz heeft zijn verklaring ook gestuurd. Dank je Ilse ❤️",
    ] + MOT, font="DejaVu", producer="Skia/PDF m126", creator="WhatsApp Chat Exporter 2.3",
    keep=[("PRODUCT", ["wanbetalersregeling"]), ("PLACE", ["Stadhuis"])]))

A(Doc("sh10_klacht", [
    "Małgorzata Wiśniewska<br/>Zwaluwstraat 63A<br/>7323 PK Apeldoorn<br/>gosia.wisniewska@outlook.com",
    "Aan de gemeente Apeldoorn, t.a.v. de klachtencoördinator<br/>Marktplein 1, 7311 LK Apeldoorn",
    "Apeldoorn, 12 juni 2025",
    "<b>Onderwerp: klacht over de heer R. Bakhuis, schuldhulpverlener</b>",
    "Geachte heer/mevrouw,",
    "Sinds januari 2025 ben ik cliënt van de schuldhulpverlening (BSN 312 908 471, geboren 23 juli 1990). Mijn "
    "schuldhulpverlener is de heer Bakhuis. Ik wil een klacht indienen over zijn gedrag:",
    "1. Hij belt niet terug. Tussen 14 april en 2 juni 2025 heb ik hem zeven keer gebeld op 06-41 27 83 90 zonder reactie.<br/>"
    "2. Op 28 mei zei hij in een gesprek dat ik 'minder moet uitgeven aan sigaretten', terwijl ik niet rook. Ook zei hij "
    "dat 'mensen zoals ik' altijd weer in de schulden komen. Ik voelde me gediscrimineerd om mijn Poolse achtergrond.<br/>"
    "3. Hij heeft zonder mijn toestemming mijn werkgever (Albert Heijn distributiecentrum) gebeld over loonbeslag.",
    "Ik heb last van paniekaanvallen en mijn psycholoog zegt dat de stress over de schulden dat erger maakt. Ik wil graag "
    "een andere schuldhulpverlener en excuses. Mijn budgetcoach Ilse ter Brugge heeft mij geholpen met deze brief; mijn "
    "broer Tomasz Wiśniewski was bij het gesprek van 28 mei aanwezig.",
    "Met vriendelijke groet,", "M. Wiśniewska"] + MOT,
    mode="docx", author="Gosia", hidden=[("metadata", "PERSON", "Gosia", ["Gosia"])],
    redact=[("HEALTH", "paniekaanvallen", ["paniekaanvallen", "mijn psycholoog"]),
            ("ETHNIC", "Poolse achtergrond", ["Poolse achtergrond"])],
    keep=[("ORG", ["Albert Heijn distributiecentrum"]), ("ROLE", ["klachtencoördinator"])]))

A(Doc("sh11_klacht_ontvangst", [
    HEAD, ("sp",),
    "Mevrouw M. Wiśniewska<br/>Zwaluwstraat 63A<br/>7323 PK Apeldoorn",
    "Datum: 19 juni 2025 | Kenmerk: KL-2026-022 | Contactpersoon: T.J. de Wolff, klachtencoördinator | +31 (0)55 580 1277",
    "<b>Onderwerp: ontvangst van uw klacht</b>",
    "Geachte mevrouw Wiśniewska,",
    "Wij hebben uw klacht van 12 juni 2025 over de bejegening door een medewerker van het Team Schuldhulpverlening "
    "ontvangen. Wij behandelen uw klacht volgens hoofdstuk 9 van de Algemene wet bestuursrecht (Awb) en de "
    "Klachtenregeling gemeente Apeldoorn 2022. U wordt uitgenodigd voor een hoorgesprek op 3 juli 2025 in de "
    "Ida Gerhardt-zaal van het Stadhuis. De betrokken medewerker wordt ook gehoord. U mag iemand meenemen.",
    "Uw verzoek om een andere schuldhulpverlener is gehonoreerd: vanaf 1 juli 2025 is mevrouw G. Aydın uw contactpersoon.",
    "Bent u het na afloop niet eens met de afhandeling, dan kunt u zich wenden tot de Nationale ombudsman.",
    "Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders,",
    "Thijs de Wolff<br/>klachtencoördinator<br/>thijs.dewolff@apeldoorn.nl"] + MOT,
    producer="Aspose.PDF for .NET 23.11", creator="Zaaksysteem Xential 4.2", font="DejaVu",
    keep=[("LAW", ["Klachtenregeling gemeente Apeldoorn 2022", "hoofdstuk 9"])]))

A(Doc("sh12_factuur_zwartjes_mei", [
    ("h", "ZWARTJES BUDGETCOACHING"),
    "H.A. Zwartjes | Anklaarseweg 204, 7317 CT Apeldoorn | 06-24 90 57 31 | henk@zwartjesbudgetcoaching.nl<br/>"
    "KvK 81234567 | btw-id NL001234567B89 | IBAN NL52 RABO 0321 7788 14",
    ("sp",),
    "Gemeente Apeldoorn<br/>t.a.v. Crediteurenadministratie<br/>Postbus 9033<br/>7300 ES Apeldoorn",
    "<b>FACTUUR INV-2026-014</b><br/>Factuurdatum: 31 mei 2025 | Vervaldatum: 30 juni 2025<br/>"
    "Uw referentie: inkoopordernummer 4500218834 / contactpersoon F. Oudejans-Kroeze",
    ("table", [["Omschrijving", "Uren", "Tarief", "Bedrag"],
               ["Budgetcoaching dossiers wachtlijst (12 cliënten), mei 2025", "46,5", "€ 78,00", "€ 3.627,00"],
               ["Huisbezoeken Apeldoorn-Zuid en Ugchelen", "9,0", "€ 78,00", "€ 702,00"],
               ["Reiskosten (212 km à € 0,23)", "", "", "€ 48,76"],
               ["Subtotaal", "", "", "€ 4.377,76"],
               ["Btw 21%", "", "", "€ 919,33"],
               ["Totaal", "", "", "€ 5.297,09"]], [230, 50, 70, 80]),
    "Gelieve het bedrag binnen 30 dagen over te maken op NL52 RABO 0321 7788 14 t.n.v. H.A. Zwartjes o.v.v. het factuurnummer.",
    "Lid NVVK-register budgetcoaches | Algemene voorwaarden op zwartjesbudgetcoaching.nl"] + MOT,
    producer="Microsoft® Excel® for Microsoft 365", creator="Microsoft® Excel® for Microsoft 365", author="Henk", hidden=[("metadata", "PERSON", "Henk Zwartjes", ["Henk"])],
    keep=[("MONEY", ["€ 5.297,09", "€ 4.377,76"]), ("CASE", ["4500218834"]), ("PLACE", ["Apeldoorn-Zuid"])]))

A(Doc("sh13_factuur_zwartjes_jun", [
    ("h", "Zwartjes Budgetcoaching – factuur"),
    "Factuurnummer: INV-2026-015 | datum 30 juni 2025<br/>Aan: Gemeente Apeldoorn, Team Schuldhulpverlening, Marktplein 1, 7311 LK Apeldoorn",
    ("table", [["Datum", "Activiteit", "Uren"],
               ["03-06", "intake ondersteuning D.J. van 't Hooft (Ugchelen)", "2,0"],
               ["05-06", "overleg met I. ter Brugge over overdracht dossiers", "1,5"],
               ["10-06", "budgetplannen 8 cliënten", "14,0"],
               ["17-06", "schuldeisersoverzichten via Allegro", "11,0"],
               ["24-06", "huisbezoeken (5)", "10,0"]], [60, 330, 50]),
    "Totaal 38,5 uur à € 78,00 = € 3.003,00 excl. btw; btw 21% € 630,63; te betalen € 3.633,63.",
    "Betaling op IBAN NL52RABO0321778814, KvK 81234567. Vragen: bel Henk, 06-24 90 57 31.",
    "Akkoord budgethouder: FOK, 4 juli 2025"] + MOT,
    producer="PDFpen Pro 13.1", creator="Pages",
    keep=[("CASE", ["INV-2026-015"]), ("MONEY", ["€ 3.633,63"])]))
