"""Chat exports of set AE (mixed21). All persons invented; office holders named in their role."""
from framework import Doc
from mail import chat_lines

# ---------------------------------------------------------------- ae16: WhatsApp iOS export, wethouder in the group
W = "«H:Wethouder Bakkali»"
ae16_lines = [
    ("2024-03-12 07:58:11", "⟦Marloes⟧", "Goedemorgen! Persbericht over de «W:Warmtetransitievisie» staat klaar in «R:Teams» 👍"),
    ("2024-03-12 08:02:45", "⟦Bas Akkerman⟧", "Top. @⟦Jorien⟧ kun jij de Q&A nog checken op de cijfers van «O:Eneco»?"),
    ("2024-03-12 08:03:30", "⟦Jorien ten Velde-Makkinga⟧", "Doe ik na de stand-up. ⟦Bas⟧ ben jij er om 9?"),
    ("2024-03-12 08:10:02", W, "Dank allen. Ik wil om 10 uur nog even bellen met ⟦Marloes⟧ en ⟦Bas⟧ over de wijk «L:Overvecht-Noord». "
                              "De raadsvragen van «H:raadslid Koerhuis» komen morgen."),
    ("2024-03-12 08:11:47", "⟦Marloes⟧", "Prima, ik bel u via «R:Teams» 📞"),
    ("2024-03-12 09:31:20", "⟦Bas Akkerman⟧", "‎⟦Jorien ten Velde-Makkinga⟧ is toegevoegd door ⟦Bas Akkerman⟧... sorry verkeerde groep haha"),
    ("2024-03-12 09:40:05", "⟦Jorien ten Velde-Makkinga⟧", "Cijfers kloppen niet helemaal, «O:Eneco» rekent met 14.000 aansluitingen, wij met 12.500. "
                                                           "Ik bel ⟦Dewi⟧ van «O:Stedin» (⟦T:06 3470 2281⟧)"),
    ("2024-03-12 09:41:33", "⟦Marloes⟧", "Pas op met dat nummer in deze groep 😅"),
    ("2024-03-12 11:05:09", W, "Goed gesprek. Voor de duidelijkheid: we noemen in het persbericht geen bewoners. Mevrouw "
                              "⟦Hassan-Yusuf⟧ wilde niet met naam in de krant."),
    ("2024-03-12 11:06:40", "⟦Bas Akkerman⟧", "Helder! Dan haal ik de quote van ⟦Hawa⟧ eruit."),
    ("2024-03-12 13:22:51", "⟦Jorien ten Velde-Makkinga⟧", "Q&A aangepast. <Media weggelaten>"),
    ("2024-03-12 16:45:00", W, "Top team 👏 Morgen om 8.30 fietsen we naar het «O:buurthuis De Boog»."),
    ("2024-03-13 07:30:14", "⟦Marloes⟧", "Ik ben er om 8.15. @⟦Jorien⟧ neem jij de flyers mee?"),
    ("2024-03-13 07:31:02", "⟦Jorien ten Velde-Makkinga⟧", "Jep. ⟦Marloes⟧ kan jij ⟦Ruben⟧ van communicatie ook vragen? Zijn nummer is "
                                                            "⟦T:+31 6 2904 1187⟧"),
    ("2024-03-13 08:50:39", W, "Fijn dat ⟦Ruben⟧ er ook is. Graag een foto voor de «R:Instagram» van de gemeente."),
]
ae16 = Doc("ae16_whatsapp_ios_wethouder", "fpdf2", [
    ("h", "WhatsApp-chat met Warmtetransitie persbericht"),
    ("small", "Exportbestand _chat.txt, geprint 14-03-2024. Deelnemers: " + W + ", ⟦Marloes Kraaijeveld⟧, ⟦Bas Akkerman⟧, "
              "⟦Jorien ten Velde-Makkinga⟧"),
    ("pre", "[12-03-24 07:55:02] ‎Berichten en oproepen worden end-to-end versleuteld.\n" + chat_lines(ae16_lines, "wa_ios")),
], title="WhatsApp-chat Warmtetransitie", genre="WhatsApp iOS export; wethouder (keep) with civil servants, @mentions, emoji")

