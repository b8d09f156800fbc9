"""Set RV, documents rv17-rv33."""
from lib import Doc
from content_a import RR, KK, P, E, T, A, D, X, O, L, W, R, F

DOCS = []

DOCS.append(Doc("rv17_factuur_notulist", [
    ("p", "Notuleerservice Van 't Hek\nA.C.M. (Anne) van 't Hek\nSpoorstraat 12-b\n7311 JS Apeldoorn\n"
          "KvK 80114592 | IBAN NL20 INGB 0006 7814 23\nanne@notuleervanthek.nl | 055 - 521 8830"),
    ("p", "Aan: RAV Veluwe-IJsselvallei, t.a.v. mevrouw L. de Graaf-Nooitgedagt\nPostbus 9120, 7300 HC Apeldoorn"),
    ("h", "Factuur NV-26-0058"),
    ("p", "Datum: 30 april 2026 | Referentie: calamiteitencommissie A1-2026-031477 | Inkooporder PO-26-00902"),
    ("t", [["Datum", "Werkzaamheid", "Uren", "Bedrag"],
           ["9 april 2026", "Notulen commissievergadering", "3,5", "€ 227,50"],
           ["20 april 2026", "Verslag gesprek familie (vertrouwelijk)", "2,5", "€ 162,50"],
           ["23 april 2026", "Notulen commissievergadering", "3,0", "€ 195,00"],
           ["", "Totaal (vrijgesteld van btw, KOR)", "", "€ 585,00"]]),
    ("p", "Graag overmaken op NL20 INGB 0006 7814 23 t.n.v. A.C.M. van 't Hek."),
], RR(P, "A.C.M. (Anne) van 't Hek", "A.C.M. van 't Hek", "L. de Graaf-Nooitgedagt") + RR(A, "Spoorstraat 12-b", "7311 JS")
   + RR(X, "KvK 80114592", "NL20 INGB 0006 7814 23") + RR(E, "anne@notuleervanthek.nl") + RR(T, "055 - 521 8830")
   + RR(O, "Notuleerservice Van 't Hek"),
   KK(O, "RAV Veluwe-IJsselvallei") + KK(R, "NV-26-0058", "PO-26-00902", "A1-2026-031477") + KK(X, "€ 585,00", "KOR")
   + KK(W, "Apeldoorn"), engine="docx", author="Anne", producer=None))

DOCS.append(Doc("rv18_igj_informatieverzoek", [
    ("p", "Inspectie Gezondheidszorg en Jeugd\nPostbus 2518, 6401 DA Heerlen\nT 088 120 5000 | meldpunt@igj.nl"),
    ("p", "RAV Veluwe-IJsselvallei\nt.a.v. de directeur-bestuurder\nPostbus 9120\n7300 HC Apeldoorn"),
    ("p", "Datum: 26 maart 2026\nOns kenmerk: IGJ-2026-0318834/AMB\nBehandeld door: drs. K. (Koen) Haverkamp, inspecteur\n"
          "Telefoon: 06-4612 0938\nE-mail: k.haverkamp@igj.nl"),
    ("h", "Calamiteitenmelding 2026-MLD-18834, ambulancezorg Epe"),
    ("p", "Geachte mevrouw Brinkhuis-Yilmaz,\n\nWij hebben uw melding van 17 maart 2026 ontvangen. De inspectie verwacht binnen "
          "acht weken na de melding een onderzoeksrapport volgens artikel 8.13 van de Uitvoeringsregeling Wkkgz. Wij vragen u "
          "daarnaast vóór 9 april 2026 het geldende dekkingsplan, de LMS-storingsmeldingen van 14 maart en de roosters van de "
          "Meldkamer Ambulancezorg Oost te sturen. Betrek ook de Veiligheidsregio Noord- en Oost-Gelderland als gebruiker van de "
          "gemeenschappelijke meldkamer."),
    ("p", "Met vriendelijke groet,\n\nde Inspecteur-generaal Gezondheidszorg en Jeugd,\nnamens deze,\n\n\ndrs. K. Haverkamp\n"
          "inspecteur acute zorg\n\nKopie: mr. S. Baldewsingh-Roos, senior inspecteur"),
], RR(P, "K. (Koen) Haverkamp", "K. Haverkamp", "Brinkhuis-Yilmaz", "S. Baldewsingh-Roos") + RR(T, "06-4612 0938")
   + RR(E, "k.haverkamp@igj.nl"),
   KK(O, "Inspectie Gezondheidszorg en Jeugd", "RAV Veluwe-IJsselvallei", "Meldkamer Ambulancezorg Oost",
      "Veiligheidsregio Noord- en Oost-Gelderland", "LMS") + KK(T, "088 120 5000") + KK(E, "meldpunt@igj.nl")
   + KK(R, "IGJ-2026-0318834/AMB", "2026-MLD-18834") + KK(L, "artikel 8.13", "Uitvoeringsregeling Wkkgz")
   + KK(F, "Inspecteur-generaal Gezondheidszorg en Jeugd", "inspecteur acute zorg", "directeur-bestuurder") + KK(W, "Heerlen"),
   font="DejaVu", producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
   author="Haverkamp, K.", hidden=[("metadata", P, "Haverkamp, K.")]))

