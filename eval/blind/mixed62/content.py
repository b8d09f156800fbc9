"""Documents of set BT: each entry builds one PDF and declares its gold.

R(kind, value, *probes, ch=...) -> redact item; ch is the channel where the probes are claimed
("text" = PDFium text layer, "ocr" = image-only page, or a hidden channel name).
K(kind, text) -> keep probe; its 'after' is counted on the original.
"""
from __future__ import annotations

from reportlab.lib.units import mm

from lib import build, scan, docx_to_pdf, signature_png


def R(kind, value, *probes, ch="text"):
    return {"kind": kind, "value": value, "probes": list(probes) or [value], "ch": ch}


def K(kind, text):
    return {"kind": kind, "text": text}


GEM = ["Gemeente Súdwest-Fryslân", "Postbus 10000, 8600 HA Sneek"]
GEMSIDE = ["**Bezoekadres", "Marktstraat 15", "8601 CV Sneek", "**Telefoon", "14 0515",
           "**E-mail", "info@sudwestfryslan.nl", "www.sudwestfryslan.nl"]
FOOT = "Gemeente Súdwest-Fryslân  |  Postbus 10000, 8600 HA Sneek  |  14 0515"
MOT = ("<b>Informatie die niet openbaar gemaakt kan worden</b><br/><b>Motivering</b><br/>"
       "In de openbaar gemaakte versie zijn de persoonsgegevens van medewerkers en derden "
       "weggelakt op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo.")

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ------------------------------------------------------------------ bt01 Woo-besluit + inventaris
@doc
def bt01(out, nums):
    side = GEMSIDE + ["", "**Behandeld door", "E.J. (Eelco) Hoekstra-", "Terpstra", "**Telefoon direct",
                      "06 - 41 27 93 58", "**E-mail", "e.hoekstra@sudwestfryslan.nl", "",
                      "**Ons kenmerk", "WOO-2026-0417", "**Datum", "24 november 2026"]
    b = [("sp", 20), ("p", "Aangetekend<br/>De heer R.W.M. van den Akker<br/>Kleine Dijlakker 8<br/>8601 BK  Sneek"),
         ("sp", 10),
         ("h", "Besluit op uw Woo-verzoek over evenementen, horeca en subsidies"),
         ("p", "Geachte heer Van den Akker,"),
         ("p", "Op 2 september 2026 ontvingen wij uw verzoek op grond van de Wet open overheid (Woo). U vraagt "
               "om alle documenten over de vergunningverlening voor het Waterpoort Festival 2026, de "
               "exploitatievergunning van Grand Café De Kade aan de Oosterdijk in Sneek, de standplaatsen op de "
               "weekmarkt in Bolsward en de subsidies aan verenigingen in het kader van het Sportakkoord "
               "Súdwest-Fryslân. Uw verzoek is geregistreerd onder nummer WOO-2026-0417."),
         ("p", "Wij hebben de termijn op 30 september 2026 met vier weken verdaagd. Op 14 oktober 2026 is "
               "Stichting Waterpoort Evenementen als derde-belanghebbende in de gelegenheid gesteld een zienswijze "
               "te geven. De stichting heeft via haar voorzitter, mevrouw A. Bijlsma-Kuipers, laten weten geen "
               "bezwaar te hebben tegen openbaarmaking van de vergunning zelf."),
         ("h", "Besluit"),
         ("p", "Het college van burgemeester en wethouders van Súdwest-Fryslân besluit de documenten genoemd in "
               "de inventarislijst deels openbaar te maken. Het Bibob-advies van het Landelijk Bureau Bibob (document "
               "12) maken wij niet openbaar; artikel 28 van de Wet Bibob verbiedt dat. Persoonsgegevens zijn "
               "weggelakt met de code 5.1.2e; strafrechtelijke gegevens met 5.1.1d."),
         ("p", MOT),
         ("p", "Met vriendelijke groet,<br/>burgemeester en wethouders van Súdwest-Fryslân,<br/><br/>"
               "de secretaris,&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;de burgemeester,<br/>"
               "drs. H.J. Ottens&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;J. de Vries"),
         ("small", "Bezwaar: binnen zes weken na verzending bij het college, Postbus 10000, 8600 HA Sneek."),
         ("pb",),
         ("h", "Inventarislijst WOO-2026-0417"),
         ("t", [["nr", "datum", "document", "beoordeling", "grond", "opmerking"],
                ["1", "12-03-2026", "Aanvraag evenementenvergunning Waterpoort Festival", "deels openbaar", "5.1.2e", "contactgegevens organisator"],
                ["2", "19-03-2026", "E-mail T. Wijbenga aan vergunningverlening", "deels openbaar", "5.1.2e", ""],
                ["3", "02-05-2026", "Evenementenvergunning EV-2026-0088", "deels openbaar", "5.1.2e", ""],
                ["4", "06-05-2026", "WhatsApp-groep organisatoren", "deels openbaar", "5.1.2e", "namen deelnemers"],
                ["5", "28-06-2026", "Noodbevel burgemeester", "openbaar", "", "ondertekening weggelakt"],
                ["6", "04-07-2026", "Evaluatie Veiligheidsregio Fryslân", "deels openbaar", "5.1.2e, 5.1.1d", "gezondheid slachtoffers"],
                ["7", "15-07-2026", "Klacht omwonende (handgeschreven)", "deels openbaar", "5.1.2e", ""],
                ["8", "21-01-2026", "Subsidiebeschikking Kaatsferiening Wommels", "deels openbaar", "5.1.2e", "IBAN penningmeester"],
                ["9", "09-02-2026", "Subsidieaanvraag vv Oeverzwaluwen", "deels openbaar", "5.1.2e", "vrijwilligerslijst"],
                ["10", "17-04-2026", "Brief Stichting Fryske Merke (Fries)", "deels openbaar", "5.1.2e", ""],
                ["11", "03-03-2026", "Eigen Bibob-onderzoek De Kade", "deels openbaar", "5.1.2e, 5.1.1d", ""],
                ["12", "11-03-2026", "Advies Landelijk Bureau Bibob", "niet openbaar", "art. 28 Wet Bibob", ""],
                ["13", "20-01-2026", "Standplaatsvergunningen weekmarkt Bolsward", "deels openbaar", "5.1.2e", ""]],
          [10 * mm, 20 * mm, 62 * mm, 24 * mm, 22 * mm, 30 * mm]),
         ("small", "Behandelaar inventaris: EJH / paraaf jurist: MvdW-B")]
    build(out, b, font="LibSans", size=9.5, head=GEM, side=side, foot=FOOT)
    return {
        "redact": [R("PERSON", "Eelco Hoekstra-Terpstra", "Hoekstra-Terpstra", "Eelco", "E.J."),
                   R("PHONE", "06 - 41 27 93 58", "06 - 41 27 93 58"),
                   R("EMAIL", "e.hoekstra@sudwestfryslan.nl", "e.hoekstra@sudwestfryslan.nl"),
                   R("PERSON", "R.W.M. van den Akker", "Van den Akker", "van den Akker", "R.W.M."),
                   R("ADDRESS", "Kleine Dijlakker 8", "Kleine Dijlakker 8", "8601 BK"),
                   R("PERSON", "A. Bijlsma-Kuipers", "Bijlsma-Kuipers"),
                   R("PERSON", "T. Wijbenga", "Wijbenga"),
                   R("PERSON", "drs. H.J. Ottens", "Ottens"),
                   R("PARAPH", "EJH", "EJH"), R("PARAPH", "MvdW-B", "MvdW-B")],
        "keep": [K("ORG", "Súdwest-Fryslân"), K("ORG", "Stichting Waterpoort Evenementen"),
                 K("ORG", "Landelijk Bureau Bibob"), K("LAW", "Wet Bibob"), K("LAW", "Wet open overheid"),
                 K("REF", "WOO-2026-0417"), K("REF", "EV-2026-0088"), K("PLACE", "Bolsward"),
                 K("ORG", "Veiligheidsregio Fryslân"), K("ORG", "Grand Café De Kade"), K("PHONE", "14 0515"),
                 K("EMAIL", "info@sudwestfryslan.nl"), K("PROG", "Sportakkoord"), K("ORG", "Kaatsferiening Wommels"),
                 K("CODE", "5.1.2e"), K("CODE", "5.1.1d"), K("ROLE", "de burgemeester"), K("ADDR", "Marktstraat 15"),
                 K("STREET", "Oosterdijk"), K("ORG", "Stichting Fryske Merke")],
    }


# ------------------------------------------------------------------ bt02 evenementenvergunning
@doc
def bt02(out, nums):
    side = GEMSIDE + ["", "**Contactpersoon", "Marrit Sijtsma", "**Direct", "0515 48 92 17",
                      "**Zaaknummer", "EV-2026-0088", "**Datum", "2 mei 2026"]
    b = [("sp", 16),
         ("p", "Stichting Waterpoort Evenementen<br/>t.a.v. de heer T.J. (Tjeerd) Wijbenga<br/>Leeuwarderweg 41<br/>8605 AH  Sneek"),
         ("h", "Evenementenvergunning Waterpoort Festival 2026"),
         ("p", "Geachte heer Wijbenga,"),
         ("p", "De burgemeester van Súdwest-Fryslân verleent op grond van artikel 2:25 van de Algemene plaatselijke "
               "verordening (APV) Súdwest-Fryslân 2024 vergunning aan Stichting Waterpoort Evenementen voor het "
               "organiseren van het Waterpoort Festival op vrijdag 26 juni tot en met zondag 28 juni 2026 op het "
               "Martiniplein, de Kleinzand en het terrein bij de Waterpoort in Sneek."),
         ("h", "Gegevens van de organisator"),
         ("t", [["gegeven", "inhoud"],
                ["Organisator", "Stichting Waterpoort Evenementen (KvK 74120385)"],
                ["Contactpersoon", "Tjeerd Wijbenga, voorzitter programmering"],
                ["Mobiel tijdens evenement", "06-28 47 19 03"],
                ["E-mail", "tjeerd.wijbenga@gmail.com"],
                ["Veiligheidscoördinator", "Gerbrich van der Meulen-<br/>Hoekstra (06-51 93 22 80)"],
                ["Huisadres contactpersoon", "Leeuwarderweg 41, 8605 AH Sneek"],
                ["Geboortedatum contactpersoon", "14-08-1979"]], [60 * mm, 85 * mm]),
         ("h", "Voorschriften"),
         ("p", "1. De organisator houdt zich aan het veiligheidsplan van 12 april 2026, zoals beoordeeld door "
               "Brandweer Fryslân, Politie Noord-Nederland en de GHOR Fryslân."),
         ("p", "2. Het geluidsniveau bedraagt ten hoogste 85 dB(A) op de gevel van de dichtstbijzijnde woning aan "
               "de Jousterkade. Metingen worden uitgevoerd door de Fryske Utfieringstsjinst Miljeu en Omjouwing (FUMO)."),
         ("p", "3. Het evenemententerrein is uiterlijk om 01.00 uur ontruimd. Verkeersregelaars staan aan de "
               "Tjalk en de Wilhelminakade; de Burgemeester Rasterhofflaan blijft vrij voor hulpdiensten."),
         ("p", "4. Bij calamiteiten neemt de veiligheidscoördinator direct contact op met de meldkamer Noord-Nederland "
               "via 112 en met de piketofficier openbare orde van de gemeente via 14 0515."),
         ("pb",),
         ("h", "Afwegingen"),
         ("p", "Tijdens de vooroverleggen van 19 maart en 16 april 2026 is het veiligheidsplan besproken met "
               "mevrouw Van der Meulen-Hoekstra en de adviseur evenementenveiligheid van de Veiligheidsregio "
               "Fryslân, de heer D. Zandstra. Wethouder Hayo Sijtsma... "
               .replace("Wethouder Hayo Sijtsma... ", "")
               + "Omwonende Wiebe Kooistra heeft namens bewoners van de Jousterkade zorgen geuit over geluid en "
               "wildplassen. De organisator plaatst extra urinoirs aan de Kleinzand."),
         ("p", "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de burgemeester."),
         ("p", "Hoogachtend,<br/>de burgemeester van Súdwest-Fryslân,<br/>namens deze,<br/><br/>"
               "M. Sijtsma<br/>vergunningverlener evenementen"),
         ("small", "Afschrift: Politie Noord-Nederland, basisteam Súdwest-Fryslân; Brandweer Fryslân; "
                   "evenementen@sudwestfryslan.nl")]
    build(out, b, font="Helvetica", size=9.5, head=GEM, side=side, foot=FOOT)
    return {
        "redact": [R("PERSON", "Marrit Sijtsma", "Marrit Sijtsma", "Sijtsma"),
                   R("PHONE", "0515 48 92 17", "0515 48 92 17"),
                   R("PERSON", "Tjeerd Wijbenga", "Wijbenga", "Tjeerd", "T.J."),
                   R("ADDRESS", "Leeuwarderweg 41", "Leeuwarderweg 41", "8605 AH"),
                   R("PHONE", "06-28 47 19 03", "06-28 47 19 03"),
                   R("EMAIL", "tjeerd.wijbenga@gmail.com", "tjeerd.wijbenga@gmail.com"),
                   R("PERSON", "Gerbrich van der Meulen-Hoekstra", "Meulen-Hoekstra", "Gerbrich"),
                   R("PHONE", "06-51 93 22 80", "06-51 93 22 80"),
                   R("DOB", "14-08-1979", "14-08-1979"),
                   R("PERSON", "D. Zandstra", "Zandstra"),
                   R("PERSON", "Wiebe Kooistra", "Wiebe Kooistra", "Kooistra")],
        "keep": [K("ORG", "Stichting Waterpoort Evenementen"), K("LAW", "Algemene plaatselijke verordening"),
                 K("ORG", "Brandweer Fryslân"), K("ORG", "Politie Noord-Nederland"), K("ORG", "GHOR Fryslân"),
                 K("ORG", "FUMO"), K("STREET", "Burgemeester Rasterhofflaan"), K("STREET", "Jousterkade"),
                 K("PLACE", "Martiniplein"), K("REF", "EV-2026-0088"), K("ORG", "KvK 74120385"),
                 K("PHONE", "112"), K("PHONE", "14 0515"), K("EMAIL", "evenementen@sudwestfryslan.nl"),
                 K("ROLE", "vergunningverlener evenementen"), K("STREET", "Wilhelminakade"),
                 K("EVENT", "Waterpoort Festival"), K("ROLE", "piketofficier openbare orde")],
    }