# ---------------------------------------------------------------- ae17: WhatsApp Android export with minister + phone numbers
MIN = "«H:Minister Brekelmans»"
ae17_lines = [
    ("2024-10-02 18:04:00", "⟦Hanneke⟧", "Auto staat klaar bij de «L:Kromhoutkazerne» 🚗"),
    ("2024-10-02 18:05:00", MIN, "Dank. Kan iemand de laatste versie van de speech sturen? De passage over «T:F-35» moet korter."),
    ("2024-10-02 18:07:00", "⟦Anouar Bouzidi-Verschuren⟧", "Komt eraan. ⟦Hanneke⟧ heeft de print."),
    ("2024-10-02 18:09:00", "⟦T:+31 6 4188 2703⟧", "Dit is ⟦Gijs⟧ van «O:DMO», nieuw nummer. Graag opslaan 🙂"),
    ("2024-10-02 18:10:00", "⟦Hanneke⟧", "@⟦Gijs⟧ welkom. Kun jij het «T:MLU»-cijfer van de «T:Patriot»-batterijen checken?"),
    ("2024-10-02 18:21:00", "⟦T:+31 6 4188 2703⟧", "Cijfer klopt, zie ook Kamerbrief «T:2024Z15530». «H:Staatssecretaris Tuinman» noemde "
                                                  "hetzelfde in het debat."),
    ("2024-10-02 18:22:00", MIN, "👍"),
    ("2024-10-02 19:48:00", "⟦Anouar Bouzidi-Verschuren⟧", "Journalist van «O:NOS» vraagt om reactie over het bezoek aan «L:Vilnius». "
                                                           "Ik verwijs naar de woordvoering."),
    ("2024-10-02 19:50:00", "⟦Hanneke⟧", "<Dit bericht is verwijderd>"),
    ("2024-10-02 19:51:00", "⟦Hanneke⟧", "Reactie loopt via «F:woordvoering@mindef.nl». ⟦Anouar⟧ kun jij ⟦Ellemijn⟧ even bellen? "
                                         "⟦T:06-21 93 38 45⟧"),
    ("2024-10-02 22:14:00", MIN, "Goed gedaan vandaag allemaal. Morgen 7.30 vanaf «L:Vliegbasis Eindhoven»."),
    ("2024-10-03 06:58:00", "⟦T:+31 6 4188 2703⟧", "Ik sta bij de poort. ⟦Anouar⟧ heeft de pasjes?"),
    ("2024-10-03 07:01:00", "⟦Anouar Bouzidi-Verschuren⟧", "Ja. ⟦Gijs⟧, ⟦Hanneke⟧: naam op de lijst is ⟦BOUZIDI-VERSCHUREN, A.⟧ 🙄"),
]
ae17 = Doc("ae17_whatsapp_android_minister", "reportlab-dejavu", [
    ("h", "WhatsApp Chat met Reis Vilnius okt 24"),
    ("pre", "02-10-2024 17:58 - Berichten en gesprekken worden end-to-end versleuteld.\n02-10-2024 17:58 - ⟦Hanneke⟧ heeft "
            "deze groep gemaakt\n02-10-2024 17:59 - ⟦Hanneke⟧ heeft ⟦T:+31 6 4188 2703⟧ toegevoegd\n" +
     chat_lines(ae17_lines, "wa_android")),
], title="WhatsApp Chat met Reis Vilnius okt 24", genre="WhatsApp Android export; minister (keep), a sender known only by phone number")