DOCS.append(Doc("rv19_igj_rapport", [
    ("h", "Inspectie Gezondheidszorg en Jeugd - Rapport toezicht calamiteit ambulancezorg"),
    ("p", "Zorgaanbieder: RAV Veluwe-IJsselvallei (ambulancezorg, meldkamer ambulancezorg)\nKenmerk: IGJ-2026-0318834/AMB\n"
          "Datum rapport: 30 juni 2026\nInspecteurs: drs. K. Haverkamp en mr. S. Baldewsingh-Roos"),
    ("h", "1. Conclusie"),
    ("p", "De inspectie vindt dat de RAV Veluwe-IJsselvallei de calamiteit zorgvuldig heeft onderzocht. Het onderzoek voldoet "
          "aan de eisen van de Wkkgz. De inspectie ziet drie risico's die verder gaan dan deze rit: het dekkingsplan in het "
          "Landelijk Meldkamer Systeem wordt niet periodiek gecontroleerd, de bezetting van de meldkamer ligt in de avond "
          "structureel onder de norm, en storingen van werkstations leiden niet automatisch tot escalatie."),
    ("h", "2. Bevindingen"),
    ("p", "De responstijd van 23 minuten overschreed de landelijke normtijd van 15 minuten (Referentiekader Spreiding en "
          "Beschikbaarheid 2025 van het RIVM). Van alle A1-ritten in de regio werd in 2025 91,8% binnen 15 minuten uitgevoerd "
          "(norm 95%). De inspectie heeft gesproken met de directeur-bestuurder, de medisch manager ambulancezorg en het hoofd van "
          "de meldkamer. De inspectie heeft geen individuele centralisten gesproken; hun namen zijn in dit rapport niet opgenomen."),
    ("pb",),
    ("h", "3. Maatregelen en vervolg"),
    ("t", [["Nr", "Maatregel", "Termijn", "Status"],
           ["M1", "Maandelijkse controle dekkingsplan LMS", "1 september 2026", "in uitvoering"],
           ["M2", "Minimale bezetting avond 5 centralisten", "1 januari 2027", "gepland"],
           ["M3", "Automatische escalatie bij storing werkstation", "1 oktober 2026", "in uitvoering"],
           ["M4", "Vast contactpersoon nabestaanden", "direct", "gereed"]]),
    ("p", "De inspectie sluit het toezicht op deze melding af en volgt de maatregelen M1 tot en met M3 via het reguliere "
          "toezicht op de sector. De minister van VWS is over de algemene risico's geïnformeerd. Dit rapport wordt openbaar "
          "gemaakt op igj.nl volgens de Wet open overheid en het openbaarmakingsbeleid van de IGJ."),
    ("p", "Contact: Inspectie Gezondheidszorg en Jeugd, Postbus 2518, 6401 DA Heerlen, 088 120 5000."),
], RR(P, "K. Haverkamp", "S. Baldewsingh-Roos"),
   KK(O, "Inspectie Gezondheidszorg en Jeugd", "RAV Veluwe-IJsselvallei", "Landelijk Meldkamer Systeem", "RIVM", "IGJ", "VWS")
   + KK(R, "IGJ-2026-0318834/AMB", "M1", "M4") + KK(L, "Wkkgz", "Referentiekader Spreiding en Beschikbaarheid 2025", "Wet open overheid")
   + KK(X, "91,8%", "norm 95%") + KK(F, "minister van VWS", "medisch manager ambulancezorg", "directeur-bestuurder")
   + KK(W, "Heerlen"), font="Helvetica", producer="iText® 5.5.13.3 ©2000-2022 iText Group NV (AGPL-version)",
   creator="IGJ Rapportagemodule", outline=[("1. Conclusie", 1), ("2. Bevindingen", 1), ("3. Maatregelen", 2)]))

DOCS.append(Doc("rv20_kamervragen", [
    ("h", "Vragen van het lid Bouchtaoui (GroenLinks-PvdA) aan de minister van Volksgezondheid, Welzijn en Sport over een te "
          "late ambulance bij een reanimatie in Epe"),
    ("p", "(ingezonden 24 maart 2026) 2026Z05512"),
    ("p", "Vraag 1\nBent u bekend met het bericht 'Ambulance 23 minuten onderweg naar reanimatie in Epe' in De Stentor van 19 maart 2026?"),
    ("p", "Vraag 2\nKlopt het dat de dichtstbijzijnde ambulance was ingezet voor een niet-spoedeisende rit, terwijl het dekkingsplan "
          "iets anders voorschreef? Hoe vaak komt dit voor bij de 25 regionale ambulancevoorzieningen?"),
    ("p", "Vraag 3\nHoeveel A1-ritten in de regio Noord- en Oost-Gelderland haalden in 2025 de normtijd van 15 minuten niet?"),
    ("p", "Vraag 4\nWat vindt u ervan dat de meldkamer die avond met vier in plaats van vijf centralisten werkte? Deelt u de "
          "opvatting van het lid Zandstra-Mulder (CDA) in het commissiedebat Acute zorg dat de bezetting van meldkamers "
          "wettelijk moet worden geregeld?"),
    ("p", "Vraag 5\nBent u bereid deze vragen te beantwoorden vóór het commissiedebat Acute zorg van 16 april 2026?"),
], [],
   KK(F, "het lid Bouchtaoui", "het lid Zandstra-Mulder", "minister van Volksgezondheid, Welzijn en Sport")
   + KK(O, "GroenLinks-PvdA", "CDA", "De Stentor") + KK(R, "2026Z05512") + KK(W, "Epe", "Noord- en Oost-Gelderland")
   + KK(X, "commissiedebat Acute zorg", "Vraag 1", "Vraag 5"),
   font="Times-Roman", size=10.5, producer="Tweede Kamer PDF Service", creator="Parlis"))

