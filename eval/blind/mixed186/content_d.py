"""Set BG documents bg32-bg33 (invented): the Woo decision and its inventory list."""
from lib import Doc

H, P, L, T, SP, PB = "h", "p", "l", "t", "sp", "pb"
DOCS = []

DOCS.append(Doc("bg32_woo_besluit", "Besluit op Woo-verzoek WOO-2026-0031", [
    (L, "{{Gemeente Veenhoven}} | Postbus 20 | 7920 AA Veenhoven"), (SP, 5),
    (L, "[[Mevrouw J. Tuinstra]]"), (L, "[[Populierenlaan 17|ADDRESS]]"), (L, "[[7921 KB VEENHOVEN|ADDRESS]]"), (SP, 4),
    (L, "Datum: 13 oktober 2026   Zaaknummer: {{Z/26/048213|REFERENCE}}   Kenmerk: {{WOO-2026-0031|REFERENCE}}"),
    (L, "Onderwerp: besluit op uw Woo-verzoek over de ruiming van graven"), (SP, 3),
    (P, "Geachte [[mevrouw Tuinstra]],"),
    (H, "1. Uw verzoek"),
    (P, "Op 3 september 2026 heeft u ons gevraagd om openbaarmaking van documenten over de voorgenomen ruiming van graven op de "
        "{{Algemene Begraafplaats Veenhoven}}. Op 1 oktober 2026 hebben wij de beslistermijn met twee weken verdaagd, omdat derden "
        "(nabestaanden en een ondernemer) in de gelegenheid zijn gesteld een zienswijze te geven."),
    (H, "2. Besluit"),
    (P, "Wij hebben 33 documenten gevonden. Wij maken 2 documenten volledig en 31 documenten gedeeltelijk openbaar. Een overzicht staat in "
        "de inventarislijst (bijlage 1)."),
    (H, "3. Zienswijzen"),
    (P, "De rechthebbende van graf {{C-112|REFERENCE}} heeft verzocht haar brieven niet openbaar te maken. Wij maken deze brieven openbaar "
        "zonder naam, adres, contactgegevens en gezondheidsgegevens. De steenhouwer heeft geen zienswijze gegeven."),
    (H, "4. Overwegingen"),
    (P, "Persoonsgegevens van nabestaanden, rechthebbenden, de steenhouwer (een eenmanszaak) en medewerkers van de gemeente die "
        "niet in de openbaarheid optreden zijn gelakt op grond van artikel 5.1 lid 2 sub e {{Woo|LAW}} (code 5.1.2e). Het BSN is gelakt op "
        "grond van artikel 5.1 lid 1 sub e {{Woo|LAW}}. Gegevens over gezondheid zijn bijzondere persoonsgegevens (artikel 5.1 lid 1 sub d "
        "{{Woo|LAW}}). De namen van wethouder {{Marieke Stroeve|PUBLIC_OFFICIAL}}, burgemeester {{Harm Jan Olthof|PUBLIC_OFFICIAL}} en de "
        "raadsleden zijn niet gelakt, omdat zij in hun publieke functie optreden."),
    (P, "Een aantekening in een memo bevat een persoonlijke beleidsopvatting van een medewerker; deze zinsnede is niet openbaar gemaakt op "
        "grond van artikel 5.2 lid 1 {{Woo|LAW}}."),
    (H, "5. Bezwaar"),
    (P, "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij ons college, Postbus 20, 7920 AA Veenhoven (artikel 6:7 {{Awb|LAW}}). "
        "Belanghebbenden kunnen tegen de openbaarmaking bezwaar maken; wij publiceren de documenten daarom niet eerder dan twee weken "
        "na de datum van dit besluit op {{open.overheid.nl|URL}}."),
    (P, "Hoogachtend,"), (L, "burgemeester en wethouders van Veenhoven,"), (L, "namens dezen,"), (SP, 7),
    (L, "[[P.J. Vos]]"), (L, "afdelingshoofd {{Publiekszaken}}"),
    (L, "Behandeld door [[Fenna de Wit-Kramer]], Woo-coördinator, via {{woo@veenhoven.nl}}"),
], producer="docx", font="Helvetica", size=10.5, meta={"docx_author": ""}))