# ------------------------------------------------------------------ bt03 aanvraagformulier (annotation)
@doc
def bt03(out, nums):
    b = [("h", "Aanvraagformulier evenementenvergunning (B-evenement)"),
         ("small", "Ingediend via het e-loket van Súdwest-Fryslân, 12 maart 2026, 21:14 uur. Zaaknummer EV-2026-0088."),
         ("t", [["vraag", "antwoord"],
                ["1. Naam evenement", "Waterpoort Festival 2026"],
                ["2. Organiserende rechtspersoon", "Stichting Waterpoort Evenementen"],
                ["3. Naam aanvrager", "WIJBENGA, Tjeerd Jelle"],
                ["4. BSN aanvrager (alleen bij natuurlijk persoon)", nums["bsn1"]],
                ["5. Telefoon aanvrager", "06-28 47 19 03"],
                ["6. Tweede contactpersoon", "Sjoukje Hiemstra (penningmeester)"],
                ["7. IBAN voor leges", nums["iban1"] + " t.n.v. S. Hiemstra"],
                ["8. Verwacht aantal bezoekers", "6.500 per dag"],
                ["9. Muziek", "Ja; o.a. De Kast, Piter Wilkens en een coverband uit Aachen"],
                ["10. Eerste hulp", "Rode Kruis afdeling Súdwest-Fryslân"],
                ["11. Beveiliging", "Spartan Security B.V., Heerenveen"],
                ["12. Verkeersplan", "bijlage 3 (opgesteld door Verkeersregelaars Friesland)"]],
          [70 * mm, 95 * mm]),
         ("p", "Ik verklaar dit formulier naar waarheid te hebben ingevuld.<br/>Handtekening: T.J. Wijbenga"),
         ("small", "Interne verwerking: zaak toegewezen aan team Vergunningen, Toezicht en Handhaving (VTH).")]
    build(out, b, font="DejaVu", size=9, foot="e-loket Súdwest-Fryslân – kopie aanvraag")
    return {
        "redact": [R("PERSON", "Tjeerd Jelle Wijbenga", "WIJBENGA", "Tjeerd Jelle", "Wijbenga"),
                   R("BSN", nums["bsn1"], nums["bsn1"]),
                   R("PHONE", "06-28 47 19 03", "06-28 47 19 03"),
                   R("PERSON", "Sjoukje Hiemstra", "Sjoukje Hiemstra", "Hiemstra"),
                   R("IBAN", nums["iban1"], nums["iban1"]),
                   R("PERSON", "Klaske Dijkstra (annotation author)", "Klaske Dijkstra", ch="annotations"),
                   R("PHONE", "direct line in annotation", "0515 48 93 66", ch="annotations")],
        "keep": [K("ORG", "Stichting Waterpoort Evenementen"), K("REF", "EV-2026-0088"),
                 K("ORG", "Rode Kruis"), K("ORG", "Spartan Security B.V."), K("PLACE", "Aachen"),
                 K("ORG", "Vergunningen, Toezicht en Handhaving"), K("ACR", "VTH"), K("PLACE", "Heerenveen"),
                 K("ORG", "Verkeersregelaars Friesland"), K("PERSON_PUBLIC", "Piter Wilkens"), K("ORG", "De Kast")],
        "annot": {"author": "Klaske Dijkstra",
                  "text": "Leges nog niet voldaan - bel aanvrager, of mij via 0515 48 93 66. Klaske Dijkstra"},
    }


# ------------------------------------------------------------------ bt04 e-mail thread
@doc
def bt04(out, nums):
    b = [("small", "<b>Van:</b> Marrit Sijtsma &lt;m.sijtsma@sudwestfryslan.nl&gt;<br/>"
                   "<b>Verzonden:</b> donderdag 19 maart 2026 16:42<br/>"
                   "<b>Aan:</b> tjeerd.wijbenga@gmail.com<br/>"
                   "<b>CC:</b> evenementen@sudwestfryslan.nl; Douwe Zandstra &lt;d.zandstra@vrfryslan.nl&gt;<br/>"
                   "<b>Onderwerp:</b> RE: vooroverleg Waterpoort Festival – veiligheidsplan"),
         ("p", "Hoi Tjeerd,"),
         ("p", "Dank voor het overleg van vanmiddag. Zoals besproken hebben Douwe (VRF) en ik nog twee punten: de "
               "ontruimingsroute via de Kleinzand is te smal bij de podiumopbouw, en de EHBO-post moet naar het "
               "Martiniplein. Wethouder Hayo Sijtsma heeft aangegeven het festival te willen openen; dat loopt "
               "via het bestuurssecretariaat."),
         ("p", "Kun je ook het draaiboek van Gerbrich sturen? Dan leg ik het voor aan de burgemeester."),
         ("p", "Groet,<br/>Marrit<br/><br/>Marrit Sijtsma | vergunningverlener evenementen | team VTH<br/>"
               "Gemeente Súdwest-Fryslân | T 0515 48 92 17 | M 06 12 85 40 63<br/>"
               "Werkdagen: ma, di, do"),
         ("small", "<b>Van:</b> Tjeerd Wijbenga &lt;tjeerd.wijbenga@gmail.com&gt;<br/>"
                   "<b>Verzonden:</b> woensdag 18 maart 2026 22:05<br/>"
                   "<b>Aan:</b> Sijtsma, Marrit<br/><b>Onderwerp:</b> vooroverleg Waterpoort Festival"),
         ("p", "Hoi Marrit, morgen om 14.00 uur ben ik er met Gerbrich en met Jens Köhler van de band uit "
               "Aachen (hij spreekt goed Nederlands). Sjoukje kan niet, zij ligt in het ziekenhuis na haar "
               "knieoperatie. Groeten, Tjeerd<br/>-- <br/>Verstuurd vanaf mijn iPhone")]
    build(out, b, font="Helvetica", size=9.5, top=20 * mm)
    return {
        "redact": [R("PERSON", "Marrit Sijtsma", "Marrit", "Marrit Sijtsma", "Sijtsma, Marrit"),
                   R("EMAIL", "m.sijtsma@sudwestfryslan.nl", "m.sijtsma@sudwestfryslan.nl"),
                   R("EMAIL", "tjeerd.wijbenga@gmail.com", "tjeerd.wijbenga@gmail.com"),
                   R("PERSON", "Tjeerd Wijbenga", "Tjeerd", "Wijbenga"),
                   R("PERSON", "Douwe Zandstra", "Douwe", "Zandstra"),
                   R("EMAIL", "d.zandstra@vrfryslan.nl", "d.zandstra@vrfryslan.nl"),
                   R("PERSON", "Gerbrich", "Gerbrich"),
                   R("PHONE", "0515 48 92 17", "0515 48 92 17"), R("PHONE", "06 12 85 40 63", "06 12 85 40 63"),
                   R("PERSON", "Jens Köhler", "Jens Köhler", "Köhler"),
                   R("PERSON", "Sjoukje", "Sjoukje"),
                   R("HEALTH", "knieoperatie", "knieoperatie")],
        "keep": [K("EMAIL", "evenementen@sudwestfryslan.nl"), K("ACR", "VRF"), K("OFFICE", "Wethouder Hayo Sijtsma"),
                 K("PLACE", "Martiniplein"), K("PLACE", "Kleinzand"), K("PLACE", "Aachen"),
                 K("EVENT", "Waterpoort Festival"), K("ORG", "Gemeente Súdwest-Fryslân"), K("ACR", "VTH"),
                 K("PROD", "iPhone")],
    }


# ------------------------------------------------------------------ bt05 eigen Bibob-onderzoek (Info /Author)
@doc
def bt05(out, nums):
    b = [("h", "VERTROUWELIJK – Eigen Bibob-onderzoek exploitatievergunning Grand Café De Kade"),
         ("t", [["Zaak", "Aanvrager", "Onderzoeker", "Datum"],
                ["BIB-2026-007", "De Kade Horeca B.V. (KvK 88231467)", "A.H. (Annemarie) Rinsma", "3 maart 2026"]],
          [30 * mm, 55 * mm, 45 * mm, 30 * mm]),
         ("h", "1. Betrokkenen"),
         ("p", "Enig bestuurder en aandeelhouder van De Kade Horeca B.V. is de heer Ruud Schotanus, geboren "
               "02-11-1971 te Drachten, wonende Snekerstraat 112, 8701 KD Bolsward. Als leidinggevende staat "
               "ingeschreven zijn partner, mevrouw Nadia el Amrani (geboren 17-05-1984). De financiering van de "
               "overname (€ 385.000) komt voor € 150.000 van een lening van de heer Hendrik-Jan Brouwer uit "
               "Heerenveen, een zakelijke relatie van de heer Schotanus."),
         ("h", "2. Justitiële en strafvorderlijke gegevens"),
         ("p", "Uit het Justitieel Documentatieregister blijkt dat de heer Schotanus in 2019 door de rechtbank "
               "Noord-Nederland is veroordeeld tot een taakstraf van 120 uur wegens witwassen (art. 420bis Sr). "
               "De heer Brouwer is in 2022 door het Openbaar Ministerie gedagvaard wegens overtreding van de "
               "Opiumwet; de zaak is geseponeerd. Over mevrouw El Amrani zijn geen gegevens bekend."),
         ("h", "3. Financiën"),
         ("p", "De heer Schotanus heeft een openstaande belastingschuld bij de Belastingdienst van circa € 42.000 en "
               "een betalingsregeling met de gemeente (debiteurnummer 301-55872). De lening van Brouwer is "
               "overgemaakt vanaf rekening " + nums["iban2"] + "."),
         ("h", "4. Conclusie"),
         ("p", "Er is sprake van een ernstig gevaar als bedoeld in artikel 3 van de Wet Bibob. Geadviseerd wordt "
               "het Landelijk Bureau Bibob om advies te vragen (artikel 9 Wet Bibob) en de burgemeester te "
               "informeren. Het RIEC Noord-Nederland is op de hoogte gebracht."),
         ("small", "Paraaf onderzoeker: AHR &nbsp;&nbsp; paraaf teamleider OOV: J.v.d.Z.")]
    build(out, b, font="DejaVuSerif", size=9, head=["Gemeente Súdwest-Fryslân", "Team Openbare Orde en Veiligheid"],
          foot="Vertrouwelijk – artikel 28 Wet Bibob", title="Bibob De Kade", author="Annemarie Rinsma")
    return {
        "redact": [R("PERSON", "Annemarie Rinsma", "Rinsma", "Annemarie"),
                   R("PERSON", "Ruud Schotanus", "Ruud Schotanus", "Schotanus"),
                   R("DOB", "02-11-1971", "02-11-1971"),
                   R("ADDRESS", "Snekerstraat 112, 8701 KD Bolsward", "Snekerstraat 112", "8701 KD"),
                   R("PERSON", "Nadia el Amrani", "Nadia el Amrani", "El Amrani"),
                   R("DOB", "17-05-1984", "17-05-1984"),
                   R("PERSON", "Hendrik-Jan Brouwer", "Hendrik-Jan Brouwer", "Brouwer"),
                   R("CRIMINAL", "veroordeeld wegens witwassen", "taakstraf van 120 uur wegens witwassen"),
                   R("CRIMINAL", "overtreding Opiumwet", "gedagvaard wegens overtreding van de Opiumwet"),
                   R("FIN", "debiteurnummer", "301-55872"),
                   R("IBAN", nums["iban2"], nums["iban2"]),
                   R("PARAPH", "AHR", "AHR"), R("PARAPH", "J.v.d.Z.", "J.v.d.Z."),
                   R("PERSON", "Info /Author", "Annemarie Rinsma", ch="metadata")],
        "keep": [K("ORG", "De Kade Horeca B.V."), K("ORG", "KvK 88231467"), K("REF", "BIB-2026-007"),
                 K("ORG", "Landelijk Bureau Bibob"), K("LAW", "Wet Bibob"), K("ORG", "RIEC Noord-Nederland"),
                 K("ORG", "Belastingdienst"), K("ORG", "Openbaar Ministerie"), K("ORG", "Justitieel Documentatieregister"),
                 K("PLACE", "Heerenveen"), K("ORG", "Team Openbare Orde en Veiligheid"), K("ACR", "OOV"),
                 K("ORG", "rechtbank Noord-Nederland")],
    }


