from lib import Doc

DOCS = []

DOCS.append(Doc("vr09_rooster_vrijwilligers", "rl", ttf=True, landscape=True, title="Kazernerooster Post Deurne april 2026",
    creator="Microsoft Excel", producer="Microsoft Excel 2019", author="fjeurissen", body="""
# Piketrooster vrijwilligers {{Post Deurne}} - april 2026 (week 14 t/m 17)
{{Veiligheidsregio Peel en Maasdal}} - sector {{Peel-Oost}} | Roepnummers {{22-4731}} en {{22-4732}} | bevestigen via {{piket.deurne@vrpeelmaasdal.nl}}
| Pers.nr | Naam | Functie | Mobiel | Wk 14 | Wk 15 | Wk 16 | Wk 17 |
| [[ID:408812]] | [[Hoefnagels, R.J.]] | bevelvoerder | [[06-28 31 77 04]] | BV | - | BV | - |
| [[ID:409145]] | [[Verhees, M.]] | bevelvoerder | [[06-39 60 12 87]] | - | BV | - | BV |
| [[ID:410377]] | [[van der Zanden, D.]] | chauffeur | [[06-10 44 58 29]] | CH | CH | - | - |
| [[ID:410932]] | [[Jeurissen, F.W.]] | chauffeur | [[+31 6 22 87 40 16]] | - | - | CH | CH |
| [[ID:411208]] | [[Manders-Swinkels, I.]] | manschap | [[06-45 19 33 70]] | M | - | M | - |
| [[ID:411765]] | [[ter Horst, J.]] | manschap | [[0031 6 51 27 90 38]] | M | M | - | M |
| [[ID:412034]] | [[Yıldız, K.]] | manschap | [[06-17 62 48 05]] | - | M | M | - |
| [[ID:412391]] | [['t Hart, B.]] | manschap | [[06-33 07 91 52]] | M | - | - | M |
| [[ID:412876]] | [[de Wit, S.]] | manschap | [[0493-31 67 42]] | - | M | M | - |
| [[ID:413150]] | [[van Bree, L.]] | manschap (in opleiding) | [[06-58 24 16 93]] | - | M | - | M |
| [[ID:413602]] | [[Ó Briain, C.]] | manschap | [[+31 (0)6 14 70 25 81]] | M | - | M | - |
Ruilingen alleen via de ploegchef ([[Frank Jeurissen]]). Oefenavond elke dinsdag 19:30 uur, {{Kazerne Deurne}}. Verlof [[van Bree]] week 16 (examen {{Manschap A}}).
""", extra_redact=[("PERSON", "fjeurissen", "metadata")]))

DOCS.append(Doc("vr10_whatsapp_communicatie", "rl", ttf=True, title="WhatsApp-chat Team Communicatie", creator="WhatsApp export", producer="iText 7.2.5", body="""
# WhatsApp-chat met "Comm VR crisis" (export 14-03-2026)
[11-03-26 04:12] [[Femke Raaijmakers]]: Goedemorgen allemaal, dodelijke woningbrand {{Deurne}}. OvD is [[Marloes]]. Ik pak de eerste berichtgeving op X.
[11-03-26 04:14] [[Joost Spierings]]: Ik ben wakker. Naam slachtoffer NIET noemen, familie is nog niet door politie geïnformeerd.
[11-03-26 04:15] [[Fem]]: Helder. Standaardtekst: "Bij een woningbrand aan de Molenakker is een persoon overleden."
[11-03-26 04:31] [[Nadia El Khatib]]: Omroep Brabant belt al. Verwijs ik naar {{088 389 00 99}}?
[11-03-26 04:32] [[Joost Spierings]]: Ja. En [[Naad]], wil jij de burgemeester appen? Haar nummer heb je.
[11-03-26 04:40] [[Nadia El Khatib]]: Burgemeester {{Rijsdijk}} geïnformeerd, ze komt om 9 uur naar de {{Kazerne Deurne}}.
[11-03-26 06:58] [[Femke Raaijmakers]]: Buurman [[Hennie]] staat al op Facebook met foto's 😕 kunnen we niks aan doen.
[11-03-26 07:05] [[Joost Spierings]]: Ploeg is erg aangeslagen, [[Ilse]] vooral. [[Yvonne]] van BOT is gebeld.
[11-03-26 07:06] [[Femke Raaijmakers]]: Zal ik voor [[Ruud]] een korte quote voorbereiden? Nee toch, bevelvoerder niet in beeld.
[11-03-26 07:10] [[Joost Spierings]]: Klopt, alleen {{Rijsdijk}} en eventueel wethouder {{Kuijpers}} in de media.
---
[12-03-26 10:22] [[Nadia El Khatib]]: Familie belt: dochter ([[Marian]]) wil niet dat de naam van haar vader in de krant komt.
[12-03-26 10:25] [[Joost Spierings]]: Begrijpelijk. Zet in de persmap dat we geen namen noemen. Mail haar via [[marian.lammers@ziggo.nl]]?
[12-03-26 10:26] [[Nadia El Khatib]]: Ze belt liever: [[06-41 93 27 58]].
[12-03-26 14:02] [[Femke Raaijmakers]]: Concept persbericht campagne {{Rookmelder redt levens}} staat in Teams.
[12-03-26 14:03] [[Fem]]: @[[Joost]] graag voor 16u akkoord, dan gaat het naar {{Woonstichting Peelrand}}.
[12-03-26 15:47] [[Joost Spierings]]: Akkoord met 2 kleine wijzigingen. 👍
"""))