# ---------------------------------------------------------------- ae18: Teams chat export (chromium)
rows = [
    ("⟦Ottevanger-Rijnbeek, Bas⟧", "4-6 10:02", "@⟦Wytske⟧ heb jij de export van de mailbox van ⟦De Groot⟧ al? 😊"),
    ("⟦Sybrandy, Wytske⟧", "4-6 10:05", "Bijna, het is 14 GB. ⟦Farid⟧ helpt met «R:Purview»."),
    ("⟦Ahmadzai-Noorestani, Farid⟧", "4-6 10:06", "> ⟦Sybrandy, Wytske⟧ 10:05 Bijna, het is 14 GB.\nKlopt, ik draai een "
                                                 "«T:eDiscovery»-zoekactie op «T:Chemours OR PFAS OR GenX» vanaf 01-01-2022."),
    ("⟦Ottevanger-Rijnbeek, Bas⟧", "4-6 10:11", "Super. Let op dat de mailbox van de «H:minister» (kabinet) er niet in hoort, die "
                                                "doet «O:Bestuursondersteuning»."),
    ("⟦Sybrandy, Wytske⟧", "4-6 10:15", "@⟦Joost van 't Hoenderdaal⟧ weet jij wie bij BO de contactpersoon is? ⟦Lina⟧ zei ⟦Annelot⟧?"),
    ("⟦van 't Hoenderdaal, Joost⟧", "4-6 10:31", "Ja, ⟦Annelot Wiegersma-Tol⟧. Zij zit op «L:Rijnstraat 8», 5e verdieping. Haar "
                                                 "nummer: ⟦T:06 1388 5506⟧"),
    ("⟦Ottevanger-Rijnbeek, Bas⟧", "4-6 10:33", "👍 dank ⟦Joost⟧"),
    ("⟦Abu Zahrieh, Lina⟧", "4-6 11:47", "Vergeet niet: ⟦Hylke⟧ wil de bedrijfsnamen pas lakken ná de zienswijze. En de naam van "
                                        "«H:toenmalig minister Harbers» blijft staan."),
    ("⟦Ahmadzai-Noorestani, Farid⟧", "4-6 14:02", "Export klaar: 2.317 items. Ik zet ze in «R:SharePoint» > Woo > WOO-2024-0417."),
    ("⟦Sybrandy, Wytske⟧", "4-6 14:05", "❤️ ⟦Farid⟧"),
]
ae18 = Doc("ae18_teams_chat_export", "chromium", [
    ("h", "Chat: Woo Chemours kernteam"),
    ("small", "Microsoft Teams – chatgeschiedenis geëxporteerd via «R:Microsoft Purview» eDiscovery, 11-06-2024. "
              "Deelnemers (5): ⟦Bas Ottevanger-Rijnbeek⟧, ⟦Wytske Sybrandy⟧, ⟦Farid Ahmadzai-Noorestani⟧, "
              "⟦Joost van 't Hoenderdaal⟧, ⟦Lina Abu Zahrieh⟧"),
    ("table", [["Afzender", "Tijd", "Bericht"]] + [[a, b, c] for a, b, c in rows], [0.26, 0.1, 0.64]),
    ("pb",), ("h", "Chat: Woo Chemours kernteam (vervolg, 12-06-2024)"),
    ("table", [["Afzender", "Tijd", "Bericht"],
               ["⟦Ottevanger-Rijnbeek, Bas⟧", "12-6 08:55", "Goedemorgen 🌞 @⟦Lina⟧ hoe ver ben je met lakken?"],
               ["⟦Abu Zahrieh, Lina⟧", "12-6 09:10", "Doc 1-180 klaar. In doc 77 staat een privénummer van ⟦Kwabena⟧, dat lak ik. "
                                                     "Het algemene nummer van «O:RWS» («S:0800 8002») laat ik staan."],
               ["⟦Ahmadzai-Noorestani, Farid⟧", "12-6 09:12", "> ⟦Abu Zahrieh, Lina⟧ 09:10 Doc 1-180 klaar.\nNice. Ik doe 181-300. "
                                                             "Wie doet de mails van ⟦Roëlle⟧ van de «O:ILT»?"],
               ["⟦Sybrandy, Wytske⟧", "12-6 09:20", "Dat doet de «O:ILT» zelf, zei ⟦Tjoe-Awie⟧. Ik ben vanaf 13.00 weg (tandarts 🦷)."],
               ["⟦van 't Hoenderdaal, Joost⟧", "12-6 10:02", "FYI: ⟦Annelot⟧ van BO heeft de mails van «H:minister Madlener» al "
                                                            "nagelopen; geen treffers na 2 juli 2024."],
               ["⟦Ottevanger-Rijnbeek, Bas⟧", "12-6 10:05", "👍 Dan kan de beslisnota naar ⟦RvKP⟧ voor paraaf."]], [0.26, 0.1, 0.64]),
    ("small", "Bijlagen in gesprek: zoekopdracht.kql (⟦Farid Ahmadzai-Noorestani⟧) · Woo-planning.xlsx (⟦Bas Ottevanger-Rijnbeek⟧)"),
], title="Chat: Woo Chemours kernteam", genre="Teams chat export table, quoted reply, @mentions, emoji")