# ------------------------------------------------------------------ bt06 exploitatievergunning
@doc
def bt06(out, nums):
    b = [("sp", 14), ("p", "De Kade Horeca B.V.<br/>t.a.v. de directie<br/>Oosterdijk 3<br/>8601 BP  Sneek"),
         ("h", "Besluit exploitatievergunning horecabedrijf en alcoholwetvergunning"),
         ("p", "Geachte heer Schotanus,"),
         ("p", "U vroeg op 20 januari 2026 een exploitatievergunning aan voor Grand Café De Kade, Oosterdijk 3 in "
               "Sneek, en een vergunning op grond van artikel 3 van de Alcoholwet. De burgemeester verleent de "
               "exploitatievergunning onder voorschriften; het college verleent de alcoholwetvergunning. De "
               "vergunning vermeldt als leidinggevenden: R. Schotanus en N. el Amrani."),
         ("p", "Op advies van het Landelijk Bureau Bibob en na een gesprek op 24 april 2026 met u en uw adviseur, "
               "mr. P.C. (Pieter) Leistra van Leistra Advocaten in Leeuwarden, verbindt de burgemeester aan de "
               "vergunning de voorwaarde dat de lening van de heer Brouwer binnen zes maanden is afgelost en dat "
               "geen andere geldschieters worden betrokken zonder melding vooraf."),
         ("p", "Burgemeester Jannewietske de Vries heeft dit besluit genomen na overleg in de driehoek met de "
               "officier van justitie en de teamchef van de politie."),
         ("p", "Met vriendelijke groet,<br/>de burgemeester van Súdwest-Fryslân,<br/><br/>J.A. de Vries"),
         ("small", "Afschrift aan: RIEC Noord-Nederland; Team OOV (contact: oov@sudwestfryslan.nl)")]
    build(out, b, font="Times-Roman", size=10.5, head=GEM, side=GEMSIDE + ["", "**Ons kenmerk", "HOR-2026-0031",
          "**Datum", "12 mei 2026"], foot=FOOT)
    return {
        "redact": [R("PERSON", "Ruud Schotanus", "Schotanus"), R("PERSON", "Nadia el Amrani", "el Amrani"),
                   R("PERSON", "Pieter Leistra", "P.C. (Pieter) Leistra", "Pieter"),
                   R("PERSON", "Hendrik-Jan Brouwer", "Brouwer")],
        "keep": [K("ORG", "De Kade Horeca B.V."), K("ADDR", "Oosterdijk 3"), K("LAW", "Alcoholwet"),
                 K("ORG", "Landelijk Bureau Bibob"), K("ORG", "Leistra Advocaten"), K("PLACE", "Leeuwarden"),
                 K("OFFICE", "Burgemeester Jannewietske de Vries"), K("REF", "HOR-2026-0031"),
                 K("EMAIL", "oov@sudwestfryslan.nl"), K("ORG", "RIEC Noord-Nederland"),
                 K("ROLE", "officier van justitie"), K("ORG", "Grand Café De Kade")],
    }


# ------------------------------------------------------------------ bt07 standplaatsen
@doc
def bt07(out, nums):
    b = [("h", "Overzicht standplaatsvergunningen weekmarkt Bolsward (donderdag) – 2026"),
         ("small", "Bijlage bij collegebesluit 20 januari 2026, kenmerk MKT-2026-002. Marktmeester: zie intranet. "
                   "Toewijzing volgens de Marktverordening Súdwest-Fryslân 2023 en de Dienstenwet."),
         ("t", [["plaats", "vergunninghouder", "adres", "branche", "telefoon"],
                ["1", "Visspecialist Bootsma v.o.f.", "Industriewei 4, Workum", "vis", "0515 54 12 00"],
                ["2", "BOOTSMA, Jelle (vervanger)", "Nieuwe Dijk 17, 8711 AC Workum", "vis", "06 30 44 81 27"],
                ["3", "Van Achteren – De Smedt, Liesbeth", "Kapelstraat 22, 3920 Lommel (België)", "textiel", "+32 478 52 61 09"],
                ["4", "Kaashandel De Greidhoeke", "Greidhoeke 9, Wommels", "kaas", "0515 33 18 80"],
                ["5", "Ömer Yıldırım", "Westersingel 51, 8913 CL Leeuwarden", "groente en fruit", "06 19 73 58 42"],
                ["6", "Poffertjeskraam Heeringa", "Markt 1, Harlingen", "gebak", "0517 41 22 19"],
                ["7", "Klaas Harlingen", "Sibadawei 3, 8731 BE Wommels", "bloemen", "06 44 02 71 86"],
                ["8", "Heinz-Dieter Oberwelland", "Am Weiher 5, 48529 Nordhorn (Deutschland)", "worst", "+49 5921 78 34 90"]],
          [12 * mm, 45 * mm, 55 * mm, 24 * mm, 30 * mm]),
         ("p", "Wachtlijst branche textiel: 1. mevrouw G. Nauta (Tjerkwerd), 2. de heer B. de Jong-Okafor (Sneek)."),
         ("p", "Standplaats 6 (Poffertjeskraam Heeringa) is een bedrijf; het telefoonnummer is het bedrijfsnummer. "
               "De marktcommissie (voorzitter: wethouder Hylkema) bespreekt de verdeling op 3 februari 2026."),
         ("small", "Dit overzicht bevat persoonsgegevens. Verstrekking binnen de gemeente volgens het Privacyreglement.")]
    build(out, b, font="LibSans", size=9, foot="MKT-2026-002 – weekmarkt Bolsward")
    return {
        "redact": [R("PERSON", "Jelle Bootsma", "BOOTSMA, Jelle"),
                   R("ADDRESS", "Nieuwe Dijk 17", "Nieuwe Dijk 17", "8711 AC"),
                   R("PHONE", "06 30 44 81 27", "06 30 44 81 27"),
                   R("PERSON", "Liesbeth Van Achteren-De Smedt", "Van Achteren", "De Smedt", "Liesbeth"),
                   R("ADDRESS", "Kapelstraat 22, 3920 Lommel", "Kapelstraat 22"),
                   R("PHONE", "+32 478 52 61 09", "+32 478 52 61 09"),
                   R("PERSON", "Ömer Yıldırım", "Ömer Yıldırım", "Yıldırım"),
                   R("ADDRESS", "Westersingel 51", "Westersingel 51", "8913 CL"),
                   R("PHONE", "06 19 73 58 42", "06 19 73 58 42"),
                   R("PERSON", "Klaas Harlingen", "Klaas Harlingen"),
                   R("ADDRESS", "Sibadawei 3", "Sibadawei 3", "8731 BE"),
                   R("PHONE", "06 44 02 71 86", "06 44 02 71 86"),
                   R("PERSON", "Heinz-Dieter Oberwelland", "Heinz-Dieter", "Oberwelland"),
                   R("ADDRESS", "Am Weiher 5", "Am Weiher 5", "48529"),
                   R("PHONE", "+49 5921 78 34 90", "+49 5921 78 34 90"),
                   R("PERSON", "G. Nauta", "Nauta"), R("PERSON", "B. de Jong-Okafor", "Jong-Okafor")],
        "keep": [K("ORG", "Visspecialist Bootsma v.o.f."), K("ORG", "Kaashandel De Greidhoeke"),
                 K("ORG", "Poffertjeskraam Heeringa"), K("PHONE", "0515 54 12 00"), K("PHONE", "0517 41 22 19"),
                 K("PHONE", "0515 33 18 80"), K("ADDR", "Markt 1, Harlingen"), K("PLACE", "Lommel"), K("PLACE", "Nordhorn"),
                 K("PLACE", "Bolsward"), K("PLACE", "Workum"), K("LAW", "Marktverordening Súdwest-Fryslân 2023"),
                 K("LAW", "Dienstenwet"), K("OFFICE", "wethouder Hylkema"), K("REF", "MKT-2026-002"),
                 K("PLACE", "Tjerkwerd"), K("ADDR", "Industriewei 4")],
    }


# ------------------------------------------------------------------ bt08 subsidiebeschikking
@doc
def bt08(out, nums):
    b = [("sp", 14), ("p", "Kaatsferiening Wommels<br/>t.a.v. de penningmeester, mevrouw Y. (Ytsje) Hoekstra<br/>"
                         "Tsjerkebuorren 14<br/>8731 AS  Wommels"),
         ("h", "Subsidieverlening 2026 – Sportakkoord en jeugdkaatsen"),
         ("p", "Geachte mevrouw Hoekstra,"),
         ("p", "Op 21 januari 2026 besloot het college van burgemeester en wethouders u voor 2026 een subsidie te "
               "verlenen van € 8.750 op grond van de Algemene subsidieverordening Súdwest-Fryslân 2022 en de "
               "Subsidieregeling Sport en Bewegen. Het bedrag bestaat uit € 6.000 voor jeugdkaatsen (zes "
               "trainers), € 1.500 voor het PC-partuer evenement en € 1.250 voor de aanschaf van AED-materiaal."),
         ("p", "Wij maken het bedrag in één termijn over op het rekeningnummer dat u opgaf: " + nums["iban3"] +
               " ten name van Y. Hoekstra (privérekening penningmeester). Wij adviseren de vereniging een "
               "verenigingsrekening te openen."),
         ("p", "Contactpersoon subsidies bij de gemeente is de heer Sybren Anne de Boer-Wiersma, "
               "subsidies@sudwestfryslan.nl. Wethouder Sport Marten Hylkema zal het jubileum van de vereniging "
               "op 12 juli bijwonen."),
         ("p", "Met vriendelijke groet,<br/>namens het college,<br/><br/>S.A. de Boer-Wiersma<br/>adviseur subsidies"),
         ("small", "Subsidienummer SUB-2026-1182 · debiteurnummer vereniging 40-1182")]
    build(out, b, font="DejaVu", size=9.5, head=GEM, side=GEMSIDE, foot=FOOT)
    return {
        "redact": [R("PERSON", "Ytsje Hoekstra", "Hoekstra", "Ytsje", "Y. Hoekstra"),
                   R("ADDRESS", "Tsjerkebuorren 14", "Tsjerkebuorren 14", "8731 AS"),
                   R("IBAN", nums["iban3"], nums["iban3"]),
                   R("PERSON", "Sybren Anne de Boer-Wiersma", "Sybren Anne", "Boer-Wiersma")],
        "keep": [K("ORG", "Kaatsferiening Wommels"), K("LAW", "Algemene subsidieverordening Súdwest-Fryslân 2022"),
                 K("LAW", "Subsidieregeling Sport en Bewegen"), K("PROG", "Sportakkoord"),
                 K("EMAIL", "subsidies@sudwestfryslan.nl"), K("OFFICE", "Wethouder Sport Marten Hylkema"),
                 K("REF", "SUB-2026-1182"), K("ACR", "AED"), K("ROLE", "adviseur subsidies"), K("PLACE", "Wommels"),
                 K("AMOUNT", "€ 8.750")],
    }