DOCS.append(Doc("vr11_woo_verzoek", "rl", title="Woo-verzoek brand Molenakker", creator="Microsoft Word 2016", producer="Microsoft Word 2016", body="""
[[Pieter-Bas van den Heuvel]]
[[ADDRESS:Hoogstraat 212a]]
[[ADDRESS:5654 NB]] Eindhoven
[[p.vandenheuvel@eindhovensdagblad-freelance.nl]]
Aan: {{Veiligheidsregio Peel en Maasdal}}
t.a.v. de Woo-coördinator, {{Postbus 220}}, {{5700 AE}} {{Helmond}}
Eindhoven, 20 maart 2026
Betreft: verzoek op grond van de {{Wet open overheid}}
Geachte heer, mevrouw,
Op grond van artikel 4.1 van de {{Wet open overheid}} verzoek ik u om openbaarmaking van alle documenten over (1) de woningbrand aan de Molenakker in {{Deurne}} op 11 maart 2026, (2) de contacten tussen de veiligheidsregio en {{Woonstichting Peelrand}} over rookmelders sinds 1 januari 2024, en (3) de evaluatie van de inzet.
Ik ontvang de documenten graag digitaal. Voor vragen ben ik bereikbaar op [[06 24 81 56 09]].
Hoogachtend,
[[P.B. van den Heuvel]]
freelance journalist
"""))

DOCS.append(Doc("vr12_ontvangstbevestiging", "rl", title="Ontvangstbevestiging Woo-verzoek", creator="Corsa 8.1", producer="iText 5.5.13.3 (AGPL)",
    author="El Khatib, N.", body="""
# {{Veiligheidsregio Peel en Maasdal}}
[[de heer P.B. van den Heuvel]]
[[ADDRESS:Hoogstraat 212a]]
[[ADDRESS:5654 NB]] Eindhoven
Datum: 24 maart 2026 | Ons kenmerk: {{WOO-2026-019}} | Behandeld door: [[mr. J.A. (Judith) Sanders]] | Telefoon: [[088 389 02 63]]
Onderwerp: ontvangstbevestiging Woo-verzoek
Geachte heer [[Van den Heuvel]],
Op 20 maart 2026 hebben wij uw verzoek op grond van de {{Wet open overheid}} ontvangen. De wettelijke beslistermijn is vier weken en kan met twee weken worden verdaagd (artikel 4.4 {{Woo}}). Omdat het verzoek ook documenten van {{Woonstichting Peelrand}} raakt, zullen wij deze derde belanghebbende om een zienswijze vragen.
Heeft u vragen, neem dan contact op via {{woo@vrpeelmaasdal.nl}} onder vermelding van het kenmerk.
Met vriendelijke groet,
namens het {{Algemeen Bestuur}} van de {{Veiligheidsregio Peel en Maasdal}},
[[J.A. Sanders]]
juridisch adviseur
""", extra_redact=[("PERSON", "El Khatib, N.", "metadata")]))