DOCS.append(Doc("rv21_antwoorden_minister", [
    ("p", "Ministerie van Volksgezondheid, Welzijn en Sport\nRetouradres Postbus 20350, 2500 EJ Den Haag"),
    ("p", "De Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag"),
    ("p", "Datum 14 april 2026\nBetreft Antwoorden Kamervragen over een te late ambulance in Epe\nOns kenmerk 4188213-1092877-CZ"),
    ("p", "Hierbij zend ik u de antwoorden op de vragen van het lid Bouchtaoui (GroenLinks-PvdA) over een te late ambulance bij "
          "een reanimatie in Epe (ingezonden 24 maart 2026, kenmerk 2026Z05512)."),
    ("p", "Antwoord 1\nJa. Allereerst wil ik mijn medeleven uitspreken aan de nabestaanden."),
    ("p", "Antwoord 2\nDe RAV Veluwe-IJsselvallei heeft de inzet als calamiteit gemeld bij de Inspectie Gezondheidszorg en Jeugd. "
          "Het onderzoek loopt; ik wil niet vooruitlopen op de uitkomsten. Landelijke cijfers over afwijkingen van dekkingsplannen "
          "zijn er niet; ik vraag Ambulancezorg Nederland dit in kaart te brengen."),
    ("p", "Antwoord 3\nIn 2025 werd in de regio 91,8% van de A1-ritten binnen 15 minuten uitgevoerd. Landelijk was dat 92,4% "
          "(Sectorrapport Ambulancezorg 2025)."),
    ("p", "Antwoord 4\nDe bezetting van meldkamers is de verantwoordelijkheid van de RAV. In de Wet ambulancezorgvoorzieningen (Wazv) "
          "staat geen bezettingsnorm. Ik ga hierover in gesprek met de sector en kom er in de voortgangsbrief Acute zorg op terug."),
    ("p", "Antwoord 5\nHet is niet gelukt de vragen vóór het commissiedebat te beantwoorden; ik heb ze zo snel mogelijk beantwoord."),
    ("p", "De minister van Volksgezondheid, Welzijn en Sport,\n\n\nminister Van Rijswijk-Dekker"),
], [],
   KK(F, "het lid Bouchtaoui", "minister Van Rijswijk-Dekker", "De minister van Volksgezondheid, Welzijn en Sport")
   + KK(O, "Ministerie van Volksgezondheid, Welzijn en Sport", "Tweede Kamer der Staten-Generaal", "GroenLinks-PvdA",
        "RAV Veluwe-IJsselvallei", "Inspectie Gezondheidszorg en Jeugd", "Ambulancezorg Nederland")
   + KK(R, "4188213-1092877-CZ", "2026Z05512") + KK(L, "Wet ambulancezorgvoorzieningen", "Wazv", "Sectorrapport Ambulancezorg 2025")
   + KK(W, "Den Haag", "Epe") + KK(X, "92,4%", "voortgangsbrief Acute zorg"),
   font="DejaVuSerif", size=10, producer="Microsoft® Word voor Microsoft 365", creator="Microsoft® Word voor Microsoft 365",
   author="Mol, Fenna de", xmp_creator="Fenna de Mol",
   hidden=[("metadata", P, "Mol, Fenna de"), ("metadata", P, "Fenna de Mol")]))