# ------------------------------------------------------------------ bt09 subsidieaanvraag sportclub (docx)
@doc
def bt09(out, nums):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(10.5)
    d.add_heading("Aanvraag subsidie Sportakkoord 2026 – vv Oeverzwaluwen", 1)
    d.add_paragraph("Vereniging: voetbalvereniging Oeverzwaluwen, Sportpark De Kaatsplaats, IJlst. "
                    "KvK 40003361. Aantal leden: 412, waarvan 236 jeugdleden.")
    d.add_heading("Bestuur", 2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["functie", "naam", "e-mail", "telefoon"]):
        t.rows[0].cells[i].text = h
    rows = [("voorzitter", "Rients van der Zee", "voorzitter@oeverzwaluwen.nl", "06 21 09 44 73"),
            ("secretaris", "Anke Terpstra-de Haan", "secretariaat@oeverzwaluwen.nl", "06 48 11 30 27"),
            ("penningmeester", "Jan-Willem Bakker", "jw.bakker1968@hotmail.com", "06 33 72 90 16"),
            ("jeugdzaken", "Fenna Dijkstra", "fenna.dijkstra@outlook.com", "06 55 01 83 64")]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    from docx.shared import Cm
    t.autofit = False
    for row in t.rows:
        for i, wd in enumerate((2.6, 4.2, 6.4, 3.2)):
            row.cells[i].width = Cm(wd)
    d.add_paragraph("")
    d.add_paragraph("IBAN vereniging: NL02 RABO 0112 3354 78 (t.n.v. vv Oeverzwaluwen). Bij uitbetaling graag "
                    "vermelden: Sportakkoord – jeugdtrainers.")
    d.add_heading("Activiteiten en begroting", 2)
    d.add_paragraph("Met de subsidie willen wij vier jeugdtrainers laten opleiden via de KNVB (cursus UEFA C) en "
                    "een beweegprogramma voor ouderen starten samen met Sportbedrijf Súdwest-Fryslân en "
                    "buurtsportcoach Lútsen Hofstra. Totale kosten € 14.200; gevraagde subsidie € 7.100.")
    d.add_heading("Bijlage: vrijwilligerslijst (VOG aanwezig)", 2)
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for i, h in enumerate(["naam", "taak", "geboortedatum", "VOG datum"]):
        t2.rows[0].cells[i].text = h
    vol = [("Pieter Sieperda", "trainer JO11", "03-06-1988", "12-01-2026"),
           ("Martsje van Dijk-Wiersma", "kantine", "22-09-1961", "n.v.t."),
           ("Mohamed Haddou", "trainer JO13", "30-12-1995", "08-01-2026"),
           ("Sanne de Wit", "scheidsrechter", "11-04-2002", "15-01-2026"),
           ("Bauke Ypma", "terreinmeester", "07-07-1954", "n.v.t."),
           ("Douwe Sneek", "trainer JO9", "19-02-1990", "10-01-2026")]
    for r in vol:
        c = t2.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Ondertekend namens het bestuur,")
    d.add_paragraph("R. van der Zee, voorzitter                    J.W. Bakker, penningmeester")
    d.add_paragraph("IJlst, 9 februari 2026")
    d.core_properties.author = "Anke Terpstra"
    d.core_properties.title = "Subsidieaanvraag Sportakkoord"
    tmp = out.with_suffix(".docx")
    d.save(tmp)
    docx_to_pdf(tmp, out)
    tmp.unlink()
    return {
        "redact": [R("PERSON", "Rients van der Zee", "Rients", "van der Zee"),
                   R("PHONE", "06 21 09 44 73", "06 21 09 44 73"),
                   R("PERSON", "Anke Terpstra-de Haan", "Terpstra-de Haan", "Anke", "Anke Terpstra", ),
                   R("PHONE", "06 48 11 30 27", "06 48 11 30 27"),
                   R("PERSON", "Jan-Willem Bakker", "Jan-Willem Bakker", "Bakker"),
                   R("EMAIL", "jw.bakker1968@hotmail.com (wraps in cell)", "jw.bakker1968"),
                   R("PHONE", "06 33 72 90 16", "06 33 72 90 16"),
                   R("PERSON", "Fenna Dijkstra", "Fenna Dijkstra"),
                   R("EMAIL", "fenna.dijkstra@outlook.com (wraps in cell)", "fenna.dijkstra"),
                   R("PHONE", "06 55 01 83 64", "06 55 01 83 64"),
                   R("PERSON", "Lútsen Hofstra", "Lútsen Hofstra"),
                   R("PERSON", "Pieter Sieperda", "Sieperda"), R("DOB", "03-06-1988", "03-06-1988"),
                   R("PERSON", "Martsje van Dijk-Wiersma", "Dijk-Wiersma", "Martsje"), R("DOB", "22-09-1961", "22-09-1961"),
                   R("PERSON", "Mohamed Haddou", "Haddou"), R("DOB", "30-12-1995", "30-12-1995"),
                   R("PERSON", "Sanne de Wit", "Sanne de Wit"), R("DOB", "11-04-2002", "11-04-2002"),
                   R("PERSON", "Bauke Ypma", "Bauke Ypma"), R("DOB", "07-07-1954", "07-07-1954"),
                   R("PERSON", "Douwe Sneek", "Douwe Sneek"), R("DOB", "19-02-1990", "19-02-1990")],
        "keep": [K("ORG", "Oeverzwaluwen"), K("PLACE", "IJlst"), K("ORG", "KNVB"), K("PROG", "UEFA C"),
                 K("ORG", "Sportbedrijf Súdwest-Fryslân"), K("IBAN_ORG", "NL02 RABO 0112 3354 78"),
                 K("PROG", "Sportakkoord"), K("ACR", "VOG"), K("ROLE", "penningmeester"), K("ROLE", "buurtsportcoach"),
                 K("ORG", "KvK 40003361"), K("PLACE", "Sportpark De Kaatsplaats")],
    }


# ------------------------------------------------------------------ bt10 VR evaluatie (XMP creator)
@doc
def bt10(out, nums):
    b = [("h", "Veiligheidsregio Fryslân – Evaluatie incident Waterpoort Festival, 27 juni 2026"),
         ("small", "Opgesteld door het Lectoraat/Team Evalueren VRF in opdracht van de voorzitter veiligheidsregio. "
                   "Status: definitief, 4 juli 2026. Kenmerk VRF-EV-2026-019."),
         ("h", "1. Feitenrelaas"),
         ("p", "Om 23.12 uur ontving de Meldkamer Noord-Nederland een melding van gedrang bij het hoofdpodium aan "
               "de Kleinzand. Om 23.18 uur arriveerde de eerste ambulance van Ambulancezorg Fryslân; om 23.21 uur "
               "tankautospuit 02-5331 van Brandweer Fryslân, post Sneek. De officier van dienst brandweer (OvD-B), "
               "de heer Folkert Anema, nam de leiding ter plaatse over. Namens de politie trad brigadier "
               "M. (Menno) Faber op als coördinator; de officier van dienst geneeskundig (OvD-G) was "
               "mevrouw dr. Ilse Wassenaar-Veenstra."),
         ("h", "2. Slachtoffers"),
         ("t", [["nr", "slachtoffer", "leeftijd", "letsel", "vervoerd naar"],
                ["S1", "Femke Zijlstra", "17", "gebroken pols, hyperventilatie", "Antonius Ziekenhuis Sneek"],
                ["S2", "Lucas Hettinga", "22", "hoofdwond; alcoholintoxicatie", "Antonius Ziekenhuis Sneek"],
                ["S3", "Marieke Oud", "45", "epileptisch insult (bekend)", "ter plaatse behandeld"],
                ["S4", "niet bekend (Duitse bezoeker)", "± 30", "kneuzingen", "ter plaatse behandeld"]],
          [10 * mm, 40 * mm, 16 * mm, 50 * mm, 45 * mm]),
         ("h", "3. Getuigen"),
         ("p", "Verklaringen zijn afgenomen van beveiliger Rachid Bouzid (Spartan Security B.V.), barmedewerker "
               "Hinke Postma en bezoeker Jurre van Wijk-Zwart (Workum, 06 41 82 03 55). Volgens Bouzid werd "
               "het dranghek bij ingang 2 door een groep jongeren omgeduwd."),
         ("pb",),
         ("h", "4. Bevindingen"),
         ("p", "a. De capaciteit van het terrein aan de Kleinzand was in het veiligheidsplan onderschat. "
               "b. De communicatie tussen de veiligheidscoördinator van de organisator en de OvD-P verliep via "
               "privételefoons. c. De burgemeester is om 23.40 uur geïnformeerd door de piketofficier "
               "openbare orde en heeft om 00.05 uur een noodbevel gegeven (zie bijlage)."),
         ("h", "5. Aanbevelingen"),
         ("p", "De VRF adviseert de gemeente Súdwest-Fryslân bij B- en C-evenementen een verplicht "
               "crowdmanagementplan te vragen en de Leidraad Publieksveiligheid van het IFV toe te passen. "
               "De GHOR Fryslân stelt een model op voor EHBO-inzet. Vragen: evaluaties@vrfryslan.nl."),
         ("small", "Verspreiding: burgemeester Súdwest-Fryslân, korpsleiding Politie Noord-Nederland, "
                   "directie Ambulancezorg Fryslân, Brandweer Fryslân.")]
    build(out, b, font="LibSans", size=9.5, head=["Veiligheidsregio Fryslân", "Postbus 612, 8901 BK Leeuwarden"],
          foot="VRF-EV-2026-019 · Veiligheidsregio Fryslân · 088 229 92 00")
    return {
        "redact": [R("PERSON", "Folkert Anema", "Folkert Anema", "Anema"),
                   R("PERSON", "Menno Faber", "Faber", "Menno"),
                   R("PERSON", "Ilse Wassenaar-Veenstra", "Wassenaar-Veenstra", "Ilse"),
                   R("PERSON", "Femke Zijlstra", "Femke Zijlstra"), R("PERSON", "Lucas Hettinga", "Lucas Hettinga"),
                   R("PERSON", "Marieke Oud", "Marieke Oud"),
                   R("HEALTH", "alcoholintoxicatie", "alcoholintoxicatie"),
                   R("HEALTH", "epileptisch insult", "epileptisch insult"),
                   R("PERSON", "Rachid Bouzid", "Rachid Bouzid", "Bouzid"),
                   R("PERSON", "Hinke Postma", "Hinke Postma"),
                   R("PERSON", "Jurre van Wijk-Zwart", "Wijk-Zwart", "Jurre"),
                   R("PHONE", "06 41 82 03 55", "06 41 82 03 55"),
                   R("PERSON", "XMP creator", "Tjitske Sikkema", ch="metadata")],
        "keep": [K("ORG", "Veiligheidsregio Fryslân"), K("ORG", "Meldkamer Noord-Nederland"),
                 K("ORG", "Ambulancezorg Fryslân"), K("ORG", "Brandweer Fryslân"), K("ACR", "OvD-B"),
                 K("ACR", "OvD-G"), K("ORG", "Antonius Ziekenhuis Sneek"), K("ORG", "Spartan Security B.V."),
                 K("ORG", "IFV"), K("LAW", "Leidraad Publieksveiligheid"), K("ORG", "GHOR Fryslân"),
                 K("EMAIL", "evaluaties@vrfryslan.nl"), K("PHONE", "088 229 92 00"), K("REF", "VRF-EV-2026-019"),
                 K("ORG", "Politie Noord-Nederland"), K("ROLE", "officier van dienst"), K("PLACE", "Kleinzand"),
                 K("VEH", "02-5331")],
        "xmp_creator": "Tjitske Sikkema",
    }


# ------------------------------------------------------------------ bt11 Duitse brief (band uit Aachen)
@doc
def bt11(out, nums):
    b = [("p", "Jens Köhler · Lütticher Straße 148 · 52074 Aachen · Tel. +49 241 99 87 36 10 · "
               "jens.koehler@web.de"),
         ("sp", 12),
         ("p", "Gemeente Súdwest-Fryslân<br/>Team Vergunningen<br/>Postbus 10000<br/>8600 HA Sneek<br/>Niederlande"),
         ("p", "Aachen, den 2. April 2026"),
         ("h", "Auftritt der Band „Kaiserstadt Cover“ beim Waterpoort Festival – Anmeldung Pyrotechnik"),
         ("p", "Sehr geehrte Frau Sijtsma,"),
         ("p", "wie mit Herrn Wijbenga besprochen, möchten wir am Samstag, 27. Juni 2026, bei unserem Auftritt "
               "einen kleinen Bühneneffekt (Kategorie T1) einsetzen. Verantwortlich ist unser Techniker, Herr "
               "Maximilian Schulte-Bräuning (geb. 08.03.1991), der einen Befähigungsschein nach § 20 SprengG "
               "besitzt. Eine Kopie seines Personalausweises (Nr. L01X00T47) liegt bei."),
         ("p", "Die Bandmitglieder sind: Jens Köhler (Gesang), Anna-Lena Wirtz (Bass), Rüdiger von Oppen "
               "(Schlagzeug) und Ben Hoffmann (Gitarre). Unsere Agentur ist Euregio Live GmbH, Theaterstraße 21, "
               "52062 Aachen (info@euregio-live.de)."),
         ("p", "Mit freundlichen Grüßen<br/><br/>Jens Köhler"),
         ("small", "Anlage: Kopie Personalausweis M. Schulte-Bräuning; Sicherheitsdatenblatt T1-Fontäne")]
    build(out, b, font="DejaVuSerif", size=10, top=22 * mm)
    return {
        "redact": [R("PERSON", "Jens Köhler", "Jens Köhler", "Köhler"),
                   R("ADDRESS", "Lütticher Straße 148", "Lütticher Straße 148", "52074"),
                   R("PHONE", "+49 241 99 87 36 10", "+49 241 99 87 36 10"),
                   R("EMAIL", "jens.koehler@web.de", "jens.koehler@web.de"),
                   R("PERSON", "Marrit Sijtsma", "Sijtsma"), R("PERSON", "Tjeerd Wijbenga", "Wijbenga"),
                   R("PERSON", "Maximilian Schulte-Bräuning", "Schulte-Bräuning", "Maximilian"),
                   R("DOB", "08.03.1991", "08.03.1991"), R("IDNR", "Personalausweis", "L01X00T47"),
                   R("PERSON", "Anna-Lena Wirtz", "Anna-Lena Wirtz"), R("PERSON", "Rüdiger von Oppen", "Rüdiger von Oppen"),
                   R("PERSON", "Ben Hoffmann", "Ben Hoffmann")],
        "keep": [K("PLACE", "Aachen"), K("ORG", "Euregio Live GmbH"), K("ADDR", "Theaterstraße 21"),
                 K("EMAIL", "info@euregio-live.de"), K("LAW", "SprengG"), K("ORG", "Kaiserstadt Cover"),
                 K("ORG", "Gemeente Súdwest-Fryslân"), K("EVENT", "Waterpoort Festival")],
    }