DOCS.append(Doc("vr13_woo_besluit", "odt", title="Besluit op Woo-verzoek WOO-2026-019", author="Sanders, J.A.", extra_redact=[("PERSON", "Sanders, J.A.", "metadata")], body="""
# Besluit op uw Woo-verzoek
[[de heer P.B. van den Heuvel]]
[[ADDRESS:Hoogstraat 212a]], [[ADDRESS:5654 NB]] Eindhoven
Datum: 29 april 2026 | Kenmerk: {{WOO-2026-019}}
Geachte heer [[Van den Heuvel]],
Op 20 maart 2026 heeft u op grond van de {{Wet open overheid}} verzocht om documenten over de woningbrand in {{Deurne}} en de contacten met {{Woonstichting Peelrand}}. Bij brief van 24 maart 2026 hebben wij de ontvangst bevestigd.
# 1. Besluit
Het {{Algemeen Bestuur}} van de {{Veiligheidsregio Peel en Maasdal}}, namens deze de voorzitter burgemeester {{Hanneke Rijsdijk}}, besluit 31 documenten deels openbaar te maken en 2 documenten niet openbaar te maken. De documenten staan op de inventarislijst (bijlage 1).
# 2. Zienswijze derde belanghebbende
{{Woonstichting Peelrand}} heeft op 9 april 2026 een zienswijze gegeven. Zij verzocht de namen en contactgegevens van medewerkers niet openbaar te maken. Wij volgen die zienswijze. De heer [[Smulders]] heeft daarnaast verzocht een mail niet openbaar te maken; dat verzoek wijzen wij af, omdat de inhoud geen bedrijfsgegevens bevat.
---
# 3. Informatie die niet openbaar gemaakt kan worden
Persoonsgegevens (artikel 5.1, tweede lid, onder e, {{Woo}}): namen, e-mailadressen, telefoonnummers, paraafcodes en handtekeningen van medewerkers van de veiligheidsregio en van derden, en gegevens van de nabestaanden en omwonenden.
Gezondheidsgegevens (artikel 5.1, eerste lid, onder d, {{Woo}}): gegevens over de gezondheid van het slachtoffer en over de nazorg van brandweerpersoneel.
# Motivering
Het belang van openbaarheid weegt niet op tegen de eerbiediging van de persoonlijke levenssfeer. In de openbaar gemaakte versie zijn alle persoonsgegevens van ambtenaren, brandweervrijwilligers en derden geanonimiseerd. De namen van de voorzitter van de veiligheidsregio en van wethouders in hun publieke rol blijven leesbaar.
# 4. Bezwaar
Tegen dit besluit kunt u binnen zes weken bezwaar maken bij het {{Algemeen Bestuur}}, {{Postbus 220}}, {{5700 AE}} {{Helmond}}.
Hoogachtend,
namens het {{Algemeen Bestuur}} van de {{Veiligheidsregio Peel en Maasdal}},
[[mr. J.A. Sanders]], juridisch adviseur
"""))

DOCS.append(Doc("vr14_inventarislijst", "rl", landscape=True, title="Inventarislijst WOO-2026-019", creator="Microsoft Excel", producer="Microsoft Excel 2019",
    body="""
# Inventarislijst bij besluit {{WOO-2026-019}}
| Nr | Document | Datum | Beoordeling | Grond | Toelichting |
| 1 | Inzetverslag {{2026-031104}} | 11-03-2026 | deels openbaar | 5.1.2e; 5.1.1d | namen bemanning en gezondheidsgegeven slachtoffer |
| 2 | Rapport brandonderzoek {{BO-2026-007}} | 27-04-2026 | deels openbaar | 5.1.2e | interviewverslagen niet bijgevoegd |
| 3 | Getuigenverklaring buurman (scan) | 11-03-2026 | deels openbaar | 5.1.2e | opgenomen door OvD [[Verbeek]] |
| 4 | Brief familie [[Lammers]] | 18-03-2026 | deels openbaar | 5.1.2e | |
| 5 | Mailwisseling met {{Woonstichting Peelrand}} | 18/19-03-2026 | deels openbaar | 5.1.2e | zienswijze [[Smulders]] gevolgd |
| 6 | Mail planning plaatsing melders | 30-03-2026 | deels openbaar | 5.1.2e | |
| 7 | Persbericht voorzitter | 13-03-2026 | openbaar | - | reeds openbaar; zie {{www.vrpeelmaasdal.nl}} |
| 8 | Verslag evaluatiebijeenkomst | 02-04-2026 | deels openbaar | 5.1.2e; 5.1.1d | |
| 9 | Piketrooster {{Post Deurne}} | 01-04-2026 | deels openbaar | 5.1.2e | |
| 10 | WhatsApp-chat communicatie | 11/12-03-2026 | deels openbaar | 5.1.2e; 5.2.1 | |
| 11 | Beslisnota campagne {{Rookmelder redt levens}} | 07-04-2026 | deels openbaar | 5.1.2e | |
| 12 | Interviewverslag dochter | 20-03-2026 | niet openbaar | 5.1.2e; 5.1.1d | |
| 13 | Nazorgoverzicht {{BOT-team}} | 16-03-2026 | niet openbaar | 5.1.1d | |
Samengesteld door: [[J.A. Sanders]] ([[JAS]]), gecontroleerd door [[N. El Khatib]]
"""))

