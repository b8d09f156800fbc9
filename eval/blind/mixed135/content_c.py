"""Set IJ: continuation pages of the longer documents (blocks, redact items and keep items appended)."""
from content_a import A, B, C, D, E, H, I, P, T

EXTRA = {
    "ij05": (["## Bijlage: overzicht meldingen",
              "| nr | datum | bron | onderwerp | melder |",
              "| LMZ-2026-104455 | 12-02-2026 | LMZ | pijnbestrijding na operatie | G. Wissink-ter Beek |",
              "| LMZ-2026-111902 | 19-03-2026 | LMZ | laat herkende complicatie | W. Starink-Bosch |",
              "| CAL-2026-0077 | 14-03-2026 | zorgaanbieder | calamiteit C3 | Ziekenhuis Oostervliet |",
              "| LMZ-2026-118734 | 02-04-2026 | LMZ | doorligwond, geen wisselligging | Y. Amrani |",
              "De melders zijn niet op de hoogte gesteld van deze brief. Melders krijgen een terugkoppeling van het "
              "Landelijk Meldpunt Zorg; de zorgaanbieder krijgt hun namen alleen met hun toestemming.",
              "De inspectie vraagt u in uw reactie in te gaan op: (1) de bezetting van C3 in de avond en nacht sinds "
              "1 januari 2026; (2) de wijze waarop de MEWS wordt vastgelegd; (3) de bereikbaarheid van de "
              "arts-assistent en de achterwacht; (4) de afhandeling van klachten door de klachtenfunctionaris; en (5) "
              "de maatregelen die u al heeft genomen. Voor het aanleveren van stukken kunt u het beveiligde "
              "uploadportaal van de inspectie gebruiken (zaaknummer vermelden).",
              "Een afschrift van deze brief gaat naar de Raad van Toezicht van uw ziekenhuis, t.a.v. de voorzitter, "
              "en naar de heer K. ter Haar, team Toezichtinformatie, voor de registratie in het zaaksysteem."],
             [(P, "G. Wissink-ter Beek", ["G. Wissink-ter Beek"]), (P, "W. Starink-Bosch", ["W. Starink-Bosch"]),
              (P, "Y. Amrani", ["Y. Amrani"]), (P, "K. ter Haar", ["K. ter Haar"])],
             ["LMZ-2026-104455", "LMZ-2026-111902", "CAL-2026-0077", "LMZ-2026-118734", "Landelijk Meldpunt Zorg",
              "uploadportaal", "Raad van Toezicht", "Toezichtinformatie", "achterwacht"]),
    "ij07": (["> Van: Haar, Koen ter <k.terhaar@igj.nl>\nVerzonden: maandag 20 april 2026 11:02\nAan: Oosterhuis, Marieke <m.oosterhuis@igj.nl>\nCC: Blom-Tjoa, Hanneke <h.blom-tjoa@igj.nl>\nOnderwerp: meldingen Oostervliet op een rij",
              "Hoi Marieke,",
              "De vier meldingen staan in het zaaksysteem onder IGJ-2026-0388172. Twee melders (Starink-Bosch en "
              "Amrani) willen geïnformeerd worden over de uitkomst. De heer Amrani belde vanochtend opnieuw, vanaf "
              "0573-25 14 86; hij was boos dat hij niets had gehoord. Ik heb hem gewezen op de termijnen.",
              "Hanneke vraagt of we de WhatsApp-berichten die de familie heeft gestuurd als Woo-gevoelig willen "
              "markeren; zij verwacht een Woo-verzoek (de dochter kondigde dat aan).",
              "Groet,\nKoen ter Haar\nadviseur Toezichtinformatie | Inspectie Gezondheidszorg en Jeugd\nT 088 120 53 61 | Postbus 2518, 6401 DA Heerlen"],
             [(P, "Koen ter Haar", ["Haar, Koen ter", "Koen ter Haar"]), (E, "k.terhaar@igj.nl", [{"text": "k.terhaar@igj.nl"}]),
              (P, "Hanneke Blom-Tjoa", ["Blom-Tjoa, Hanneke", "Hanneke"]), (E, "h.blom-tjoa@igj.nl", [{"text": "h.blom-tjoa@igj.nl"}]),
              (P, "Starink-Bosch", ["Starink-Bosch"]), (P, "Amrani", ["Amrani"]),
              (T, "0573-25 14 86", [{"text": "0573-25 14 86"}]), (T, "088 120 53 61", [{"text": "088 120 53 61"}])],
             ["IGJ-2026-0388172", "Woo-verzoek", "adviseur Toezichtinformatie", "Postbus 2518", "6401 DA Heerlen"]),
    "ij11": (["## 5. Aanvulling mevrouw Bakboord (e-mail 29 april 2026)",
              "'Ik wil nog toevoegen dat ik de overdracht aan de nachtdienst om 23.15 uur mondeling heb gedaan aan "
              "Bas Hulshof. Ik heb hem gezegd dat mevrouw in kamer 7 (Starink) volgens mij een arts nodig had. Ik "
              "heb die avond ook Jorien Lammerts van Bueren gevraagd mee te kijken. Ik ben zelf na deze dienst twee "
              "weken ziek thuis geweest. Ik hoop dat de inspectie begrijpt dat wij het echt niet anders konden.'",
              "## 6. Reactie inspectie",
              "De inspectie heeft de aanvulling aan het verslag toegevoegd. Het verslag wordt niet met naam van de "
              "gesprekspartners in het rapport opgenomen; het rapport spreekt van 'verpleegkundigen van de "
              "avonddienst'. Het volledige verslag is opgeslagen in het zaaksysteem onder IGJ-2026-0388172.",
              "Verslag opgesteld door K. ter Haar, gezien door I. Verschuren-Kok (IVK), 30 april 2026."],
             [(P, "Bas Hulshof", ["Bas Hulshof"]), (P, "Starink", [{"text": "(Starink)"}]),
              (P, "Jorien Lammerts van Bueren", ["Jorien Lammerts van Bueren"]),
              (H, "ziekteverzuim verpleegkundige", ["twee weken ziek thuis"])],
             ["IGJ-2026-0388172", "nachtdienst", "zaaksysteem", "30 april 2026"]),
    "ij12": (["## Aanvullende vragen en antwoorden",
              "Gevraagd naar de samenwerking met de SEH zegt dr. Evertsen dat de SEH-arts, drs. Bilal Haddou, "
              "'begrijpelijkerwijs voorrang gaf aan de SEH'. Voor de achterwacht golden geen afspraken over de tijd "
              "waarbinnen hij of zij aan bed moest komen. Dat is sinds 20 april vastgelegd: binnen 30 minuten bij een "
              "MEWS van 5 of hoger.",
              "Mevrouw De Groot-Vos noemt dat drie verpleegkundigen van C3 sinds januari zijn vertrokken, onder wie "
              "een senior verpleegkundige die naar Gelre ziekenhuizen is gegaan. De vacatures worden deels ingevuld "
              "via ZorgFlex Gelderland. De Raad van Bestuur heeft een arbeidsmarkttoeslag toegezegd.",
              "Over de klachtafhandeling zegt mevrouw De Groot-Vos dat de klachtenfunctionaris, mevrouw R. Hendriks, "
              "in februari en maart met verlof was en dat haar vervanger, de heer O. Tahiri, de klachten van C3 niet "
              "heeft opgepakt. Dr. Evertsen noemt dat 'een pijnlijke omissie'.",
              "## Vervolg",
              "De inspectie vraagt het verbeterplan uiterlijk 1 juni 2026. Het plan moet per maatregel een "
              "verantwoordelijke, een termijn en een meetbaar resultaat bevatten. Het ziekenhuis draagt zorg voor een "
              "veilige meldcultuur (Wkkgz, artikel 9).",
              "Verslag: T.J. van Bemmel, 24 april 2026. Gezien: M. Oosterhuis. Geluidsopname verwijderd door Koen ter Haar op 30-04."],
             [(P, "Koen ter Haar", ["Koen ter Haar"]), (P, "drs. Bilal Haddou", ["Bilal Haddou"]), (P, "R. Hendriks", ["R. Hendriks"]), (P, "O. Tahiri", ["O. Tahiri"])],
             ["Gelre ziekenhuizen", "ZorgFlex Gelderland", "arbeidsmarkttoeslag", "Wkkgz, artikel 9", "SEH-arts",
              "1 juni 2026", "verbeterplan"]),
    "ij15": (["# Dienstrooster verpleegafdeling C3 - week 12 (16-22 maart 2026)",
              "| naam | pers.nr | functie | ma 16/3 | di 17/3 | wo 18/3 | mobiel |",
              "| Bakboord, N. | 204118 | verpl. | ziek | ziek | ziek | - |",
              "| Wessels-Pronk, J. | 198830 | verpl. | D | D | A | 06-30916602 |",
              "| Hulshof, Bas | 187265 | verpl. | - | N | N | 06-44108359 |",
              "| Vermaat, Gijsbert | 176530 | verpl. | A | A | A | 06-10 47 82 19 |",
              "| Kılıç, Elif | 216114 | verpl. (flex) | A | - | D | 0031 6 2748 3390 |",
              "| Lammerts van Bueren, Jorien | 209951 | verpl. | D | D | - | 06 3091 6602 |",
              "Vervanging bij ziekte via het flexbureau, telefoon 0575 59 46 00 (algemeen, 24/7). Ruilen van diensten "
              "alleen na akkoord van de afdelingsmanager. Opmerking roosteraar: 'N.B. ziek t/m 27/3, re-integratie "
              "via bedrijfsarts dr. M. Verhagen (Arbo Unie)'."],
             [(P, "Vermaat, Gijsbert", ["Vermaat, Gijsbert"]), (C, "176530", ["176530"]),
              (T, "06-10 47 82 19", [{"text": "06-10 47 82 19"}]), (P, "Kılıç, Elif", ["Kılıç, Elif"]),
              (C, "216114", ["216114"]), (T, "0031 6 2748 3390", [{"text": "0031 6 2748 3390"}]),
              (H, "ziekmelding N.B.", [{"text": "N.B. ziek t/m 27/3"}]), (P, "dr. M. Verhagen", ["M. Verhagen"])],
             [("PHONE_PUBLIC", "0575 59 46 00", [{"text": "0575 59 46 00"}]), "Arbo Unie", "flexbureau", "week 12"]),
    "ij17": (["## 6. Verantwoording",
              "Dit rapport is opgesteld door het team Medisch Specialistische Zorg van de inspectie. In het rapport "
              "staan geen namen van patiënten of zorgverleners. Waar nodig zijn leeftijden en data weggelaten om "
              "herleidbaarheid te voorkomen, op verzoek van het ziekenhuis in zijn zienswijze.",
              "De inspectie maakt haar rapporten openbaar op grond van de Gezondheidswet en de Beleidsregels "
              "openbaarmaking IGJ. Over dit rapport zijn Kamervragen gesteld (2026Z11408). De minister van "
              "Volksgezondheid, Welzijn en Sport heeft die op 24 juni 2026 beantwoord.",
              "## 7. Normen in het kort",
              "| norm | bron | oordeel |",
              "| tijdige herkenning vitaal bedreigde patiënt | VMS / toetsingskader | voldoet niet |",
              "| escalatie naar arts | Handreiking verantwoordelijkheidsverdeling | voldoet niet |",
              "| veilige overdracht | NEN 7510 / AVG | voldoet niet |",
              "| bezetting | Wkkgz art. 3 | voldoet gedeeltelijk |",
              "| melden en leren | Wkkgz art. 9 | voldoet gedeeltelijk |",
              "Het vervolgbezoek vindt plaats in juli 2026. De inspectie publiceert daarvan een kort verslag. Meer "
              "informatie over de werkwijze van de inspectie bij ziekenhuizen staat in het Meerjarenbeleidsplan IGJ "
              "2024-2027."],
             [],
             ["Beleidsregels openbaarmaking IGJ", "2026Z11408", "NEN 7510", "Wkkgz art. 3", "Wkkgz art. 9",
              "Meerjarenbeleidsplan IGJ 2024-2027", "Handreiking verantwoordelijkheidsverdeling", "24 juni 2026"]),
    "ij19": (["## 3. Klachten en claims",
              "De bestuurssecretaris meldt dat mevrouw W. Starink-Bosch een klacht heeft ingediend bij de "
              "Geschilleninstantie Ziekenhuizen en dat een advocaat, mr. L.F. Kroes, het ziekenhuis aansprakelijk "
              "heeft gesteld. De zaak is gemeld bij de verzekeraar (MediRisk, dossier MR-26-04471). De heer Amrani "
              "heeft een klacht ingediend over de zorg aan zijn moeder, mevrouw F. Amrani-Bouzid.",
              "## 4. Rondvraag",
              "Mevrouw Wijnbergh vraagt naar het welzijn van de verpleegkundige die in De Stentor werd genoemd. "
              "De heer 't Hooft meldt dat zij wordt begeleid door de bedrijfsarts en het team Collegiale "
              "Ondersteuning. Mevrouw Kleinjan-Esajas heeft schriftelijk gevraagd het rapport in de volgende "
              "vergadering integraal te bespreken.",
              "Volgende vergadering: 16 juni 2026, Prinses Amaliazaal. Vastgesteld in de vergadering van 16 juni "
              "2026, w.g. A.C. Wijnbergh (voorzitter) en J. Lubbers-Meijer (secretaris)."],
             [(P, "W. Starink-Bosch", ["W. Starink-Bosch"]), (P, "mr. L.F. Kroes", ["L.F. Kroes"]),
              (P, "Amrani", ["Amrani"]), (P, "F. Amrani-Bouzid", ["F. Amrani-Bouzid"]),
              (P, "Wijnbergh", ["Mevrouw Wijnbergh", "A.C. Wijnbergh"]), (P, "Kleinjan-Esajas", ["Mevrouw Kleinjan-Esajas"])],
             ["Geschilleninstantie Ziekenhuizen", "MediRisk", "MR-26-04471", "De Stentor", "Collegiale Ondersteuning",
              "Prinses Amaliazaal", "16 juni 2026"]),
    "ij20": (["## Tijdlijn 11-12 maart 2026",
              "| tijd | gebeurtenis | betrokkene |",
              "| 19.42 | temp 39,1, buikpijn, MEWS niet berekend | verpleegkundige A (N.B.) |",
              "| 19.45 | telefonisch overleg achterwacht | dr. R. Ionescu |",
              "| 20.31 | hulp van C2 | verpleegkundige C (D.S.) |",
              "| 22.58 | CRP 312 bekend | verpleegkundige A (N.B.) |",
              "| 23.15 | overdracht nachtdienst | verpleegkundige B (B.H.) |",
              "| 07.14 | arts-assistent ziet patiënt | drs. L. Mbeki |",
              "| 08.00 | relaparotomie | dr. R. Ionescu / dr. K. Aydın |",
              "## Reactie familie",
              "De familie (dochter en zoon) heeft in het gesprek van 24 april aangegeven dat zij vooral wil dat dit "
              "andere patiënten niet overkomt. De zoon, de heer Starink, vroeg uitdrukkelijk om de verpleegkundige "
              "niet als schuldige aan te wijzen. De familie heeft een afschrift van de samenvatting ontvangen op het "
              "adres Lindelaan 17 te Zutphen."],
             [(C, "initialen N.B.", [{"text": "(N.B.)"}]), (C, "initialen D.S.", [{"text": "(D.S.)"}]),
              (C, "initialen B.H.", [{"text": "(B.H.)"}]), (P, "drs. L. Mbeki", ["L. Mbeki"]),
              (P, "dr. K. Aydın", ["K. Aydın"]), (P, "heer Starink", ["heer Starink"]),
              (A, "Lindelaan 17", ["Lindelaan 17"]), (H, "CRP 312", [{"text": "CRP 312"}]),
              (H, "relaparotomie", ["relaparotomie"])],
             ["achterwacht", "nachtdienst", "arts-assistent", "Zutphen", "24 april"]),
    "ij24": (["## Bijlage: conceptantwoorden (samenvatting)",
              "Vraag 1-2: bevestigend; verwijzen naar artikel 2 Wkkgz en het VMS-thema. Vraag 3: zeven rapporten "
              "sinds 2024, de IGJ levert de lijst (contact IGJ: mevrouw M. Oosterhuis, via de ambtelijke lijn). "
              "Vraag 4: oordeel over maatregelen is aan de inspectie; niet treden in het individuele oordeel.",
              "Vraag 5: overleg met NVZ en V&VN op 25 juni 2026, toezeggen Kamerbrief. Vraag 6: ja.",
              "Afstemming: DCO (Jeroen Pattiasina, 06-24 81 09 77), IGJ (bureau inspecteur-generaal) en Directie "
              "Communicatie (Margreet de Wilde-Houtman). De woordvoerder van de minister is geïnformeerd.",
              "## Bijlagen",
              "1. Conceptantwoorden 2026Z11408. 2. Conceptkamerbrief toezicht personeelstekorten. 3. IGJ-rapport "
              "Ziekenhuis Oostervliet (openbaar)."],
             [(P, "M. Oosterhuis", ["M. Oosterhuis"]), (P, "Jeroen Pattiasina", ["Jeroen Pattiasina"]),
              (T, "06-24 81 09 77", [{"text": "06-24 81 09 77"}]), (P, "Margreet de Wilde-Houtman", ["Margreet de Wilde-Houtman"])],
             ["artikel 2 Wkkgz", "25 juni 2026", "Directie Communicatie", "Conceptkamerbrief", "bureau inspecteur-generaal"]),
    "ij32": (["## Inventarislijst en wijze van openbaarmaking",
              "De documenten worden openbaar gemaakt op open.overheid.nl en op www.igj.nl. Het rapport van 9 juni "
              "2026 (document 17) en de Kamerstukken (documenten 25 tot en met 28) zijn al openbaar; deze nemen wij "
              "volledigheidshalve op.",
              "Document 13 (presentielijst) en document 31 (een handgeschreven brief) zijn scans. Handtekeningen en "
              "handgeschreven namen zijn daarin onleesbaar gemaakt. In document 4 (webformulier) zijn de ingevulde "
              "velden verwijderd.",
              "In de e-mails zijn de namen en e-mailadressen van medewerkers weggelakt; functionele mailboxen zoals "
              "woo@igj.nl en het algemene nummer 088 120 50 00 blijven leesbaar.",
              "Voor vragen over dit besluit kunt u contact opnemen met het team Woo van de inspectie via woo@igj.nl "
              "onder vermelding van kenmerk WOO-IGJ-2026-114."],
             [],
             ["open.overheid.nl", "www.igj.nl", ("PHONE_PUBLIC", "088 120 50 00", [{"text": "088 120 50 00"}]),
              "team Woo", "presentielijst"]),
}


