"""The documents of set AV (mixed107). All persons are invented; see README.md."""
from make_set import iban, new  # noqa: F401

ILT = "Inspectie Leefomgeving en Transport"

# ---------------------------------------------------------------- av01 occurrence report form (Eindhoven)
d = new("av01", "Melding voorval luchtvaart EHEH-2024-0817", font="Helvetica", size=9.5,
        header="Inspectie Leefomgeving en Transport | Analysebureau Luchtvaartvoorvallen")
d.h("Melding voorval burgerluchtvaart (Verordening (EU) nr. 376/2014)")
d.t([["Veld", "Inhoud"],
     ["Meldingsnummer", "ABL-2024-0817-EHEH"],
     ["Datum / tijd voorval", "17 augustus 2024, 06:52 UTC"],
     ["Luchthaven", "Eindhoven Airport (EHEH)"],
     ["Categorie", "Runway incursion (RI-VAP), ICAO ADREP"],
     ["Operator", "Transavia Airlines C.V."],
     ["Luchtvaartuig", "Boeing 737-800, registratie PH-HXK"],
     ["Gezagvoerder", "Edwin Brakenhoff, licentie NL.FCL.ATPL.418273"],
     ["Eerste officier", "Lotte Sprenkels, licentie NL.FCL.CPL.522091"],
     ["Verkeersleider TWR", "Gert-Jan Bolhuis (LVNL), ATCO-licentie NL.ATCO.20931"],
     ["Melder", "E. Brakenhoff, via Transavia Safety Office"],
     ["Contact melder", "06-41872265 / e.brakenhoff@transavia.com"]], [50, 116])
d.h("Beschrijving door de melder")
d.p("Tijdens het taxiën naar baan 03 via taxibaan A4 kregen wij de klaring om te wachten bij holding point A4. "
    "Door de lage zon en de werkzaamheden aan de verlichting van de stopbar zagen wij de markering laat. "
    "Het toestel stond bij het stoppen circa vijf meter voorbij de stopstreep. De verkeersleider, "
    "de heer Bolhuis, gaf direct een stopinstructie; een naderende Embraer 195 van KLM Cityhopper kreeg een go-around "
    "op 1,5 NM. Er was geen gevaar voor botsing.")
d.p("Eerste officier Sprenkels meldt dat zij de kaart (Jeppesen 10-9) op de EFB had openstaan, maar dat de NOTAM "
    "over de uitgeschakelde stopbar-verlichting (A0734/24) niet in het briefingpakket stond.")
d.h("Aanvullende informatie operator")
d.p("De gezagvoerder heeft na de vlucht aangegeven dat hij die nacht slecht had geslapen wegens een lopende "
    "behandeling voor hartritmestoornissen; hij is conform de procedures van de operator uit de dienst genomen en "
    "doorverwezen naar de AME. Lotte heeft de rest van de rotatie niet gevlogen.")
d.h("Classificatie ABL")
d.t([["Aspect", "Beoordeling", "Behandelaar"],
     ["Ernst (ERCS)", "Major incident, risicoscore 102", "T. Wiersema"],
     ["Doorzending OVV", "Ja, op 19-08-2024 (art. 7 Rijkswet OVV)", "T. Wiersema"],
     ["Follow-up operator", "Gevraagd via ECCAIRS2, termijn 30 dagen", "M. Verhaeghe"]], [50, 70, 46])
d.p("Vragen over deze melding: Analysebureau Luchtvaartvoorvallen, abl@ilent.nl, telefoon 088 489 00 00.")
d.r("PERSON", "Edwin Brakenhoff", "Brakenhoff", "Edwin")
d.r("LICENCE", "NL.FCL.ATPL.418273", "NL.FCL.ATPL.418273")
d.r("PERSON", "Lotte Sprenkels", "Sprenkels", "Lotte")
d.r("LICENCE", "NL.FCL.CPL.522091", "NL.FCL.CPL.522091")
d.r("PERSON", "Gert-Jan Bolhuis", "Bolhuis", "Gert-Jan")
d.r("LICENCE", "NL.ATCO.20931", "NL.ATCO.20931")
d.r("PHONE", "06-41872265", "06-41872265")
d.r("EMAIL", "e.brakenhoff@transavia.com", "e.brakenhoff@transavia.com")
d.r("HEALTH", "hartritmestoornissen", "hartritmestoornissen")
d.r("PERSON", "Tjeerd Wiersema", "Wiersema")
d.r("PERSON", "Marloes Verhaeghe", "Verhaeghe")
d.k("ORG", "Transavia Airlines C.V.", "LVNL", "KLM Cityhopper", "OVV", "Analysebureau Luchtvaartvoorvallen")
d.k("PLACE", "Eindhoven Airport", "EHEH")
d.k("REF", "ABL-2024-0817-EHEH", "PH-HXK", "A0734/24")
d.k("LAW", "Verordening (EU) nr. 376/2014", "Rijkswet OVV")
d.k("PHONE", "088 489 00 00")
d.k("EMAIL", "abl@ilent.nl")
d.k("DATE", "17 augustus 2024")
d.k("PRODUCT", "Boeing 737-800", "Embraer 195", "ECCAIRS2")

# ---------------------------------------------------------------- av02 ILT internal analysis memo (Times)
d = new("av02", "Analyse voorval ABL-2024-0817-EHEH", font="Times", size=11, header=ILT,
        side=["*Inspectie Leefomgeving en Transport", "Domein Luchtvaart", "Postbus 16191", "2500 BD Den Haag",
              "", "*Contactpersoon", "ing. S. Oudshoorn-Bakx", "Senior inspecteur", "T 070 456 2817",
              "sanne.oudshoorn@ilent.nl", "", "*Datum", "2 september 2024", "", "*Kenmerk", "ILT-2024/118342"])
d.h("Interne memo: analyse runway incursion Eindhoven Airport, 17 augustus 2024")
d.p("Aan: teamleider Toezicht Luchtvaartoperaties, mevrouw drs. F. Blokzijl")
d.p("Van: S. Oudshoorn-Bakx")
d.p("Naar aanleiding van de melding ABL-2024-0817-EHEH heb ik de stukken van Transavia, LVNL en Eindhoven Airport N.V. "
    "bestudeerd. De oorzaak ligt vooral in de combinatie van een uitgeschakelde stopbar, een NOTAM die niet in het "
    "briefingpakket terechtkwam en vermoeidheid van de bemanning.")
d.p("Het medisch aspect vraagt een zorgvuldige behandeling. Uit de verklaring van de gezagvoerder blijkt dat hij "
    "medicatie (bètablokkers) gebruikte die zijn AME niet kende. Ik heb de heer Brakenhoff verwezen naar de "
    "medisch adviseur van de ILT (Part-MED, MED.A.020). Deze informatie valt onder artikel 9 AVG en mag niet in het "
    "openbare jaarverslag.")
d.p("Eerste officier Sprenkels heeft zelf een aanvullende melding gedaan via het Just Culture-loket van Transavia. "
    "Verkeersleider Bolhuis van LVNL heeft volgens zijn teamleider, Wouter Scheepbouwer, correct gehandeld.")
d.h("Voorstel")
d.p("1. Eindhoven Airport N.V. wordt gevraagd de procedure voor het uitschakelen van stopbars aan te passen (finding "
    "level 2, ADR.OPS.B.030). 2. Transavia toont binnen 30 dagen aan hoe NOTAM's in het briefingpakket worden "
    "geborgd. 3. Geen handhaving richting de bemanning, gelet op artikel 16 van Verordening (EU) nr. 376/2014.")
d.p("Graag bespreek ik dit in het teamoverleg van 5 september. Fenna, wil jij de Militaire Luchtvaartautoriteit "
    "informeren? Eindhoven is immers een militaire luchthaven met burgermedegebruik.")
d.p("Met vriendelijke groet,<br/>Sanne Oudshoorn-Bakx")
d.r("PERSON", "Sanne Oudshoorn-Bakx", "Oudshoorn-Bakx", "Sanne", "S. Oudshoorn")
d.r("PHONE", "070 456 2817", "070 456 2817")
d.r("EMAIL", "sanne.oudshoorn@ilent.nl", "sanne.oudshoorn@ilent.nl")
d.r("PERSON", "Fenna Blokzijl", "Blokzijl", "Fenna")
d.r("PERSON", "Edwin Brakenhoff", "Brakenhoff")
d.r("HEALTH", "bètablokkers", "bètablokkers")
d.r("PERSON", "Lotte Sprenkels", "Sprenkels")
d.r("PERSON", "Gert-Jan Bolhuis", "Bolhuis")
d.r("PERSON", "Wouter Scheepbouwer", "Scheepbouwer", "Wouter")
d.k("ORG", "Transavia", "LVNL", "Eindhoven Airport N.V.", "Militaire Luchtvaartautoriteit", "ILT")
d.k("REF", "ABL-2024-0817-EHEH", "ILT-2024/118342", "ADR.OPS.B.030", "MED.A.020")
d.k("LAW", "artikel 9 AVG", "artikel 16 van Verordening (EU) nr. 376/2014")
d.k("FUNCTION", "Senior inspecteur", "teamleider Toezicht Luchtvaartoperaties")
d.k("ADDRESS", "Postbus 16191")
d.k("DATE", "2 september 2024", "5 september")

# ---------------------------------------------------------------- av03 audit report Flevo Aviation Training (DejaVuSans)
d = new("av03", "Auditrapport Flevo Aviation Training B.V. 2024", font="DejaVuSans", size=9,
        header="ILT | Domein Luchtvaart | Auditrapport ATO", author="Koen Lammertink")
d.h("Auditrapport Approved Training Organisation")
d.t([["Onderdeel", "Gegevens"],
     ["Organisatie", "Flevo Aviation Training B.V., Lelystad Airport"],
     ["Goedkeuring", "NL.ATO.0147"],
     ["Accountable manager", "dhr. H.J. (Harm) Ravensbergen"],
     ["Head of Training", "mw. C. (Claudia) Pietersma-de Roos"],
     ["Compliance monitoring manager", "dhr. B. Okkerse"],
     ["Auditdatum", "8 en 9 oktober 2024"],
     ["Auditteam ILT", "K. Lammertink (lead), D. Soebagio, I. Vroegindeweij"],
     ["Kenmerk", "ILT-2024/141077"]], [55, 111])
d.h("1. Samenvatting")
d.p("De ILT heeft op 8 en 9 oktober 2024 een periodieke audit uitgevoerd bij Flevo Aviation Training B.V. op basis "
    "van Verordening (EU) nr. 1178/2011 (Part-ORA en Part-FCL). Er zijn drie level 2-bevindingen en twee observaties "
    "vastgesteld. Er zijn geen level 1-bevindingen. De organisatie heeft een correctief actieplan (CAP) toegezegd.")
d.p("Het openingsgesprek vond plaats met de heer Ravensbergen en mevrouw Pietersma-de Roos. De heer Okkerse was bij "
    "het slotgesprek niet aanwezig; zijn taken werden waargenomen door instructeur Youssef Amrani.")
d.h("2. Bevindingen")
d.t([["Nr.", "Referentie", "Bevinding", "Level", "Termijn"],
     ["F-01", "ORA.GEN.200(a)(3)", "Het managementsysteem bevat geen actuele risico-inventarisatie voor vluchten naar "
      "de Lelystad CTR na de ingebruikname van de nieuwe naderingsprocedures.", "2", "90 dagen"],
     ["F-02", "ORA.ATO.125", "Drie trainingsdossiers missen de handtekening van de instructeur; in dossier 2024-031 "
      "ontbreekt de skill test-rapportage.", "2", "60 dagen"],
     ["F-03", "ORA.GEN.220", "Het archief van de theorie-examens staat op een privé-laptop van een instructeur.", "2",
      "30 dagen"],
     ["O-01", "ORA.ATO.135", "Het onderhoud van de Cessna 172 PH-FVT werd tweemaal later dan gepland afgetekend.", "obs",
      "n.v.t."],
     ["O-02", "FCL.940", "Revalidatie van instructeursbevoegdheden: registratie kan eenvoudiger.", "obs", "n.v.t."]],
    [12, 30, 88, 14, 22], 8)
d.pb()
d.h("3. Toelichting per bevinding")
d.p("<b>F-01.</b> Sinds de wijziging van het luchtruim rond Lelystad Airport vliegen leerlingen dichter bij de "
    "aanvliegroutes. De risicoanalyse dateert uit 2021. De accountable manager gaf aan dat een update gepland stond, "
    "maar een document kon niet worden getoond.")
d.p("<b>F-02.</b> Bij steekproef in twaalf dossiers bleek dat instructeur Amrani in drie dossiers niet had getekend. "
    "Het betreft leerlingen met studentnummers FAT-23-118, FAT-23-121 en FAT-24-007.")
d.p("<b>F-03.</b> Examens en resultaten staan op een laptop die volgens de Head of Training eigendom is van een "
    "freelance instructeur. Dit is in strijd met de eisen aan het bewaren van gegevens.")
d.h("4. Vervolg")
d.p("Flevo Aviation Training B.V. dient binnen 14 dagen een CAP in via het portaal Mijn ILT. De ILT beoordeelt het "
    "plan en sluit de bevindingen na verificatie. Vragen kunnen worden gesteld aan de lead auditor, "
    "k.lammertink@ilent.nl, 06-22918436.")
d.p("Den Haag, 21 oktober 2024<br/>Koen Lammertink, lead auditor")
d.r("PERSON", "Harm Ravensbergen", "Ravensbergen", "Harm", "H.J.")
d.r("PERSON", "Claudia Pietersma-de Roos", "Pietersma-de Roos", "Claudia")
d.r("PERSON", "B. Okkerse", "Okkerse")
d.r("PERSON", "Koen Lammertink", "Lammertink", "Koen")
d.r("PERSON", "Dewi Soebagio", "Soebagio")
d.r("PERSON", "Ilse Vroegindeweij", "Vroegindeweij")
d.r("PERSON", "Youssef Amrani", "Amrani", "Youssef")
d.r("STUDENTNR", "FAT-23-118", "FAT-23-118")
d.r("STUDENTNR", "FAT-23-121", "FAT-23-121")
d.r("STUDENTNR", "FAT-24-007", "FAT-24-007")
d.r("EMAIL", "k.lammertink@ilent.nl", "k.lammertink@ilent.nl")
d.r("PHONE", "06-22918436", "06-22918436")
d.k("ORG", "Flevo Aviation Training B.V.", "ILT")
d.k("PLACE", "Lelystad Airport", "Lelystad CTR", "Den Haag")
d.k("REF", "NL.ATO.0147", "ILT-2024/141077", "ORA.GEN.200", "ORA.ATO.125", "ORA.GEN.220", "ORA.ATO.135",
    "FCL.940", "F-01", "F-02", "F-03", "PH-FVT")
d.k("LAW", "Verordening (EU) nr. 1178/2011")
d.k("FUNCTION", "accountable manager", "Head of Training", "lead auditor", "Compliance monitoring manager")
d.k("DATE", "8 en 9 oktober 2024", "21 oktober 2024")
d.k("PRODUCT", "Cessna 172", "Mijn ILT")

# ---------------------------------------------------------------- av04 English e-mail thread with EASA (docx)
d = new("av04", "RE: Standardisation follow-up NL - ADR finding", producer="docx", font="Carlito", size=10.5,
        author="Jeroen Tammeling")
d.p("<b>From:</b> Katarzyna Wiśniewska &lt;katarzyna.wisniewska@easa.europa.eu&gt;<br/>"
    "<b>Sent:</b> Thursday, 14 November 2024 16:08<br/>"
    "<b>To:</b> Tammeling, Jeroen &lt;jeroen.tammeling@ilent.nl&gt;<br/>"
    "<b>Cc:</b> Brennecke, Matthias &lt;matthias.brennecke@easa.europa.eu&gt;; ADR Standardisation &lt;adr.stan@easa.europa.eu&gt;<br/>"
    "<b>Subject:</b> RE: Standardisation follow-up NL - ADR finding NL.ADR.04")