# ------------------------------------------------------------------ bt12 Belgische brief (Lommel)
@doc
def bt12(out, nums):
    b = [("p", "<b>Liesbeth Van Achteren – De Smedt</b><br/>Marktkramer textiel – ondernemingsnummer BE 0712.345.091<br/>"
               "Kapelstraat 22 bus 3, 3920 Lommel<br/>GSM +32 478 52 61 09"),
         ("sp", 10),
         ("p", "Aan het college van burgemeester en schepenen... excuseer: aan het college van burgemeester en "
               "wethouders van Súdwest-Fryslân, afdeling Markten"),
         ("p", "Lommel, 8 januari 2026"),
         ("h", "Betreft: aanvraag vaste standplaats weekmarkt Bolsward"),
         ("p", "Geachte heer, mevrouw,"),
         ("p", "Sinds 2019 sta ik als dagplaatshouder op uw markt in Bolsward. Ik vraag nu een vaste standplaats "
               "aan. Mijn echtgenoot, Koen Van Achteren, helpt mij op donderdag; bij ziekte vervangt mijn zus, "
               "Griet De Smedt uit Neerpelt, mij. Mijn rijksregisternummer is 81.02.14-228.63 en mijn "
               "leurkaart werd uitgereikt door de FOD Economie."),
         ("p", "Ik heb sinds 2024 een erkende handicap (reuma) en vraag daarom een plaats dicht bij het "
               "parkeerterrein aan de Grote Dijlakker. Mijn huisarts, dokter Van Roosbroeck, kan dat bevestigen."),
         ("p", "Met vriendelijke groeten,<br/><br/>L. Van Achteren – De Smedt"),
         ("small", "Bijlagen: kopie leurkaart, uittreksel Kruispuntbank van Ondernemingen, attest Agentschap Zorg en Gezondheid")]
    build(out, b, font="Times-Roman", size=10.5, top=22 * mm)
    return {
        "redact": [R("PERSON", "Liesbeth Van Achteren-De Smedt", "Van Achteren", "De Smedt", "Liesbeth"),
                   R("ADDRESS", "Kapelstraat 22 bus 3", "Kapelstraat 22 bus 3"),
                   R("PHONE", "+32 478 52 61 09", "+32 478 52 61 09"),
                   R("IDNR", "ondernemingsnummer eenmanszaak", "BE 0712.345.091"),
                   R("PERSON", "Koen Van Achteren", "Koen"), R("PERSON", "Griet De Smedt", "Griet"),
                   R("IDNR", "rijksregisternummer", "81.02.14-228.63"),
                   R("HEALTH", "reuma", "reuma"), R("PERSON", "dokter Van Roosbroeck", "Van Roosbroeck")],
        "keep": [K("PLACE", "Lommel"), K("PLACE", "Neerpelt"), K("PLACE", "Bolsward"), K("ORG", "FOD Economie"),
                 K("ORG", "Kruispuntbank van Ondernemingen"), K("ORG", "Agentschap Zorg en Gezondheid"),
                 K("STREET", "Grote Dijlakker"), K("ORG", "Súdwest-Fryslân")],
    }


# ------------------------------------------------------------------ bt13 Friese brief
@doc
def bt13(out, nums):
    b = [("p", "<b>Stichting Fryske Merke Drylts</b><br/>Sekretariaat: Baukje Tsjalsma-Feenstra<br/>"
               "Heechhiem 6, 8621 XJ Heeg<br/>tel. 06 27 58 14 90 · fryskemerke@gmail.com"),
         ("sp", 10),
         ("p", "Oan it kolleezje fan boargemaster en wethâlders fan Súdwest-Fryslân<br/>Postbus 10000<br/>8600 HA Snits"),
         ("p", "Heeg, 17 april 2026"),
         ("h", "Oangeande: subsydzje en fergunning Fryske Merke 2026"),
         ("p", "Achte kolleezje,"),
         ("p", "Us stichting organisearret op 15 augustus 2026 wer de Fryske Merke yn Drylts. Wy freegje in "
               "subsydzje fan € 3.500 oan út it Mienskipsfûns en in evenemintefergunning foar it Kerkhôf en de "
               "Frijhof. Us penningmaster, Hylke de Haan, hat it budzjet opsteld; it rekkennûmer fan de stichting "
               "is NL60 INGB 0006 1834 27. Frijwilligers dit jier binne û.o. Geartsje Wouda, Sipke Hiddema en "
               "Jikke Bergsma-Rienks."),
         ("p", "Wy hawwe al mei wethâlder Hylkema praat oer de stipe fan de gemeente. Ek de Afûk en Omrop "
               "Fryslân dogge mei. De boargemaster, Jannewietske de Vries, wurdt útnûge om de merke te iepenjen."),
         ("p", "Mei freonlike groetnis,<br/><br/>Baukje Tsjalsma-Feenstra, skriuwster<br/>Hylke de Haan, penningmaster")]
    build(out, b, font="DejaVu", size=10, top=22 * mm, foot="Stichting Fryske Merke Drylts · KvK 41004582")
    return {
        "redact": [R("PERSON", "Baukje Tsjalsma-Feenstra", "Tsjalsma-Feenstra", "Baukje"),
                   R("ADDRESS", "Heechhiem 6", "Heechhiem 6", "8621 XJ"),
                   R("PHONE", "06 27 58 14 90", "06 27 58 14 90"),
                   R("PERSON", "Hylke de Haan", "Hylke de Haan"),
                   R("PERSON", "Geartsje Wouda", "Geartsje Wouda"), R("PERSON", "Sipke Hiddema", "Sipke Hiddema"),
                   R("PERSON", "Jikke Bergsma-Rienks", "Bergsma-Rienks")],
        "keep": [K("ORG", "Stichting Fryske Merke Drylts"), K("EMAIL_ORG", "fryskemerke@gmail.com"),
                 K("PROG", "Mienskipsfûns"), K("IBAN_ORG", "NL60 INGB 0006 1834 27"), K("ORG", "Afûk"),
                 K("ORG", "Omrop Fryslân"), K("OFFICE", "wethâlder Hylkema"), K("OFFICE", "Jannewietske de Vries"),
                 K("PLACE", "Drylts"), K("PLACE", "Heeg"), K("ORG", "KvK 41004582"), K("PLACE", "Snits")],
    }


# ------------------------------------------------------------------ bt14 WhatsApp-groep (outline title)
@doc
def bt14(out, nums):
    chat = [("12-06-26 09:14", "Tjeerd Wijbenga", "Moarn! Wie kan zaterdag de hekken ophalen bij Spartan?"),
            ("12-06-26 09:17", "Gerbrich", "Ik niet, heb dienst in het MCL tot 15.00"),
            ("12-06-26 09:21", "+31 6 38 20 57 14", "Ik doe het wel met de bus van mijn vader. Groet, Sietse"),
            ("12-06-26 09:22", "Tjeerd Wijbenga", "Top Sietse 👍 sleutel ligt bij Anneke"),
            ("12-06-26 11:40", "Anneke Bijlsma", "Gemeente belde: Marrit wil vóór maandag het definitieve "
                                                  "draaiboek. Ook vraagt burgemeester De Vries of ze vrijdag kan openen"),
            ("12-06-26 11:43", "Jens (Aachen)", "We kommen Freitag 16 Uhr, Pyro ist genehmigt?"),
            ("12-06-26 11:50", "Gerbrich", "Nog niet, OvD van de brandweer (Anema) moet nog tekenen"),
            ("13-06-26 20:02", "Sjoukje", "Vanuit het ziekenhuis: IBAN voor de kassa is aangepast, zie mail. "
                                          "Mijn privénummer is tijdelijk 06 11 92 73 48"),
            ("13-06-26 20:05", "Tjeerd Wijbenga", "Beterschap Sjouk! ❤️"),
            ("13-06-26 22:31", "Sietse", "Trouwens die buurman van de Jousterkade, Wiebe, heeft weer geklaagd "
                                         "bij Omrop Fryslân 🙄"),
            ("14-06-26 08:02", "Anneke Bijlsma", "Laat maar, Marrit en wethouder Sijtsma regelen een gesprek "
                                                  "met de bewoners in het Stadhuis")]
    b = [("h", "WhatsApp-chat met Waterpoort Orga 2026"), ("small", "Geëxporteerd 15-06-2026 · 11 berichten")]
    for ts, who, msg in chat:
        b.append(("small", f"[{ts}] <b>{who}</b>: {msg}"))
    b.append(("small", "Aangeleverd door de organisator op verzoek van team VTH in het kader van de evaluatie."))
    build(out, b, font="DejaVu", size=10, top=18 * mm, foot="WhatsApp export – Waterpoort Orga 2026")
    return {
        "redact": [R("PERSON", "Tjeerd Wijbenga", "Tjeerd Wijbenga"), R("PERSON", "Gerbrich", "Gerbrich"),
                   R("PHONE", "+31 6 38 20 57 14", "+31 6 38 20 57 14"), R("PERSON", "Sietse", "Sietse"),
                   R("PERSON", "Anneke Bijlsma", "Anneke Bijlsma", "Anneke"), R("PERSON", "Marrit", "Marrit"),
                   R("PERSON", "Jens", "Jens"), R("PERSON", "Anema", "Anema"), R("PERSON", "Sjoukje", "Sjoukje", "Sjouk"),
                   R("PHONE", "06 11 92 73 48", "06 11 92 73 48"), R("PERSON", "Wiebe", "Wiebe"),
                   R("HEALTH", "in het ziekenhuis", "Vanuit het ziekenhuis"),
                   R("PERSON", "outline title", "Sjoukje Hiemstra", ch="outline")],
        "keep": [K("OFFICE", "burgemeester De Vries"), K("OFFICE", "wethouder Sijtsma"), K("ORG", "Omrop Fryslân"),
                 K("ORG", "Spartan"), K("ORG", "MCL"), K("STREET", "Jousterkade"), K("PLACE", "Aachen"),
                 K("ORG", "Stadhuis"), K("ACR", "VTH"), K("ACR", "OvD")],
        "outline": ["Chat export", "Sjoukje Hiemstra – ziekenhuisopname"],
    }


# ------------------------------------------------------------------ bt15 handgeschreven klacht (scan)
@doc
def bt15(out, nums):
    b = [("p", "Sneek, 28 juni 2026"), ("sp", 6),
         ("p", "Aan de burgemeester van Súdwest-Fryslân"), ("sp", 6),
         ("p", "Geachte burgemeester,"),
         ("p", "Ik ben Wiebe Kooistra en woon op Jousterkade 27 in Sneek. Vannacht tot half drie herrie van het "
               "festival. Mijn vrouw Trijntje is hartpatiënt en kon niet slapen. Er stonden jongens in onze tuin te "
               "plassen. Ik heb de politie gebeld, agent Visser zei dat hij niets kon doen."),
         ("p", "Ik wil een schadevergoeding. Bel mij op 06 52 18 40 77."),
         ("p", "Hoogachtend,"), ("p", "W. Kooistra")]
    scan(out, b, seed=15, angle=-0.6, font="Femke", size=19, top=25 * mm, blur=0, noise=900, quality=75)
    return {
        # handwriting: only what tesseract reads on the original is claimed (name, wife's first name and
        # phone number are written but OCR misreads them, so they are not probed)
        "redact": [R("ADDRESS", "Jousterkade 27", "Jousterkade 27", ch="ocr"),
                   R("HEALTH", "hartpatiënt", "hartpatiënt", ch="ocr"),
                   R("PERSON", "agent Visser", "Visser", ch="ocr")],
        "keep": [],
    }


# ------------------------------------------------------------------ bt16 noodbevel
@doc
def bt16(out, nums):
    b = [("h", "NOODBEVEL"),
         ("p", "<b>De burgemeester van de gemeente Súdwest-Fryslân,</b>"),
         ("p", "overwegende dat op zaterdag 27 juni 2026 omstreeks 23.10 uur bij het hoofdpodium van het Waterpoort "
               "Festival aan de Kleinzand in Sneek ernstig gedrang is ontstaan, waarbij vier personen gewond zijn "
               "geraakt; dat groepen bezoekers zich daarna in de Burgemeester Rasterhofflaan en op de Wilhelminakade "
               "ophouden en zich agressief gedragen tegenover hulpverleners; dat de officier van dienst politie en de "
               "OvD-B van Brandweer Fryslân hebben geadviseerd het gebied te ontruimen;"),
         ("p", "gelet op artikel 175 van de Gemeentewet;"),
         ("h", "BEVEELT:"),
         ("p", "1. Alle personen die zich bevinden in het gebied begrensd door de Kleinzand, de Wilhelminakade, de "
               "Burgemeester Rasterhofflaan en de Jousterkade, dit gebied onmiddellijk te verlaten, met uitzondering "
               "van bewoners, hulpverleners en personen in opdracht van de organisator."),
         ("p", "2. Dit bevel geldt van zondag 28 juni 2026 00.05 uur tot 06.00 uur."),
         ("p", "Het bevel is mondeling gegeven om 00.05 uur en op schrift gesteld om 02.30 uur. De "
               "gemeenteraad wordt op grond van artikel 176 Gemeentewet zo spoedig mogelijk geïnformeerd."),
         ("p", "Sneek, 28 juni 2026<br/>De burgemeester van Súdwest-Fryslân,"),
         ("img", str(signature_png(out.with_suffix(".sig.png"))), 45 * mm, 13.5 * mm),
         ("p", "Jannewietske de Vries"),
         ("small", "Uitgereikt door: hoofdagent K. Veldhuis-Nijboer (politie, basisteam Súdwest-Fryslân), dienstnummer "
                   "BS4471. Op schrift gesteld door: J. van der Zwaag, adviseur OOV.")]
    build(out, b, font="Times-Roman", size=11, head=["Gemeente Súdwest-Fryslân", "De burgemeester"], foot=FOOT)
    out.with_suffix(".sig.png").unlink()
    return {
        "redact": [R("PERSON", "K. Veldhuis-Nijboer", "Veldhuis-Nijboer"), R("IDNR", "dienstnummer", "BS4471"),
                   R("PERSON", "J. van der Zwaag", "van der Zwaag")],
        "keep": [K("OFFICE", "Jannewietske de Vries"), K("LAW", "Gemeentewet"), K("STREET", "Burgemeester Rasterhofflaan"),
                 K("STREET", "Wilhelminakade"), K("STREET", "Jousterkade"), K("PLACE", "Kleinzand"),
                 K("ORG", "Brandweer Fryslân"), K("EVENT", "Waterpoort Festival"), K("ROLE", "adviseur OOV"),
                 K("ACR", "OvD-B"), K("ROLE", "De burgemeester van Súdwest-Fryslân"), K("TITLE", "NOODBEVEL")],
        "signature": True,
    }