rows = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
inv = [("bg01", "Woo-verzoek", "03-09-2026", "deels openbaar", "5.1.2e", ""),
       ("bg02", "Ontvangstbevestiging", "08-09-2026", "deels openbaar", "5.1.2e", ""),
       ("bg03", "Uittreksel register vak C", "01-07-2026", "deels openbaar", "5.1.2e", "adressen gelakt"),
       ("bg04", "Verlengingen vak D", "2026", "deels openbaar", "5.1.2e", "geboortedata gelakt"),
       ("bg05", "Brief rechthebbende", "21-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", "zienswijze"),
       ("bg06", "E-mail familielid", "09-02-2026", "deels openbaar", "5.1.2e", ""),
       ("bg07", "Mailwisseling beheerder/jurist", "24-03-2026", "deels openbaar", "5.1.2e", ""),
       ("bg08", "Notities beheerder (scan)", "10-04-2026", "deels openbaar", "5.1.2e", ""),
       ("bg09", "Logboek beheerder", "2026", "deels openbaar", "5.1.2e", ""),
       ("bg10", "Factuur {{2026-0417|REFERENCE}}", "30-04-2026", "deels openbaar", "5.1.2e", "eenmanszaak"),
       ("bg11", "Factuur {{2026-0522|REFERENCE}}", "28-05-2026", "deels openbaar", "5.1.2e", "eenmanszaak"),
       ("bg12", "Offerte per e-mail", "12-03-2026", "deels openbaar", "5.1.2e", ""),
       ("bg13", "Klacht {{Nationale ombudsman}}", "29-04-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
       ("bg14", "Brief ombudsman", "11-05-2026", "deels openbaar", "5.1.2e", ""),
       ("bg15", "Reactie aan ombudsman", "29-05-2026", "deels openbaar", "5.1.2e", ""),
       ("bg16", "Brief wethouder", "03-06-2026", "deels openbaar", "5.1.2e", ""),
       ("bg17", "Teams-chat Begraafzaken", "2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
       ("bg18", "Verslag werkoverleg", "16-04-2026", "deels openbaar", "5.1.2e", ""),
       ("bg19", "Formulier verlenging", "02-05-2026", "deels openbaar", "5.1.2e, 5.1.1e", "BSN"),
       ("bg20", "Beslisnota", "16-06-2026", "deels openbaar", "5.1.2e", ""),
       ("bg21", "Bekendmaking ruiming", "2025", "openbaar", "-", "reeds openbaar"),
       ("bg22", "Persbericht", "02-07-2026", "openbaar", "-", "reeds openbaar"),
       ("bg23", "Keuringsrapport", "06-2026", "deels openbaar", "5.1.2e", ""),
       ("bg24", "Brief aan familielid", "23-04-2026", "deels openbaar", "5.1.2e", ""),
       ("bg25", "Handgeschreven brief (scan)", "16-05-2026", "deels openbaar", "5.1.2e", ""),
       ("bg26", "Ontvangstbewijs (scan)", "22-04-2026", "deels openbaar", "5.1.2e", ""),
       ("bg27", "Raadsvragen en antwoord", "20-05-2026", "deels openbaar", "5.1.2e", ""),
       ("bg28", "Memo juridisch", "15-05-2026", "deels openbaar", "5.1.2e, 5.2.1", ""),
       ("bg29", "Dossieroverzicht", "30-06-2026", "deels openbaar", "5.1.2e", ""),
       ("bg30", "Rooster", "06-2026", "deels openbaar", "5.1.2e", ""),
       ("bg31", "Interne mail Woo", "11-09-2026", "deels openbaar", "5.1.2e", ""),
       ("bg32", "Besluit", "13-10-2026", "deels openbaar", "5.1.2e", ""),
       ("bg33", "Inventarislijst", "13-10-2026", "openbaar", "-", "")]
for r in inv:
    rows.append(list(r))
DOCS.append(Doc("bg33_inventarislijst", "Inventarislijst WOO-2026-0031", [
    (H, "Bijlage 1 - Inventarislijst {{WOO-2026-0031|REFERENCE}}"),
    (P, "Zaak {{Z/26/048213|REFERENCE}}, {{gemeente Veenhoven}}. Beoordelingsgronden: 5.1.1d (gezondheid), 5.1.1e (BSN), 5.1.2e (persoonlijke "
        "levenssfeer), 5.2.1 (persoonlijke beleidsopvattingen)."),
    (T, rows),
], producer="aspose", font="Helvetica", size=9))