d.p("Dear Jeroen,")
d.p("Thank you for the corrective action plan on finding NL.ADR.04 (oversight of aerodrome certificate changes at "
    "Rotterdam The Hague Airport and Lelystad Airport). We accept actions 1 to 3. For action 4 we would need evidence "
    "that the ILT inspectors who perform the change assessments have completed the training required by "
    "ADR.AR.C.020. Could you send us the training records in anonymised form before 15 December 2024?")
d.p("Matthias will join the follow-up visit in The Hague in February 2025. Please note that the EASA switchboard "
    "is +49 221 89990 000; my direct line is +49 221 89990 4172.")
d.p("Kind regards,<br/>Katarzyna Wiśniewska<br/>Standardisation Officer, Aerodromes<br/>"
    "European Union Aviation Safety Agency, Konrad-Adenauer-Ufer 3, 50668 Cologne, Germany")
d.p("<b>From:</b> Tammeling, Jeroen &lt;jeroen.tammeling@ilent.nl&gt;<br/>"
    "<b>Sent:</b> Monday, 4 November 2024 11:32<br/>"
    "<b>To:</b> Katarzyna Wiśniewska<br/>"
    "<b>Cc:</b> Strijbosch, Hanneke &lt;hanneke.strijbosch@minienw.nl&gt;<br/>"
    "<b>Subject:</b> Standardisation follow-up NL - ADR finding NL.ADR.04")
d.p("Dear Ms Wiśniewska, dear Katarzyna,")
d.p("Please find attached the CAP of the Netherlands for finding NL.ADR.04. The ministry of Infrastructure and Water "
    "Management (DGLM) is in copy; Hanneke Strijbosch coordinates the Dutch position on the amendment of "
    "Regulation (EU) No 139/2014.")
d.p("In short: (1) the ILT has updated its procedure for the assessment of changes (werkinstructie WI-ADR-012); "
    "(2) each change at Rotterdam The Hague Airport is assessed by two inspectors; (3) the backlog of 11 changes at "
    "Lelystad Airport was cleared on 30 October 2024; (4) training of new inspectors is planned for Q1 2025.")
d.p("One remark: one of our inspectors has been on long-term sick leave since the summer (burn-out), which explains "
    "the delay in action 4. I would appreciate it if this were not mentioned in the report.")
d.p("Best regards,<br/>Jeroen Tammeling<br/>Coordinating inspector Aerodromes<br/>"
    "Human Environment and Transport Inspectorate (ILT)<br/>M +31 6 38 21 94 05")
d.r("PERSON", "Katarzyna Wiśniewska", "Wiśniewska", "Katarzyna")
d.r("EMAIL", "katarzyna.wisniewska@easa.europa.eu", "katarzyna.wisniewska@easa.europa.eu")
d.r("PERSON", "Jeroen Tammeling", "Tammeling", "Jeroen")
d.r("EMAIL", "jeroen.tammeling@ilent.nl", "jeroen.tammeling@ilent.nl")
d.r("PERSON", "Matthias Brennecke", "Brennecke", "Matthias")
d.r("EMAIL", "matthias.brennecke@easa.europa.eu", "matthias.brennecke@easa.europa.eu")
d.r("PHONE", "+49 221 89990 4172", "+49 221 89990 4172")
d.r("PERSON", "Hanneke Strijbosch", "Strijbosch", "Hanneke")
d.r("EMAIL", "hanneke.strijbosch@minienw.nl", "hanneke.strijbosch@minienw.nl")
d.r("HEALTH", "burn-out of an inspector", "burn-out")
d.r("PHONE", "+31 6 38 21 94 05", "+31 6 38 21 94 05")
d.k("ORG", "European Union Aviation Safety Agency", "EASA", "ILT", "DGLM", "Human Environment and Transport Inspectorate")
d.k("EMAIL", "adr.stan@easa.europa.eu")
d.k("PHONE", "+49 221 89990 000")
d.k("PLACE", "Rotterdam The Hague Airport", "Lelystad Airport", "Cologne", "The Hague")
d.k("ADDRESS", "Konrad-Adenauer-Ufer 3")
d.k("REF", "NL.ADR.04", "ADR.AR.C.020", "WI-ADR-012")
d.k("LAW", "Regulation (EU) No 139/2014")
d.k("FUNCTION", "Standardisation Officer", "Coordinating inspector Aerodromes")
d.k("DATE", "14 November 2024", "15 December 2024", "30 October 2024")

# ---------------------------------------------------------------- av05 English e-mail with a foreign airline (LiberationSans)
d = new("av05", "Bird strike W6 4312 Eindhoven - correspondence", font="LiberationSans", size=9.5,
        header="Printed from Outlook - ILT Analysebureau Luchtvaartvoorvallen")
d.p("<b>From:</b> Andreea Popescu &lt;andreea.popescu@wizzair.com&gt;<br/><b>Sent:</b> 3 December 2024 09:14<br/>"
    "<b>To:</b> abl@ilent.nl<br/><b>Cc:</b> Bence Horváth &lt;bence.horvath@wizzair.com&gt;; Verhaeghe, Marloes<br/>"
    "<b>Subject:</b> RE: Occurrence ABL-2024-1129-EHEH - bird strike W6 4312")
d.p("Dear Ms Verhaeghe,")
d.p("Further to your request of 29 November, please find below the information on the bird strike on flight W6 4312 "
    "(Airbus A321neo, HA-LVK) during the take-off roll on runway 21 at Eindhoven Airport on 27 November 2024.")
d.t([["Item", "Information"],
     ["Commander", "Capt. Dávid Szalai, licence HU.FCL.ATPL.77120"],
     ["Co-pilot", "F/O Tomasz Zieliński"],
     ["Phase", "Take-off roll, V1 not yet reached, take-off rejected at 118 kt"],
     ["Damage", "Dent on the left engine inlet lip; engine borescope inspection negative"],
     ["Species", "Common buzzard (Buteo buteo), remains sent to Naturalis for identification"],
     ["Report to authority", "Hungarian CAA (ITM Légügyi Hatóság) and ILT, 28 November 2024"]], [40, 126])
d.p("The captain was examined by a doctor at the airport because of a minor back injury from the hard braking; he "
    "returned to duty after four days. The co-pilot did not report any injury.")
d.p("We have asked Eindhoven Airport N.V. for the bird-control log of that morning. Our Safety Investigator, "
    "Bence, will be your contact for the follow-up (+36 30 418 7722).")
d.p("Kind regards,<br/>Andreea Popescu<br/>Flight Safety Officer, Wizz Air Hungary Ltd.<br/>"
    "Kőér utca 2/A, 1103 Budapest")
d.p("<b>From:</b> Verhaeghe, Marloes &lt;marloes.verhaeghe@ilent.nl&gt;<br/><b>Sent:</b> 29 November 2024 15:40<br/>"
    "<b>To:</b> safety.reports@wizzair.com<br/><b>Subject:</b> Occurrence ABL-2024-1129-EHEH - bird strike W6 4312")
d.p("Dear colleagues, the ILT received the mandatory occurrence report via the European Central Repository. Could you "
    "send us the crew statements and the engine inspection results? In the Netherlands occurrences are handled under "
    "Regulation (EU) No 376/2014 and the Regeling melding voorvallen in de burgerluchtvaart. With kind regards, "
    "Marloes Verhaeghe, inspector, Analysis Office Aviation Occurrences, ILT.")
d.r("PERSON", "Andreea Popescu", "Popescu", "Andreea")
d.r("EMAIL", "andreea.popescu@wizzair.com", "andreea.popescu@wizzair.com")
d.r("PERSON", "Bence Horváth", "Horváth", "Bence")
d.r("EMAIL", "bence.horvath@wizzair.com", "bence.horvath@wizzair.com")
d.r("PERSON", "Marloes Verhaeghe", "Verhaeghe", "Marloes")
d.r("EMAIL", "marloes.verhaeghe@ilent.nl", "marloes.verhaeghe@ilent.nl")
d.r("PERSON", "Dávid Szalai", "Szalai", "Dávid")
d.r("LICENCE", "HU.FCL.ATPL.77120", "HU.FCL.ATPL.77120")
d.r("PERSON", "Tomasz Zieliński", "Zieliński", "Tomasz")
d.r("HEALTH", "back injury of the captain", "minor back injury")
d.r("PHONE", "+36 30 418 7722", "+36 30 418 7722")
d.k("ORG", "Wizz Air Hungary Ltd.", "Eindhoven Airport N.V.", "Naturalis", "ILT", "Hungarian CAA")
d.k("EMAIL", "abl@ilent.nl", "safety.reports@wizzair.com")
d.k("REF", "ABL-2024-1129-EHEH", "W6 4312", "HA-LVK")
d.k("PRODUCT", "Airbus A321neo")
d.k("PLACE", "Eindhoven Airport", "Budapest")
d.k("LAW", "Regulation (EU) No 376/2014", "Regeling melding voorvallen in de burgerluchtvaart")
d.k("FUNCTION", "Flight Safety Officer", "Safety Investigator")
d.k("DATE", "27 November 2024", "28 November 2024")

# ---------------------------------------------------------------- av06 Kamerbrief minister (no personal data to redact)
d = new("av06", "Kamerbrief over veiligheidstoezicht regionale luchthavens", font="LiberationSerif", size=10.5,
        header="Ministerie van Infrastructuur en Waterstaat",
        side=["*Ministerie van Infrastructuur", "*en Waterstaat", "Rijnstraat 8", "2515 XP Den Haag", "Postbus 20901",
              "2500 EX Den Haag", "T 070-456 0000", "", "*Ons kenmerk", "IENW/BSK-2025/41822", "", "*Bijlage(n)", "1"],
        author="Ministerie van IenW")
d.p("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag")
d.p("Datum 20 februari 2025<br/>Betreft Veiligheidstoezicht op regionale luchthavens")
d.p("Geachte voorzitter,")
d.p("Tijdens het commissiedebat Luchtvaart van 30 januari 2025 heb ik de leden Kröger (GroenLinks-PvdA) en Olger van "
    "Dijk (NSC) toegezegd uw Kamer te informeren over het toezicht van de Inspectie Leefomgeving en Transport (ILT) op "
    "de veiligheid van Eindhoven Airport, Rotterdam The Hague Airport, Groningen Airport Eelde, Maastricht Aachen "
    "Airport en Lelystad Airport. Met deze brief doe ik die toezegging gestand.")
d.h("Toezicht door de ILT")
d.p("De ILT houdt toezicht op de naleving van Verordening (EU) 2018/1139 en de Wet luchtvaart. In 2024 voerde de "
    "inspectie 46 audits en inspecties uit bij de regionale luchthavens. Daarbij zijn 9 bevindingen van level 2 "
    "vastgesteld en geen bevindingen van level 1. De bevindingen betroffen vooral het beheer van wijzigingen, de "
    "staat van de baanverlichting en de vogelwering. Alle bevindingen zijn of worden binnen de gestelde termijn "
    "opgelost.")
d.p("Het aantal meldingen van voorvallen op en rond de regionale luchthavens steeg in 2024 met 8 procent. De ILT "
    "ziet daarin vooral een teken van een goede meldcultuur. Het Analysebureau Luchtvaartvoorvallen analyseert alle "
    "meldingen; ernstige voorvallen worden doorgezonden aan de Onderzoeksraad voor Veiligheid (OVV).")
d.h("Lelystad Airport")
d.p("Over Lelystad Airport merk ik op dat de luchthaven nog niet is opengesteld voor groot handelsverkeer. De "
    "ILT heeft in 2024 het certificaat conform Verordening (EU) nr. 139/2014 beoordeeld. Voor de openstelling is een "
    "natuurvergunning nodig; daarover informeer ik u apart, mede namens de staatssecretaris van Infrastructuur en "
    "Waterstaat, de heer Jansen.")
d.h("EASA-standaardisatie")
d.p("In 2024 heeft EASA de Nederlandse toezichthouder bezocht. EASA stelde vast dat de ILT het toezicht op "
    "wijzigingen bij luchthavens beter moet borgen (bevinding NL.ADR.04). De ILT heeft een correctief actieplan "
    "ingediend, dat EASA grotendeels heeft aanvaard. Ik verwacht de afronding in het voorjaar van 2025.")
d.h("Tot slot")
d.p("Ik blijf uw Kamer informeren over de voortgang, in ieder geval in de voortgangsbrief luchtvaartveiligheid die "
    "ik voor de zomer van 2025 aan uw Kamer zend. De Staat van de Luchtvaartveiligheid 2024 van de ILT is als bijlage "
    "bij deze brief gevoegd.")
d.p("Hoogachtend,")
d.p("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,")
d.sp(10)
d.p("Barry Madlener")
d.k("PERSON_PUBLIC", "Barry Madlener", "Kröger", "Olger van Dijk", "Jansen")
d.k("ORG", "Inspectie Leefomgeving en Transport", "Onderzoeksraad voor Veiligheid", "EASA", "GroenLinks-PvdA", "NSC",
    "Tweede Kamer der Staten-Generaal", "Analysebureau Luchtvaartvoorvallen")
d.k("PLACE", "Eindhoven Airport", "Rotterdam The Hague Airport", "Groningen Airport Eelde", "Maastricht Aachen Airport",
    "Lelystad Airport")