DOCS.append(Doc("rv22_beslisnota_vws", [
    ("p", "Ministerie van Volksgezondheid, Welzijn en Sport - directie Curatieve Zorg"),
    ("h", "Nota aan de minister"),
    ("p", "Aan: de minister van VWS\nVan: Fenna de Mol, beleidsmedewerker acute zorg\nDatum: 8 april 2026\n"
          "Kenmerk: 4188213-1092877-CZ\nOnderwerp: beantwoording Kamervragen Bouchtaoui over ambulance Epe\n"
          "Contactpersoon: F. de Mol | T 070 340 6917 | M 06-5091 2284 | f.d.mol@minvws.nl\nKopie aan: DGCZ, IGJ, woordvoering"),
    ("h", "Aanleiding"),
    ("p", "Het lid Bouchtaoui (GroenLinks-PvdA) heeft op 24 maart 2026 vragen gesteld over een te late ambulance in Epe. "
          "De antwoorden zijn afgestemd met de IGJ (inspecteur K. Haverkamp) en met Ambulancezorg Nederland (Jeroen Spanjersberg)."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd: de bijgevoegde antwoorden te ondertekenen en aan de Tweede Kamer te zenden."),
    ("h", "Kern"),
    ("p", "U spreekt medeleven uit, loopt niet vooruit op het IGJ-onderzoek en zegt toe in gesprek te gaan met de sector "
          "over bezetting van meldkamers. Een wettelijke bezettingsnorm (wens van het lid Zandstra-Mulder) raden wij af."),
    ("h", "Krachtenveld"),
    ("p", "De burgemeester van Epe, burgemeester Vlietstra, heeft de RAV om opheldering gevraagd. De FNV Zorg en Welzijn "
          "wijst op werkdruk bij centralisten. In de regio is onrust; de familie heeft zich tot de pers gewend."),
    ("pb",),
    ("h", "Paraaf"),
    ("t", [["Naam", "Functie", "Paraaf", "Datum"],
           ["F. de Mol", "beleidsmedewerker", "FdM", "8-4"],
           ["R.J. Kortekaas", "MT-lid CZ", "RJK", "9-4"],
           ["dr. H. Amrani-Visser", "directeur Curatieve Zorg", "HAV", "10-4"]]),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Geen."),
    ("h", "Motivering"),
    ("p", "In de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren geanonimiseerd."),
], RR(P, "Fenna de Mol", "F. de Mol", "K. Haverkamp", "Jeroen Spanjersberg", "R.J. Kortekaas", "H. Amrani-Visser")
   + RR(X, "FdM", "RJK", "HAV") + RR(T, "070 340 6917", "06-5091 2284") + RR(E, "f.d.mol@minvws.nl"),
   KK(F, "Het lid Bouchtaoui", "het lid Zandstra-Mulder", "burgemeester Vlietstra", "de minister van VWS", "beleidsmedewerker",
      "directeur Curatieve Zorg") + KK(O, "GroenLinks-PvdA", "IGJ", "Ambulancezorg Nederland", "FNV Zorg en Welzijn", "DGCZ",
                                         "Tweede Kamer") + KK(R, "4188213-1092877-CZ") + KK(W, "Epe")
   + KK(X, "Informatie die niet openbaar gemaakt kan worden", "Motivering"),
   engine="docx", author="F. de Mol", hidden=[]))

DOCS.append(Doc("rv23_persbericht_concept", [
    ("h", "CONCEPT - Persbericht RAV Veluwe-IJsselvallei"),
    ("p", "Apeldoorn, 8 mei 2026 - De RAV Veluwe-IJsselvallei heeft het onderzoek afgerond naar de ambulance-inzet bij een "
          "reanimatie in Epe op 14 maart 2026. De ambulance was na 23 minuten ter plaatse; de norm is 15 minuten. Het "
          "onderzoek laat zien dat een fout in het dekkingsplan, een storing in het meldkamersysteem en een te krappe "
          "bezetting samen tot de vertraging leidden."),
    ("p", "\"Wij hebben de familie persoonlijk om excuses aangeboden,\" zegt de directeur-bestuurder. \"Elke minuut telt bij "
          "een reanimatie.\" De RAV neemt vier maatregelen, waaronder een maandelijkse controle van het dekkingsplan."),
    ("p", "[opmerking: quote nog laten checken door Derya, familie (mw. Van Wijngaarden) vooraf informeren - Pim]"),
    ("p", "Noot voor de redactie: voor meer informatie kunt u contact opnemen met de afdeling communicatie via pers@rav-vij.nl "
          "of 088 - 355 8050 (24/7 persdienst)."),
], RR(P, "Derya", "Van Wijngaarden", "Pim"),
   KK(O, "RAV Veluwe-IJsselvallei") + KK(E, "pers@rav-vij.nl") + KK(T, "088 - 355 8050") + KK(W, "Apeldoorn", "Epe")
   + KK(F, "directeur-bestuurder") + KK(X, "CONCEPT", "14 maart 2026"),
   font="Helvetica", producer="Microsoft® Word 2019", creator="Microsoft® Word 2019", xmp_creator="Pim Hoogendoorn",
   hidden=[("metadata", P, "Pim Hoogendoorn")]))

DOCS.append(Doc("rv24_persbericht_definitief", [
    ("h", "Persbericht - RAV Veluwe-IJsselvallei rondt onderzoek ambulance-inzet Epe af"),
    ("p", "Apeldoorn, 8 mei 2026 - De RAV Veluwe-IJsselvallei heeft het onderzoek afgerond naar de ambulance-inzet bij een "
          "reanimatie in Epe op 14 maart 2026. De ambulance was na 23 minuten ter plaatse; de norm is 15 minuten."),
    ("p", "\"Wij hebben de familie persoonlijk om excuses aangeboden. Elke minuut telt bij een reanimatie,\" zegt "
          "directeur-bestuurder van de RAV. De RAV neemt vier maatregelen. Het rapport is naar de Inspectie Gezondheidszorg "
          "en Jeugd gestuurd. Burgemeester Vlietstra van Epe: \"Ik ben blij dat er openheid is gegeven aan de familie en het dorp.\""),
    ("p", "Burgerhulpverleners zijn onmisbaar. De RAV roept inwoners op zich aan te melden bij HartslagNu en steunt de "
          "reanimatiecursussen van de Hartstichting en de Koninklijke Nederlandse Vereniging EHBO."),
    ("p", "Noot voor de redactie: pers@rav-vij.nl, 088 - 355 8050."),
], [],
   KK(O, "RAV Veluwe-IJsselvallei", "Inspectie Gezondheidszorg en Jeugd", "HartslagNu", "Hartstichting",
      "Koninklijke Nederlandse Vereniging EHBO") + KK(F, "Burgemeester Vlietstra", "directeur-bestuurder")
   + KK(E, "pers@rav-vij.nl") + KK(T, "088 - 355 8050") + KK(W, "Apeldoorn", "Epe"),
   font="DejaVu", producer="Adobe PDF Library 17.11.238", creator="Adobe InDesign 18.5 (Windows)",
   author="Pim Hoogendoorn", hidden=[("metadata", P, "Pim Hoogendoorn")]))

DOCS.append(Doc("rv25_mail_vws_igj", [
    ("p", "Van: Mol, Fenna de <f.d.mol@minvws.nl>\nVerzonden: woensdag 1 april 2026 16:02\n"
          "Aan: Haverkamp, Koen <k.haverkamp@igj.nl>\nCC: Kortekaas, Rob <r.j.kortekaas@minvws.nl>; kamervragen@minvws.nl\n"
          "Onderwerp: RE: feitencheck antwoorden Kamervragen Epe"),
    ("p", "Hoi Koen,\n\nDank! Ik neem je tekst over antwoord 2 over. Kun je nog bevestigen dat het percentage van 91,8% klopt? "
          "Bel me gerust op 06-5091 2284.\n\nGroet, Fenna"),
    ("p", "Van: Haverkamp, Koen <k.haverkamp@igj.nl>\nVerzonden: woensdag 1 april 2026 11:37\nAan: Mol, Fenna de <f.d.mol@minvws.nl>\n"
          "Onderwerp: feitencheck antwoorden Kamervragen Epe"),
    ("p", "Fenna,\n\nVoorstel voor antwoord 2: 'Het onderzoek loopt; ik wil niet vooruitlopen op de uitkomsten.' Graag geen "
          "details over de patiënt of de centralisten; de familie heeft daar via mevrouw Verhoef-Aksoy al zorgen over geuit. "
          "Let op: de inspecteur-generaal wil dat in de antwoorden 'IGJ' voluit wordt geschreven.\n\n"
          "Met vriendelijke groet,\nKoen Haverkamp\ninspecteur acute zorg | Inspectie Gezondheidszorg en Jeugd\n"
          "T 088 120 5000 | M 06-4612 0938"),
    ("pb",),
    ("p", "Van: Spanjersberg, Jeroen <j.spanjersberg@ambulancezorg.nl>\nVerzonden: dinsdag 31 maart 2026 17:20\n"
          "Aan: Mol, Fenna de <f.d.mol@minvws.nl>\nCC: Pieterse-Lindeman, Anouk <a.pieterse@minvws.nl>; info@ambulancezorg.nl\n"
          "Onderwerp: cijfers A1-ritten regio Noord- en Oost-Gelderland"),
    ("p", "Beste Fenna,\n\nVanuit Ambulancezorg Nederland (AZN) kunnen wij bevestigen dat landelijk 92,4% van de A1-ritten binnen "
          "15 minuten werd uitgevoerd. De regiocijfers komen uit het Sectorrapport; de RAV heeft ze gecontroleerd. Voor een "
          "toelichting ben ik bereikbaar op 06-1355 8820; Anouk bereikt mij ook via het secretariaat in Zwolle.\n\n"
          "Met vriendelijke groet,\nJeroen Spanjersberg\nbeleidsadviseur, Ambulancezorg Nederland"),
    ("p", "Van: Pieterse-Lindeman, Anouk <a.pieterse@minvws.nl>\nVerzonden: dinsdag 31 maart 2026 09:02\nAan: Mol, Fenna de\n"
          "Onderwerp: FW: Kamervragen Epe\n\nFenna, kun jij deze oppakken? Rob is op de hoogte. Anouk (070 340 7725)"),
], RR(P, "Mol, Fenna de", "Haverkamp, Koen", "Kortekaas, Rob", "Koen", "Fenna", "Anouk", "Spanjersberg, Jeroen", "Verhoef-Aksoy", "Koen Haverkamp")
   + RR(E, "f.d.mol@minvws.nl", "k.haverkamp@igj.nl", "r.j.kortekaas@minvws.nl") + RR(T, "06-5091 2284", "06-4612 0938")
   + RR(P, "Pieterse-Lindeman, Anouk", "Pieterse-Lindeman", "Jeroen Spanjersberg", "Spanjersberg", "Rob")
   + RR(E, "a.pieterse@minvws.nl", "j.spanjersberg@ambulancezorg.nl") + RR(T, "070 340 7725", "06-1355 8820"),
   KK(E, "kamervragen@minvws.nl") + KK(O, "Inspectie Gezondheidszorg en Jeugd", "IGJ") + KK(T, "088 120 5000")
   + KK(X, "91,8%", "antwoord 2") + KK(F, "inspecteur-generaal", "inspecteur acute zorg")
   + KK(O, "Ambulancezorg Nederland", "AZN") + KK(E, "info@ambulancezorg.nl") + KK(W, "Zwolle"),
   font="DejaVu", size=9.5, producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365"))

DOCS.append(Doc("rv26_gespreksverslag_scan", [
    ("h", "Gespreksverslag familie - 20 april 2026"),
    ("p", "Aanwezig: mevrouw G. van Wijngaarden-Bosman,\nde heer Martijn van Wijngaarden (zoon),\n"
          "D. Brinkhuis-Yilmaz (directeur-bestuurder),\nF. Nieuwenhuizen (klachtenfunctionaris)"),
    ("p", "De familie vertelt over de avond. Martijn heeft 20 minuten\ngereanimeerd. Hij vraagt waarom de ambulance uit\n"
          "Apeldoorn kwam. De directie biedt excuses aan."),
    ("p", "Afspraak: Nieuwenhuizen is vast contactpersoon,\nbereikbaar op 06-2933 4187."),
    ("hw", "gezien DBY 21/4"),
], RR(P, "Wijngaarden-Bosman", "Martijn van Wijngaarden", "Brinkhuis-Yilmaz", "Nieuwenhuizen", "Martijn")
   + RR(T, "06-2933 4187") + RR(X, "DBY"), [], scan=True, producer="KONICA MINOLTA bizhub C300i",
   creator="KONICA MINOLTA bizhub C300i", hidden=[("ocr", "", "")]))

DOCS.append(Doc("rv27_presentielijst_scan", [
    ("h", "Presentielijst evaluatiebijeenkomst MKA Oost"),
    ("p", "Datum: 28 mei 2026, Florence Nightingalezaal"),
    ("p", "Naam                          Paraaf"),
    ("p", "Tom Janssens"),
    ("hw", "   T. Janssens"),
    ("p", "Wietske Zijlstra"),
    ("hw", "   WZ  Zijlstra"),
    ("p", "Emre Çelik"),
    ("hw", "   E. Celik"),
    ("p", "Annelies Ouwerkerk"),
    ("hw", "   Ouwerkerk"),
    ("p", "Ricardo van den Berg"),
    ("hw", "   afwezig (verlof)"),
], RR(P, "Tom Janssens", "Wietske Zijlstra", "Zijlstra", "Annelies Ouwerkerk", "Ouwerkerk", "Ricardo van den Berg"), [], scan=True, producer="HP Digital Sending Software 5.2", creator="HP ScanJet Pro",
   hidden=[("ocr", "", "")]))

DOCS.append(Doc("rv28_verbeterplan", [
    ("h", "Verbeterplan na calamiteit A1-2026-031477"),
    ("p", "Versie 1.2, 5 juni 2026. Vastgesteld door het managementteam van RAV Veluwe-IJsselvallei."),
    ("t", [["Nr", "Maatregel", "Eigenaar", "Gereed", "Budget"],
           ["M1", "Maandelijkse controle dekkingsplan in LMS", "hoofd MKA Oost (P.J.M. van Dongen)", "1-9-2026", "€ 0"],
           ["M2", "Bezetting avond naar 5 centralisten", "manager meldkamer (Gijs Hoekstra)", "1-1-2027", "€ 310.000"],
           ["M3", "Escalatie bij storing werkstation", "Cityline Dispatch BV / functioneel beheer", "1-10-2026", "€ 42.000"],
           ["M4", "Contactpersoon nabestaanden", "klachtenfunctionaris", "gereed", "€ 0"],
           ["M5", "Scholing ProQA-protocol 9 voor nieuwe centralisten", "opleidingscoördinator (Suze van der Wal-Bakker)", "1-11-2026", "€ 18.500"]]),
    ("p", "Voortgang wordt elk kwartaal gemeld aan de Raad van Toezicht en aan de IGJ. Contact: kwaliteit@rav-vij.nl."),
], RR(P, "P.J.M. van Dongen", "Gijs Hoekstra", "Suze van der Wal-Bakker"),
   KK(O, "RAV Veluwe-IJsselvallei", "LMS", "Cityline Dispatch BV", "IGJ", "Raad van Toezicht", "ProQA-protocol 9")
   + KK(R, "A1-2026-031477", "M1", "M5") + KK(E, "kwaliteit@rav-vij.nl")
   + KK(F, "hoofd MKA Oost", "manager meldkamer", "klachtenfunctionaris", "opleidingscoördinator") + KK(X, "€ 310.000"),
   font="Helvetica", size=9.5, producer="Microsoft® PowerPoint® voor Microsoft 365", creator="Microsoft® PowerPoint® voor Microsoft 365",
   notes=[(1, "Hoekstra, Gijs", "Budget M2 nog niet akkoord RvT - Gijs"), (1, "vdWal", "Suze: planning scholing check met Emre Çelik")],
   hidden=[("annotations", P, "Hoekstra, Gijs"), ("annotations", P, "vdWal"), ("annotations", P, "Emre Çelik")]))

DOCS.append(Doc("rv29_brief_burgemeester", [
    ("p", "Gemeente Epe\nMarktplein 1, 8161 DA Epe\nPostbus 600, 8160 AP Epe\nTelefoon 14 0578 | info@epe.nl"),
    ("p", "RAV Veluwe-IJsselvallei\nt.a.v. mevrouw D. Brinkhuis-Yilmaz, directeur-bestuurder\nPostbus 9120\n7300 HC Apeldoorn"),
    ("p", "Datum: 20 maart 2026\nOns kenmerk: Z/26/118204\nBehandeld door: Teun Wolters, adviseur openbare orde en veiligheid\n"
          "Doorkiesnummer: 0578 - 61 38 21\nE-mail: t.wolters@epe.nl"),
    ("h", "Ambulancezorg in Epe"),
    ("p", "Geachte mevrouw Brinkhuis-Yilmaz,\n\nMet grote zorg heb ik kennisgenomen van de lange aanrijtijd bij een reanimatie in "
          "onze gemeente op 14 maart jongstleden. Inwoners van Epe, Emst, Oene en Vaassen moeten erop kunnen vertrouwen dat "
          "een ambulance op tijd komt. Ik verzoek u mij en de gemeenteraad te informeren over de uitkomsten van uw onderzoek "
          "en over de bezetting van post Epe in de avond."),
    ("p", "Ik heb ook contact gezocht met de voorzitter van de Veiligheidsregio Noord- en Oost-Gelderland."),
    ("p", "Met vriendelijke groet,\n\nde burgemeester van Epe,\n\n\nburgemeester A.H. Vlietstra"),
], RR(P, "D. Brinkhuis-Yilmaz", "Brinkhuis-Yilmaz", "Teun Wolters") + RR(T, "0578 - 61 38 21") + RR(E, "t.wolters@epe.nl"),
   KK(O, "Gemeente Epe", "RAV Veluwe-IJsselvallei", "Veiligheidsregio Noord- en Oost-Gelderland") + KK(A, "Marktplein 1")
   + KK(T, "14 0578") + KK(E, "info@epe.nl") + KK(R, "Z/26/118204") + KK(W, "Emst", "Oene", "Vaassen")
   + KK(F, "burgemeester A.H. Vlietstra", "de burgemeester van Epe", "directeur-bestuurder",
        "adviseur openbare orde en veiligheid"), font="DejaVu", producer="Microsoft® Word 2016", creator="Microsoft® Word 2016",
   author="Wolters, T.", hidden=[("metadata", P, "Wolters, T.")]))

DOCS.append(Doc("rv30_raadsvragen", [
    ("h", "Schriftelijke vragen ex artikel 41 Reglement van orde - ambulancezorg in Epe"),
    ("p", "Indiener: raadslid Henk-Jan Oosterwijk (Lokaal Epe), 23 maart 2026"),
    ("p", "1. Is het college bekend met de aanrijtijd van 23 minuten op 14 maart?\n2. Hoe vaak was post Epe in 2025 's avonds "
          "onbezet?\n3. Is het college bereid bij de RAV en de Veiligheidsregio aan te dringen op een tweede avondeenheid?"),
    ("h", "Antwoord van het college van burgemeester en wethouders, 14 april 2026"),
    ("p", "1. Ja. Burgemeester Vlietstra heeft de RAV op 20 maart 2026 per brief om opheldering gevraagd.\n"
          "2. Volgens de RAV was post Epe in 2025 in 38% van de avonduren bezet met een rit elders. De cijfers zijn afkomstig uit "
          "het Sectorrapport Ambulancezorg 2025.\n3. Wethouder Kamphuis-de Bruijn (zorg) brengt dit in bij het bestuurlijk "
          "overleg acute zorg van de Veiligheidsregio Noord- en Oost-Gelderland op 12 mei 2026."),
    ("p", "Het college vertrouwt erop hiermee de vragen van raadslid Oosterwijk te hebben beantwoord. Behandelend ambtenaar: "
          "Teun Wolters (0578 - 61 38 21)."),
], RR(P, "Teun Wolters") + RR(T, "0578 - 61 38 21"),
   KK(F, "raadslid Henk-Jan Oosterwijk", "raadslid Oosterwijk", "Burgemeester Vlietstra", "Wethouder Kamphuis-de Bruijn")
   + KK(O, "Lokaal Epe", "RAV", "Veiligheidsregio Noord- en Oost-Gelderland") + KK(L, "artikel 41 Reglement van orde",
                                                                                "Sectorrapport Ambulancezorg 2025")
   + KK(X, "38%", "14 maart"), font="Times-Roman", size=10.5, producer="iBabs Export", creator="iBabs"))

DOCS.append(Doc("rv31_aanbiedingsmail_woo", [
    ("p", "Van: Tjon-A-Fong, Mei-Ling <m.tjonafong@rav-vij.nl>\nVerzonden: vrijdag 19 juni 2026 10:12\n"
          "Aan: Kraaijeveld, Ellen <e.kraaijeveld@rav-vij.nl>; 'Bøgh-Hansen, Lærke' <l.boghhansen@mka-oost.nl>\n"
          "CC: woo@rav-vij.nl\nOnderwerp: zienswijze Woo-verzoek WOO-RAV-2026-014"),
    ("p", "Beste Ellen en Lærke,\n\nIn het kader van het Woo-verzoek WOO-RAV-2026-014 willen wij het calamiteitenrapport deels "
          "openbaar maken. Medische gegevens (art. 5.1 lid 1 sub d Woo) en namen van medewerkers (art. 5.1 lid 2 sub e Woo) "
          "worden weggelakt. Jullie kunnen tot 26 juni een zienswijze geven (artikel 4.9 Woo).\n\nOok de familie Van Wijngaarden "
          "is om een zienswijze gevraagd.\n\nGroet,\nMei-Ling\njurist informatiebeheer, RAV Veluwe-IJsselvallei\n"
          "088 - 355 8142 | ma-do"),
], RR(P, "Tjon-A-Fong, Mei-Ling", "Kraaijeveld, Ellen", "Bøgh-Hansen, Lærke", "Ellen", "Lærke", "Van Wijngaarden", "Mei-Ling")
   + RR(E, "m.tjonafong@rav-vij.nl", "e.kraaijeveld@rav-vij.nl", "l.boghhansen@mka-oost.nl") + RR(T, "088 - 355 8142"),
   KK(E, "woo@rav-vij.nl") + KK(R, "WOO-RAV-2026-014") + KK(L, "art. 5.1 lid 1 sub d Woo", "art. 5.1 lid 2 sub e Woo", "artikel 4.9 Woo")
   + KK(O, "RAV Veluwe-IJsselvallei") + KK(F, "jurist informatiebeheer"),
   font="DejaVu", size=9.5, producer="Microsoft® Outlook® voor Microsoft 365", creator="Microsoft® Outlook® voor Microsoft 365"))

DOCS.append(Doc("rv32_woo_besluit", [
    ("p", "RAV Veluwe-IJsselvallei\nLaan van Westenenk 501, 7334 DT Apeldoorn\nwoo@rav-vij.nl"),
    ("p", "Mevrouw J. Verhoef-Aksoy\nKlaverweg 23\n8161 PD Epe"),
    ("p", "Datum: 30 juni 2026\nKenmerk: WOO-RAV-2026-014\nBehandeld door: M.L. Tjon-A-Fong"),
    ("h", "Besluit op uw Woo-verzoek"),
    ("p", "Geachte mevrouw Verhoef-Aksoy,\n\nU heeft op 2 juni 2026 gevraagd om documenten over de ambulance-inzet in Epe op "
          "14 maart 2026. Wij hebben 33 documenten gevonden. Wij maken 9 documenten geheel openbaar, 22 documenten deels "
          "openbaar en 2 documenten niet openbaar. Zie de inventarislijst."),
    ("h", "Overwegingen"),
    ("p", "Persoonsgegevens van medewerkers van de RAV, de meldkamer, de IGJ, het ministerie van VWS en de gemeente Epe en van "
          "betrokken burgers maken wij niet openbaar op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e). De "
          "namen van de minister, Kamerleden, de burgemeester, wethouders en raadsleden blijven leesbaar: zij treden in hun "
          "publieke functie op. Medische gegevens van de patiënt vallen onder artikel 5.1, eerste lid, onder d (5.1.1d) en het "
          "burgerservicenummer onder artikel 5.1, eerste lid, onder e (5.1.1e)."),
    ("p", "Het gesprek met de familie en de interviews met centralisten zijn niet openbaar (5.1.2e en 5.1.2i): betrokkenen "
          "moeten vrijuit kunnen spreken in een calamiteitenonderzoek, zoals de Wkkgz beoogt."),
    ("pb",),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Persoonsgegevens (5.1.2e), medische gegevens (5.1.1d), BSN (5.1.1e), interviewverslagen (5.1.2i)."),
    ("h", "Motivering"),
    ("p", "In de openbaar gemaakte versie van deze documenten zijn alle persoonsgegevens van ambtenaren, medewerkers en "
          "burgers geanonimiseerd."),
    ("p", "Bezwaar: binnen zes weken na de dag van bekendmaking bij de directeur-bestuurder (Postbus 9120, 7300 HC Apeldoorn)."),
    ("p", "Hoogachtend,\nnamens de directeur-bestuurder,\n\n\nM.L. Tjon-A-Fong\njurist informatiebeheer"),
], RR(P, "J. Verhoef-Aksoy", "Verhoef-Aksoy", "M.L. Tjon-A-Fong") + RR(A, "Klaverweg 23", "8161 PD"),
   KK(O, "RAV Veluwe-IJsselvallei", "IGJ", "VWS") + KK(E, "woo@rav-vij.nl") + KK(R, "WOO-RAV-2026-014")
   + KK(L, "5.1.2e", "5.1.1d", "5.1.1e", "5.1.2i", "Wkkgz") + KK(A, "Laan van Westenenk 501")
   + KK(F, "directeur-bestuurder", "jurist informatiebeheer") + KK(X, "Informatie die niet openbaar gemaakt kan worden", "Motivering")
   + KK(W, "Apeldoorn"), engine="docx", author="Tjon-A-Fong, M.L.", hidden=[]))

DOCS.append(Doc("rv34_brief_advocaat_familie", [
    ("p", "Lindqvist Berends Advocaten\nStationsplein 7\n7311 NZ Apeldoorn\nT 055 - 578 2200 | secretariaat@lvo-advocaten.nl"),
    ("p", "RAV Veluwe-IJsselvallei\nt.a.v. de directeur-bestuurder\nPostbus 9120\n7300 HC Apeldoorn"),
    ("p", "Apeldoorn, 12 mei 2026\nOnze referentie: 2026.0412/EvO\nBehandeld door: mr. E.J. (Eline) van Oordt\n"
          "Direct: 055 - 578 2214 | e.vanoordt@lvo-advocaten.nl"),
    ("h", "Aansprakelijkstelling inzake het overlijden van de heer H.J. van Wijngaarden"),
    ("p", "Geachte mevrouw Brinkhuis-Yilmaz,\n\nIk sta mevrouw G. van Wijngaarden-Bosman en haar zoon M.H. van Wijngaarden bij. "
          "Namens hen stel ik de RAV Veluwe-IJsselvallei aansprakelijk voor de schade die zij lijden door het overlijden van "
          "de heer Van Wijngaarden op 16 maart 2026, na een responstijd van 23 minuten bij een A1-melding. Ik verwijs naar "
          "het rapport van de calamiteitencommissie van 8 mei 2026, waarin de RAV zelf erkent dat het dekkingsplan niet was "
          "bijgewerkt."),
    ("p", "Ik verzoek u deze brief door te sturen aan uw aansprakelijkheidsverzekeraar (volgens mijn informatie Centramed) "
          "en mij binnen vier weken te laten weten of de aansprakelijkheid wordt erkend. Mijn cliënten hebben recht op "
          "vergoeding van affectieschade op grond van artikel 6:108 lid 3 van het Burgerlijk Wetboek."),
    ("p", "Mevrouw Van Wijngaarden-Bosman is bereikbaar via mijn kantoor; ik verzoek u niet rechtstreeks contact op te nemen "
          "op haar nummer 0578-614 229."),
    ("pb",),
    ("p", "Bijlage: overzicht van schadeposten (voorlopig)"),
    ("t", [["Post", "Toelichting", "Bedrag"],
           ["Uitvaartkosten", "Uitvaartverzorging Kroeze, Epe", "€ 8.940,00"],
           ["Affectieschade echtgenote", "art. 6:108 lid 3 BW", "€ 20.000,00"],
           ["Affectieschade zoon", "art. 6:108 lid 3 BW", "€ 17.500,00"],
           ["Psychologische hulp zoon", "behandeling bij GZ-psycholoog drs. P. Ørsted-Bakker", "€ 2.310,00"]]),
    ("p", "Met vriendelijke groet,\n\nmr. E.J. van Oordt\nadvocaat"),
], RR(P, "E.J. (Eline) van Oordt", "E.J. van Oordt", "H.J. van Wijngaarden", "Brinkhuis-Yilmaz", "G. van Wijngaarden-Bosman",
      "M.H. van Wijngaarden", "Van Wijngaarden", "Van Wijngaarden-Bosman", "P. Ørsted-Bakker", "EvO")
   + RR(E, "e.vanoordt@lvo-advocaten.nl") + RR(T, "055 - 578 2214", "0578-614 229") + RR(X, "Psychologische hulp zoon"),
   KK(O, "Lindqvist Berends Advocaten", "RAV Veluwe-IJsselvallei", "Centramed", "Uitvaartverzorging Kroeze")
   + KK(A, "Stationsplein 7") + KK(T, "055 - 578 2200") + KK(E, "secretariaat@lvo-advocaten.nl")
   + KK(L, "artikel 6:108 lid 3 van het Burgerlijk Wetboek", "art. 6:108 lid 3 BW") + KK(R, "2026.0412")
   + KK(F, "directeur-bestuurder", "advocaat") + KK(X, "€ 20.000,00", "affectieschade"),
   font="DejaVuSerif", size=10, producer="Nitro PDF Creator (Pro 12.0.0.112)", creator="Nitro PDF Creator",
   author="EvO", hidden=[]))

INV = [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"]]
for i, (doc, dat, beo, gr, opm) in enumerate([
        ("Woo-verzoek", "02-06-2026", "deels openbaar", "5.1.2e", ""),
        ("Ontvangstbevestiging", "05-06-2026", "deels openbaar", "5.1.2e", ""),
        ("Incidentlog MKA Oost", "14-03-2026", "deels openbaar", "5.1.2e, 5.1.1e", ""),
        ("Klachtbrief familie", "22-03-2026", "deels openbaar", "5.1.2e, 5.1.1e", "scan"),
        ("Ontvangstbevestiging klacht", "25-03-2026", "deels openbaar", "5.1.2e", ""),
        ("E-mailwisseling RAV", "16-03-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("Teams-chat meldkamer", "14-03-2026", "deels openbaar", "5.1.2e", ""),
        ("WhatsApp post Epe", "14-03-2026", "deels openbaar", "5.1.2e", ""),
        ("Calamiteitenmelding", "17-03-2026", "deels openbaar", "5.1.2e, 5.1.1d, 5.1.1e", "formulier"),
        ("Onderzoeksplan", "30-03-2026", "deels openbaar", "5.1.2e", ""),
        ("Calamiteitenrapport", "08-05-2026", "deels openbaar", "5.1.2e, 5.1.1d", ""),
        ("Interviewverslag", "02-04-2026", "niet openbaar", "5.1.2e, 5.1.2i", ""),
        ("Verslag commissie", "23-04-2026", "deels openbaar", "5.1.2e", ""),
        ("Dienstrooster", "09-03-2026", "deels openbaar", "5.1.2e", ""),
        ("HartslagNu-rapport", "14-03-2026", "deels openbaar", "5.1.2e", ""),
        ("Factuur voorzitter", "15-05-2026", "deels openbaar", "5.1.2e", ""),
        ("Factuur notulist", "30-04-2026", "deels openbaar", "5.1.2e", ""),
        ("Informatieverzoek IGJ", "26-03-2026", "deels openbaar", "5.1.2e", ""),
        ("Rapport IGJ", "30-06-2026", "openbaar", "", "reeds openbaar, igj.nl"),
        ("Kamervragen", "24-03-2026", "openbaar", "", "reeds openbaar"),
        ("Antwoorden minister", "14-04-2026", "openbaar", "", "reeds openbaar"),
        ("Nota aan de minister", "08-04-2026", "deels openbaar", "5.1.2e", "")], start=1):
    INV.append([f"{i:02d}", doc, dat, beo, gr, opm])

DOCS.append(Doc("rv33_inventarislijst", [
    ("h", "Inventarislijst Woo-besluit WOO-RAV-2026-014"),
    ("p", "Behorend bij het besluit van 30 juni 2026 op het verzoek van mevrouw J. Verhoef-Aksoy. Opgesteld door M.L. Tjon-A-Fong."),
    ("t", INV),
    ("pb",),
    ("t", [["Nr", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
           ["23", "Persbericht concept", "08-05-2026", "deels openbaar", "5.1.2e", ""],
           ["24", "Persbericht", "08-05-2026", "openbaar", "", "reeds openbaar"],
           ["25", "E-mail VWS-IGJ", "01-04-2026", "deels openbaar", "5.1.2e", ""],
           ["26", "Gespreksverslag familie", "20-04-2026", "niet openbaar", "5.1.2e, 5.1.1d", ""],
           ["27", "Presentielijst", "28-05-2026", "deels openbaar", "5.1.2e", "handtekeningen"],
           ["28", "Verbeterplan", "05-06-2026", "openbaar", "", ""],
           ["29", "Brief burgemeester", "20-03-2026", "deels openbaar", "5.1.2e", ""],
           ["30", "Raadsvragen en antwoord", "14-04-2026", "openbaar", "", "reeds openbaar"],
           ["31", "E-mail zienswijze", "19-06-2026", "deels openbaar", "5.1.2e", ""],
           ["32", "Besluit", "30-06-2026", "openbaar", "", ""],
           ["33", "Inventarislijst", "30-06-2026", "openbaar", "", ""]]),
], RR(P, "J. Verhoef-Aksoy", "M.L. Tjon-A-Fong"),
   KK(R, "WOO-RAV-2026-014") + KK(X, "deels openbaar", "niet openbaar", "reeds openbaar", "Incidentlog MKA Oost",
                                  "HartslagNu-rapport", "Rapport IGJ", "Antwoorden minister", "Nota aan de minister")
   + KK(L, "5.1.2e", "5.1.1d", "5.1.1e", "5.1.2i"),
   font="Helvetica", size=9, producer="Microsoft® Excel® 2019", creator="Microsoft® Excel® 2019"))