# ------------------------------------------------------------------ bt17 gescande standplaatsvergunning met handtekening
@doc
def bt17(out, nums):
    b = [("p", "<b>Gemeente Súdwest-Fryslân</b> – team Markten en Evenementen"),
         ("h", "Standplaatsvergunning weekmarkt Bolsward"),
         ("p", "Vergunninghouder: Ömer Yıldırım<br/>Adres: Westersingel 51, 8913 CL Leeuwarden<br/>"
               "Geboortedatum: 04-10-1983<br/>Branche: groente en fruit, plaats 5"),
         ("p", "Kenmerk MKT-2026-002/05. Deze vergunning is persoonsgebonden en geldt tot 31 december 2027."),
         ("p", "Voor akkoord vergunninghouder: Ömer Yıldırım"),
         ("p", "Namens de burgemeester: Pieter Rienk Hoekstra, marktmeester")]
    scan(out, b, seed=17, angle=0.7, font="Helvetica", size=12, top=25 * mm)
    return {
        # OCR misreads the dotless i of the surname, so only the first name is probed
        "redact": [R("DOB", "04-10-1983", "04-10-1983", ch="ocr"),
                   R("ADDRESS", "8913 CL", "8913 CL", ch="ocr"),
                   R("PERSON", "Pieter Rienk Hoekstra", "Pieter Rienk Hoekstra", ch="ocr"),
                   R("PERSON", "Ömer Yıldırım", "Ömer", ch="ocr"),
                   R("ADDRESS", "Westersingel 51", "Westersingel 51", ch="ocr")],
        "keep": [],
    }


# ------------------------------------------------------------------ bt18 gescande presentielijst
@doc
def bt18(out, nums):
    b = [("h", "Presentielijst bewonersbijeenkomst Jousterkade – 7 juli 2026, Stadhuis Sneek"),
         ("t", [["naam", "adres", "telefoon / e-mail"],
                ["W. Kooistra", "Jousterkade 27", "06 52 18 40 77"],
                ["Aukje Spoelstra", "Jousterkade 31", "a.spoelstra@ziggo.nl"],
                ["Harm Jan Terpstra", "Jousterkade 12", "06 20 66 31 95"],
                ["Mevr. Yvonne Kingma", "Oosterkade 4", "y.kingma54@kpnmail.nl"]],
          [45 * mm, 45 * mm, 60 * mm]),
         ("p", "Namens de gemeente: wethouder Sijtsma, M. Sijtsma (VTH), Jelmer Bosma (gebiedsregisseur)")]
    scan(out, b, seed=18, angle=-0.5, font="LibSans", size=12, top=25 * mm)
    return {
        "redact": [R("PERSON", "W. Kooistra", "Kooistra", ch="ocr"), R("PERSON", "Aukje Spoelstra", "Spoelstra", ch="ocr"),
                   R("PERSON", "Harm Jan Terpstra", "Terpstra", ch="ocr"),
                   R("PHONE", "06 20 66 31 95", "06 20 66 31 95", ch="ocr"),
                   R("PERSON", "Yvonne Kingma", "Kingma", ch="ocr"), R("PERSON", "Jelmer Bosma", "Bosma", ch="ocr"),
                   R("PERSON", "M. Sijtsma", "M. Sijtsma", ch="ocr"),
                   R("EMAIL", "a.spoelstra@ziggo.nl", "a.spoelstra@ziggo.nl", ch="ocr"),
                   R("EMAIL", "y.kingma54@kpnmail.nl", "y.kingma54@kpnmail.nl", ch="ocr"),
                   R("ADDRESS", "Jousterkade 31", "Jousterkade 31", ch="ocr"),
                   R("ADDRESS", "Jousterkade 12", "Jousterkade 12", ch="ocr"),
                   R("ADDRESS", "Jousterkade 27", "Jousterkade 27", ch="ocr"),
                   R("PHONE", "06 52 18 40 77", "06 52 18 40 77", ch="ocr"),
                   R("PERSON", "Harm Jan Terpstra", "Harm Jan", ch="ocr"), R("PERSON", "Aukje Spoelstra", "Aukje", ch="ocr"),
                   R("PERSON", "Yvonne Kingma", "Yvonne", ch="ocr"), R("PERSON", "Jelmer Bosma", "Jelmer", ch="ocr")],
        "keep": [],
    }


# ------------------------------------------------------------------ bt19 raadsinformatiebrief
@doc
def bt19(out, nums):
    b = [("h", "Raadsinformatiebrief – evaluatie Waterpoort Festival en noodbevel 28 juni 2026"),
         ("t", [["Portefeuillehouder", "Datum", "Kenmerk", "Informatie bij"],
                ["burgemeester J.A. de Vries", "14 juli 2026", "RIB-2026-071", "Rixt Okkema, 06 81 24 60 39"]],
          [45 * mm, 30 * mm, 30 * mm, 55 * mm]),
         ("p", "Geachte leden van de raad,"),
         ("p", "Met deze brief informeer ik u, zoals artikel 176 van de Gemeentewet voorschrijft, over het noodbevel "
               "dat ik in de nacht van 27 op 28 juni 2026 heb gegeven. De Veiligheidsregio Fryslân heeft het incident "
               "geëvalueerd (kenmerk VRF-EV-2026-019). Vier bezoekers raakten gewond; één van hen is in het Antonius "
               "Ziekenhuis opgenomen geweest. Ik heb contact gehad met de ouders van een minderjarig slachtoffer."),
         ("p", "Raadslid Klaas Stienstra (FNP) en raadslid Marijke Roskam-Bouma (CDA) stelden schriftelijke vragen "
               "over het veiligheidsplan; wethouder Hayo Sijtsma beantwoordt de vragen over de subsidie aan "
               "Stichting Waterpoort Evenementen. Burgemeester Jannewietske de Vries en commissaris van de Koning "
               "Arno Brok zijn op 3 juli bij de bewoners van de Jousterkade op bezoek geweest."),
         ("p", "Het college neemt de aanbevelingen over. Vanaf 2027 vragen wij bij B- en C-evenementen een "
               "crowdmanagementplan. De Evenementenkalender 2027 en de Beleidsregels evenementen Súdwest-Fryslân "
               "worden hierop aangepast. Dit heeft de ambtelijke werkgroep onder leiding van Tamara Bijl-Ouwerkerk "
               "voorbereid."),
         ("p", "De burgemeester van Súdwest-Fryslân,<br/><br/>Jannewietske de Vries")]
    build(out, b, font="LibSans", size=10, head=GEM, foot=FOOT)
    return {
        "redact": [R("PERSON", "Rixt Okkema", "Rixt Okkema"), R("PHONE", "06 81 24 60 39", "06 81 24 60 39"),
                   R("PERSON", "Tamara Bijl-Ouwerkerk", "Bijl-Ouwerkerk")],
        "keep": [K("OFFICE", "burgemeester J.A. de Vries"), K("OFFICE", "Raadslid Klaas Stienstra"), K("ORG", "FNP"),
                 K("OFFICE", "raadslid Marijke Roskam-Bouma"), K("ORG", "CDA"), K("OFFICE", "wethouder Hayo Sijtsma"),
                 K("OFFICE", "Burgemeester Jannewietske de Vries"), K("OFFICE", "Arno Brok"),
                 K("LAW", "Gemeentewet"), K("REF", "RIB-2026-071"), K("REF", "VRF-EV-2026-019"),
                 K("ORG", "Veiligheidsregio Fryslân"), K("LAW", "Beleidsregels evenementen Súdwest-Fryslân"),
                 K("PROG", "Evenementenkalender 2027"), K("STREET", "Jousterkade"), K("ORG", "Antonius Ziekenhuis")],
    }


# ------------------------------------------------------------------ bt20 interne memo met paraaflijst
@doc
def bt20(out, nums):
    b = [("h", "Memo"),
         ("t", [["Aan", "burgemeester J.A. de Vries"], ["Van", "Jorrit van der Zwaag, adviseur OOV"],
                ["Cc", "gemeentesecretaris; teamleider VTH (W. Yntema-Kalsbeek)"], ["Datum", "3 maart 2026"],
                ["Onderwerp", "Bibob De Kade en aanvraag advies LBB"]], [30 * mm, 120 * mm]),
         ("p", "Het eigen onderzoek van Annemarie geeft aanleiding tot een adviesaanvraag bij het Landelijk Bureau "
               "Bibob. Ik stel voor de beslistermijn met acht weken op te schorten (artikel 31 Wet Bibob) en de "
               "aanvrager, de heer R. Schotanus, daarover te informeren. Het RIEC heeft in de casustafel van "
               "26 februari bevestigd dat de geldschieter bekend is in het Criminaliteits Anti-Corruptie Systeem "
               "(CAS) van de politie."),
         ("p", "Gezien de gezondheidsklachten van de heer Schotanus (burn-out, in behandeling bij GGZ Friesland) "
               "adviseer ik het gesprek te laten plaatsvinden met zijn advocaat erbij."),
         ("h", "Paraaflijst"),
         ("t", [["functie", "paraaf", "datum", "akkoord"],
                ["adviseur OOV", "JvdZ", "03-03", "ja"],
                ["teamleider VTH", "WYK", "04-03", "ja"],
                ["jurist", "M.v.d.Werf-Bos", "04-03", "ja, zie opm."],
                ["gemeentesecretaris", "HJO", "05-03", "ja"],
                ["burgemeester", "J.A. de Vries", "06-03", "akkoord"]], [40 * mm, 40 * mm, 25 * mm, 35 * mm]),
         ("small", "Opmerking jurist (Marloes van der Werf-Bos): let op artikel 28 Wet Bibob bij verstrekking.")]
    build(out, b, font="Courier", size=9.5, foot="Intern – niet voor verspreiding")
    return {
        "redact": [R("PERSON", "Jorrit van der Zwaag", "Jorrit van der Zwaag"),
                   R("PERSON", "W. Yntema-Kalsbeek", "Yntema-Kalsbeek"), R("PERSON", "Annemarie", "Annemarie"),
                   R("PERSON", "R. Schotanus", "Schotanus"), R("HEALTH", "burn-out", "burn-out"),
                   R("HEALTH", "GGZ behandeling", "in behandeling bij GGZ Friesland"),
                   R("PARAPH", "JvdZ", "JvdZ"), R("PARAPH", "WYK", "WYK"), R("PARAPH", "M.v.d.Werf-Bos", "M.v.d.Werf-Bos"),
                   R("PARAPH", "HJO", "HJO"), R("PERSON", "Marloes van der Werf-Bos", "Werf-Bos", "Marloes")],
        "keep": [K("OFFICE", "burgemeester J.A. de Vries"), K("ROLE", "adviseur OOV"), K("ROLE", "gemeentesecretaris"),
                 K("ACR", "LBB"), K("ORG", "Landelijk Bureau Bibob"), K("LAW", "Wet Bibob"), K("ORG", "RIEC"),
                 K("ACR", "CAS"), K("ROLE", "teamleider VTH"), K("DATE", "3 maart 2026")],
    }


# ------------------------------------------------------------------ bt21 verslag vooroverleg (docx)
@doc
def bt21(out, nums):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    d.styles["Normal"].font.name = "Carlito"
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Verslag multidisciplinair vooroverleg evenementen (MDO) – 16 april 2026", 1)
    d.add_paragraph("Locatie: Stadhuis Sneek, zaal De Kolk. Voorzitter: Marrit Sijtsma (VTH). "
                    "Notulist: Bouwe Zwart-Kalma.")
    d.add_paragraph("Aanwezig: D. Zandstra (Veiligheidsregio Fryslân), brigadier M. Faber (Politie Noord-Nederland), "
                    "F. Anema (Brandweer Fryslân), mw. I. Wassenaar-Veenstra (GHOR Fryslân), T. Wijbenga en "
                    "G. van der Meulen-Hoekstra (Stichting Waterpoort Evenementen). Afwezig met bericht: wethouder Sijtsma.")
    d.add_heading("1. Waterpoort Festival (EV-2026-0088)", 2)
    d.add_paragraph("Faber meldt dat de politie in 2025 drie aanhoudingen had bij de ingang aan de Kleinzand. "
                    "Zandstra vraagt om een crowdmanagementplan. Van der Meulen-Hoekstra zegt toe dit voor 1 mei te "
                    "leveren. Anema: brandweerroute via de Burgemeester Rasterhofflaan vrijhouden.")
    d.add_heading("2. Fryske Merke Drylts", 2)
    d.add_paragraph("Aanvraag ontvangen via Baukje Tsjalsma. Laag risico (A-evenement). Geen bijzonderheden.")
    d.add_heading("Actiepunten", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["actie", "wie", "wanneer"]):
        t.rows[0].cells[i].text = h
    for r in [("crowdmanagementplan", "Gerbrich vd Meulen", "1 mei"), ("advies VRF", "Douwe Z.", "8 mei"),
              ("verslag rondsturen", "Bouwe", "17 april")]:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Volgend MDO: 21 mei 2026. Agenda via evenementen@sudwestfryslan.nl.")
    d.core_properties.author = "Gemeente Súdwest-Fryslân"
    tmp = out.with_suffix(".docx")
    d.save(tmp)
    docx_to_pdf(tmp, out)
    tmp.unlink()
    return {
        "redact": [R("PERSON", "Marrit Sijtsma", "Marrit Sijtsma"), R("PERSON", "Bouwe Zwart-Kalma", "Zwart-Kalma", "Bouwe"),
                   R("PERSON", "D. Zandstra", "Zandstra", "Douwe Z."), R("PERSON", "M. Faber", "Faber"),
                   R("PERSON", "F. Anema", "Anema"), R("PERSON", "I. Wassenaar-Veenstra", "Wassenaar-Veenstra"),
                   R("PERSON", "T. Wijbenga", "Wijbenga"), R("PERSON", "G. van der Meulen-Hoekstra", "Meulen-Hoekstra",
                                                              "Gerbrich vd Meulen"),
                   R("PERSON", "Baukje Tsjalsma", "Baukje Tsjalsma")],
        "keep": [K("OFFICE", "wethouder Sijtsma"), K("ORG", "Veiligheidsregio Fryslân"), K("ORG", "Politie Noord-Nederland"),
                 K("ORG", "Brandweer Fryslân"), K("ORG", "GHOR Fryslân"), K("ORG", "Stichting Waterpoort Evenementen"),
                 K("REF", "EV-2026-0088"), K("STREET", "Burgemeester Rasterhofflaan"), K("EVENT", "Fryske Merke Drylts"),
                 K("EMAIL", "evenementen@sudwestfryslan.nl"), K("ACR", "MDO"), K("PLACE", "Kleinzand"),
                 K("ROLE", "brigadier")],
    }