DOCS.append(Doc("vr15_beslisnota_campagne", "docx", title="Beslisnota campagne Rookmelder redt levens", body="""
# Beslisnota Dagelijks Bestuur
Aan: {{Dagelijks Bestuur}} {{Veiligheidsregio Peel en Maasdal}}
Van: {{Team Brandveilig Leven}}
Datum: 7 april 2026 | Kenmerk: {{DB-2026-044}}
Contactpersoon: [[Lotte Vermeulen-Aarts]], [[088 389 04 17]], [[l.vermeulen-aarts@vrpeelmaasdal.nl]]
Onderwerp: extra campagne {{Rookmelder redt levens}} 2026
# Aanleiding
Na de fatale woningbrand in {{Deurne}} heeft de voorzitter, burgemeester {{Rijsdijk}}, gevraagd om een versnelde rookmeldercampagne voor kwetsbare bewoners.
# Geadviseerd besluit
Het {{Dagelijks Bestuur}} wordt gevraagd: 1) in te stemmen met de campagne van mei t/m oktober 2026; 2) EUR 185.000 beschikbaar te stellen uit de {{Bestemmingsreserve Risicobeheersing}}; 3) een convenant te sluiten met {{Woonstichting Peelrand}} en {{Wooncorporatie Helmond-Peel}}.
# Kern
- 2.500 huisbezoeken door brandweervrijwilligers en {{Fire Safety Teams}}, met voorrang voor 75-plussers en thuiszuurstofgebruikers (samen met {{Vivisol}} en {{Linde Homecare}}).
- Gratis plaatsing van {{Ei Electronics Ei650}} melders (tienjaarsbatterij).
- Publiekscampagne met de landelijke {{Brandweer Nederland}} campagne {{Brandveilig Leven}}.
# Krachtenveld
{{Woonstichting Peelrand}} stemt in. De {{Ondernemingsraad}} vraagt aandacht voor de belasting van vrijwilligers; ploegchef [[Frank Jeurissen]] heeft namens {{Post Deurne}} zorgen geuit over de werkdruk.
# Informatie die niet openbaar gemaakt kan worden
Bij openbaarmaking van deze nota worden de persoonsgegevens van medewerkers verwijderd (5.1.2e {{Woo}}).
Paraaf afdelingshoofd: [[HvR]] ([[Hein van Rooij]]) | Paraaf directeur: [[CdL]]
""", annots=[(0, "Hein van Rooij", "Budget nog checken met Coby de Lange (controller)", 500, 700),
            (0, "Vermeulen-Aarts, Lotte", "Liever geen namen vrijwilligers in DB-stuk, zie mail Frank", 500, 400)],
    extra_redact=[("PERSON", "Coby de Lange", "annotations"), ("PERSON", "Vermeulen-Aarts, Lotte", "annotations"),
                  ("PERSON", "mail Frank", "annotations")]))

DOCS.append(Doc("vr16_factuur_installateur", "rl", title="Factuur 2026-0412", creator="Moneybird", producer="Prawn", body="""
# FACTUUR
[[Kerkhofs Installatietechniek]] - eenmanszaak van [[W.H.M. Kerkhofs]]
[[ADDRESS:Beukenlaan 6]], [[ADDRESS:5753 AR]] Deurne | [[06-51 79 30 84]] | [[info@kerkhofs-installatie.nl]]
KvK {{17288345}} | btw-id [[NL001987654B23]] | IBAN [[NL27 RABO 0318 4412 97]]
Aan: {{Veiligheidsregio Peel en Maasdal}}, t.a.v. crediteurenadministratie, {{Postbus 220}}, {{5700 AE}} {{Helmond}}
Factuurnummer: {{2026-0412}} | Factuurdatum: 30 april 2026 | Uw referentie: {{PO-45001872}}
| Omschrijving | Aantal | Prijs | Totaal |
| {{Ei Electronics Ei650}} rookmelder incl. plaatsing | 212 | EUR 42,50 | EUR 9.010,00 |
| {{Ei Electronics Ei650RF}} radiomodule | 120 | EUR 31,00 | EUR 3.720,00 |
| Voorrijkosten huisbezoeken {{Brandveilig Leven}} (wk 15-17) | 1 | EUR 450,00 | EUR 450,00 |
Subtotaal EUR 13.180,00 | btw 21% EUR 2.767,80 | Totaal EUR 15.947,80
Betaling binnen 30 dagen op rekening [[NL27 RABO 0318 4412 97]] t.n.v. [[W.H.M. Kerkhofs]].
Akkoord budgethouder: [[L. Vermeulen-Aarts]] - paraaf [[LVA]]
"""))