# ---------------------------------------------------------------- ae19: Signal crisis chat (docx -> LibreOffice)
sig_lines = [
    ("2025-02-08 02:14:00", "⟦Roos⟧", "Dijkbewaking ⟦Marnix⟧ meldt kwel achter de dijk bij «L:Wijhe», km 958. «O:Waterschap Drents Overijsselse Delta» is gealarmeerd."),
    ("2025-02-08 02:16:00", "⟦Marnix Oldebroek-Stam⟧", "Klopt. Zandmeevoerende wel. Foto's volgen. Bellen: ⟦T:06 5121 7740⟧"),
    ("2025-02-08 02:20:00", "⟦Roos⟧", "«H:Dijkgraaf Ploeger» is geïnformeerd. «H:Burgemeester Strijk» vraagt om een update om 3 uur."),
    ("2025-02-08 02:31:00", "⟦Ebo Mensah-Quaye⟧", "Ik ben HOvD vannacht. Zandzakken via «O:Defensie» aangevraagd (⟦Sgt. Wiersum⟧)."),
    ("2025-02-08 02:33:00", "⟦Roos⟧", "↪ Reactie op ⟦Ebo Mensah-Quaye⟧: \"Zandzakken via Defensie\" – top, ETA?"),
    ("2025-02-08 02:41:00", "⟦Ebo Mensah-Quaye⟧", "04:00. ⟦Roos⟧, kun jij ⟦Geesje⟧ van de «O:Veiligheidsregio IJsselland» wakker bellen? Nummer ⟦T:06-4930 2277⟧"),
    ("2025-02-08 03:02:00", "⟦Geesje Tuinman-Hofstede⟧", "Wakker ☕ Ik open het «O:ROT» in «L:Zwolle». @⟦Marnix⟧ graag coördinaten in «R:LCMS»."),
    ("2025-02-08 03:05:00", "⟦Marnix Oldebroek-Stam⟧", "Gedaan: 52.3907, 6.1342. Bewoner ⟦A. Hazelaar⟧ (boerderij ⟦A:Zandweg 4⟧) is ingelicht."),
    ("2025-02-08 05:40:00", "⟦Roos⟧", "Opkisten klaar. Dank ⟦Marnix⟧ ⟦Ebo⟧ ⟦Geesje⟧ 🙏 Verslag voor «H:gedeputeerde Van Haaf» om 9 uur."),
]
ae19 = Doc("ae19_signal_dijkbewaking", "libreoffice", [
    ("h", "Signal – groep ‘Hoogwater IJssel feb25’"),
    ("p", "Export (Signal Desktop, geplakt in Word door ⟦Roos van Wageningen-Bleeker⟧, «J:crisiscoördinator» "
          "«O:Waterschap Drents Overijsselse Delta») – 08-02-2025"),
    ("pre", chat_lines(sig_lines, "signal")),
    ("p", "Leden: ⟦Roos van Wageningen-Bleeker⟧ (beheerder), ⟦Marnix Oldebroek-Stam⟧, ⟦Ebo Mensah-Quaye⟧, ⟦Geesje Tuinman-Hofstede⟧, "
          "⟦T:+31 6 2240 9187⟧"),
], title="Signal hoogwater IJssel", author="⟦Roos van Wageningen-Bleeker⟧",
   genre="Signal export pasted in Word; dijkgraaf, burgemeester, gedeputeerde keep; a surname that is also a minister's ('Tuinman')")

# ---------------------------------------------------------------- ae20: Slack export (chromium)
slack = [
    ("⟦sven.duijvestein⟧", "Sven Duijvestein", "09:12", "Deploy van «R:Delft-FEWS» 2024.02 op acceptatie gelukt 🎉 cc @⟦marloes.k⟧"),
    ("⟦marloes.k⟧", "Marloes Kalverstraat-Nijhof", "09:15", "Nice! @⟦rj.pattiasina⟧ kun jij de «T:SFTP»-credentials voor "
                                                           "«O:LANUV» aanvragen bij «O:Rijkswaterstaat CIV»?"),
    ("⟦rj.pattiasina⟧", "RJ Pattiasina", "09:40", "Gedaan, ticket «T:RITM0457721». ⟦Klaus-Dieter⟧ (Düsseldorf) vraagt of we "
                                                   "«T:WaterML 2.0» of «T:CSV» willen."),
    ("⟦sven.duijvestein⟧", "Sven Duijvestein", "09:42", "WaterML. CSV is een drama met de tijdzones 😬"),
    ("⟦ngozi.adeyemi-boer⟧", "Ngozi Adeyemi-Boer", "10:05", "Privacy-check: in de logs staan IP-adressen en namen van "
                                                            "medewerkers van de «O:Bezirksregierung». Ik zet een «T:DPIA-quickscan» klaar."),
    ("⟦marloes.k⟧", "Marloes Kalverstraat-Nijhof", "10:07", "Thanks ⟦Ngozi⟧ 🙏 Thread ↓"),
    ("⟦ngozi.adeyemi-boer⟧", "Ngozi Adeyemi-Boer", "10:20", "  ↳ reply: We hoeven de namen niet te loggen. @⟦sven.duijvestein⟧ kun je "
                                                            "«T:user_id» hashen?"),
    ("⟦sven.duijvestein⟧", "Sven Duijvestein", "10:31", "  ↳ reply: Yes, «T:SHA-256» met salt. Live vóór de demo aan "
                                                        "«H:staatssecretaris Jansen» op 28/11."),
]
srows = [["gebruiker", "weergavenaam", "tijd", "bericht"]] + [[f"@{u}", f"⟦{n}⟧", t, m] for u, n, t, m in slack]
ae20 = Doc("ae20_slack_fews_export", "chromium", [
    ("h", "#fews-grensoverschrijdend — export 26-11-2024"),
    ("small", "Slack workspace rws-hydro.slack.com – kanaal aangemaakt door ⟦marloes.k⟧ op 04-11-2024"),
    ("table", srows, [0.2, 0.2, 0.07, 0.53]),
], title="#fews-grensoverschrijdend", genre="Slack export: user names, display names, threads, mentions")