# ------------------------------------------------------------------ bt22 handhavingsrapport
@doc
def bt22(out, nums):
    b = [("h", "Rapport van bevindingen – controle exploitatievergunning"),
         ("t", [["Zaaknummer", "HH-2026-0544"], ["Locatie", "Grand Café De Kade, Oosterdijk 3, Sneek"],
                ["Datum controle", "vrijdag 9 oktober 2026, 00.40 uur"],
                ["Boa's", "B.J. Tolsma (BOA-nummer 7731) en S. Akkerman-<br/>Visser (BOA-nummer 7748)"],
                ["Aangetroffen leidinggevende", "mevrouw N. el Amrani"]], [45 * mm, 110 * mm]),
         ("p", "Wij, buitengewoon opsporingsambtenaren in dienst van de gemeente Súdwest-Fryslân, stelden vast dat "
               "het terras na het sluitingsuur van 00.00 uur nog in gebruik was. Aanwezig waren ongeveer veertig "
               "gasten. Een van de gasten, de heer Gerrit Jan Kuipers (geboren 12-12-1990, wonende Leeuwarderweg "
               "88, Sneek), verklaarde dat de barman, Dylan Hofman, na middernacht nog drank schonk."),
         ("p", "Mevrouw El Amrani verklaarde: 'De heer Schotanus is eigenaar, ik ben alleen leidinggevende. Hij "
               "zit momenteel vast in Leeuwarden.' Dit is doorgegeven aan team OOV."),
         ("p", "Conform de Handhavingsstrategie Súdwest-Fryslân en de Landelijke Handhavingsstrategie (LHS) is "
               "een waarschuwing gegeven. Bij een tweede overtreding volgt een last onder dwangsom van € 2.500."),
         ("p", "Aldus naar waarheid opgemaakt en ondertekend op 9 oktober 2026.<br/>B.J. Tolsma &nbsp;&nbsp;&nbsp; "
               "S. Akkerman-Visser"),
         ("small", "Verzonden aan: handhaving@sudwestfryslan.nl; team OOV; RIEC Noord-Nederland")]
    build(out, b, font="LibMono", size=9, foot="HH-2026-0544 · Handhaving Súdwest-Fryslân")
    return {
        "redact": [R("PERSON", "B.J. Tolsma", "Tolsma"), R("IDNR", "BOA-nummer", "7731"),
                   R("PERSON", "S. Akkerman-Visser", "Akkerman-Visser"), R("IDNR", "BOA-nummer", "7748"),
                   R("PERSON", "N. el Amrani", "el Amrani", "El Amrani"),
                   R("PERSON", "Gerrit Jan Kuipers", "Gerrit Jan Kuipers"), R("DOB", "12-12-1990", "12-12-1990"),
                   R("ADDRESS", "Leeuwarderweg 88", "Leeuwarderweg 88"), R("PERSON", "Dylan Hofman", "Dylan Hofman"),
                   R("PERSON", "Schotanus", "Schotanus"), R("CRIMINAL", "detentie", "zit momenteel vast")],
        "keep": [K("REF", "HH-2026-0544"), K("ORG", "Grand Café De Kade"), K("ADDR", "Oosterdijk 3"),
                 K("LAW", "Handhavingsstrategie Súdwest-Fryslân"), K("LAW", "Landelijke Handhavingsstrategie"),
                 K("ACR", "LHS"), K("EMAIL", "handhaving@sudwestfryslan.nl"), K("ORG", "RIEC Noord-Nederland"),
                 K("ROLE", "buitengewoon opsporingsambtenaren"), K("AMOUNT", "€ 2.500"), K("PLACE", "Leeuwarden")],
    }


# ------------------------------------------------------------------ bt23 aanmeldformulier vrijwilliger (AcroForm)
@doc
def bt23(out, nums):
    b = [("h", "Aanmeldformulier vrijwilliger – Stichting Buurtsport Bolsward"),
         ("p", "Dit formulier hoort bij de subsidieaanvraag 2026 van Stichting Buurtsport Bolsward (SUB-2026-1207) "
               "in het kader van de regeling Vrijwilligerswerk Súdwest-Fryslân. Ingevuld digitaal, velden hieronder."),
         ("sp", 175),
         ("p", "Coördinator vrijwilligers bij de stichting: Romy Algra-Dotinga (romy@buurtsportbolsward.nl)."),
         ("small", "De stichting verwerkt deze gegevens volgens de AVG. Vragen: info@buurtsportbolsward.nl")]
    fields = [("naam", "Naam", "Thijs Rodenburg"), ("adres", "Adres", "Jongemastraat 9, 8701 GN Bolsward"),
              ("gebdat", "Geboortedatum", "21-03-2008"), ("tel", "Telefoon", "06 14 77 29 05")]

    def form(c):
        y = 640
        for name, label, val in fields:
            c.setFont("Helvetica", 10)
            c.drawString(72, y + 5, label + ":")
            c.acroForm.textfield(name=name, tooltip=label, value=val, x=180, y=y, width=250, height=20,
                                 fontName="Helvetica", fontSize=10, borderWidth=0.5)
            y -= 32

    build(out, b, font="Helvetica", size=10, foot="Stichting Buurtsport Bolsward · KvK 41003290", extra=form)
    return {
        "redact": [R("PERSON", "Romy Algra-Dotinga", "Algra-Dotinga", "Romy"),
                   R("EMAIL", "romy@buurtsportbolsward.nl", "romy@buurtsportbolsward.nl"),
                   R("PERSON", "form: Thijs Rodenburg", "Thijs Rodenburg", ch="annotations"),
                   R("ADDRESS", "form: address", "Jongemastraat 9", ch="annotations"),
                   R("DOB", "form: dob", "21-03-2008", ch="annotations"),
                   R("PHONE", "form: phone", "06 14 77 29 05", ch="annotations")],
        "keep": [K("ORG", "Stichting Buurtsport Bolsward"), K("REF", "SUB-2026-1207"),
                 K("PROG", "Vrijwilligerswerk Súdwest-Fryslân"), K("LAW", "AVG"),
                 K("EMAIL", "info@buurtsportbolsward.nl"), K("ORG", "KvK 41003290")],
    }


# ------------------------------------------------------------------ bt24 subsidievaststelling dorpshuis
@doc
def bt24(out, nums):
    side = GEMSIDE + ["", "**Behandeld door", "Ilona Brands", "**Telefoon", "06 - 15 38 92 64",
                      "**Subsidienummer", "SUB-2025-0932", "**Datum", "6 maart 2026"]
    b = [("sp", 16),
         ("p", "Stichting Dorpshûs De Kûpe<br/>t.a.v. het bestuur<br/>Dyksterbuorren 2<br/>8614 JA  Oudega"),
         ("h", "Vaststelling subsidie 2025 Dorpshûs De Kûpe"),
         ("p", "Geacht bestuur,"),
         ("p", "Op 30 januari 2026 ontvingen wij het inhoudelijk en financieel verslag over 2025, ondertekend door "
               "uw voorzitter, de heer Bouke Zomer, en uw penningmeester, mevrouw Hiltsje Winter-van der Laan. "
               "Wij stellen de subsidie vast op € 12.400 (verleend: € 13.000). Het verschil van € 600 verrekenen "
               "wij met het voorschot 2026."),
         ("p", "Uit het verslag blijkt dat de beheerder van het dorpshuis, de heer Zomer junior (Rutger), sinds "
               "september 2025 via de Participatiewet bij u werkt met een loonkostensubsidie. Dat gegeven is niet "
               "nodig voor de vaststelling en nemen wij niet op in het dossier."),
         ("p", "Het bedrag wordt overgemaakt op rekening NL47 RABO 0318 2260 14 van de stichting. De eerder "
               "opgegeven privérekening van mevrouw Winter-van der Laan (" + nums["iban4"] + ") gebruiken wij niet meer."),
         ("p", "Wethouder Marten Hylkema en zijn beleidsmedewerker Ilona Brands komen graag langs bij de opening van de "
               "nieuwe keuken. Op 14 april 2026 bespreekt de dorpsraad Oudega (Plaatselijk Belang Oudega) het "
               "meerjarenplan; de gebiedsmakelaar, Wopke Tuinstra, is daarbij aanwezig."),
         ("p", "Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders,<br/><br/>"
               "I. Brands<br/>beleidsmedewerker maatschappelijke voorzieningen"),
         ("small", "Bezwaar: binnen zes weken, Postbus 10000, 8600 HA Sneek, of via bezwaar@sudwestfryslan.nl")]
    build(out, b, font="DejaVuSerif", size=9.5, head=GEM, side=side, foot=FOOT)
    return {
        "redact": [R("PERSON", "Ilona Brands", "Ilona Brands", "Brands"), R("PHONE", "06 - 15 38 92 64", "06 - 15 38 92 64"),
                   R("PERSON", "Bouke Zomer", "Bouke Zomer", "Zomer"),
                   R("PERSON", "Hiltsje Winter-van der Laan", "Winter-van der Laan", "Hiltsje"),
                   R("PERSON", "Rutger Zomer", "Rutger"),
                   R("SPECIAL", "Participatiewet/loonkostensubsidie", "loonkostensubsidie"),
                   R("IBAN", nums["iban4"], nums["iban4"]), R("PERSON", "Wopke Tuinstra", "Wopke Tuinstra")],
        "keep": [K("ORG", "Stichting Dorpshûs De Kûpe"), K("ADDR", "Dyksterbuorren 2"), K("PLACE", "Oudega"),
                 K("IBAN_ORG", "NL47 RABO 0318 2260 14"), K("OFFICE", "Wethouder Marten Hylkema"),
                 K("LAW", "Participatiewet"), K("ORG", "Plaatselijk Belang Oudega"), K("REF", "SUB-2025-0932"),
                 K("EMAIL", "bezwaar@sudwestfryslan.nl"), K("ROLE", "gebiedsmakelaar"), K("AMOUNT", "€ 12.400"),
                 K("ROLE", "beleidsmedewerker maatschappelijke voorzieningen")],
    }


# ------------------------------------------------------------------ bt25 e-mail Duitse politie / grensoverschrijdend
@doc
def bt25(out, nums):
    b = [("small", "<b>From:</b> Kerstin Lammers &lt;kerstin.lammers@polizei.niedersachsen.de&gt;<br/>"
                   "<b>Sent:</b> Montag, 29. Juni 2026 10:12<br/>"
                   "<b>To:</b> Rixt Okkema &lt;r.okkema@sudwestfryslan.nl&gt;; oov@sudwestfryslan.nl<br/>"
                   "<b>Cc:</b> EPICC &lt;epicc@politie.nl&gt;<br/>"
                   "<b>Subject:</b> AW: Waterpoort Festival – deutsche Besucher / Vorfall 27.06."),
         ("p", "Sehr geehrte Frau Okkema,"),
         ("p", "über das Euregionale Polizei-Informations- und Cooperations-Centrum (EPICC) in Heerlen erhielten "
               "wir Ihre Anfrage. Die unbekannte verletzte Person (S4) ist inzwischen identifiziert: Herr Tobias "
               "Wendeborn, geb. 03.09.1995, wohnhaft Bentheimer Straße 212, 48529 Nordhorn. Gegen Herrn Wendeborn "
               "läuft bei der Staatsanwaltschaft Osnabrück ein Ermittlungsverfahren wegen Körperverletzung "
               "(Az. 720 Js 4411/26)."),
         ("p", "Ein zweiter Beteiligter, Niklas ter Haar (Emlichheim), wurde von der Politie Noord-Nederland "
               "kurz festgenommen. Bitte richten Sie weitere Anfragen an das Polizeikommissariat Nordhorn, "
               "Tel. 05921 309-0, oder an Polizeioberkommissar Dennis Brüggemann (direkt 05921 309-215)."),
         ("p", "Mit freundlichen Grüßen<br/>Kerstin Lammers<br/>Polizeiinspektion Emsland/Grafschaft Bentheim<br/>"
               "Sachgebiet Grenzüberschreitende Zusammenarbeit"),
         ("small", "<b>Van:</b> Rixt Okkema<br/><b>Verzonden:</b> zondag 28 juni 2026 14:31<br/>"
                   "<b>Onderwerp:</b> Waterpoort Festival – Duitse bezoekers"),
         ("p", "Geachte collega's, via Jens Köhler (band uit Aachen) hoorden wij dat een Duitse bezoeker gewond is "
               "geraakt. Kunt u nagaan wie dit is? Met vriendelijke groet, Rixt Okkema, adviseur openbare orde "
               "en veiligheid, gemeente Súdwest-Fryslân")]
    build(out, b, font="LibSans", size=9.5, top=18 * mm)
    return {
        "redact": [R("PERSON", "Kerstin Lammers", "Kerstin Lammers", "Lammers"),
                   R("EMAIL", "kerstin.lammers@polizei.niedersachsen.de", "kerstin.lammers@polizei.niedersachsen.de"),
                   R("PERSON", "Rixt Okkema", "Rixt Okkema", "Okkema"), R("EMAIL", "r.okkema@sudwestfryslan.nl", "r.okkema@sudwestfryslan.nl"),
                   R("PERSON", "Tobias Wendeborn", "Tobias Wendeborn", "Wendeborn"), R("DOB", "03.09.1995", "03.09.1995"),
                   R("ADDRESS", "Bentheimer Straße 212", "Bentheimer Straße 212"),
                   R("CRIMINAL", "Ermittlungsverfahren", "Ermittlungsverfahren wegen Körperverletzung"),
                   R("CASE_PERSON", "Az.", "720 Js 4411/26"),
                   R("PERSON", "Niklas ter Haar", "Niklas ter Haar"), R("CRIMINAL", "festgenommen", "kurz festgenommen"),
                   R("PERSON", "Dennis Brüggemann", "Dennis Brüggemann"), R("PHONE", "05921 309-215", "05921 309-215"),
                   R("PERSON", "Jens Köhler", "Jens Köhler")],
        "keep": [K("EMAIL", "oov@sudwestfryslan.nl"), K("EMAIL", "epicc@politie.nl"), K("ACR", "EPICC"),
                 K("PLACE", "Heerlen"), K("ORG", "Staatsanwaltschaft Osnabrück"), K("PLACE", "Emlichheim"),
                 K("ORG", "Politie Noord-Nederland"), K("ORG", "Polizeikommissariat Nordhorn"),
                 K("PHONE", "05921 309-0"), K("ORG", "Polizeiinspektion Emsland/Grafschaft Bentheim"),
                 K("ROLE", "adviseur openbare orde en veiligheid"), K("EVENT", "Waterpoort Festival"),
                 K("PLACE", "Aachen")],
    }