def apply(docs):
    for d in docs:
        if d.stem in EXTRA:
            blocks, R, K = EXTRA[d.stem]
            d.blocks = d.blocks + ["---"] + blocks
            d.R = d.R + R
            d.K = d.K + K
    return docs

EXTRA.update({
    "ij03": (["Aanvulling melder (telefonisch, 20 maart 2026, genoteerd door het Landelijk Meldpunt Zorg):",
              "Mevrouw Starink-Bosch meldt dat haar broer, Ruud Starink (Kastanjelaan 4, Warnsveld), ook met de "
              "afdeling heeft gesproken. Haar moeder gebruikt sinds de opname sondevoeding en heeft een stoma. De "
              "huisarts van de patiënt, dokter E.F. Hoogendijk in Vorden, is op de hoogte. Mevrouw vraagt contact "
              "via e-mail: w.starink.bosch@ziggo.nl.",
              "Medewerker LMZ: Priya Raghoebarsing (adviseur, LMZ-team Oost)."],
             [(P, "Starink-Bosch", ["Mevrouw Starink-Bosch"]), (P, "Ruud Starink", ["Ruud Starink"]),
              (A, "Kastanjelaan 4, Warnsveld", ["Kastanjelaan 4"]), (H, "sondevoeding en stoma", ["sondevoeding", "stoma"]),
              (P, "E.F. Hoogendijk", ["E.F. Hoogendijk"]), (E, "w.starink.bosch@ziggo.nl", [{"text": "w.starink.bosch@ziggo.nl"}]),
              (P, "Priya Raghoebarsing", ["Priya Raghoebarsing"])],
             ["Vorden", "LMZ-team Oost", "20 maart 2026", "huisarts"]),
    "ij06": (["Bijlage: samenstelling projectgroep verbeterplan C3",
              "| naam | functie |",
              "| W.E. de Groot-Vos | afdelingsmanager C3 (trekker) |",
              "| dr. J.P. Evertsen | medisch manager chirurgie |",
              "| Hüseyin Doğan | senior verpleegkundige C3 |",
              "| Marloes van 't Zand | praktijkopleider |",
              "| M. Appelhof | kwaliteitsfunctionaris (secretaris) |",
              "E-mail projectgroep: w.degroot-vos@oostervliet.nl, jp.evertsen@oostervliet.nl, h.dogan@oostervliet.nl, m.vanthzand@oostervliet.nl.",
              "De projectgroep rapporteert maandelijks aan de Raad van Bestuur en de Verpleegkundige Adviesraad (VAR)."],
             [(E, "w.degroot-vos@oostervliet.nl", [{"text": "w.degroot-vos@oostervliet.nl"}]),
              (E, "jp.evertsen@oostervliet.nl", [{"text": "jp.evertsen@oostervliet.nl"}]),
              (P, "Hüseyin Doğan", ["Hüseyin Doğan"]), (E, "h.dogan@oostervliet.nl", [{"text": "h.dogan@oostervliet.nl"}]),
              (P, "Marloes van 't Zand", ["Marloes van 't Zand"]), (E, "m.vanthzand@oostervliet.nl", [{"text": "m.vanthzand@oostervliet.nl"}]),
              (P, "M. Appelhof", ["M. Appelhof"])],
             ["Verpleegkundige Adviesraad", "VAR", "praktijkopleider", "senior verpleegkundige C3"]),
    "ij09": (["> [24-04-2026 09:02] Hanneke Blom-Tjoa: Goedemorgen. Mogen de screenshots van Wilma in het dossier? Ik wil weten of er BSN's in staan.\n"
              "[24-04-2026 09:05] Sarita Ramdin: Geen BSN, wel achternamen en kamernummers. En een 06 van de achterwacht.\n"
              "[24-04-2026 09:07] Hanneke Blom-Tjoa: Dan markeren als bijzondere persoonsgegevens (gezondheid). Bij Woo straks alles weglakken.\n"
              "[24-04-2026 09:09] Thijs van Bemmel: Prima. Ik neem het mee in het concept. @Marieke, bel je vandaag met 't Hooft?\n"
              "[24-04-2026 09:11] Marieke Oosterhuis: Ja, om 11 uur. Ik zit in Utrecht, Stadsplateau, kamer 6.14."],
             [(P, "Hanneke Blom-Tjoa", ["Hanneke Blom-Tjoa"]), (P, "'t Hooft", [{"text": "'t Hooft"}]),
              (P, "Marieke (mention)", [{"text": "@Marieke"}])],
             ["Stadsplateau", "achterwacht", "bijzondere persoonsgegevens", "Utrecht"]),
    "ij10": (["Export aangevuld met mediabestanden (niet bijgevoegd): IMG-20260311-WA0007.jpg (foto temperatuurlijst "
              "mw Starink, met geboortedatum 14-02-1941), PTT-20260311-WA0009.opus (spraakbericht Naomi B).",
              "Doorgestuurd door Wilma de Groot-Vos <w.degroot-vos@oostervliet.nl> aan Sarita Ramdin (IGJ) op 24-04-2026 10:12."],
             [(D, "14-02-1941", [{"text": "14-02-1941"}]), (P, "Wilma de Groot-Vos", ["Wilma de Groot-Vos"]),
              (E, "w.degroot-vos@oostervliet.nl", [{"text": "w.degroot-vos@oostervliet.nl"}]), (P, "Sarita Ramdin", ["Sarita Ramdin"])],
             ["IMG-20260311-WA0007.jpg", "IGJ"]),
    "ij16": (["## Bijlage bij het concept: verantwoording dossiertoets",
              "Getoetst zijn zes dossiers van patiënten die in maart 2026 op C3 lagen. De dossiers zijn aangeduid met "
              "een volgnummer; de koppeling met patiëntnummers staat alleen in het zaaksysteem. Dossier 4 betreft de "
              "patiënte van de calamiteitenmelding CAL-2026-0077."],
             [], ["CAL-2026-0077", "zaaksysteem", "dossiertoets"]),
    "ij21": (["Opdrachtbevestiging: per e-mail van 18 maart 2026 van de heer M. Appelhof (kwaliteitsfunctionaris). "
              "Vragen over deze factuur: Bram Veldkamp, 06 - 29 14 70 38. Bureau Zorgtoets is een eenmanszaak; "
              "de factuur is verzonden aan crediteuren@oostervliet.nl."],
             [(P, "M. Appelhof", ["M. Appelhof"]), (P, "Bram Veldkamp", ["Bram Veldkamp"])],
             [("EMAIL_FUNC", "crediteuren@oostervliet.nl", [{"text": "crediteuren@oostervliet.nl"}]), "eenmanszaak"]),
    "ij30": (["Bijlage: machtiging",
              "Ondergetekenden, Wendelien Starink-Bosch (geboren 30-09-1968) en Ruud Hendrik Starink (geboren "
              "07-01-1971), machtigen mr. L.F. Kroes hen bij te staan. Mevrouw H.J. Starink-Lammers is wilsonbekwaam "
              "verklaard (diagnose vasculaire dementie, na IC-delier); haar mentor is W. Starink-Bosch.",
              "Warnsveld/Zutphen, 15 juni 2026"],
             [(P, "Wendelien Starink-Bosch", ["Wendelien Starink-Bosch"]), (D, "30-09-1968", [{"text": "30-09-1968"}]),
              (P, "Ruud Hendrik Starink", ["Ruud Hendrik Starink"]), (D, "07-01-1971", [{"text": "07-01-1971"}]),
              (H, "vasculaire dementie", ["vasculaire dementie"]), (H, "IC-delier", ["IC-delier"])],
             ["machtiging", "15 juni 2026", "mentor"]),
    "ij08": (["> Van: secretariaat RvB <secretariaatrvb@oostervliet.nl>\nVerzonden: woensdag 22 april 2026 16:20\nAan: Oosterhuis, Marieke <m.oosterhuis@igj.nl>\nOnderwerp: Automatisch antwoord: brief 16 april",
              "Dank voor uw bericht. Het secretariaat is bereikbaar op 0575 59 59 10. Bij afwezigheid van de heer 't "
              "Hooft kunt u contact opnemen met mevrouw Baggerman-Sluis of met de bestuurssecretaris, mevrouw J. "
              "Lubbers-Meijer (06-46 32 08 51)."],
             [(P, "Marieke Oosterhuis", ["Oosterhuis, Marieke"]), (E, "m.oosterhuis@igj.nl", [{"text": "m.oosterhuis@igj.nl"}]),
              (P, "'t Hooft", ["heer 't Hooft"]), (P, "Baggerman-Sluis", ["mevrouw Baggerman-Sluis"]),
              (P, "J. Lubbers-Meijer", ["J. Lubbers-Meijer"]), (T, "06-46 32 08 51", [{"text": "06-46 32 08 51"}])],
             [("PHONE_PUBLIC", "0575 59 59 10", [{"text": "0575 59 59 10"}]), "bestuurssecretaris"]),
    "ij01": (["P.S. Mijn broer, Ruud Starink (0575-43 18 60), steunt dit verzoek en ontvangt graag een afschrift."],
             [(P, "Ruud Starink", ["Ruud Starink"]), (T, "0575-43 18 60", [{"text": "0575-43 18 60"}])], ["afschrift"]),
    "ij14": (["## Teamsamenstelling en bereikbaarheid tijdens het bezoek",
              "| naam | rol | mobiel | e-mail |",
              "| M. Oosterhuis | teamleider bezoek | 06-11 84 26 50 | m.oosterhuis@igj.nl |",
              "| T.J. van Bemmel | inspecteur | 06-23 45 91 07 | t.vanbemmel@igj.nl |",
              "| S. Ramdin | inspecteur dossiertoets | 06-50 12 39 84 | s.ramdin@igj.nl |",
              "| I. Verschuren-Kok | inspecteur gesprekken | 06-29 03 66 15 | i.verschuren-kok@igj.nl |",
              "Back-office: team Toezichtinformatie, via het algemene nummer 088 120 50 00."],
             [(P, "M. Oosterhuis", ["M. Oosterhuis"]), (T, "06-11 84 26 50", [{"text": "06-11 84 26 50"}]),
              (P, "T.J. van Bemmel", ["T.J. van Bemmel"]), (T, "06-23 45 91 07", [{"text": "06-23 45 91 07"}]),
              (P, "S. Ramdin", ["S. Ramdin"]), (T, "06-50 12 39 84", [{"text": "06-50 12 39 84"}]),
              (P, "I. Verschuren-Kok", ["I. Verschuren-Kok"]), (T, "06-29 03 66 15", [{"text": "06-29 03 66 15"}])],
             [("PHONE_PUBLIC", "088 120 50 00", [{"text": "088 120 50 00"}]), "teamleider bezoek", "Toezichtinformatie"]),
    "ij18": (["Kopie: mevrouw Y.C. Baggerman-Sluis (RvB), de heer dr. J.P. Evertsen (medisch manager), mevrouw "
              "W.E. de Groot-Vos (afdelingsmanager C3)."],
             [(P, "Y.C. Baggerman-Sluis", ["Y.C. Baggerman-Sluis"]), (P, "J.P. Evertsen", ["J.P. Evertsen"]),
              (P, "W.E. de Groot-Vos", ["W.E. de Groot-Vos"])], ["medisch manager", "afdelingsmanager C3"]),
})
BIG = {"ij07": 12, "ij11": 12, "ij12": 12, "ij19": 12, "ij20": 12, "ij15": 12, "ij24": 11, "ij30": 11.5, "ij06": 10.5,
       "ij03": 10.5, "ij08": 10.5}
_apply = apply


def apply(docs):  # noqa: F811
    for d in docs:
        if d.stem in BIG:
            d.size = BIG[d.stem]
    return _apply(docs)