# ---------------------------------------------------------------- ae21: Teams meeting transcript (reportlab)
tr = [
    ("⟦Yara de Bruijn-Wairata⟧", "0:00:04", "Goedemiddag allemaal, we nemen op voor het verslag. Iedereen akkoord? ⟦Kees⟧?"),
    ("⟦Kees Visser⟧", "0:00:11", "Akkoord. Ik deel zo mijn scherm."),
    ("⟦Mona Al-Rifai⟧ (Extern)", "0:00:19", "Akkoord, ik ben er tot half drie."),
    ("⟦Yara de Bruijn-Wairata⟧", "0:00:25", "Mooi. ⟦Devika⟧, jij vervangt ⟦Luuk⟧?"),
    ("⟦Devika Ramsaran⟧", "0:00:31", "Ja, ⟦Van der Hammen⟧ zit bij het «O:Veiligheidsberaad» met «H:burgemeester Van Zanen»."),
    ("⟦Kees Visser⟧", "0:02:47", "Eerste punt: de «T:C2000»-storing duurde 47 minuten. De «O:Landelijke Meldkamer Samenwerking» "
                                  "schakelde over op «T:GMS» fall-back."),
    ("⟦Sabri Öztürk⟧", "0:05:12", "Vanuit het «O:Nationaal Crisiscentrum»: de «T:NL-Alert» ging acht minuten te laat. ⟦Jaap⟧ "
                                  "van onze backoffice zoekt uit waarom."),
    ("⟦Mona Al-Rifai⟧ (Extern)", "0:07:58", "In «L:Zoetermeer» ging het wel goed. Mijn collega ⟦Frank Oosterhof-Lie⟧ stuurt de logs."),
    ("⟦Yara de Bruijn-Wairata⟧", "0:11:03", "Dank ⟦Mona⟧. Actie voor ⟦Kees⟧ en ⟦Sabri⟧: tijdlijn maken voor de brief aan "
                                           "«H:minister Van Weel»."),
    ("⟦Q:Ferdi Dam⟧", "0:12:40", "Nog een aanvulling vanuit «O:KPN»: het «T:Network Operations Center» zag geen capaciteitsprobleem. "
                              "Het zat in de «T:failover» naar de «L:Dam»... eh, de locatie «L:Amsterdam-Zuidoost»."),
    ("⟦Kees Visser⟧", "0:14:15", "Helder, ⟦Ferdi⟧. Dat neem ik mee."),
    ("⟦Yara de Bruijn-Wairata⟧", "0:28:50", "Afronding: verslag volgt via ⟦YdBW⟧... via mij dus. Dank allemaal."),
]
tblocks = [("h", "Werkgroep evaluatie oefening Blackout 2025 – transcriptie"),
           ("p", "14 januari 2025, 13:31 · 28 min 55 s\n\n**⟦Yara de Bruijn-Wairata⟧** heeft de transcriptie gestart")]
for who, ts, txt in tr:
    tblocks.append(("p", f"**{who}**   {ts}\n{txt}"))