# ------------------------------------------------------------------ bt26 overzicht subsidies
@doc
def bt26(out, nums):
    rows = [["nr", "ontvanger", "regeling", "bedrag", "contactpersoon"],
            ["1182", "Kaatsferiening Wommels", "Sport en Bewegen", "€ 8.750", "penningmeester"],
            ["1190", "vv Oeverzwaluwen", "Sportakkoord", "€ 7.100", "secretariaat"],
            ["1197", "Stichting Fryske Merke Drylts", "Mienskipsfûns", "€ 3.500", "secretariaat"],
            ["1201", "Muziekles aan huis – J. Dotinga (eenmanszaak)", "Cultuureducatie", "€ 900", "Janneke Dotinga"],
            ["1203", "Toneelferiening Nij Libben Easterein", "Amateurkunst", "€ 2.250", "bestuur"],
            ["1207", "Stichting Buurtsport Bolsward", "Vrijwilligerswerk", "€ 4.000", "Romy Algra-Dotinga"],
            ["1212", "Reddingsbrigade Sneek", "Sport en Bewegen", "€ 5.300", "bestuur"],
            ["1215", "IJsclub De Hoop Scharnegoutum", "Sport en Bewegen", "€ 1.150", "Durk Joustra (voorz.)"],
            ["1218", "Stichting Elfstedenrijders Workum", "Evenementen", "€ 2.000", "bestuur"],
            ["1222", "Kinderboerderij De Greidhoeve", "Leefbaarheid", "€ 3.000", "Petra Osinga-Visser"],
            ["1230", "Stichting Waterpoort Evenementen", "Evenementen", "€ 15.000", "T. Wijbenga"]]
    b = [("h", "Overzicht verleende subsidies 2026 (peildatum 1 juli 2026)"),
         ("small", "Bron: subsidieregistratie Súdwest-Fryslân. Bedragen zijn verleningen; vaststelling volgt in 2027. "
                   "Zie ook de Subsidieplafonds 2026 en de Algemene subsidieverordening Súdwest-Fryslân 2022."),
         ("t", rows, [14 * mm, 62 * mm, 32 * mm, 20 * mm, 38 * mm]),
         ("p", "Totaal verleend: € 52.850. Het subsidieplafond Evenementen (€ 40.000) is voor 42,5 % benut. "
               "Wethouder Hylkema (Sport) en wethouder Sijtsma (Evenementen) worden per kwartaal geïnformeerd door "
               "team Subsidies (subsidies@sudwestfryslan.nl).")]
    build(out, b, font="Helvetica", size=9.5, foot="Overzicht subsidies 2026 – Súdwest-Fryslân")
    return {
        "redact": [R("PERSON", "Janneke Dotinga", "Janneke Dotinga", "J. Dotinga"),
                   R("PERSON", "Romy Algra-Dotinga", "Algra-Dotinga"), R("PERSON", "Durk Joustra", "Durk Joustra"),
                   R("PERSON", "Petra Osinga-Visser", "Osinga-Visser"), R("PERSON", "T. Wijbenga", "Wijbenga")],
        "keep": [K("ORG", "Kaatsferiening Wommels"), K("ORG", "vv Oeverzwaluwen"), K("ORG", "Stichting Fryske Merke Drylts"),
                 K("ORG", "Toneelferiening Nij Libben Easterein"), K("ORG", "Stichting Buurtsport Bolsward"),
                 K("ORG", "Reddingsbrigade Sneek"), K("ORG", "IJsclub De Hoop Scharnegoutum"),
                 K("ORG", "Stichting Elfstedenrijders Workum"), K("ORG", "Kinderboerderij De Greidhoeve"),
                 K("ORG", "Stichting Waterpoort Evenementen"), K("OFFICE", "Wethouder Hylkema"),
                 K("OFFICE", "wethouder Sijtsma"), K("EMAIL", "subsidies@sudwestfryslan.nl"), K("PROG", "Mienskipsfûns"),
                 K("PROG", "Sportakkoord"), K("LAW", "Subsidieplafonds 2026"), K("AMOUNT", "€ 52.850")],
    }


# ------------------------------------------------------------------ bt27 bezwaarschrift advocaat (2 p.)
@doc
def bt27(out, nums):
    side = ["**Leistra Advocaten", "Zuidergrachtswal 7", "8933 AD Leeuwarden", "T 058 303 44 00",
            "secretariaat@leistra-advocaten.nl", "", "**Behandelend advocaat", "mr. P.C. Leistra",
            "p.leistra@leistra-advocaten.nl", "**Secretaresse", "Wendy Hiemstra-Bakker", "**Ons dossier", "2026.0388"]
    b = [("sp", 10),
         ("p", "Aan de burgemeester van Súdwest-Fryslân<br/>t.a.v. de Commissie bezwaarschriften<br/>Postbus 10000<br/>8600 HA  Sneek"),
         ("p", "Leeuwarden, 22 juni 2026"),
         ("h", "Bezwaarschrift – voorschriften exploitatievergunning De Kade Horeca B.V."),
         ("p", "Edelachtbare, geachte burgemeester,"),
         ("p", "Namens mijn cliënt, de heer R. (Ruud) Schotanus, wonende te Bolsward, enig bestuurder van De Kade "
               "Horeca B.V., maak ik bezwaar tegen uw besluit van 12 mei 2026, kenmerk HOR-2026-0031, voor zover "
               "daarin de voorwaarde is opgenomen dat de lening van de heer H.J. Brouwer binnen zes maanden moet "
               "zijn afgelost."),
         ("h", "Gronden"),
         ("p", "1. De veroordeling van cliënt uit 2019 is van lang geleden, betrof een geringe taakstraf en heeft "
               "geen verband met de horeca-exploitatie. De Raad van State heeft in vergelijkbare zaken (ABRvS "
               "14 september 2022, ECLI:NL:RVS:2022:2604) geoordeeld dat het tijdsverloop moet worden meegewogen."),
         ("p", "2. Het sepot van de zaak tegen de heer Brouwer betekent dat er geen strafbaar feit vaststaat. Een "
               "ernstig gevaar als bedoeld in artikel 3 Wet Bibob kan daarop niet worden gebaseerd."),
         ("p", "3. Cliënt verkeert sinds maart 2026 in een medisch traject (zie de verklaring van zijn huisarts, "
               "H. de Graaf-Mulder, bijlage 4). Een gedwongen herfinanciering binnen zes maanden is onevenredig."),
         ("pb",),
         ("h", "Verzoek"),
         ("p", "Ik verzoek u het besluit te herroepen voor zover het de genoemde voorwaarde betreft, en mij en "
               "cliënt te horen. Cliënt verzoekt het horen niet openbaar te laten plaatsvinden. Mevrouw N. el "
               "Amrani, leidinggevende, is bereid een verklaring af te leggen."),
         ("p", "Ook verzoek ik om vergoeding van de proceskosten op grond van artikel 7:15 Awb."),
         ("p", "Hoogachtend,<br/><br/>mr. P.C. Leistra"),
         ("small", "Bijlagen: 1. bestreden besluit; 2. volmacht; 3. leningsovereenkomst H.J. Brouwer – De Kade Horeca B.V.; "
                   "4. verklaring huisarts (vertrouwelijk)")]
    build(out, b, font="Times-Roman", size=10.5, head=["Leistra Advocaten", "advocatuur · bestuursrecht · horeca"],
          side=side, foot="Leistra Advocaten · Zuidergrachtswal 7, Leeuwarden · 058 303 44 00")
    return {
        "redact": [R("PERSON", "Ruud Schotanus", "Ruud", "Schotanus"), R("PERSON", "H.J. Brouwer", "Brouwer"),
                   R("PERSON", "mr. P.C. Leistra (lawyer)", "P.C. Leistra"),
                   R("EMAIL", "p.leistra@leistra-advocaten.nl", "p.leistra@leistra-advocaten.nl"),
                   R("PERSON", "Wendy Hiemstra-Bakker", "Hiemstra-Bakker"),
                   R("CRIMINAL", "veroordeling 2019", "De veroordeling van cliënt uit 2019"),
                   R("CRIMINAL", "sepot", "Het sepot van de zaak tegen de heer"),
                   R("HEALTH", "medisch traject", "in een medisch traject"),
                   R("PERSON", "H. de Graaf-Mulder", "Graaf-Mulder"), R("PERSON", "N. el Amrani", "el Amrani", "N. el Amrani")],
        "keep": [K("ORG", "Leistra Advocaten"), K("ROLE", "Behandelend advocaat"),
                 K("EMAIL", "secretariaat@leistra-advocaten.nl"), K("PHONE", "058 303 44 00"),
                 K("ORG", "De Kade Horeca B.V."), K("REF", "HOR-2026-0031"), K("ORG", "Raad van State"),
                 K("REF", "ECLI:NL:RVS:2022:2604"), K("LAW", "Wet Bibob"), K("LAW", "Awb"),
                 K("ORG", "Commissie bezwaarschriften"), K("ADDR", "Zuidergrachtswal 7"), K("PLACE", "Bolsward")],
    }


# ------------------------------------------------------------------ bt28 besluitenlijst college
@doc
def bt28(out, nums):
    b = [("h", "Besluitenlijst collegevergadering 19 mei 2026"),
         ("small", "Aanwezig: burgemeester J.A. de Vries (voorzitter), wethouders Hylkema en Sijtsma, "
                   "gemeentesecretaris. Notulist: Sjoerd Altena."),
         ("t", [["nr", "onderwerp", "portefeuille", "besluit"],
                ["1", "Evenementenkalender 2026, tweede tranche", "burgemeester", "vastgesteld"],
                ["2", "Subsidie Stichting Waterpoort Evenementen € 15.000", "wethouder Sijtsma", "conform"],
                ["3", "Marktverordening Súdwest-Fryslân 2023, wijziging standplaatsbeleid", "wethouder Hylkema", "conform, naar raad"],
                ["4", "Beantwoording vragen FNP over Bibob-procedures", "burgemeester", "conform; steller: A. Rinsma"],
                ["5", "Sportakkoord: uitvoeringsprogramma 2026-2027", "wethouder Hylkema", "aangehouden"],
                ["6", "Regionaal Risicoprofiel Veiligheidsregio Fryslân – zienswijze", "burgemeester", "conform"]],
          [10 * mm, 80 * mm, 35 * mm, 40 * mm]),
         ("p", "Volgende vergadering: 26 mei 2026, Stadhuis Sneek. Stukken via bestuurssecretariaat@sudwestfryslan.nl.")]
    build(out, b, font="DejaVu", size=9.5, head=GEM, foot=FOOT)
    return {
        "redact": [R("PERSON", "Sjoerd Altena", "Sjoerd Altena"), R("PERSON", "A. Rinsma", "Rinsma")],
        "keep": [K("OFFICE", "burgemeester J.A. de Vries"), K("OFFICE", "wethouders Hylkema en Sijtsma"),
                 K("OFFICE", "wethouder Sijtsma"), K("OFFICE", "wethouder Hylkema"), K("PROG", "Evenementenkalender 2026"),
                 K("LAW", "Marktverordening Súdwest-Fryslân 2023"), K("ORG", "FNP"), K("PROG", "Sportakkoord"),
                 K("ORG", "Veiligheidsregio Fryslân"), K("EMAIL", "bestuurssecretariaat@sudwestfryslan.nl"),
                 K("ORG", "Stichting Waterpoort Evenementen"), K("PROG", "Regionaal Risicoprofiel")],
    }