d.k("ADDRESS", "Rijnstraat 8", "Postbus 20901", "Postbus 20018")
d.k("PHONE", "070-456 0000")
d.k("REF", "IENW/BSK-2025/41822", "NL.ADR.04")
d.k("LAW", "Verordening (EU) 2018/1139", "Wet luchtvaart", "Verordening (EU) nr. 139/2014")
d.k("DATE", "20 februari 2025", "30 januari 2025")
d.k("FUNCTION", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT", "staatssecretaris van Infrastructuur en Waterstaat")
d.k("PROGRAMME", "Staat van de Luchtvaartveiligheid 2024")

# ---------------------------------------------------------------- av07 meeting notes ILT - LVNL - RTHA (docx)
d = new("av07", "Verslag overleg ILT-LVNL-RTHA 12 december 2024", producer="docx", font="Liberation Sans", size=10,
        header="Verslag | Bestuurlijk-ambtelijk veiligheidsoverleg Rotterdam The Hague Airport", author="W. Scheepbouwer")
d.h("Verslag veiligheidsoverleg Rotterdam The Hague Airport")
d.t([["", ""],
     ["Datum", "12 december 2024, 10.00-12.00 uur"],
     ["Locatie", "LVNL, Stationsplein Zuid-West 1001, Schiphol-Oost"],
     ["Aanwezig", "Nadia El Khattabi (LVNL, manager ATC regionale luchthavens), Wouter Scheepbouwer (LVNL, teamleider "
      "TWR Rotterdam, verslag), Tjeerd Wiersema (ILT, ABL), Linda Rozendaal (Rotterdam The Hague Airport, safety "
      "manager), Maarten Oosterveen (IenW, DGLM)"],
     ["Afwezig", "Marloes Verhaeghe (ILT)"],
     ["Kenmerk", "LVNL/OPS/2024-0573"]], [30, 136])
d.h("1. Opening en vaststelling agenda")
d.p("Nadia opent het overleg. De agenda wordt vastgesteld. Het verslag van 19 september 2024 wordt ongewijzigd "
    "vastgesteld.")
d.h("2. Voorvallen tweede helft 2024")
d.p("Tjeerd licht de trend toe: 14 meldingen van runway incursions op Rotterdam The Hague Airport in 2024, tegen 9 in "
    "2023. De meeste betreffen voertuigen van de grondafhandeling. LVNL herkent het beeld. De heer Oosterveen vraagt "
    "of de trend aanleiding geeft tot extra maatregelen in het Programma Luchtvaartveiligheid; het ministerie komt "
    "hierop terug.")
d.p("Linda meldt dat de luchthaven in januari 2025 een nieuwe rijvaardigheidstraining voor bestuurders op het "
    "platform invoert, in samenwerking met de Koninklijke Marechaussee.")
d.h("3. Bezetting verkeerstoren")
d.p("Wouter meldt dat de bezetting van de toren in het najaar krap was: twee verkeersleiders waren langdurig ziek, "
    "van wie een na een operatie aan de knie. Een verkeersleider in opleiding, Ramon Tjin-A-Koeng, heeft zijn "
    "praktijkexamen gehaald. LVNL verwacht dat de bezetting in maart 2025 op orde is.")
d.h("4. Actiepunten")
d.t([["Nr.", "Actie", "Wie", "Gereed"],
     ["24-11", "Trendanalyse runway incursions delen met RTHA", "TW", "31-01-2025"],
     ["24-12", "Reactie ministerie op extra maatregelen", "MO", "28-02-2025"],
     ["24-13", "Evaluatie rijvaardigheidstraining platform", "LR", "30-06-2025"],
     ["24-14", "Bezettingsplan TWR Rotterdam toelichten", "WS", "volgend overleg"]], [18, 100, 20, 28])
d.h("5. Rondvraag en sluiting")
d.p("Maarten vraagt of het verslag na vaststelling mag worden gedeeld met de gemeente Rotterdam; dat is akkoord, "
    "zonder de namen van medewerkers. Het volgende overleg is op 20 maart 2025. Contact secretariaat: "
    "w.scheepbouwer@lvnl.nl, 020-406 2211.")
d.r("PERSON", "Nadia El Khattabi", "El Khattabi", "Nadia")
d.r("PERSON", "Wouter Scheepbouwer", "Scheepbouwer", "Wouter", "WS")
d.r("PERSON", "Tjeerd Wiersema", "Wiersema", "Tjeerd", "TW")
d.r("PERSON", "Linda Rozendaal", "Rozendaal", "Linda", "LR")
d.r("PERSON", "Maarten Oosterveen", "Oosterveen", "Maarten", "MO")
d.r("PERSON", "Marloes Verhaeghe", "Verhaeghe")
d.r("HEALTH", "operatie aan de knie", "operatie aan de knie")
d.r("PERSON", "Ramon Tjin-A-Koeng", "Tjin-A-Koeng", "Ramon")
d.r("EMAIL", "w.scheepbouwer@lvnl.nl", "w.scheepbouwer@lvnl.nl")
d.r("PHONE", "020-406 2211", "020-406 2211")
d.k("ORG", "LVNL", "ILT", "DGLM", "IenW", "Koninklijke Marechaussee", "RTHA")
d.k("PLACE", "Rotterdam The Hague Airport", "Schiphol-Oost", "gemeente Rotterdam")
d.k("ADDRESS", "Stationsplein Zuid-West 1001")
d.k("REF", "LVNL/OPS/2024-0573", "24-11", "24-12", "24-13", "24-14")
d.k("PROGRAMME", "Programma Luchtvaartveiligheid")
d.k("DATE", "12 december 2024", "19 september 2024", "20 maart 2025")
d.k("FUNCTION", "manager ATC regionale luchthavens", "safety manager")

# ---------------------------------------------------------------- av08 spreadsheet-like list of findings with owners' initials
d = new("av08", "Bevindingenregister regionale luchthavens 2024 (export)", font="Helvetica", size=8, land=True,
        header="ILT Domein Luchtvaart - Bevindingenregister luchthavens - export 2025-01-15 - blad 'Open'")
rows = [["ID", "Luchthaven", "Referentie", "Omschrijving", "Level", "Eigenaar ILT", "Contact luchthaven", "Deadline", "Status"],
        ["LH-24-001", "Eindhoven Airport", "ADR.OPS.B.030", "Stopbar A4 buiten gebruik zonder tijdelijke procedure", "2", "SOB", "R. Kuijpers-Vos", "2025-02-15", "open"],
        ["LH-24-002", "Eindhoven Airport", "ADR.OPS.B.020", "Vogelwering: logboek onvolledig op 27-11-2024", "2", "MVH", "R. Kuijpers-Vos", "2025-03-01", "open"],
        ["LH-24-003", "Rotterdam The Hague Airport", "ADR.OR.B.040", "Wijziging platform C niet vooraf gemeld", "2", "JTa", "L. Rozendaal", "2025-01-31", "CAP ontvangen"],
        ["LH-24-004", "Rotterdam The Hague Airport", "ADR.OPS.B.015", "Rijvaardigheid platform: 3 bestuurders zonder bevoegdheid", "2", "JTa", "L. Rozendaal", "2025-04-30", "open"],
        ["LH-24-005", "Lelystad Airport", "ADR.OR.D.005", "SMS: risicoregister niet bijgewerkt na luchtruimwijziging", "2", "KLa", "P. Wolfswinkel", "2025-03-31", "open"],
        ["LH-24-006", "Lelystad Airport", "ADR.OPS.C.005", "Inspectie baan 05/23 niet dagelijks vastgelegd", "obs", "KLa", "P. Wolfswinkel", "n.v.t.", "gesloten"],
        ["LH-24-007", "Groningen Airport Eelde", "ADR.OR.E.005", "Handboek luchthaven verwijst naar ingetrokken procedure", "2", "IVr", "H. de Mol", "2025-02-28", "open"],
        ["LH-24-008", "Maastricht Aachen Airport", "ADR.OPS.B.010", "Brandweer: oefening categorie 9 niet gehouden", "2", "DSo", "J. Offermans", "2025-03-15", "open"],
        ["LH-24-009", "Maastricht Aachen Airport", "ADR.OR.D.017", "Training personeel: 4 certificaten verlopen", "2", "DSo", "J. Offermans", "2025-02-28", "CAP ontvangen"],
        ["LH-24-010", "Eindhoven Airport", "ADR.OPS.B.025", "Gladheidsbestrijding: product niet goedgekeurd", "obs", "SOB", "R. Kuijpers-Vos", "n.v.t.", "gesloten"]]
d.t(rows, [20, 38, 26, 80, 10, 18, 28, 20, 20], 7.5)
d.p("Legenda eigenaren: SOB = S. Oudshoorn-Bakx; MVH = M. Verhaeghe; JTa = J. Tammeling; KLa = K. Lammertink; "
    "IVr = I. Vroegindeweij; DSo = D. Soebagio. Beheer register: team Luchthavens, luchthavens@ilent.nl.")
d.small("Export uit het zaaksysteem. Kolom 'Contact luchthaven' bevat de compliance monitoring managers zoals bij de ILT "
        "bekend op 15 januari 2025.")
d.r("INITIALS", "SOB", "SOB")
d.r("INITIALS", "MVH", "MVH")
d.r("INITIALS", "JTa", "JTa")
d.r("INITIALS", "KLa", "KLa")
d.r("INITIALS", "IVr", "IVr")
d.r("INITIALS", "DSo", "DSo")
d.r("PERSON", "R. Kuijpers-Vos", "Kuijpers-Vos")
d.r("PERSON", "Linda Rozendaal", "Rozendaal")
d.r("PERSON", "Pieter-Jan Wolfswinkel", "Wolfswinkel")
d.r("PERSON", "H. de Mol", "de Mol")
d.r("PERSON", "J. Offermans", "Offermans")
d.r("PERSON", "Sanne Oudshoorn-Bakx", "Oudshoorn-Bakx")
d.r("PERSON", "Marloes Verhaeghe", "Verhaeghe")
d.r("PERSON", "Jeroen Tammeling", "Tammeling")
d.r("PERSON", "Koen Lammertink", "Lammertink")
d.r("PERSON", "Ilse Vroegindeweij", "Vroegindeweij")
d.r("PERSON", "Dewi Soebagio", "Soebagio")
d.k("ORG", "ILT")
d.k("PLACE", "Eindhoven Airport", "Rotterdam The Hague Airport", "Lelystad Airport", "Groningen Airport Eelde",
    "Maastricht Aachen Airport")
d.k("REF", "LH-24-001", "LH-24-002", "LH-24-003", "LH-24-004", "LH-24-005", "LH-24-006", "LH-24-007", "LH-24-008",
    "LH-24-009", "LH-24-010", "ADR.OPS.B.030", "ADR.OR.B.040", "ADR.OR.D.005", "ADR.OR.E.005", "ADR.OR.D.017")
d.k("EMAIL", "luchthavens@ilent.nl")
d.k("DATE", "15 januari 2025")

# ---------------------------------------------------------------- av09 scanned signed statement (scan)
d = new("av09", "Verklaring grondafhandelaar Lelystad", producer="scan", font="Times", size=12,
        author="scanner ILT Utrecht")
d.scan_seed, d.scan_rot = 11, 0.7
d.h("VERKLARING")
d.p("Ondergetekende,")
d.p("Naam: Dennis Hoogeveen<br/>Geboortedatum: 14-06-1991<br/>Woonadres: Kempenaar 14-28, 8242 BZ Lelystad<br/>"
    "Werkgever: Aviapartner Lelystad B.V., functie platformmedewerker<br/>Personeelsnummer: AVP-55183")
d.p("verklaart het volgende over het voorval op 6 juni 2024 op het platform van Lelystad Airport:")
d.p("Rond 14.20 uur reed ik met de pushback truck over de dienstweg naar opstelplaats 4. Ik had oordoppen in vanwege "
    "het geluid. Ik heb de Piper PA-28 met registratie PH-SVN niet zien aankomen. De vleugeltip van het vliegtuig "
    "raakte de spiegel van mijn voertuig. Niemand raakte gewond. Mijn collega Priscilla Doornbos stond bij de "
    "brandstofwagen en heeft het gezien.")
d.p("Ik verklaar dat ik die dag geen medicijnen gebruikte en niet onder invloed was. Ik heb deze verklaring "
    "zelf gelezen en ben het ermee eens.")
d.p("Opgemaakt te Lelystad op 7 juni 2024, in aanwezigheid van inspecteur R. Hoekstein (ILT).")
d.sp(4)
d.p("Handtekening:")
d.sig("D. Hoogeveen", 55)
d.p("Dennis Hoogeveen")
d.r("PERSON", "Dennis Hoogeveen", "Hoogeveen", "Dennis", ocr=True)
d.r("DOB", "14-06-1991", "14-06-1991", ocr=True)
d.r("ADDRESS", "Kempenaar 14-28, 8242 BZ Lelystad", "Kempenaar 14-28", "8242 BZ", ocr=True)
d.r("PERSONNELNR", "AVP-55183", "AVP-55183", ocr=True)
d.r("PERSON", "Priscilla Doornbos", "Doornbos", "Priscilla", ocr=True)
d.r("PERSON", "Ruud Hoekstein", "Hoekstein", ocr=True)

# ---------------------------------------------------------------- av10 name only in bookmarks and annotations
d = new("av10", "Thema-analyse baanincursies regionale luchthavens 2024", font="DejaVuSerif", size=10,
        header="ILT | Thema-analyse | versie 0.9 (concept)", author="ILT Domein Luchtvaart")
d.h("Thema-analyse baanincursies op regionale luchthavens, 2024")
d.p("<b>Samenvatting.</b> In 2024 ontving het Analysebureau Luchtvaartvoorvallen 61 meldingen van baanincursies op de "
    "regionale luchthavens, tegen 47 in 2023. Eindhoven Airport en Rotterdam The Hague Airport hadden samen 38 "
    "meldingen. In 71 procent van de gevallen ging het om voertuigen, in 22 procent om luchtvaartuigen en in 7 "
    "procent om personen te voet.")
d.h("1. Aanleiding")
d.p("De ILT voert jaarlijks een thema-analyse uit op basis van de meldingen die onder Verordening (EU) nr. 376/2014 "
    "worden gedaan. Het thema voor 2024 is gekozen na overleg met LVNL en de Militaire Luchtvaartautoriteit, mede "
    "vanwege de stijging op Rotterdam The Hague Airport.")
d.h("2. Werkwijze")
d.p("Alle meldingen zijn geclassificeerd volgens de ICAO-definitie van runway incursion en de ernstcategorieën A tot "
    "en met E. De analyse is gebaseerd op de gegevens in ECCAIRS2. Er zijn geen persoonsgegevens van melders gebruikt.")
d.t([["Luchthaven", "2023", "2024", "Ernst A/B"],
     ["Eindhoven Airport", "17", "20", "1"],
     ["Rotterdam The Hague Airport", "9", "18", "2"],
     ["Groningen Airport Eelde", "8", "9", "0"],
     ["Maastricht Aachen Airport", "11", "12", "0"],
     ["Lelystad Airport", "2", "2", "0"]], [70, 25, 25, 25])
d.pb()
d.h("3. Bevindingen")
d.p("De voornaamste oorzaken zijn: onduidelijke markeringen bij werkzaamheden, communicatie op de verkeerstoren- en "
    "grondfrequentie en ontbrekende kennis van hotspots bij bestuurders van voertuigen. Bij luchtvaartuigen speelt "
    "vooral de briefing over tijdelijke wijzigingen (NOTAM's) een rol.")
d.h("4. Aanbevelingen")
d.p("De ILT beveelt de luchthavens aan een Local Runway Safety Team in te stellen conform het European Action Plan for "
    "the Prevention of Runway Incursions (EAPPRI 3.0) en de rijvaardigheidseisen voor platformbestuurders te "
    "harmoniseren. LVNL wordt gevraagd de stopbar-procedures tussen de luchthavens gelijk te trekken.")
d.outline = [("Concept - opmerkingen verwerkt van R. Hoekstein", 0), ("Tabel 1 - check cijfers Yvonne Kalkman (IenW)", 0),
             ("Bevindingen", 1)]
d.annots = [(0, "Hoekstein, Ruud", "Ruud: cijfers 2023 nog afstemmen met Yvonne (06-51397720)."),
            (1, "Kalkman, Yvonne", "Akkoord met aanbeveling 2, graag ook Olaf Ridderhof van LVNL noemen.")]
d.r("PERSON", "Ruud Hoekstein", "Hoekstein", channel="outline")
d.r("PERSON", "Ruud Hoekstein", "Ruud", channel="annotations")
d.r("PERSON", "Yvonne Kalkman", "Kalkman", "Yvonne", channel="outline")
d.r("PHONE", "06-51397720", "06-51397720", channel="annotations")
d.r("PERSON", "Olaf Ridderhof", "Ridderhof", "Olaf", channel="annotations")
d.k("ORG", "Analysebureau Luchtvaartvoorvallen", "LVNL", "Militaire Luchtvaartautoriteit", "ILT")
d.k("PLACE", "Eindhoven Airport", "Rotterdam The Hague Airport", "Groningen Airport Eelde", "Maastricht Aachen Airport",
    "Lelystad Airport")
d.k("LAW", "Verordening (EU) nr. 376/2014")
d.k("PROGRAMME", "European Action Plan for the Prevention of Runway Incursions", "EAPPRI 3.0", "Local Runway Safety Team")
d.k("PRODUCT", "ECCAIRS2")

# ---------------------------------------------------------------- av11 beslisnota (docx) with paraph table
d = new("av11", "Beslisnota reactie op EASA-bevinding NL.ADR.04", producer="docx", font="Carlito", size=10.5,
        header="Ministerie van Infrastructuur en Waterstaat - DG Luchtvaart en Maritieme Zaken", author="Strijbosch, H.")
d.h("Nota aan de minister")
d.t([["", ""],
     ["Aan", "de minister van Infrastructuur en Waterstaat"],
     ["Van", "Directie Luchtvaart, Hanneke Strijbosch"],
     ["Datum", "22 november 2024"],
     ["Kenmerk", "IENW/BSK-2024/330915"],
     ["Onderwerp", "Reactie op EASA-standaardisatiebevinding NL.ADR.04 en inzet ILT-capaciteit"],
     ["Contactpersoon", "H. Strijbosch, T 06-19283746, hanneke.strijbosch@minienw.nl"],
     ["Kopie aan", "ILT, directie Toezichtbeleid; Pieter-Jan Wolfswinkel (DGLM/LUCHTVAART)"]], [35, 131])
d.h("Aanleiding")
d.p("EASA heeft in juni 2024 een standaardisatie-inspectie uitgevoerd bij de Nederlandse bevoegde autoriteit. De "
    "bevinding NL.ADR.04 betreft het toezicht op wijzigingen bij gecertificeerde luchthavens. De ILT heeft een "
    "correctief actieplan opgesteld; EASA vraagt om aanvullend bewijs over de opleiding van inspecteurs.")
d.h("Geadviseerd besluit")
d.p("Aan de minister wordt gevraagd kennis te nemen van het actieplan en in te stemmen met een tijdelijke uitbreiding "
    "van de formatie van het team Luchthavens van de ILT met 2 fte, ten laste van het Infrastructuurfonds.")
d.h("Kern")
d.p("Zonder extra capaciteit loopt Nederland het risico dat EASA de bevinding als 'immediate safety concern' "
    "aanmerkt. Het team Luchthavens telt 9 inspecteurs; twee posities zijn vacant en een inspecteur is langdurig "
    "afwezig. De ILT (Jeroen Tammeling) heeft aangegeven dat werving enkele maanden duurt.")
d.h("Krachtenveld")
d.p("De Tweede Kamer heeft via de motie-Kröger gevraagd om versterking van het toezicht op regionale luchthavens. "
    "De Regionale luchthavens en de Koninklijke Nederlandse Vereniging van Luchtvaartmaatschappijen ondersteunen "
    "een snelle afhandeling van wijzigingen.")
d.h("Informatie die niet openbaar gemaakt kan worden")
d.p("[invullen bij openbaarmaking]")
d.h("Paraaf")
d.t([["Naam", "Functie", "Paraaf", "Datum"],
     ["Hanneke Strijbosch", "senior beleidsmedewerker", "HS", "22-11"],
     ["Pieter-Jan Wolfswinkel", "afdelingshoofd Veiligheid", "PJW", "25-11"],
     ["Y. Kalkman", "plv. directeur Luchtvaart", "YK", "26-11"]], [55, 60, 25, 26])
d.r("PERSON", "Hanneke Strijbosch", "Strijbosch", "Hanneke", "HS")
d.r("PHONE", "06-19283746", "06-19283746")
d.r("EMAIL", "hanneke.strijbosch@minienw.nl", "hanneke.strijbosch@minienw.nl")
d.r("PERSON", "Pieter-Jan Wolfswinkel", "Wolfswinkel", "Pieter-Jan", "PJW")
d.r("PERSON", "Jeroen Tammeling", "Tammeling")
d.r("PERSON", "Yvonne Kalkman", "Kalkman", "YK")
d.k("ORG", "EASA", "ILT", "DGLM", "Koninklijke Nederlandse Vereniging van Luchtvaartmaatschappijen", "Tweede Kamer")
d.k("REF", "IENW/BSK-2024/330915", "NL.ADR.04")
d.k("PERSON_PUBLIC", "motie-Kröger")
d.k("PROGRAMME", "Infrastructuurfonds")
d.k("FUNCTION", "de minister van Infrastructuur en Waterstaat", "senior beleidsmedewerker", "afdelingshoofd Veiligheid",
    "plv. directeur Luchtvaart")
d.k("DATE", "22 november 2024")

# ---------------------------------------------------------------- av12 LVNL controller report (Times) with medical remark
d = new("av12", "LVNL Air Traffic Incident Report 2024-EHRD-0311", font="Times", size=10.5,
        header="Luchtverkeersleiding Nederland - Safety & Compliance - ATIR", author="LVNL Safety")
d.h("Air Traffic Incident Report (ATIR) - intern LVNL")
d.t([["Veld", "Inhoud"],
     ["Nummer", "ATIR 2024-EHRD-0311"],
     ["Datum", "3 oktober 2024, 19:41 lokale tijd"],
     ["Positie", "TWR Rotterdam, werkpositie ADC"],
     ["Verkeersleider", "Charlotte Meeuwsen, ATCO-licentie NL.ATCO.18704, personeelsnummer 40127"],
     ["Supervisor", "Erik-Jan Veldhoen"],
     ["Betrokken verkeer", "PH-EXZ (Embraer 175, KLM Cityhopper), PH-KBB (Cessna 172, Rotterdamse Vliegclub)"]],
    [40, 126])
d.h("Verloop")
d.p("PH-KBB kreeg toestemming voor een touch-and-go op baan 24 terwijl PH-EXZ op 4 NM finale was. De afstand tussen "
    "beide toestellen werd kleiner dan de minimale separatie (2,1 NM waar 3 NM vereist). De verkeersleider gaf PH-EXZ "
    "een go-around. Er volgde een automatische melding via het Safety Nets-systeem.")
d.h("Verklaring verkeersleider")
d.p("Mevrouw Meeuwsen verklaart dat zij de snelheid van de Cessna overschatte en de dienst al vijf uur had gewerkt "
    "zonder pauze, omdat een collega zich ziek had gemeld. Zij vermeldt dat zij sinds augustus onder behandeling is "
    "bij de bedrijfsarts voor migraineklachten en dat zij die avond een aanval voelde opkomen.")
d.h("Maatregelen")
d.p("Charlotte is na het voorval op eigen verzoek van de werkpositie gehaald. De supervisor, de heer Veldhoen, heeft "
    "de melding dezelfde avond in het LVNL-meldsysteem gezet en de ILT geïnformeerd (meldnummer ABL-2024-1003-EHRD). "
    "Het Aeromedical Centre van LVNL beoordeelt haar medische geschiktheid (Part-ATCO.MED).")
d.p("Opgesteld door: E.J. Veldhoen, supervisor TWR Rotterdam, 4 oktober 2024")
d.r("PERSON", "Charlotte Meeuwsen", "Meeuwsen", "Charlotte")
d.r("LICENCE", "NL.ATCO.18704", "NL.ATCO.18704")
d.r("PERSONNELNR", "personeelsnummer 40127", "40127")
d.r("PERSON", "Erik-Jan Veldhoen", "Veldhoen", "Erik-Jan", "E.J.")
d.r("HEALTH", "migraineklachten", "migraineklachten")
d.k("ORG", "Luchtverkeersleiding Nederland", "KLM Cityhopper", "Rotterdamse Vliegclub", "ILT", "LVNL")
d.k("REF", "ATIR 2024-EHRD-0311", "PH-EXZ", "PH-KBB", "ABL-2024-1003-EHRD", "Part-ATCO.MED")
d.k("PRODUCT", "Embraer 175", "Cessna 172", "Safety Nets")
d.k("FUNCTION", "supervisor TWR Rotterdam")
d.k("DATE", "3 oktober 2024", "4 oktober 2024")

# ---------------------------------------------------------------- av13 ILT letter to operator (DejaVuSerif), AM named
d = new("av13", "Brief ILT aan Brabant Air Services - voornemen last onder dwangsom", font="DejaVuSerif", size=9.5,
        header=ILT,
        side=["*Inspectie Leefomgeving", "*en Transport", "Domein Luchtvaart", "Postbus 16191", "2500 BD Den Haag",
              "T 088 489 00 00", "www.ilent.nl", "", "*Behandeld door", "mr. T.A. Rijnsburger", "T 06-30471958",
              "t.rijnsburger@ilent.nl", "", "*Ons kenmerk", "ILT-2025/009114", "", "*Uw kenmerk", "BAS/QM/25-003"])
d.p("Brabant Air Services B.V.<br/>t.a.v. mevrouw C.M. Doornebosch, accountable manager<br/>"
    "Luchthavenweg 81<br/>5657 EA Eindhoven")
d.p("Den Haag, 17 januari 2025")
d.p("Onderwerp: voornemen tot het opleggen van een last onder dwangsom")
d.p("Geachte mevrouw Doornebosch,")
d.p("Op 10 december 2024 heeft de ILT een inspectie uitgevoerd bij Brabant Air Services B.V. (AOC NL-42, "
    "vergunning voor commercieel luchtvervoer met Beechcraft King Air 350). Daarbij is vastgesteld dat "
    "de vlucht- en diensttijden van twee gezagvoerders in november 2024 de grenzen van ORO.FTL.210 overschreden. "
    "Eerder, op 14 mei 2024, is u voor dezelfde overtreding een waarschuwing gegeven.")
d.p("De ILT is daarom voornemens u een last onder dwangsom op te leggen op grond van artikel 11.16 van de Wet "
    "luchtvaart en artikel 5:32 van de Algemene wet bestuursrecht. De dwangsom bedraagt € 5.000 per overtreding, met "
    "een maximum van € 50.000.")
d.p("U kunt binnen twee weken na dagtekening uw zienswijze geven, schriftelijk of mondeling. Uw kwaliteitsmanager, de "
    "heer Thijs van Griensven, heeft telefonisch aangegeven dat u van deze mogelijkheid gebruik wilt maken. Neemt u "
    "daarvoor contact op met mr. Rijnsburger.")
d.p("Hoogachtend,<br/>de Inspecteur-Generaal Leefomgeving en Transport,<br/>namens deze,")
d.sig("F. Blokzijl", 40)
d.p("drs. F. Blokzijl<br/>teamleider Toezicht Luchtvaartoperaties")
d.r("PERSON", "T.A. Rijnsburger", "Rijnsburger")
d.r("PHONE", "06-30471958", "06-30471958")
d.r("EMAIL", "t.rijnsburger@ilent.nl", "t.rijnsburger@ilent.nl")
d.r("PERSON", "Carla Doornebosch", "Doornebosch", "C.M.")
d.r("PERSON", "Thijs van Griensven", "van Griensven", "Thijs")
d.r("PERSON", "Fenna Blokzijl", "Blokzijl")
d.k("ORG", "Brabant Air Services B.V.", "Inspectie Leefomgeving en Transport", "ILT")
d.k("ADDRESS", "Luchthavenweg 81", "Postbus 16191")
d.k("PHONE", "088 489 00 00")
d.k("REF", "ILT-2025/009114", "BAS/QM/25-003", "AOC NL-42", "ORO.FTL.210")
d.k("LAW", "artikel 11.16 van de Wet luchtvaart", "artikel 5:32 van de Algemene wet bestuursrecht")
d.k("PRODUCT", "Beechcraft King Air 350")
d.k("FUNCTION", "accountable manager", "teamleider Toezicht Luchtvaartoperaties", "kwaliteitsmanager")
d.k("DATE", "17 januari 2025", "10 december 2024", "14 mei 2024")
d.k("PLACE", "Eindhoven")

# ---------------------------------------------------------------- av14 sanction decision against a private pilot (LiberationSerif)
d = new("av14", "Besluit bestuurlijke boete luchtruimschending Lelystad", font="LiberationSerif", size=10.5,
        header=ILT, author="mr. T.A. Rijnsburger")
d.p("<b>Aangetekend</b><br/>De heer R.P. Valkhof<br/>Wisentweg 31<br/>8219 AB Lelystad")
d.p("Datum: 6 maart 2025<br/>Ons kenmerk: ILT-2025/031876<br/>Onderwerp: besluit bestuurlijke boete")
d.p("Geachte heer Valkhof,")
d.p("Met deze brief leg ik u een bestuurlijke boete op van € 1.200, omdat u op 23 augustus 2024 met de Robin DR400 "
    "PH-RPV zonder klaring de Lelystad CTR bent binnengevlogen, terwijl deze actief was. Dit is een overtreding van "
    "SERA.6001 van Uitvoeringsverordening (EU) nr. 923/2012 in samenhang met artikel 11.15 van de Wet luchtvaart.")
d.h("Uw gegevens")
d.t([["Gegeven", "Waarde"],
     ["Naam", "Remco Pieter Valkhof"],
     ["Geboortedatum", "9 maart 1979"],
     ["BSN", "271849307"],
     ["Brevet", "PPL(A), licentienummer NL.FCL.PPL.310582"],
     ["Medische verklaring", "klasse 2, beperking VDL (bril verplicht), geldig tot 02-2026"],
     ["Telefoon", "06-84120573"]], [45, 121])
d.h("Uw zienswijze")
d.p("U heeft op 20 januari 2025 uw zienswijze gegeven. U stelt dat de radio uitviel en dat u door stress na het "
    "overlijden van uw vader minder scherp was. Ik heb begrip voor uw situatie, maar u had bij uitval van de radio "
    "buiten de CTR moeten blijven. Wel zie ik aanleiding de boete met 20 procent te matigen.")
d.h("Betaling")
d.p("U dient het bedrag binnen zes weken over te maken naar het CJIB. Als u een betalingsregeling wilt, kunt u dit "
    "aangeven; de terugbetaling van te veel betaalde bedragen gebeurt op uw rekening " + iban("INGB", "6612034") + ".")
d.h("Bezwaar")
d.p("Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de ILT, Postbus 16191, 2500 BD Den Haag, op grond van "
    "de Algemene wet bestuursrecht.")
d.p("Hoogachtend,<br/>de Inspecteur-Generaal Leefomgeving en Transport,<br/>namens deze,<br/>"
    "mr. T.A. Rijnsburger, senior juridisch adviseur")
d.r("PERSON", "Remco Pieter Valkhof", "Valkhof", "Remco Pieter", "R.P.")
d.r("ADDRESS", "Wisentweg 31, 8219 AB Lelystad", "Wisentweg 31", "8219 AB")
d.r("DOB", "9 maart 1979", "9 maart 1979")
d.r("BSN", "271849307", "271849307")
d.r("LICENCE", "NL.FCL.PPL.310582", "NL.FCL.PPL.310582")
d.r("HEALTH", "bril verplicht", "beperking VDL (bril verplicht)")
d.r("PHONE", "06-84120573", "06-84120573")
d.r("HEALTH", "stress after bereavement", "stress na het overlijden van uw vader")
d.r("IBAN", iban("INGB", "6612034"), iban("INGB", "6612034"))
d.r("PERSON", "T.A. Rijnsburger", "Rijnsburger")
d.k("ORG", "ILT", "CJIB")
d.k("REF", "ILT-2025/031876", "PH-RPV", "SERA.6001")
d.k("LAW", "Uitvoeringsverordening (EU) nr. 923/2012", "artikel 11.15 van de Wet luchtvaart", "Algemene wet bestuursrecht")
d.k("PLACE", "Lelystad CTR")
d.k("PRODUCT", "Robin DR400")
d.k("ADDRESS", "Postbus 16191")
d.k("DATE", "6 maart 2025", "23 augustus 2024")
d.k("FUNCTION", "senior juridisch adviseur")

# ---------------------------------------------------------------- av15 scanned occurrence form of a gliding club (scan, Courier)
d = new("av15", "Meldingsformulier zweefvliegclub (scan)", producer="scan", font="Courier", size=10.5,
        author="KNVvL scan")
d.scan_seed, d.scan_rot = 23, -0.9
d.h("MELDINGSFORMULIER VOORVAL - ZWEEFVLIEGEN")
d.p("Vereniging: Eerste Flevolandse Zweefvliegclub, vliegveld Lelystad")
d.p("Datum voorval: 19 mei 2024      Tijd: 15:05 LT")
d.p("Toestel: ASK-21, PH-1487        Lierstart baan 05")
d.p("Vlieger: Joost Marinissen")
d.p("Lidnummer KNVvL: 2019-04418")
d.p("Telefoon: 06-29384710")
d.p("E-mail: joost.marinissen@ziggo.nl")
d.p("Instructeur aan boord: Annemiek Lodewijks")
d.p("Wat gebeurde er? Tijdens de lierstart brak de kabel op circa 120 meter hoogte. De vlieger heeft een "
    "standaard kabelbreukprocedure gevlogen en is veilig geland op het veld. De instructeur heeft niet ingegrepen.")
d.p("Opmerking instructeur: leerling heeft epilepsie in de voorgeschiedenis, medische verklaring LAPL is in orde.")
d.p("Ontvangen ILT: 22-05-2024, paraaf RH")
d.sp(3)
d.p("Handtekening vlieger:")
d.sig("J. Marinissen", 50)
d.r("PERSON", "Joost Marinissen", "Marinissen", "Joost", ocr=True)
d.r("MEMBERNR", "2019-04418", "2019-04418", ocr=True)
d.r("PHONE", "06-29384710", "06-29384710", ocr=True)
d.r("EMAIL", "joost.marinissen@ziggo.nl", "joost.marinissen@ziggo.nl", ocr=True)
d.r("PERSON", "Annemiek Lodewijks", "Lodewijks", "Annemiek", ocr=True)
d.r("HEALTH", "epilepsie", "epilepsie", ocr=True)

# ---------------------------------------------------------------- av16 internal ILT e-mail thread (Carlito), Info /Title hidden
d = new("av16", "Mailwisseling - planning inspecties Q1 2025 (T. Wiersema)", font="Carlito", size=10.5,
        author="Outlook")
d.p("<b>Van:</b> Blokzijl, Fenna<br/><b>Verzonden:</b> dinsdag 7 januari 2025 08:47<br/>"
    "<b>Aan:</b> Lammertink, Koen; Vroegindeweij, Ilse; Soebagio, Dewi<br/><b>CC:</b> planning-luchtvaart@ilent.nl<br/>"
    "<b>Onderwerp:</b> RE: planning inspecties Q1 2025")
d.p("Hoi allen,")
d.p("Dank voor jullie input. Ik heb de planning aangepast: Koen neemt Lelystad Airport (audit 11 en 12 februari), "
    "Ilse en Dewi doen samen Groningen Airport Eelde in maart. De opvolging van bevinding LH-24-008 bij Maastricht "
    "Aachen Airport schuift naar april, omdat Dewi in februari met zwangerschapsverlof gaat (zij komt in juni terug).")
d.p("Ilse, kun jij met de Militaire Luchtvaartautoriteit afstemmen over Eindhoven? Contactpersoon daar is "
    "majoor Sjoerd Plasmeijer (MLA), 06-47719203.")
d.p("Groet, Fenna<br/>Fenna Blokzijl | teamleider Toezicht Luchtvaartoperaties | ILT<br/>M 06-11820469")
d.p("<b>Van:</b> Lammertink, Koen<br/><b>Verzonden:</b> maandag 6 januari 2025 16:12<br/><b>Aan:</b> Blokzijl, Fenna<br/>"
    "<b>Onderwerp:</b> planning inspecties Q1 2025")
d.p("Fenna, ik kan Lelystad in februari doen, maar niet in de week van 17 februari (privé). Groet, Koen")
d.r("PERSON", "Fenna Blokzijl", "Blokzijl", "Fenna")
d.r("PERSON", "Koen Lammertink", "Lammertink", "Koen")
d.r("PERSON", "Ilse Vroegindeweij", "Vroegindeweij", "Ilse")
d.r("PERSON", "Dewi Soebagio", "Soebagio", "Dewi")
d.r("HEALTH", "zwangerschapsverlof", "zwangerschapsverlof")
d.r("PERSON", "Sjoerd Plasmeijer", "Plasmeijer", "Sjoerd")
d.r("PHONE", "06-47719203", "06-47719203")
d.r("PHONE", "06-11820469", "06-11820469")
d.r("PERSON", "Tjeerd Wiersema", "T. Wiersema", channel="metadata")
d.k("ORG", "Militaire Luchtvaartautoriteit", "MLA", "ILT")
d.k("EMAIL", "planning-luchtvaart@ilent.nl")
d.k("PLACE", "Lelystad Airport", "Groningen Airport Eelde", "Maastricht Aachen Airport", "Eindhoven")
d.k("REF", "LH-24-008")
d.k("FUNCTION", "teamleider Toezicht Luchtvaartoperaties", "majoor")
d.k("DATE", "7 januari 2025", "11 en 12 februari")

# ---------------------------------------------------------------- av17 Woo decision (LiberationSans), requester private
d = new("av17", "Besluit op Woo-verzoek over veiligheid Lelystad Airport", font="LiberationSans", size=10,
        header="Ministerie van Infrastructuur en Waterstaat",
        side=["*Ministerie van Infrastructuur", "*en Waterstaat", "Postbus 20901", "2500 EX Den Haag", "", "*Contactpersoon",
              "mr. drs. E. Voskuilen", "Woo-coördinator DGLM", "woo-dglm@minienw.nl", "T 06-58201934", "",
              "*Ons kenmerk", "IENW/BSK-2025/62117", "", "*Uw verzoek", "14 december 2024"],
        author="Ministerie van IenW")
d.p("Mevrouw A.F. Terpstra<br/>Kagelerweg 7<br/>8251 PX Dronten")
d.p("Datum 12 maart 2025<br/>Betreft Besluit op uw Woo-verzoek")
d.p("Geachte mevrouw Terpstra,")
d.p("In uw e-mail van 14 december 2024 (a.terpstra.dronten@gmail.com) heeft u met een beroep op de Wet open overheid "
    "(Woo) gevraagd om documenten over het veiligheidstoezicht op Lelystad Airport in 2024. Uw verzoek is op "
    "16 december 2024 ontvangen en geregistreerd onder nummer 2024-0981.")
d.h("1. Besluit")
d.p("Ik heb besloten uw verzoek gedeeltelijk toe te wijzen. Ik maak 14 documenten deels openbaar; 3 documenten maak ik "
    "volledig openbaar. In de bijgevoegde inventarislijst ziet u welke documenten het betreft.")
d.h("2. Overwegingen")
d.p("In de documenten staan namen, e-mailadressen en telefoonnummers van medewerkers van de ILT, LVNL, EASA en de "
    "luchthaven. Het belang van eerbiediging van de persoonlijke levenssfeer weegt zwaarder dan het belang van "
    "openbaarheid (artikel 5.1, tweede lid, onder e, van de Woo). Namen van bewindspersonen en van Kamerleden blijven "
    "zichtbaar. Gegevens over de gezondheid van betrokkenen vallen onder artikel 5.1, eerste lid, onder d, van de Woo.")
d.p("In twee documenten staan bedrijfsgegevens van Flevo Aviation Training B.V. die vertrouwelijk aan de ILT zijn "
    "meegedeeld. Die gegevens heb ik niet openbaar gemaakt (artikel 5.1, eerste lid, onder c, van de Woo).")
d.h("3. Openbaarmaking")
d.p("De documenten worden ook gepubliceerd op open.overheid.nl. Uw naam en adres worden daarbij niet vermeld.")
d.h("4. Bezwaar")
d.p("Als u het niet eens bent met dit besluit, kunt u binnen zes weken bezwaar maken bij de minister van "
    "Infrastructuur en Waterstaat, Postbus 20901, 2500 EX Den Haag.")
d.p("Hoogachtend,<br/>DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,<br/>namens deze,<br/>de directeur Luchtvaart,")
d.sig("Kalkman", 38)
d.p("Y. Kalkman (plv.)")
d.r("PERSON", "E. Voskuilen", "Voskuilen")
d.r("PHONE", "06-58201934", "06-58201934")
d.r("PERSON", "A.F. Terpstra", "Terpstra", "A.F.")
d.r("ADDRESS", "Kagelerweg 7, 8251 PX Dronten", "Kagelerweg 7", "8251 PX")
d.r("EMAIL", "a.terpstra.dronten@gmail.com", "a.terpstra.dronten@gmail.com")
d.r("PERSON", "Yvonne Kalkman", "Kalkman")
d.k("ORG", "ILT", "LVNL", "EASA", "Flevo Aviation Training B.V.")
d.k("EMAIL", "woo-dglm@minienw.nl")
d.k("ADDRESS", "Postbus 20901")
d.k("REF", "IENW/BSK-2025/62117", "2024-0981")
d.k("LAW", "Wet open overheid", "artikel 5.1, tweede lid, onder e, van de Woo", "artikel 5.1, eerste lid, onder d, van de Woo")
d.k("PLACE", "Lelystad Airport")
d.k("FUNCTION", "Woo-coördinator DGLM", "de directeur Luchtvaart")
d.k("DATE", "12 maart 2025", "14 december 2024")
d.k("WEBSITE", "open.overheid.nl")

# ---------------------------------------------------------------- av18 inventory list (Helvetica, landscape)
d = new("av18", "Inventarislijst Woo-besluit 2024-0981", font="Helvetica", size=8.5, land=True,
        header="Inventarislijst bij besluit IENW/BSK-2025/62117 (Woo-verzoek 2024-0981)")
d.t([["Nr.", "Document", "Datum", "Beoordeling", "Grond", "Opmerking"],
     ["1", "Melding voorval ABL-2024-0817-EHEH", "17-08-2024", "deels openbaar", "5.1.2e, 5.1.1d", "namen bemanning en medische gegevens"],
     ["2", "Interne memo analyse runway incursion", "02-09-2024", "deels openbaar", "5.1.2e, 5.1.1d", ""],
     ["3", "Auditrapport Flevo Aviation Training B.V.", "21-10-2024", "deels openbaar", "5.1.2e, 5.1.1c", "opgesteld door K. Lammertink"],
     ["4", "E-mail EASA over NL.ADR.04", "14-11-2024", "deels openbaar", "5.1.2e, 5.1.2a", ""],
     ["5", "Verslag overleg LVNL", "12-12-2024", "deels openbaar", "5.1.2e", "verslaglegging W. Scheepbouwer"],
     ["6", "Bevindingenregister luchthavens", "15-01-2025", "deels openbaar", "5.1.2e", ""],
     ["7", "Verklaring grondafhandelaar", "07-06-2024", "deels openbaar", "5.1.2e, 5.1.1e", "verklaring van D. Hoogeveen"],
     ["8", "Thema-analyse baanincursies", "28-01-2025", "openbaar", "", "reeds gepubliceerd"],
     ["9", "Nota aan de minister NL.ADR.04", "22-11-2024", "deels openbaar", "5.1.2e", ""],
     ["10", "Kamerbrief veiligheidstoezicht", "20-02-2025", "openbaar", "", "Kamerstuk 29665, nr. 531"],
     ["11", "Brief voornemen last onder dwangsom", "17-01-2025", "deels openbaar", "5.1.2e", ""],
     ["12", "Meldingsformulier zweefvliegclub", "22-05-2024", "deels openbaar", "5.1.2e, 5.1.1d", ""]],
    [10, 75, 22, 28, 30, 95], 8)
d.p("Behandelaar inventarisatie: E. Voskuilen (Woo-team DGLM). Vragen: woo-dglm@minienw.nl.")
d.r("PERSON", "Koen Lammertink", "Lammertink")
d.r("PERSON", "Wouter Scheepbouwer", "Scheepbouwer")
d.r("PERSON", "Dennis Hoogeveen", "Hoogeveen")
d.r("PERSON", "E. Voskuilen", "Voskuilen")
d.k("REF", "IENW/BSK-2025/62117", "2024-0981", "ABL-2024-0817-EHEH", "NL.ADR.04", "Kamerstuk 29665, nr. 531")
d.k("GROUND", "5.1.2e", "5.1.1d", "5.1.1c", "5.1.2a", "5.1.1e")
d.k("STATUS", "deels openbaar")
d.k("ORG", "Flevo Aviation Training B.V.", "EASA", "LVNL", "DGLM")
d.k("EMAIL", "woo-dglm@minienw.nl")

# ---------------------------------------------------------------- av19 complaint of a resident near RTHA (docx)
d = new("av19", "Klacht omwonende Rotterdam The Hague Airport", producer="docx", font="Liberation Serif", size=11,
        author="Wilma Stoutjesdijk")
d.p("W. Stoutjesdijk-Verbeek<br/>Schieveensedijk 118<br/>3045 AW Rotterdam<br/>Tel. 010-4187293 / 06-31570846<br/>"
    "wilma.stoutjesdijk@kpnmail.nl")
d.p("Aan de Inspectie Leefomgeving en Transport<br/>t.a.v. het Meldpunt Luchtvaart<br/>Postbus 16191<br/>2500 BD Den Haag")
d.p("Rotterdam, 4 februari 2025")
d.p("Betreft: laagvliegende toestellen boven Overschie en veiligheid")
d.p("Geachte heer, mevrouw,")
d.p("Sinds de zomer van 2024 vliegen er naar mijn waarneming veel vaker kleine vliegtuigen en helikopters laag over "
    "onze wijk. Op 28 januari 2025 vloog om 22.40 uur een helikopter zo laag dat de ramen trilden. Ik heb dit gemeld "
    "bij het meldpunt van Rotterdam The Hague Airport, maar ik kreeg alleen een standaardantwoord.")
d.p("Ik maak mij zorgen over de veiligheid. Mijn man, Henk Stoutjesdijk, heeft COPD en ligt 's nachts wakker van het "
    "lawaai; onze huisarts heeft ons geadviseerd een klacht in te dienen. Daarnaast woont mijn moeder, mevrouw "
    "G. Verbeek, in het verzorgingshuis aan de Abtsweg, pal onder de aanvliegroute.")
d.p("Ik verzoek de inspectie te controleren of de vliegroutes en minimale vlieghoogtes worden nageleefd, zoals "
    "vastgelegd in het Luchthavenbesluit Rotterdam The Hague Airport. Ik heb hierover ook geschreven aan burgemeester "
    "Schouten en aan de gemeenteraad van Rotterdam.")
d.p("Met vriendelijke groet,")
d.sig("W. Stoutjesdijk", 45)
d.p("Wilma Stoutjesdijk-Verbeek")
d.r("PERSON", "Wilma Stoutjesdijk-Verbeek", "Stoutjesdijk-Verbeek", "Wilma", "Stoutjesdijk")
d.r("ADDRESS", "Schieveensedijk 118, 3045 AW Rotterdam", "Schieveensedijk 118", "3045 AW")
d.r("PHONE", "010-4187293", "010-4187293")
d.r("PHONE", "06-31570846", "06-31570846")
d.r("EMAIL", "wilma.stoutjesdijk@kpnmail.nl", "wilma.stoutjesdijk@kpnmail.nl")
d.r("PERSON", "Henk Stoutjesdijk", "Henk")
d.r("HEALTH", "COPD", "COPD")
d.r("PERSON", "G. Verbeek", "G. Verbeek")
d.k("ORG", "Inspectie Leefomgeving en Transport")
d.k("ADDRESS", "Postbus 16191", "Abtsweg")
d.k("PLACE", "Overschie", "Rotterdam The Hague Airport", "Rotterdam")
d.k("LAW", "Luchthavenbesluit Rotterdam The Hague Airport")
d.k("PERSON_PUBLIC", "burgemeester Schouten")
d.k("DATE", "4 februari 2025", "28 januari 2025")

# ---------------------------------------------------------------- av20 slides (landscape, Info /Author + XMP creator hidden)
d = new("av20", "Safety Performance Review Eindhoven Airport 2024", font="LiberationSans", size=13, land=True,
        header="Safety Performance Review | Eindhoven Airport | ILT - EHEH - MLA", author="Dewi Soebagio")
d.xmp_creator = "Ilse Vroegindeweij"
d.h("Safety Performance Review Eindhoven Airport 2024")
d.p("Jaaroverleg ILT, Eindhoven Airport N.V., LVNL en de Militaire Luchtvaartautoriteit")
d.p("Eindhoven, 13 februari 2025")
d.p("Presentatie: team Luchthavens, Inspectie Leefomgeving en Transport")
d.pb()
d.h("Kerncijfers 2024")
d.t([["Indicator", "2023", "2024", "Trend"],
     ["Vliegbewegingen (burger)", "44.126", "45.802", "+3,8%"],
     ["Meldingen voorvallen", "412", "468", "+13,6%"],
     ["Runway incursions", "17", "20", "+3"],
     ["Vogelaanvaringen per 10.000 bewegingen", "5,1", "4,7", "-0,4"],
     ["Open ILT-bevindingen (level 2)", "3", "2", "-1"]], [110, 40, 40, 40], 12)
d.pb()
d.h("Aandachtspunten en vervolg")
d.p("1. Stopbar-procedure bij werkzaamheden (bevinding LH-24-001) - CAP in uitvoering.")
d.p("2. Vogelwering: logboek en inzet valkeniers (LH-24-002).")
d.p("3. Local Runway Safety Team: eerste bijeenkomst op 3 april 2025.")
d.p("4. Afstemming met de MLA over het Defensie-deel van het luchtvaartterrein (Vliegbasis Eindhoven).")
d.r("PERSON", "Dewi Soebagio", "Soebagio", channel="metadata")
d.r("PERSON", "Ilse Vroegindeweij", "Vroegindeweij", channel="metadata")
d.k("ORG", "Eindhoven Airport N.V.", "LVNL", "Militaire Luchtvaartautoriteit", "Inspectie Leefomgeving en Transport", "MLA")
d.k("PLACE", "Eindhoven", "Vliegbasis Eindhoven")
d.k("REF", "LH-24-001", "LH-24-002")
d.k("PROGRAMME", "Local Runway Safety Team")
d.k("DATE", "13 februari 2025", "3 april 2025")

# ---------------------------------------------------------------- av21 AME referral, Part-MED (Helvetica)
d = new("av21", "Verwijzing medisch beoordelaar ILT (Part-MED)", font="Helvetica", size=9.5,
        header="ILT | Medische zaken luchtvaart | VERTROUWELIJK - MEDISCH")
d.h("Verwijzing naar de medisch beoordelaar (MED.A.050 / ARA.MED.325)")
d.t([["", ""],
     ["Aanvrager", "Edwin Brakenhoff, geboren 2 november 1976"],
     ["Licentie", "NL.FCL.ATPL.418273, medische klasse 1"],
     ["Werkgever", "Transavia Airlines C.V."],
     ["Verwijzend AME", "dr. Marijke Lindeboom, AME NL.AME.0288, Aeromedisch Centrum Eindhoven"],
     ["Medisch beoordelaar ILT", "drs. P. Huisintveld, arts"],
     ["Datum verwijzing", "26 augustus 2024"]], [45, 121])
d.h("Medische gegevens")
d.p("Bij betrokkene is in juli 2024 paroxysmaal atriumfibrilleren vastgesteld. Hij gebruikt sindsdien metoprolol "
    "en apixaban. De cardioloog (Catharina Ziekenhuis) heeft een Holter-onderzoek en een inspanningstest laten doen. "
    "Betrokkene heeft dit niet tijdig gemeld aan zijn AME, zoals MED.A.020 vereist.")
d.p("Advies AME: tijdelijk ongeschikt (unfit) tot beoordeling door de medisch beoordelaar van de ILT; bij herkeuring "
    "mogelijk geschikt met beperking OML (operational multi-pilot limitation).")
d.h("Administratief")
d.p("Het dossier is geregistreerd onder nummer MED-2024-00712. Correspondentie via het functionele postvak "
    "medischezaken.luchtvaart@ilent.nl. De AME is bereikbaar via 040-2391844.")
d.r("PERSON", "Edwin Brakenhoff", "Brakenhoff", "Edwin")
d.r("DOB", "2 november 1976", "2 november 1976")
d.r("LICENCE", "NL.FCL.ATPL.418273", "NL.FCL.ATPL.418273")
d.r("PERSON", "Marijke Lindeboom", "Lindeboom", "Marijke")
d.r("LICENCE", "NL.AME.0288", "NL.AME.0288")
d.r("PERSON", "P. Huisintveld", "Huisintveld")
d.r("HEALTH", "atriumfibrilleren", "paroxysmaal atriumfibrilleren", "metoprolol", "apixaban", "Holter-onderzoek",
    "inspanningstest")
d.r("HEALTH", "unfit", "tijdelijk ongeschikt (unfit)", "beperking OML")
d.r("PHONE", "040-2391844", "040-2391844")
d.k("ORG", "Transavia Airlines C.V.", "ILT", "Catharina Ziekenhuis")
d.k("REF", "MED-2024-00712", "MED.A.050", "ARA.MED.325", "MED.A.020")
d.k("EMAIL", "medischezaken.luchtvaart@ilent.nl")
d.k("FUNCTION", "medisch beoordelaar", "cardioloog")
d.k("DATE", "26 augustus 2024")

# ---------------------------------------------------------------- av22 EASA standardisation report excerpt (DejaVuSans, English)
d = new("av22", "EASA Standardisation Inspection Report NL ADR 2024 (excerpt)", font="DejaVuSans", size=9.5,
        header="EASA | Standardisation | Inspection report ADR.NL.06.2024 | EASA restricted", author="EASA")
d.h("Standardisation Inspection of the Netherlands - Aerodromes (ADR)")
d.t([["Item", "Details"],
     ["Inspection reference", "ADR.NL.06.2024"],
     ["Competent authority", "Human Environment and Transport Inspectorate (ILT), The Hague"],
     ["Dates of visit", "10-14 June 2024"],
     ["EASA team", "Katarzyna Wiśniewska (team leader), Matthias Brennecke, Giulia Santoro-Ferri (observer, ENAC)"],
     ["NAA focal point", "Jeroen Tammeling (ILT)"],
     ["Aerodromes sampled", "Rotterdam The Hague Airport (EHRD), Lelystad Airport (EHLE)"]], [45, 121])
d.h("1. Executive summary")
d.p("The team assessed the capability of the ILT to oversee certified aerodromes in accordance with Regulation (EU) "
    "2018/1139 and Regulation (EU) No 139/2014. Overall, the oversight system is mature. Four findings were raised, "
    "of which one (NL.ADR.04) concerns the assessment of changes under ADR.AR.C.040.")
d.h("2. Findings")
d.t([["Finding", "Requirement", "Description", "Class"],
     ["NL.ADR.01", "ADR.AR.A.030", "Oversight programme does not reflect the risk profile of Lelystad Airport.", "C"],
     ["NL.ADR.02", "ADR.AR.B.005", "Inspectors' qualification records incomplete (2 of 9 sampled).", "C"],
     ["NL.ADR.03", "ADR.AR.C.010", "Follow-up of level 2 findings exceeds the set deadlines in 3 cases.", "C"],
     ["NL.ADR.04", "ADR.AR.C.040", "Changes requiring prior approval were approved without documented assessment.", "C"]],
    [22, 28, 100, 16], 8.5)
d.pb()
d.h("3. Interviews")
d.p("The team interviewed the head of the aerodromes team, Ms Sanne Oudshoorn-Bakx, two inspectors and the compliance "
    "monitoring manager of Rotterdam The Hague Airport, Ms Linda Rozendaal. At Lelystad Airport the team met "
    "Mr Pieter-Jan Wolfswinkel, who explained the postponed opening. Mr Tammeling accompanied the team throughout.")
d.p("One inspector stated that he had been assigned to aerodrome oversight after a long absence for medical reasons "
    "and had not yet completed the recurrent training. The team did not record his name.")
d.h("4. Conclusion")
d.p("The Netherlands is invited to submit a corrective action plan within 60 days via the EASA SIS portal. Questions "
    "on this report can be addressed to standardisation@easa.europa.eu.")
d.r("PERSON", "Katarzyna Wiśniewska", "Wiśniewska", "Katarzyna")
d.r("PERSON", "Matthias Brennecke", "Brennecke", "Matthias")
d.r("PERSON", "Giulia Santoro-Ferri", "Santoro-Ferri", "Giulia")
d.r("PERSON", "Jeroen Tammeling", "Tammeling", "Jeroen")
d.r("PERSON", "Sanne Oudshoorn-Bakx", "Oudshoorn-Bakx", "Sanne")
d.r("PERSON", "Linda Rozendaal", "Rozendaal", "Linda")
d.r("PERSON", "Pieter-Jan Wolfswinkel", "Wolfswinkel", "Pieter-Jan")
d.r("HEALTH", "long absence for medical reasons", "medical reasons")
d.k("ORG", "Human Environment and Transport Inspectorate", "ILT", "EASA", "ENAC")
d.k("REF", "ADR.NL.06.2024", "NL.ADR.01", "NL.ADR.02", "NL.ADR.03", "NL.ADR.04", "ADR.AR.C.040", "ADR.AR.A.030")
d.k("PLACE", "Rotterdam The Hague Airport", "Lelystad Airport", "EHRD", "EHLE")
d.k("LAW", "Regulation (EU) 2018/1139", "Regulation (EU) No 139/2014")
d.k("EMAIL", "standardisation@easa.europa.eu")
d.k("FUNCTION", "team leader", "compliance monitoring manager")
d.k("PRODUCT", "EASA SIS portal")

# ---------------------------------------------------------------- av23 agenda and attendance list (docx)
d = new("av23", "Agenda Veiligheidsplatform Lelystad Airport 2025-1", producer="docx", font="Carlito", size=11,
        header="Veiligheidsplatform Lelystad Airport", author="Secretariaat VPL")
d.h("Agenda en presentielijst - Veiligheidsplatform Lelystad Airport")
d.p("Datum: 27 maart 2025, 13.30-16.00 uur. Locatie: Terminalgebouw Lelystad Airport, Emoeweg 41, Lelystad.")
d.h("Agenda")
d.p("1. Opening door de voorzitter (gedeputeerde Jan de Reus, provincie Flevoland)")
d.p("2. Verslag vorige bijeenkomst (VPL 2024-4)")
d.p("3. Stand van zaken openstelling en natuurvergunning - toelichting ministerie van IenW")
d.p("4. Thema-analyse baanincursies ILT 2024 - presentatie Ruud Hoekstein (ILT)")
d.p("5. Vogelwering en wildbeheer rond de luchthaven - Schiphol Group / Lelystad Airport")
d.p("6. Rondvraag en sluiting")
d.h("Presentielijst")
d.t([["Naam", "Organisatie", "E-mail"],
     ["Jan de Reus (voorzitter)", "Provincie Flevoland", "via secretariaat"],
     ["Ruud Hoekstein", "ILT", "ruud.hoekstein@ilent.nl"],
     ["P.J. Wolfswinkel", "Ministerie van IenW", "pieter-jan.wolfswinkel@minienw.nl"],
     ["Mirjam Scholtus", "Lelystad Airport", "m.scholtus@lelystadairport.nl"],
     ["Ferdinand Bakhuizen", "Eerste Flevolandse Zweefvliegclub", "f.bakhuizen@efzc.nl"],
     ["Nadia El Khattabi", "LVNL", "n.elkhattabi@lvnl.nl"],
     ["Secretariaat", "Gemeente Lelystad", "vpl@lelystad.nl"]], [55, 55, 60])
d.p("Aanmelden en stukken: vpl@lelystad.nl. Secretaris: Gülşen Aydoğan, 06-24801937.")
d.r("PERSON", "Ruud Hoekstein", "Hoekstein", "Ruud")
d.r("EMAIL", "ruud.hoekstein@ilent.nl", "ruud.hoekstein@ilent.nl")
d.r("PERSON", "Pieter-Jan Wolfswinkel", "Wolfswinkel")
d.r("EMAIL", "pieter-jan.wolfswinkel@minienw.nl", "pieter-jan.wolfswinkel@minienw.nl")
d.r("PERSON", "Mirjam Scholtus", "Scholtus", "Mirjam")
d.r("EMAIL", "m.scholtus@lelystadairport.nl", "m.scholtus@lelystadairport.nl")
d.r("PERSON", "Ferdinand Bakhuizen", "Bakhuizen", "Ferdinand")
d.r("EMAIL", "f.bakhuizen@efzc.nl", "f.bakhuizen@efzc.nl")
d.r("PERSON", "Nadia El Khattabi", "El Khattabi", "Nadia")
d.r("EMAIL", "n.elkhattabi@lvnl.nl", "n.elkhattabi@lvnl.nl")
d.r("PERSON", "Gülşen Aydoğan", "Aydoğan", "Gülşen")
d.r("PHONE", "06-24801937", "06-24801937")
d.k("PERSON_PUBLIC", "gedeputeerde Jan de Reus", "Jan de Reus")
d.k("ORG", "Provincie Flevoland", "ILT", "Ministerie van IenW", "Lelystad Airport", "Schiphol Group", "LVNL",
    "Gemeente Lelystad", "Eerste Flevolandse Zweefvliegclub")
d.k("EMAIL", "vpl@lelystad.nl")
d.k("ADDRESS", "Emoeweg 41")
d.k("REF", "VPL 2024-4")
d.k("DATE", "27 maart 2025")

# ---------------------------------------------------------------- av24 application form with AcroForm fields (names only in fields)
d = new("av24", "Aanvraag ontheffing dronevlucht CTR Rotterdam", font="Helvetica", size=9.5,
        header="ILT | Aanvraagformulier ontheffing UAS-operatie in gecontroleerd luchtruim (specifieke categorie)")
d.h("Aanvraag ontheffing UAS-operatie CTR Rotterdam")
d.p("Dit formulier is ingevuld via het portaal Mijn ILT en als PDF met formuliervelden bewaard. De velden rechts "
    "bevatten de gegevens van de aanvrager.")
d.p("Operator: Skyview Inspecties B.V. (UAS-operatornummer NLDabcd1234efgh)")
d.p("Operatie: inspectie van de hoogspanningsmasten van TenneT bij de A13, binnen 2 NM van Rotterdam The Hague "
    "Airport. Datum: 15 april 2025, 06:00-08:00 LT. Maximale hoogte 60 m AGL. Toestel: DJI Matrice 350 RTK.")
d.p("Afstemming met LVNL TWR Rotterdam vereist; toestemming luchthaven via Rotterdam The Hague Airport Operations.")
d.p("Beoordeling ILT: akkoord onder voorwaarden (zaaknummer ILT-UAS-2025-0412).")
d.fields = [("Naam_remote_pilot", "Stefan Quispel"), ("Geboortedatum", "22-07-1988"),
            ("Telefoon_piloot", "06-90317745"), ("Contactpersoon_operator", "Roos Adegeest-Lim")]
d.r("PERSON", "Stefan Quispel", "Quispel", channel="annotations")
d.r("DOB", "22-07-1988", "22-07-1988", channel="annotations")
d.r("PHONE", "06-90317745", "06-90317745", channel="annotations")
d.r("PERSON", "Roos Adegeest-Lim", "Adegeest-Lim", channel="annotations")
d.k("ORG", "Skyview Inspecties B.V.", "TenneT", "LVNL", "ILT")
d.k("REF", "NLDabcd1234efgh", "ILT-UAS-2025-0412")
d.k("PLACE", "Rotterdam The Hague Airport", "CTR Rotterdam", "A13")
d.k("PRODUCT", "DJI Matrice 350 RTK", "Mijn ILT")
d.k("DATE", "15 april 2025")

# ---------------------------------------------------------------- av25 telephone note (Courier)
d = new("av25", "Telefoonnotitie Corendon Dutch Airlines hard landing", font="Courier", size=10,
        header="TELEFOONNOTITIE - ILT Toezicht Luchtvaartoperaties")
d.p("Datum/tijd : 11 februari 2025, 14:35")
d.p("Gesprek met: Bas Kwakernaak, Safety Manager Corendon Dutch Airlines, tel. 06-72048315")
d.p("Genoteerd door: D. Soebagio (ILT)")
d.p("Onderwerp : hard landing PH-CDE op Rotterdam The Hague Airport, 8 februari 2025 (ABL-2025-0208-EHRD)")
d.sp(2)
d.p("De heer Kwakernaak belt naar aanleiding van ons verzoek om informatie. De Boeing 737-800 landde met 2,4 g "
    "op baan 24 bij windstoten tot 38 kt. De gezagvoerder, mevrouw Iris Zandbergen, heeft de landing zelf "
    "gemeld. Het toestel is geïnspecteerd door Corendon Technics; geen structurele schade.")
d.p("Kwakernaak geeft aan dat de eerste officier, Mehmet Yüksekkaya, pas drie weken lijnvlieger was. Hij wil "
    "weten of de ILT een onderzoek start. Ik heb uitgelegd dat het ABL de melding analyseert en dat de OVV "
    "beslist over een eigen onderzoek.")
d.p("Privé-opmerking melder: de gezagvoerder zit momenteel thuis met een hersenschudding na een val (niet "
    "vluchtgerelateerd); zij kan pas over twee weken een verklaring geven.")
d.sp(2)
d.p("Afspraak: Corendon stuurt uiterlijk 25 februari de FDM-gegevens en de crewverklaringen naar abl@ilent.nl.")
d.p("Paraaf: DS")
d.r("PERSON", "Bas Kwakernaak", "Kwakernaak", "Bas")
d.r("PHONE", "06-72048315", "06-72048315")
d.r("PERSON", "Dewi Soebagio", "Soebagio", "DS")
d.r("PERSON", "Iris Zandbergen", "Zandbergen", "Iris")
d.r("PERSON", "Mehmet Yüksekkaya", "Yüksekkaya", "Mehmet")
d.r("HEALTH", "hersenschudding", "hersenschudding")
d.k("ORG", "Corendon Dutch Airlines", "Corendon Technics", "ILT", "OVV", "ABL")
d.k("REF", "PH-CDE", "ABL-2025-0208-EHRD")
d.k("PLACE", "Rotterdam The Hague Airport")
d.k("PRODUCT", "Boeing 737-800")
d.k("EMAIL", "abl@ilent.nl")
d.k("FUNCTION", "Safety Manager")
d.k("DATE", "11 februari 2025", "8 februari 2025")

# ---------------------------------------------------------------- av26 Teams chat export (LiberationMono)
d = new("av26", "Chatexport Teams-kanaal Luchthavens - maart 2025", font="LiberationMono", size=8.5,
        header="Microsoft Teams - export kanaal 'Team Luchthavens / Algemeen' - 03-03-2025 t/m 07-03-2025")
msgs = [
    ("03-03 08:12", "Oudshoorn-Bakx, Sanne", "Goedemorgen! Wie gaat er vrijdag mee naar Lelystad voor de follow-up LH-24-005?"),
    ("03-03 08:20", "Lammertink, Koen", "Ik ga mee. Wolfswinkel van IenW schuift ook aan, zegt hij."),
    ("03-03 08:21", "Vroegindeweij, Ilse", "Ik kan niet, heb fysiotherapie voor mijn schouder op vrijdagochtend."),
    ("03-03 09:02", "Oudshoorn-Bakx, Sanne", "Prima Ilse, beterschap. Koen, neem jij de checklist ADR.OR.D.005 mee?"),
    ("04-03 13:47", "Hoekstein, Ruud", "FYI: EASA (Katarzyna) vraagt of we de trainingsrecords voor NL.ADR.04 deze week sturen."),
    ("04-03 13:55", "Oudshoorn-Bakx, Sanne", "Ruud, de records staan in map Z:\\Luchthavens\\EASA\\2025. Graag geanonimiseerd."),
    ("05-03 10:30", "Tammeling, Jeroen", "Verstuurd via EASA SIS, ref. NL.ADR.04-CAP-v3. Bel me als er iets is: 06-38219405."),
    ("07-03 16:05", "Lammertink, Koen", "Follow-up Lelystad klaar. LH-24-005 kan dicht, rapport volgt maandag."),
]
d.t([["Tijd", "Afzender", "Bericht"]] + [list(m) for m in msgs], [22, 42, 102], 8)
d.r("PERSON", "Sanne Oudshoorn-Bakx", "Oudshoorn-Bakx", "Sanne")
d.r("PERSON", "Koen Lammertink", "Lammertink", "Koen")
d.r("PERSON", "Pieter-Jan Wolfswinkel", "Wolfswinkel")
d.r("PERSON", "Ilse Vroegindeweij", "Vroegindeweij", "Ilse")
d.r("HEALTH", "fysiotherapie voor mijn schouder", "fysiotherapie", "schouder")
d.r("PERSON", "Ruud Hoekstein", "Hoekstein", "Ruud")
d.r("PERSON", "Katarzyna Wiśniewska", "Katarzyna")
d.r("PERSON", "Jeroen Tammeling", "Tammeling", "Jeroen")
d.r("PHONE", "06-38219405", "06-38219405")
d.k("ORG", "EASA", "IenW")
d.k("REF", "LH-24-005", "NL.ADR.04", "ADR.OR.D.005", "NL.ADR.04-CAP-v3")
d.k("PLACE", "Lelystad")
d.k("PRODUCT", "Microsoft Teams", "EASA SIS")

# ---------------------------------------------------------------- av27 correspondence with the OVV (Times)
d = new("av27", "Brief ILT aan OVV - doorzending voorval EHEH", font="Times", size=11, header=ILT,
        side=["*Inspectie Leefomgeving", "*en Transport", "Analysebureau", "Luchtvaartvoorvallen", "Postbus 16191",
              "2500 BD Den Haag", "", "*Contactpersoon", "T. Wiersema", "T 070 456 3390", "tjeerd.wiersema@ilent.nl", "",
              "*Kenmerk", "ILT-2024/119004"])
d.p("Onderzoeksraad voor Veiligheid<br/>t.a.v. de heer ir. M.C. Dongelmans, projectleider luchtvaart<br/>"
    "Postbus 95404<br/>2509 CK Den Haag")
d.p("Den Haag, 19 augustus 2024")
d.p("Onderwerp: doorzending voorval ABL-2024-0817-EHEH")
d.p("Geachte heer Dongelmans,")
d.p("Op grond van artikel 7 van de Rijkswet Onderzoeksraad voor veiligheid en Verordening (EU) nr. 996/2010 zend ik u "
    "hierbij de melding van een ernstig incident op Eindhoven Airport op 17 augustus 2024. Het betreft een runway "
    "incursion waarbij een Boeing 737-800 van Transavia de stopstreep bij A4 passeerde terwijl een ander toestel in "
    "de eindnadering was.")
d.p("De melding bevat persoonsgegevens van de bemanning en de verkeersleider. Ik verzoek u deze vertrouwelijk te "
    "behandelen, in overeenstemming met artikel 15 van Verordening (EU) nr. 376/2014. De gezagvoerder is op medische "
    "gronden uit de dienst genomen; de medische gegevens zijn niet bijgevoegd.")
d.p("Bijgevoegd: de melding, het ATIR van LVNL en de radar- en R/T-opnamen (via beveiligde bestandsoverdracht).")
d.p("Met vriendelijke groet,<br/>Tjeerd Wiersema<br/>senior analist, Analysebureau Luchtvaartvoorvallen")
d.r("PERSON", "Tjeerd Wiersema", "Wiersema", "Tjeerd")
d.r("PHONE", "070 456 3390", "070 456 3390")
d.r("EMAIL", "tjeerd.wiersema@ilent.nl", "tjeerd.wiersema@ilent.nl")
d.r("PERSON", "M.C. Dongelmans", "Dongelmans", "M.C.")
d.r("HEALTH", "op medische gronden uit de dienst genomen", "medische gronden")
d.k("ORG", "Onderzoeksraad voor Veiligheid", "Transavia", "LVNL", "Analysebureau Luchtvaartvoorvallen")
d.k("ADDRESS", "Postbus 95404", "Postbus 16191")
d.k("REF", "ABL-2024-0817-EHEH", "ILT-2024/119004")
d.k("LAW", "Rijkswet Onderzoeksraad voor veiligheid", "Verordening (EU) nr. 996/2010", "Verordening (EU) nr. 376/2014")
d.k("PLACE", "Eindhoven Airport")
d.k("FUNCTION", "projectleider luchtvaart", "senior analist")
d.k("DATE", "19 augustus 2024", "17 augustus 2024")

# ---------------------------------------------------------------- av28 scanned attendance list with signatures (scan)
d = new("av28", "Presentielijst inspectie Eindhoven Airport (scan)", producer="scan", font="Helvetica", size=11,
        author="scan")
d.scan_seed, d.scan_rot = 31, 0.4
d.h("PRESENTIELIJST - Inspectie brandweer luchthaven Eindhoven Airport")
d.p("Datum: 20 november 2024   Locatie: brandweerkazerne Eindhoven Airport")
rows = [["Naam", "Organisatie", "Functie", "Handtekening"]]
people = [("Dewi Soebagio", "ILT", "inspecteur"), ("Ilse Vroegindeweij", "ILT", "inspecteur"),
          ("Rianne Kuijpers-Vos", "Eindhoven Airport", "compliance manager"),
          ("Gerrit Manshanden", "Eindhoven Airport", "commandant brandweer"),
          ("Youri Verbist", "Eindhoven Airport", "bevelvoerder")]
for n, o, f in people:
    rows.append([n, o, f, ""])
d.t(rows, [50, 40, 40, 36], 11)
d.sp(2)
d.p("Voor akkoord, namens Eindhoven Airport N.V.:")
d.sig("R. Kuijpers", 50)
d.r("PERSON", "Dewi Soebagio", "Soebagio", ocr=True)
d.r("PERSON", "Ilse Vroegindeweij", "Vroegindeweij", ocr=True)
d.r("PERSON", "Rianne Kuijpers-Vos", "Kuijpers-Vos", "Rianne", ocr=True)
d.r("PERSON", "Gerrit Manshanden", "Manshanden", "Gerrit", ocr=True)
d.r("PERSON", "Youri Verbist", "Verbist", "Youri", ocr=True)

# ---------------------------------------------------------------- av29 answers to Kamervragen (keep only)
d = new("av29", "Antwoorden Kamervragen vogelaanvaringen Lelystad Airport", font="DejaVuSerif", size=10,
        header="Aanhangsel van de Handelingen - Tweede Kamer der Staten-Generaal", author="Tweede Kamer")
d.p("<b>Vragen van het lid Kröger (GroenLinks-PvdA) aan de minister van Infrastructuur en Waterstaat over het risico "
    "op vogelaanvaringen bij Lelystad Airport (ingezonden 9 januari 2025).</b>")
d.p("<b>Antwoord van minister Madlener (Infrastructuur en Waterstaat) (ontvangen 5 februari 2025).</b>")
d.h("Vraag 1")
d.p("Bent u bekend met het rapport van het Nederlands Lucht- en Ruimtevaartcentrum (NLR) over het risico op "
    "vogelaanvaringen rond Lelystad Airport en de nabijheid van de Oostvaardersplassen?")
d.h("Antwoord 1")
d.p("Ja. Het NLR heeft in opdracht van het ministerie van Infrastructuur en Waterstaat in 2023 een actualisatie "
    "uitgevoerd van de vogelrisicoanalyse. Het rapport is op 14 november 2023 aan uw Kamer gezonden.")
d.h("Vraag 2")
d.p("Hoe houdt de Inspectie Leefomgeving en Transport (ILT) toezicht op de vogelwering bij regionale luchthavens?")
d.h("Antwoord 2")
d.p("De ILT beoordeelt of de luchthavenexploitant voldoet aan ADR.OPS.B.020 van Verordening (EU) nr. 139/2014. De "
    "exploitant moet een programma voor het beheer van wildrisico's hebben en dit uitvoeren. De ILT controleert dit "
    "tijdens audits en inspecties. Bij Eindhoven Airport is in 2024 een bevinding vastgesteld over het logboek van de "
    "vogelwering; die bevinding is inmiddels in behandeling.")
d.h("Vraag 3")
d.p("Deelt u de zorg van omwonenden en natuurorganisaties dat het risico bij Lelystad Airport groter is dan bij "
    "andere luchthavens?")
d.h("Antwoord 3")
d.p("Het NLR concludeert dat het risico beheersbaar is, mits de maatregelen uit het beheerplan worden uitgevoerd. "
    "Lelystad Airport is nog niet opengesteld voor groot handelsverkeer. Voordat dat gebeurt, zal de ILT de "
    "maatregelen beoordelen. Ook het lid Olger van Dijk (NSC) heeft hierover eerder vragen gesteld "
    "(Aanhangsel Handelingen II 2024/25, nr. 812).")
d.h("Vraag 4")
d.p("Bent u bereid de Kamer te informeren voordat een besluit over openstelling wordt genomen?")
d.h("Antwoord 4")
d.p("Ja. Ik informeer uw Kamer, mede namens de minister van Landbouw, Visserij, Voedselzekerheid en Natuur, over de "
    "natuurvergunning en de uitkomsten van het toezicht, voordat een besluit over openstelling wordt genomen. "
    "Ook Provinciale Staten van Flevoland en de gemeenteraad van Lelystad worden geïnformeerd.")
d.k("PERSON_PUBLIC", "Kröger", "minister Madlener", "Olger van Dijk")
d.k("ORG", "GroenLinks-PvdA", "NSC", "Nederlands Lucht- en Ruimtevaartcentrum", "NLR", "Inspectie Leefomgeving en Transport",
    "Provinciale Staten van Flevoland")
d.k("PLACE", "Lelystad Airport", "Oostvaardersplassen", "Eindhoven Airport")
d.k("REF", "ADR.OPS.B.020", "Aanhangsel Handelingen II 2024/25, nr. 812")
d.k("LAW", "Verordening (EU) nr. 139/2014")
d.k("DATE", "9 januari 2025", "5 februari 2025", "14 november 2023")
d.k("FUNCTION", "minister van Landbouw, Visserij, Voedselzekerheid en Natuur")

# ---------------------------------------------------------------- av30 roster of inspectors with personnel numbers (Helvetica)
d = new("av30", "Rooster piketdienst luchtvaartinspecteurs Q2 2025", font="Helvetica", size=9,
        header="ILT - Piketrooster Domein Luchtvaart - Q2 2025 - intern")
d.h("Piketrooster inspecteurs luchtvaart (voorvallen buiten kantoortijd)")
d.p("Bij een ernstig voorval buiten kantoortijd belt de meldkamer de piketinspecteur. Algemeen nummer meldkamer "
    "ILT: 088 489 00 00 (24/7).")
d.t([["Week", "Piketinspecteur", "Personeelsnr.", "Mobiel piket", "Achtervang"],
     ["14-15", "M. Verhaeghe", "P-208841", "06-51208841", "T. Wiersema"],
     ["16-17", "T. Wiersema", "P-199352", "06-51199352", "R. Hoekstein"],
     ["18-19", "R. Hoekstein", "P-214470", "06-51214470", "S. Oudshoorn-Bakx"],
     ["20-21", "S. Oudshoorn-Bakx", "P-187026", "06-51187026", "M. Verhaeghe"],
     ["22-23", "J. Tammeling", "P-203519", "06-51203519", "T. Wiersema"],
     ["24-26", "M. Verhaeghe", "P-208841", "06-51208841", "J. Tammeling"]], [18, 40, 30, 35, 43])
d.p("Ruilen alleen na akkoord van de teamleider (F. Blokzijl). Bij ziekte meldt de piketinspecteur zich af bij de "
    "meldkamer en bij de achtervang.")
d.r("PERSON", "Marloes Verhaeghe", "Verhaeghe")
d.r("PERSON", "Tjeerd Wiersema", "Wiersema")
d.r("PERSON", "Ruud Hoekstein", "Hoekstein")
d.r("PERSON", "Sanne Oudshoorn-Bakx", "Oudshoorn-Bakx")
d.r("PERSON", "Jeroen Tammeling", "Tammeling")
d.r("PERSON", "Fenna Blokzijl", "Blokzijl")
for nr in ("208841", "199352", "214470", "187026", "203519"):
    d.r("PERSONNELNR", "P-" + nr, "P-" + nr)
    d.r("PHONE", "06-51" + nr, "06-51" + nr)
d.k("PHONE", "088 489 00 00")
d.k("ORG", "ILT")
d.k("FUNCTION", "Piketinspecteur", "Achtervang")

# ---------------------------------------------------------------- av31 English letter from a foreign airline (LiberationSerif)
d = new("av31", "TUI fly Belgium - response hard landing EHRD", font="LiberationSerif", size=10.5,
        header="TUI fly Belgium - Safety & Compliance Monitoring", author="TUI fly Safety")
d.p("Human Environment and Transport Inspectorate (ILT)<br/>Aviation Occurrence Analysis Office<br/>P.O. Box 16191<br/>"
    "2500 BD The Hague, the Netherlands")
d.p("Brussels, 28 April 2025<br/>Our reference: TB-SAF-2025-0419<br/>Your reference: ABL-2025-0411-EHRD")
d.p("Dear Mr Wiersema,")
d.p("Thank you for your letter of 15 April 2025 concerning the hard landing of flight TB2351 (Boeing 737 MAX 8, "
    "OO-TMZ) at Rotterdam The Hague Airport on 11 April 2025. Please find our findings below.")
d.p("The aircraft was flown by the first officer, Ms Sofie Vandenbroucke (BE.FCL.ATPL.30448), under supervision of "
    "the commander, Mr Pieter De Wachter (BE.FCL.ATPL.21187). The vertical acceleration recorded by the QAR was 2.1 g. "
    "A hard-landing inspection in accordance with the AMM revealed no damage.")
d.p("Both pilots completed additional simulator training on 23 April 2025. The first officer has been granted "
    "leave for personal reasons (pregnancy) and will resume flying in the autumn; we ask you to treat this "
    "information confidentially.")
d.p("Our findings have been shared with the Belgian Civil Aviation Authority (DGLV/DGTA). For any questions, please "
    "contact our Head of Safety, Mr Wim Declercq, at wim.declercq@tuifly.be or +32 478 22 61 90.")
d.p("Yours sincerely,")
d.sig("W. Declercq", 40)
d.p("Wim Declercq<br/>Head of Safety, TUI fly Belgium")
d.r("PERSON", "Tjeerd Wiersema", "Wiersema")
d.r("PERSON", "Sofie Vandenbroucke", "Vandenbroucke", "Sofie")
d.r("LICENCE", "BE.FCL.ATPL.30448", "BE.FCL.ATPL.30448")
d.r("PERSON", "Pieter De Wachter", "De Wachter")
d.r("LICENCE", "BE.FCL.ATPL.21187", "BE.FCL.ATPL.21187")
d.r("HEALTH", "pregnancy", "pregnancy")
d.r("PERSON", "Wim Declercq", "Declercq", "Wim")
d.r("EMAIL", "wim.declercq@tuifly.be", "wim.declercq@tuifly.be")
d.r("PHONE", "+32 478 22 61 90", "+32 478 22 61 90")
d.k("ORG", "Human Environment and Transport Inspectorate", "TUI fly Belgium", "Belgian Civil Aviation Authority",
    "DGLV/DGTA", "Aviation Occurrence Analysis Office")
d.k("REF", "TB-SAF-2025-0419", "ABL-2025-0411-EHRD", "TB2351", "OO-TMZ")
d.k("PRODUCT", "Boeing 737 MAX 8")
d.k("PLACE", "Rotterdam The Hague Airport", "Brussels")
d.k("FUNCTION", "Head of Safety")
d.k("DATE", "28 April 2025", "11 April 2025", "23 April 2025")

# ---------------------------------------------------------------- av32 ILT news item (keep only)
d = new("av32", "Nieuwsbericht ILT Staat van de Luchtvaartveiligheid 2024", font="Carlito", size=11,
        header="ilent.nl | Nieuws", author="ILT Communicatie")
d.h("ILT: luchtvaart in Nederland veilig, aandacht nodig voor baanincursies op regionale luchthavens")
d.p("Den Haag, 20 februari 2025 - De burgerluchtvaart in Nederland is in 2024 veilig gebleven. Dat blijkt uit de "
    "Staat van de Luchtvaartveiligheid 2024 die de Inspectie Leefomgeving en Transport (ILT) vandaag publiceert. "
    "De inspectie ziet wel een stijging van het aantal baanincursies op regionale luchthavens, vooral op Rotterdam The "
    "Hague Airport en Eindhoven Airport.")
d.p("Minister Madlener van Infrastructuur en Waterstaat heeft de Staat van de Luchtvaartveiligheid vandaag aan de "
    "Tweede Kamer gestuurd. De ILT vraagt luchthavens, LVNL en luchtvaartmaatschappijen samen te werken in Local "
    "Runway Safety Teams, zoals aanbevolen in het European Action Plan for the Prevention of Runway Incursions.")
d.p("Het Analysebureau Luchtvaartvoorvallen ontving in 2024 ruim 11.000 meldingen. De ILT ziet de toename als een "
    "teken van een goede meldcultuur: wie meldt, helpt de luchtvaart veiliger te maken. Melden kan via "
    "www.aviationreporting.eu.")
d.p("Meer informatie: Staat van de Luchtvaartveiligheid 2024 op www.ilent.nl. Journalisten kunnen contact opnemen "
    "met de afdeling Communicatie van de ILT via 088 489 00 00.")
d.k("PERSON_PUBLIC", "Minister Madlener")
d.k("ORG", "Inspectie Leefomgeving en Transport", "ILT", "LVNL", "Tweede Kamer", "Analysebureau Luchtvaartvoorvallen")
d.k("PROGRAMME", "Staat van de Luchtvaartveiligheid 2024", "European Action Plan for the Prevention of Runway Incursions")
d.k("PLACE", "Rotterdam The Hague Airport", "Eindhoven Airport", "Den Haag")
d.k("WEBSITE", "www.aviationreporting.eu", "www.ilent.nl")
d.k("PHONE", "088 489 00 00")
d.k("DATE", "20 februari 2025")

# ---------------------------------------------------------------- av33 annual report of the ABL, with a colophon (Carlito, 3 pages)
d = new("av33", "Jaaroverzicht Analysebureau Luchtvaartvoorvallen 2024", font="Carlito", size=10.5,
        header="ILT | Jaaroverzicht Analysebureau Luchtvaartvoorvallen 2024", author="ILT")
d.h("Jaaroverzicht Analysebureau Luchtvaartvoorvallen 2024")
d.p("Het Analysebureau Luchtvaartvoorvallen (ABL) van de Inspectie Leefomgeving en Transport verzamelt en analyseert "
    "de meldingen van voorvallen in de burgerluchtvaart. Dit jaaroverzicht beschrijft de meldingen over 2024, met "
    "bijzondere aandacht voor de regionale luchthavens Eindhoven Airport, Rotterdam The Hague Airport, Groningen "
    "Airport Eelde, Maastricht Aachen Airport en Lelystad Airport.")
d.h("1. Meldingen in cijfers")
d.t([["Categorie", "2023", "2024"],
     ["Totaal meldingen", "10.412", "11.236"],
     ["Waarvan commercieel luchtvervoer", "7.918", "8.377"],
     ["Waarvan general aviation", "1.402", "1.561"],
     ["Waarvan luchtverkeersdienstverlening (LVNL)", "804", "912"],
     ["Waarvan drones (UAS)", "288", "386"],
     ["Doorgezonden aan de OVV", "61", "58"]], [90, 35, 35])
d.p("De stijging komt vooral door meer meldingen van luchtvaartmaatschappijen en door de groei van het aantal "
    "dronemeldingen. Het aandeel ernstige incidenten bleef gelijk.")
d.h("2. Regionale luchthavens")
d.p("Op de regionale luchthavens steeg het aantal baanincursies van 47 naar 61. Het ABL heeft hierover een "
    "thema-analyse gemaakt. Daarnaast vielen de vogelaanvaringen op Eindhoven Airport op, met 21 meldingen, en de "
    "laserincidenten rond Rotterdam The Hague Airport (14 meldingen, aangifte bij de politie).")
d.pb()
d.h("3. Just culture")
d.p("De ILT handhaaft het beginsel van just culture: melders worden niet gestraft voor onopzettelijke fouten, zoals "
    "vastgelegd in artikel 16 van Verordening (EU) nr. 376/2014. In 2024 heeft het ABL drie verzoeken ontvangen van "
    "melders die zich benadeeld voelden door hun werkgever. Deze zijn doorgestuurd naar de aangewezen instantie.")
d.h("4. Samenwerking")
d.p("Het ABL werkt samen met LVNL, de Militaire Luchtvaartautoriteit, de OVV en EASA. Gegevens worden uitgewisseld "
    "via het European Central Repository (ECR) en ECCAIRS2. In 2024 nam het ABL deel aan de Network of Analysts van "
    "EASA.")
d.h("5. Vooruitblik 2025")
d.p("In 2025 richt het ABL zich op baanincursies, vermoeidheid van bemanningen en de veiligheid van dronevluchten "
    "nabij luchthavens. De resultaten worden opgenomen in de Staat van de Luchtvaartveiligheid 2025.")
d.pb()
d.h("Colofon")
d.p("Dit jaaroverzicht is opgesteld door het Analysebureau Luchtvaartvoorvallen van de ILT.")
d.p("Redactie: Tjeerd Wiersema en Marloes Verhaeghe<br/>Data-analyse: Bram Oudejans (stagiair TU Delft, "
    "studentnummer 5183027)<br/>Eindredactie: Sanne Oudshoorn-Bakx<br/>Vormgeving: Studio Kiemkracht, Utrecht")
d.p("Inspectie Leefomgeving en Transport<br/>Postbus 16191, 2500 BD Den Haag<br/>088 489 00 00<br/>www.ilent.nl")
d.p("Met dank aan: LVNL (Olaf Ridderhof), Eindhoven Airport N.V. (Rianne Kuijpers-Vos) en de OVV.")
d.r("PERSON", "Tjeerd Wiersema", "Wiersema", "Tjeerd")
d.r("PERSON", "Marloes Verhaeghe", "Verhaeghe", "Marloes")
d.r("PERSON", "Bram Oudejans", "Oudejans", "Bram")
d.r("STUDENTNR", "5183027", "5183027")
d.r("PERSON", "Sanne Oudshoorn-Bakx", "Oudshoorn-Bakx", "Sanne")
d.r("PERSON", "Olaf Ridderhof", "Ridderhof", "Olaf")
d.r("PERSON", "Rianne Kuijpers-Vos", "Kuijpers-Vos", "Rianne")
d.k("ORG", "Analysebureau Luchtvaartvoorvallen", "Inspectie Leefomgeving en Transport", "LVNL", "OVV", "EASA",
    "Militaire Luchtvaartautoriteit", "TU Delft", "Studio Kiemkracht", "Eindhoven Airport N.V.")
d.k("PLACE", "Eindhoven Airport", "Rotterdam The Hague Airport", "Lelystad Airport", "Utrecht")
d.k("LAW", "artikel 16 van Verordening (EU) nr. 376/2014")
d.k("PROGRAMME", "European Central Repository", "Network of Analysts", "Staat van de Luchtvaartveiligheid 2025")
d.k("ADDRESS", "Postbus 16191")
d.k("PHONE", "088 489 00 00")
d.k("WEBSITE", "www.ilent.nl")
d.k("PRODUCT", "ECCAIRS2")

# ---------------------------------------------------------------- av34 CAP letter from the airport operator (docx, 2 pages)
d = new("av34", "Eindhoven Airport - corrective action plan LH-24-001 en LH-24-002", producer="docx",
        font="DejaVu Sans", size=10, header="Eindhoven Airport N.V. - Safety, Quality & Compliance",
        author="Kuijpers-Vos, R.")
d.p("Inspectie Leefomgeving en Transport<br/>Domein Luchtvaart, team Luchthavens<br/>t.a.v. mevrouw "
    "S. Oudshoorn-Bakx<br/>Postbus 16191<br/>2500 BD Den Haag")
d.p("Eindhoven, 30 januari 2025<br/>Ons kenmerk: EA/SQC/2025-014<br/>Uw kenmerk: ILT-2024/141990")
d.p("Onderwerp: correctief actieplan bevindingen LH-24-001 en LH-24-002")
d.p("Geachte mevrouw Oudshoorn-Bakx,")
d.p("Naar aanleiding van uw brief van 18 december 2024 ontvangt u hierbij het correctief actieplan (CAP) van "
    "Eindhoven Airport N.V. voor de bevindingen LH-24-001 (stopbar A4) en LH-24-002 (logboek vogelwering). Het plan "
    "is besproken in het Safety Review Board van 27 januari 2025 onder voorzitterschap van onze accountable "
    "manager, de heer Joris Haverkamp.")
d.h("LH-24-001 - Stopbar A4")
d.t([["Stap", "Maatregel", "Verantwoordelijk", "Gereed"],
     ["1", "Tijdelijke procedure bij uitval stopbar (handmatige afzetting met barrières en verlichting)", "Hoofd "
      "Operations (B. van Tilburg)", "15-02-2025"],
     ["2", "Afstemming met LVNL TWR Eindhoven en Defensie (MLA) over NOTAM-tekst", "Compliance manager (R. Kuijpers-Vos)",
      "28-02-2025"],
     ["3", "Training voor platformmedewerkers en brandweer", "Teamleider Airside (Sven Oudenhoven)", "31-03-2025"]],
    [12, 90, 45, 25])
d.h("LH-24-002 - Logboek vogelwering")
d.p("Het logboek wordt vanaf 1 februari 2025 digitaal bijgehouden in het systeem Avisure. De valkeniers van de "
    "externe partij registreren iedere inzet met tijd, locatie en soort. Het hoofd Wildlife Control, mevrouw "
    "Esther Bongaerts, controleert wekelijks de volledigheid.")
d.p("Op 27 november 2024 was het logboek onvolledig omdat de dienstdoende medewerker die ochtend door een "
    "migraineaanval naar huis moest; er was geen vervanger. Dit is inmiddels in het roosterbeleid opgelost.")
d.h("Contact")
d.p("Voor vragen over dit plan kunt u contact opnemen met ondergetekende via 040-2919 441 of "
    "rianne.kuijpers-vos@eindhovenairport.nl. Het algemene nummer van Eindhoven Airport is 040-2919 818.")
d.p("Met vriendelijke groet,")
d.sig("R. Kuijpers-Vos", 42)
d.p("Rianne Kuijpers-Vos<br/>Compliance Monitoring Manager<br/>Eindhoven Airport N.V.")
d.r("PERSON", "Sanne Oudshoorn-Bakx", "Oudshoorn-Bakx", "S. Oudshoorn-Bakx")
d.r("PERSON", "Joris Haverkamp", "Haverkamp", "Joris")
d.r("PERSON", "B. van Tilburg", "van Tilburg")
d.r("PERSON", "Rianne Kuijpers-Vos", "Kuijpers-Vos", "Rianne")
d.r("PERSON", "Sven Oudenhoven", "Oudenhoven", "Sven")
d.r("PERSON", "Esther Bongaerts", "Bongaerts", "Esther")
d.r("HEALTH", "migraineaanval", "migraineaanval")
d.r("PHONE", "040-2919 441", "040-2919 441")
d.r("EMAIL", "rianne.kuijpers-vos@eindhovenairport.nl", "rianne.kuijpers-vos@eindhovenairport.nl")
d.k("ORG", "Eindhoven Airport N.V.", "Inspectie Leefomgeving en Transport", "LVNL", "MLA", "Safety Review Board")
d.k("PHONE", "040-2919 818")
d.k("ADDRESS", "Postbus 16191")
d.k("REF", "EA/SQC/2025-014", "ILT-2024/141990", "LH-24-001", "LH-24-002")
d.k("PRODUCT", "Avisure")
d.k("FUNCTION", "accountable manager", "Compliance Monitoring Manager", "Hoofd Operations", "Teamleider Airside",
    "hoofd Wildlife Control")
d.k("DATE", "30 januari 2025", "18 december 2024", "27 januari 2025")