for who, ts, txt in [
    ("⟦Sabri Öztürk⟧", "0:15:02", "Mag ik nog iets zeggen over de «T:NL-Alert»? Het «T:Cell Broadcast»-bericht is door "
                                  "«O:Odido» wel op tijd verstuurd, maar bij één provider niet."),
    ("⟦Yara de Bruijn-Wairata⟧", "0:15:40", "Welke provider? ⟦Ferdi⟧, weet jij dat?"),
    ("⟦Q:Ferdi Dam⟧", "0:15:52", "Nee, dat moet ik navragen bij ⟦Jeroen Haakma-Solis⟧, onze «J:Service Delivery Manager»."),
    ("⟦Devika Ramsaran⟧", "0:17:20", "Voor het verslag: «H:burgemeester Van Zanen» wil in het «O:Veiligheidsberaad» van maart "
                                     "de conclusies bespreken. ⟦Luuk⟧ maakt daar een notitie voor."),
    ("⟦Kees Visser⟧", "0:19:05", "En de «T:TETRA»-migratie? «O:Rijkswaterstaat» gebruikt nog de oude portofoons."),
    ("⟦Mona Al-Rifai⟧ (Extern)", "0:21:33", "Bij ons in «L:Den Haag» ook. ⟦Frank⟧ heeft daar een overzicht van."),
    ("⟦Yara de Bruijn-Wairata⟧", "0:24:10", "Dan zet ik dat op de actielijst: ⟦Kees⟧ en ⟦Mona⟧. ⟦Sabri⟧, jij de tijdlijn "
                                           "«T:NL-Alert». Volgende bijeenkomst 11 februari."),
    ("⟦Sabri Öztürk⟧", "0:26:44", "Prima. Ik stuur het via «F:crisisbeheersing@minjenv.nl» rond."),
]:
    tblocks.append(("p", f"**{who}**   {ts}\n{txt}"))
tblocks.append(("p", "⟦Yara de Bruijn-Wairata⟧ heeft de transcriptie gestopt"))
ae21 = Doc("ae21_teams_transcript_blackout", "reportlab", tblocks, title="Transcriptie werkgroep Blackout",
           genre="Teams meeting transcript: speaker + time-stamp lines, (Extern) guests, surname 'Dam' vs de Dam",
           outline=[("Transcriptie – opgenomen door ⟦Yara de Bruijn-Wairata⟧", 0)])

# ---------------------------------------------------------------- ae13: SCAN of a printed WhatsApp conversation
ae13_text = """WhatsApp-gesprek met Gerard Lindeboom (wijkagent)            afgedrukt 05-09-2024

[02-09-24 08:41:17] Jamila Oukili: Goedemorgen Gerard, de bewoners van de Wolweg 31
klagen weer over de hennepgeur. Het gaat om de bovenwoning van meneer Kramer-Tjin.
[02-09-24 08:47:02] Gerard Lindeboom: Morgen Jamila. Ik ga er vanmiddag langs met
mijn collega Ilona Rietkerk. Zijn nummer heb ik: 06 2177 4390
[02-09-24 12:30:55] Jamila Oukili: Top. Burgemeester Bruls wil een Damocles-sluiting
overwegen, maar eerst een gesprek. Woningcorporatie Talis is op de hoogte.
[02-09-24 16:02:40] Gerard Lindeboom: Geen reactie aan de deur. Buurvrouw mevrouw
Vreeswijk (Wolweg 29) heeft foto's. Haar 06: 06 4312 8876
[03-09-24 09:15:03] Jamila Oukili: Dank! Ik leg het vast in het zaaksysteem
(zaak 2024-0932). Groet, Jamila - team Openbare Orde gemeente Nijmegen"""
ae13_m = ae13_text
for a, b in [("Gerard Lindeboom", "⟦Gerard Lindeboom⟧"), ("Jamila Oukili", "⟦Jamila Oukili⟧"), ("Wolweg 31", "⟦A:Wolweg 31⟧"),
             ("meneer Kramer-Tjin", "meneer ⟦Kramer-Tjin⟧"), ("Morgen Jamila", "Morgen ⟦Jamila⟧"),
             ("Goedemorgen Gerard", "Goedemorgen ⟦Gerard⟧"), ("Ilona Rietkerk", "⟦Ilona Rietkerk⟧"),
             ("06 2177 4390", "⟦T:06 2177 4390⟧"), ("mevrouw\nVreeswijk (Wolweg 29)", "mevrouw\n⟦Vreeswijk⟧ (⟦A:Wolweg 29⟧)"),
             ("06 4312 8876", "⟦T:06 4312 8876⟧"), ("Groet, Jamila", "Groet, ⟦Jamila⟧")]:
    ae13_m = ae13_m.replace(a, b)
ae13 = Doc("ae13_scan_whatsapp_wijkagent", "scan", [("pre", ae13_m)], scan=True,
           genre="scan of a printed WhatsApp conversation between a civil servant and a community police officer")
