"""Texts of the blind "mixed3" evaluation set (invented Dutch government documents).

Markup (see generate.py):
    [[text|KIND]] / [[text|KIND|probe;probe]]   personal data: must be redacted
    {text|KIND}                                  must stay readable

All persons, addresses, phone numbers, e-mail addresses, BSNs, IBANs and case numbers are invented.
Office holders (ministers, Kamerleden, raadsleden, wethouders, burgemeesters, foreign and EU office
holders) are public in their role and kept.
"""
from __future__ import annotations

PRODUCERS = ("reportlab", "fpdf2", "libreoffice", "chromium")
DOCUMENTS: list = []


def bsn(prefix8: str) -> str:
    """An invented BSN that passes the 11-proef: the first 8 digits, then the check digit."""
    n = int(prefix8)
    while True:
        d = f"{n:08d}"
        s = sum(int(c) * w for c, w in zip(d, range(9, 1, -1)))
        if s % 11 <= 9:
            return d + str(s % 11)
        n += 1


def iban(bank: str, account: str) -> str:
    """An invented Dutch IBAN with valid mod-97 check digits, printed in groups of four."""
    num = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    cd = 98 - int(num) % 97
    raw = f"NL{cd:02d}{bank}{account}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(s: str) -> bool:
    r = s.replace(" ", "")
    r = r[4:] + r[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def typo(s: str, pos: int) -> str:
    """A deliberately malformed copy (one digit changed), still the person's account number."""
    c = s[pos]
    bad = s[:pos] + str((int(c) + 3) % 10) + s[pos + 1:]
    assert not iban_ok(bad)
    return bad


def D(blocks, title="", **kw):
    n = len(DOCUMENTS) + 1
    DOCUMENTS.append(dict(id=f"m3{n:02d}", producer=PRODUCERS[(n - 1) % 4], meta_title=title,
                          blocks=blocks, **kw))


B1 = bsn("20417735")
B2 = bsn("31860244")
B3 = bsn("17395028")
B4 = bsn("25093617")
B5 = bsn("14829376")
I1 = iban("INGB", "0007359214")
I2 = iban("RABO", "0318846572")
I3 = iban("ABNA", "0562017398")
I4 = iban("SNSB", "0927451803")
I2_BAD = typo(I2, 12)
KI1 = iban("BNGH", "0285109347")
I4_BAD = typo(I4, 17)

# ------------------------------------------------------------------------------------------
# m301 reportlab: besluitenlijst gemeenteraad, raadsleden by name + party without title
# ------------------------------------------------------------------------------------------
D([
    ("title", "Besluitenlijst openbare vergadering van de {gemeenteraad|ORG} van {Deventer|PLACE}"),
    ("kv", [("Datum:", "{14 januari 2026|DATE}, 19.30 uur"), ("Plaats:", "raadzaal, {Grote Kerkhof 1|GOVADDR}"),
            ("Voorzitter:", "{burgemeester Korthals|PUBLIC}"),
            ("Notulen:", "[[Ilse Dommering|PERSON]] ({griffie|ORG})")]),
    ("h", "1. Opening en mededelingen"),
    ("p", "De voorzitter opent de vergadering. Afwezig met kennisgeving: De heer {Van Dalen|COUNCIL} ({VVD|ORG}). "
          "Mevrouw {Yilmaz|COUNCIL} ({GroenLinks|ORG}) meldt dat zij later aanschuift. {Wethouder Brinkhorst|PUBLIC} "
          "deelt mee dat de {Omgevingsvisie 2040|PROG} in maart ter inzage gaat."),
    ("h", "2. Spreekrecht burgers"),
    ("p", "Over agendapunt 6 spreekt de heer [[Wouter Hazenberg|PERSON]], bewoner van de "
          "[[Sint Jozefstraat 41|ADDRESS]], namens omwonenden van het {Havenkwartier|PLACE}. De heer "
          "[[Hazenberg|PERSON]] vraagt de raad om de bouwhoogte te beperken. Daarna spreekt mevrouw "
          "[[Fatma Ouali-de Graaf|PERSON|Ouali-de Graaf;Fatma]] over de verkeersveiligheid bij {basisschool De Toermalijn|ORG}. "
          "Mevrouw {Yilmaz|COUNCIL} ({GroenLinks|ORG}) vraagt mevrouw [[Ouali-de Graaf|PERSON]] hoeveel ouders de "
          "petitie hebben getekend. De heer {Schuurman|COUNCIL} ({CDA|ORG}) vraagt of de bewoners zijn gehoord in de "
          "participatie."),
    ("h", "3. Vragenhalfuur"),
    ("p", "De heer {Ter Horst|COUNCIL} ({SP|ORG}) stelt vragen over de wachttijden bij de {Wmo|LAW}. "
          "{Wethouder Okkerse|PUBLIC} antwoordt dat de wachtlijst is teruggebracht tot 310 aanvragen. "
          "Mevrouw {Bosman-Akkermans|COUNCIL} ({D66|ORG}) vraagt naar de inzet van het {sociaal wijkteam|ORG}."),
    ("h", "4. Ingekomen stukken"),
    ("p", "a. Brief van mevrouw [[J. Harmsen-Tuinstra|PERSON|Harmsen-Tuinstra]] over de bomenkap aan de "
          "[[Brinkgreverweg 112|ADDRESS]]: ter afdoening naar het college.\n"
          "b. E-mail van de heer [[Ruud Oldenhof|PERSON]] ([[r.oldenhof73@gmail.com|EMAIL]]) over parkeeroverlast: "
          "voor kennisgeving aangenomen.\n"
          "c. Brief van {Provincie Overijssel|ORG} over het {Regionaal Programma Werklocaties|PROG}: voor kennisgeving."),
    ("h", "6. Raadsvoorstel Herontwikkeling Havenkwartier fase 2"),
    ("p", "De heer {Schuurman|COUNCIL} ({CDA|ORG}) dient amendement A1 in, mede namens mevrouw {Yilmaz|COUNCIL} "
          "({GroenLinks|ORG}). Het amendement wordt aangenomen met 21 stemmen voor en 16 tegen. "
          "{Wethouder Brinkhorst|PUBLIC} zegt toe de raad vóór {1 april 2026|DATE} te informeren. "
          "Ambtelijke ondersteuning: [[Marloes Tjepkema|PERSON]] ({projectleider|FUNC}, "
          "[[m.tjepkema@deventer.nl|EMAIL]])."),
    ("h", "Besluiten"),
    ("table", ["Nr.", "Onderwerp", "Besluit"],
     [["6", "{Havenkwartier|PLACE} fase 2 (amendement A1)", "aangenomen"],
      ["7", "Verordening {Wmo|LAW} 2026", "aangenomen, {VVD|ORG} tegen"],
      ["8", "Motie vreemd: Sporthal {Colmschate|PLACE}", "verworpen"]], (1, 6, 3)),
    ("small", "Vastgesteld in de vergadering van 4 februari 2026. De griffier, de voorzitter."),
], title="Besluitenlijst gemeenteraad")

# ------------------------------------------------------------------------------------------
# m302 fpdf2: raadsvoorstel with steller, inspraakreacties
# ------------------------------------------------------------------------------------------
D([
    ("title", "Raadsvoorstel: Verplaatsing weekmarkt naar het {Stationsplein|PLACE}"),
    ("kv", [("Registratienummer:", "{RV-2026-0117|CASE}"), ("Portefeuillehouder:", "{wethouder De Lange-Smit|PUBLIC}"),
            ("Steller:", "[[drs. T.A. (Tamara) Vrieling|PERSON|Vrieling;Tamara]]"),
            ("Telefoon:", "[[038 - 498 27 61|PHONE]]"), ("E-mail:", "[[t.vrieling@zwolle.nl|EMAIL]]"),
            ("Raadsvergadering:", "{9 maart 2026|DATE}")]),
    ("h", "Voorgesteld besluit"),
    ("p", "1. De weekmarkt per {1 juni 2026|DATE} te verplaatsen van de {Grote Markt|PLACE} naar het "
          "{Stationsplein|PLACE}.\n2. Een krediet van {€ 465.000|AMOUNT} beschikbaar te stellen."),
    ("h", "Inleiding"),
    ("p", "Op verzoek van de {Centrale Vereniging voor Ambulante Handel|ORG} ({CVAH|ACR}) en na de motie van de heer "
          "{Kamphuis|COUNCIL} ({ChristenUnie|ORG}) en mevrouw {Van Rijswijk|COUNCIL} ({PvdA|ORG}) is onderzocht of de "
          "markt kan verhuizen. De {gemeente Zwolle|ORG} heeft drie inloopavonden gehouden."),
    ("h", "Inspraakreacties"),
    ("p", "Er zijn 23 reacties ontvangen. Marktkoopman [[Hendrik-Jan Bouwhuis|PERSON|Bouwhuis;Hendrik-Jan]] "
          "(kaasspeciaalzaak, standplaats 14) vreest omzetverlies. Bewoonster [[Annelies Poortman|PERSON]] "
          "van de [[Stationsweg 3-B|ADDRESS]] vraagt om geluidsmaatregelen op zaterdagochtend. De heer "
          "[[Poortman|PERSON]] stuurde namens het gezin een aanvullende brief. Mevrouw [[Nguyen Thi Lan|PERSON|Nguyen Thi Lan]] (restaurant aan de [[Stationsweg 9|ADDRESS]]) "
          "vraagt of haar terras kan blijven. De {Koninklijke Horeca Nederland|ORG} "
          "afdeling {Zwolle|PLACE} steunt het voorstel."),
    ("h", "Financiën"),
    ("p", "De kosten worden gedekt uit de reserve {Binnenstad|PROG}. Controller [[Gijs Ten Brinke|PERSON|Ten Brinke;Gijs]] "
          "heeft de dekking getoetst."),
    ("h", "Communicatie"),
    ("p", "Vragen van marktkooplieden lopen via [[Tamara|PERSON]] van team {Economie|ORG} of via het algemene "
          "nummer {14 038|SWITCH} en {markt@zwolle.nl|MAILBOX}. Op marktdagen is marktmeester [[Erik Slagman|PERSON]] "
          "bereikbaar op [[06 - 5519 0273|PHONE]]."),
    ("p", "Burgemeester en wethouders van {Zwolle|PLACE},\nde secretaris, de burgemeester,\n"
          "(w.g.)          {P.H. Snijders|PUBLIC}"),
], title="Raadsvoorstel weekmarkt")

# ------------------------------------------------------------------------------------------
# m303 libreoffice: verslag commissievergadering
# ------------------------------------------------------------------------------------------
D([
    ("title", "Verslag commissie {Ruimte en Wonen|ORG}, {3 februari 2026|DATE}"),
    ("kv", [("Aanwezig:", "de leden {Yilmaz|COUNCIL} ({GroenLinks|ORG}), {Van Dalen|COUNCIL} ({VVD|ORG}), "
                          "{El Khadiri|COUNCIL} ({PvdA|ORG}), {Veenstra|COUNCIL} ({Leefbaar Amersfoort|ORG}), "
                          "{De Koning|COUNCIL} ({CDA|ORG})"),
            ("Voorzitter:", "{Mulderije|COUNCIL} ({D66|ORG})"),
            ("Namens het college:", "{wethouder Tigchelaar|PUBLIC}"),
            ("Commissiegriffier:", "[[Ruben Schotanus|PERSON]]"),
            ("Ambtelijk aanwezig:", "[[Yasmina Bouzerda|PERSON]], [[W. (Wim) Roodbeen|PERSON|Roodbeen;Wim]]")]),
    ("h", "1. Inspreker over bestemmingsplan Vathorst-Noord"),
    ("p", "De heer [[Karel Meeuwsen|PERSON]] woont aan de [[Zonnewijzerweg 17|ADDRESS]] en spreekt namens "
          "{Bewonersvereniging Vathorst|ORG}. Hij wijst op de geluidsbelasting van de {A1|PLACE}. Mevrouw "
          "{Yilmaz|COUNCIL} ({GroenLinks|ORG}) vraagt de heer [[Meeuwsen|PERSON]] of er een geluidsmeting is gedaan. "
          "Hij verwijst naar een rapport van [[ing. Petra Schellingerhout|PERSON|Schellingerhout;Petra]] "
          "van {Peutz|ORG}."),
    ("h", "2. Woningbouwprogramma 2026-2030"),
    ("p", "De heer {Van Dalen|COUNCIL} ({VVD|ORG}) vraagt de wethouder hoeveel sociale huurwoningen in "
          "{Vathorst|PLACE} worden gebouwd. {Wethouder Tigchelaar|PUBLIC} antwoordt dat het om 420 woningen "
          "gaat, in samenwerking met {Portaal|ORG} en {Alliantie|ORG}. De heer {El Khadiri|COUNCIL} ({PvdA|ORG}) "
          "wil weten wanneer de {Woonvisie|PROG} wordt herzien. Mevrouw {De Koning|COUNCIL} ({CDA|ORG}) vraagt naar "
          "de rol van de {provincie Utrecht|ORG}. De wethouder laat de vraag beantwoorden door ambtenaar "
          "[[Sjoerd van Wijngaarden|PERSON|Wijngaarden;Sjoerd]] ({programmamanager Wonen|FUNC})."),
    ("h", "3. Toezeggingen"),
    ("table", ["Nr.", "Toezegging", "Aan", "Termijn"],
     [["T26-04", "Geluidsrapport delen met de commissie", "{Van Dalen|COUNCIL}", "maart"],
      ["T26-05", "Overzicht sociale huur per wijk", "{El Khadiri|COUNCIL}", "april"],
      ["T26-06", "Gesprek met {Bewonersvereniging Vathorst|ORG}", "-", "Q2"]], (2, 6, 2, 1.5)),
    ("p", "Het verslag is opgesteld door [[Ruben Schotanus|PERSON]], {commissiegriffier|FUNC}, "
          "[[r.schotanus@amersfoort.nl|EMAIL]], [[06 - 41 27 93 58|PHONE]]."),
], title="Verslag commissie Ruimte en Wonen")

# ------------------------------------------------------------------------------------------
# m304 chromium: geannoteerde agenda Raad Buitenlandse Zaken (Kamerbrief), side column
# ------------------------------------------------------------------------------------------
D([
    ("cols",
     [("p", "{Ministerie van Buitenlandse Zaken|ORG}\n{Rijnstraat 8|GOVADDR}\n2515 XP {Den Haag|PLACE}"),
      ("kv", [("Contactpersoon", "[[Jorien Hofstede-Lammers|PERSON|Hofstede-Lammers;Jorien]]"),
              ("T", "[[070 - 348 61 27|PHONE]]"), ("M", "[[06 - 1532 8840|PHONE]]"),
              ("E", "[[jorien.hofstede@minbuza.nl|EMAIL]]"),
              ("Onze referentie", "{BZ2601845|CASE}"),
              ("Kopie", "[[Thijs Boerma|PERSON]] ({DEU|ACR}), [[Noor Haddou|PERSON]] ({DVB|ACR})")])],
     [("p", "Aan de Voorzitter van de {Tweede Kamer|ORG} der Staten-Generaal\nPostbus 20018\n2500 EA {Den Haag|PLACE}"),
      ("kv", [("Datum", "{12 februari 2026|DATE}"),
              ("Betreft", "Geannoteerde agenda {Raad Buitenlandse Zaken|ORG} van {23 februari 2026|DATE}")])]),
    ("p", "Hierbij bied ik u de geannoteerde agenda aan voor de {Raad Buitenlandse Zaken|ORG} die op "
          "{23 februari 2026|DATE} in {Brussel|PLACE} plaatsvindt. De Raad wordt voorgezeten door de Hoge "
          "Vertegenwoordiger, {Kaja Kallas|FOREIGN}."),
    ("h", "Russische agressie tegen Oekraïne"),
    ("p", "De Oekraïense minister van Buitenlandse Zaken, {Andrii Sybiha|FOREIGN}, zal de Raad informeren over de "
          "situatie. Het kabinet steunt, net als de Duitse minister {Johann Wadephul|FOREIGN} en de Poolse minister "
          "{Radosław Sikorski|FOREIGN}, een twintigste sanctiepakket. Eurocommissaris {Marta Kos|FOREIGN} "
          "({Uitbreiding|ORG}) zal de voortgang van het toetredingsproces toelichten."),
    ("h", "Midden-Oosten"),
    ("p", "De Raad spreekt met de {Jordaanse|PLACE} minister {Ayman Safadi|FOREIGN}. Nederland zet in op "
          "humanitaire toegang; zie ook de motie van de leden {Boswijk|COUNCIL} ({CDA|ORG}) en {Dobbe|COUNCIL} "
          "({SP|ORG}) ({Kamerstuk 21 501-02|CASE})."),
    ("h", "Transatlantische betrekkingen"),
    ("p", "In de marge van de Raad spreekt de minister met {NAVO|ORG}-secretaris-generaal {Mark Rutte|FOREIGN} "
          "en met Eurocommissaris {Kubilius|FOREIGN} (Defensie en Ruimtevaart) over het {European Defence Industry "
          "Programme|PROG} ({EDIP|ACR})."),
    ("p", "De Minister van Buitenlandse Zaken,\n\n\n{David van Weel|PUBLIC}"),
    ("small", "Opgesteld: [[JHL|INITIALS]] / [[R.M. Dekkers-Ouwehand|PERSON|Dekkers-Ouwehand]] ({DEU|ACR}), "
              "meegelezen: [[Bas Vreugdenhil|PERSON]] ({DIE|ACR}), [[TB|INITIALS]]. Bijdrage {Permanente Vertegenwoordiging|ORG} "
              "{Brussel|PLACE}: [[Floor van Asperen|PERSON|van Asperen;Floor]] ([[floor.vanasperen@minbuza.nl|EMAIL]])."),
], title="Geannoteerde agenda RBZ")

# ------------------------------------------------------------------------------------------
# m305 reportlab: beslisnota with paraph route, Eurocommissaris, motivation section
# ------------------------------------------------------------------------------------------
D([
    ("title", "Beslisnota bij Kamerbrief over de herziening van de {Kaderrichtlijn Water|LAW}"),
    ("kv", [("Aan:", "de {minister van Infrastructuur en Waterstaat|FUNC}"),
            ("Van:", "[[Marieke Oosterbaan|PERSON]], {DG Water en Bodem|ORG}"),
            ("Datum:", "{27 januari 2026|DATE}"), ("Kenmerk:", "{IENW/BSK-2026/18342|CASE}"),
            ("Kopie aan:", "[[drs. Hein de Groot|PERSON|Groot;Hein]] ({Juridische Zaken|ORG}), "
                           "[[Lotte Wiersma|PERSON]] ({Communicatie|ORG})"),
            ("Behandeld door:", "[[Marieke Oosterbaan|PERSON]], [[06 - 2871 4406|PHONE]]")]),
    ("h", "Aanleiding"),
    ("p", "Eurocommissaris {Jessika Roswall|FOREIGN} (Milieu, Waterweerbaarheid en Circulaire Economie) heeft op "
          "{4 december 2025|DATE} de evaluatie van de {Kaderrichtlijn Water|LAW} gepresenteerd. Het lid "
          "{Kostić|COUNCIL} ({PvdD|ORG}) heeft tijdens het commissiedebat gevraagd om een kabinetsreactie."),
    ("h", "Geadviseerd besluit"),
    ("p", "Aan de minister wordt gevraagd de bijgevoegde Kamerbrief te ondertekenen en de {Tweede Kamer|ORG} te "
          "informeren vóór het {Schriftelijk Overleg Water|ORG}."),
    ("h", "Kern"),
    ("p", "Het kabinet onderschrijft met de Vlaamse minister {Jo Brouns|FOREIGN} de noodzaak van een realistische "
          "termijn voor 2027. {Rijkswaterstaat|ORG} en de {Unie van Waterschappen|ORG} zijn geconsulteerd; "
          "contactpersoon bij de Unie was [[Gerrit-Jan Hoogendoorn|PERSON|Hoogendoorn;Gerrit-Jan]]."),
    ("p", "Uit de reactie van de Unie (mail van [[Gerrit-Jan Hoogendoorn|PERSON]], [[gj.hoogendoorn@uvw.nl|EMAIL]], "
          "[[06 - 4391 0072|PHONE]]): 'De waterschappen halen 2027 niet zonder extra middelen uit het {Deltafonds|PROG}.'"),
    ("h", "Paraafroute"),
    ("table", ["Naam", "Functie", "Paraaf", "Datum"],
     [["[[M. Oosterbaan|PERSON|Oosterbaan]]", "{beleidsmedewerker|FUNC}", "[[MO|INITIALS]]", "27-01"],
      ["[[A.F. van der Sluijs|PERSON|van der Sluijs]]", "{afdelingshoofd|FUNC}", "[[AFvdS|INITIALS]]", "28-01"],
      ["[[C. Nanninga|PERSON|Nanninga]]", "{directeur Water|FUNC}", "[[CN|INITIALS]]", "29-01"],
      ["{DG Water en Bodem|ORG}", "-", "-", "-"]], (4, 4, 2, 2)),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: in de openbaar gemaakte versie van deze nota zijn alle persoonsgegevens van ambtenaren "
          "geanonimiseerd (5.1.2e)."),
], title="Beslisnota KRW")

# ------------------------------------------------------------------------------------------
# m306 fpdf2: technical report Zero Trust / Azure, two pages
# ------------------------------------------------------------------------------------------
D([
    ("title", "Rapport: Architectuurscan {Zero Trust|TERM} voor de {Dienst ICT Uitvoering|ORG}"),
    ("kv", [("Versie:", "1.2 definitief, {19 januari 2026|DATE}"),
            ("Auteurs:", "[[Niels Brouwer|PERSON]] ({Lead Architect|FUNC}), [[Saskia Veldhuis-Oduya|PERSON|Veldhuis-Oduya;Saskia]] "
                         "({Security Consultant|FUNC}), beide {Sogeti|ORG}"),
            ("Opdrachtgever:", "[[ir. Frank Mulder|PERSON|Mulder;Frank]], {CIO-office|ORG}"),
            ("Classificatie:", "{Departementaal Vertrouwelijk|TERM}")]),
    ("h", "1. Managementsamenvatting"),
    ("p", "De {Dienst ICT Uitvoering|ORG} ({DICTU|ACR}) migreert haar werkplek naar {Microsoft 365|TERM} en een "
          "landingszone in {Microsoft Azure|TERM}. Wij beoordeelden de architectuur tegen het {NIST SP 800-207|LAW} "
          "{Zero Trust|TERM}-model en de {Baseline Informatiebeveiliging Overheid|LAW} ({BIO|ACR}). De identiteitslaag "
          "met {Entra ID|TERM} en {Conditional Access|TERM} is volwassen; de workloads op {Kubernetes|TERM} "
          "({Azure Kubernetes Service|TERM}) missen nog netwerksegmentatie."),
    ("h", "2. Aanpak"),
    ("p", "In november 2025 zijn zeven interviews gehouden. Geïnterviewd zijn onder anderen "
          "[[Youssef Amrani|PERSON]] ({platform engineer|FUNC}), [[Hanneke Zwart|PERSON]] ({CISO|FUNC}), "
          "[[Dirk-Jan Kerkhof|PERSON|Kerkhof;Dirk-Jan]] ({Product Owner|FUNC} werkplek) en "
          "[[Priya Ramcharan|PERSON]] ({Scrum Master|FUNC}). Daarnaast is de configuratie van {SharePoint Online|TERM}, "
          "{Intune|TERM} en {Defender for Endpoint|TERM} bekeken."),
    ("break",),
    ("h", "3. Bevindingen"),
    ("table", ["#", "Bevinding", "Risico", "Bron"],
     [["B1", "Build-pipeline in {Jenkins|TERM} draait met een serviceaccount met Owner-rechten", "hoog",
       "interview [[Amrani|PERSON]]"],
      ["B2", "Logging van {Apache Kafka|TERM} wordt niet doorgezet naar de {SIEM|ACR} ({Splunk|TERM})", "midden",
       "interview [[Zwart|PERSON]]"],
      ["B3", "Geen {Privileged Identity Management|TERM} voor beheerders van {SharePoint Online|TERM}", "hoog",
       "configuratiereview"],
      ["B4", "{Terraform|TERM}-state staat in een publiek leesbare storage account", "hoog", "scan 12-11"]],
     (0.6, 6, 1.3, 2.4)),
    ("h", "4. Aanbevelingen"),
    ("p", "Wij adviseren een {Proof of Concept|TERM} met {Azure Firewall|TERM} en {Calico|TERM}-netwerkbeleid, en "
          "het opnemen van {Grafana|TERM}-dashboards in het {Security Operations Center|ORG} ({SOC|ACR}). "
          "De {Change Advisory Board|ORG} ({CAB|ACR}) besluit in februari. Vragen over dit rapport: "
          "[[niels.brouwer@sogeti.com|EMAIL]] of [[+31 6 4120 9375|PHONE]]; algemene vragen via "
          "{servicedesk@dictu.nl|MAILBOX}."),
    ("p", "Met dank aan [[Hanneke|PERSON]] en [[Youssef|PERSON]] voor de snelle toegang tot de tenant."),
    ("h", "Versiebeheer"),
    ("table", ["Versie", "Datum", "Auteur", "Wijziging"],
     [["0.1", "14-11-2025", "[[NB|INITIALS]]", "opzet"], ["0.9", "08-12-2025", "[[SVO|INITIALS]]", "bevindingen"],
      ["1.0", "12-01-2026", "[[NB|INITIALS]] / [[FM|INITIALS]]", "review opdrachtgever"],
      ["1.2", "19-01-2026", "[[NB|INITIALS]]", "reactie {CISO|FUNC} verwerkt"]], (1, 2, 3, 5)),
    ("h", "Bijlage A. Geïnterviewden"),
    ("table", ["Naam", "Rol", "Datum"],
     [["[[Y. Amrani|PERSON]]", "{platform engineer|FUNC}", "04-11-2025"],
      ["[[H. Zwart|PERSON]]", "{CISO|FUNC}", "05-11-2025"],
      ["[[D.J. Kerkhof|PERSON]]", "{Product Owner|FUNC}", "05-11-2025"],
      ["[[P. Ramcharan|PERSON]]", "{Scrum Master|FUNC}", "06-11-2025"],
      ["[[Marco Lindhout|PERSON]]", "{netwerkbeheerder|FUNC} ({KPN|ORG})", "11-11-2025"],
      ["[[Ingrid Baas-Verkerk|PERSON|Baas-Verkerk;Ingrid]]", "{privacy officer|FUNC}", "12-11-2025"],
      ["[[Tom Rozema|PERSON]]", "{Azure-beheerder|FUNC}", "12-11-2025"]], (4, 4, 2)),
], title="Architectuurscan Zero Trust")

# ------------------------------------------------------------------------------------------
# m307 libreoffice: e-mail thread, Dutch Outlook headers, forwarded chain
# ------------------------------------------------------------------------------------------
D([
    ("kv", [("Van:", "[[Kuipers, Evelien|PERSON|Kuipers;Evelien]]"),
            ("Verzonden:", "dinsdag 10 februari 2026 16:42"),
            ("Aan:", "[[Dijkhuizen, Maarten|PERSON|Dijkhuizen;Maarten]]; {woo@minbzk.nl|MAILBOX}"),
            ("CC:", "[[Tanja Verbeek|PERSON]]"),
            ("Onderwerp:", "RE: Woo-verzoek {2025-0934|CASE} - stukken {Logius|ORG}")]),
    ("p", "Hoi [[Maarten|PERSON]],\n\nIk heb de stukken van {Logius|ORG} over {DigiD|TERM} en {MijnOverheid|TERM} "
          "verzameld (47 documenten). De contactpersoon daar, [[Ronald Spaargaren|PERSON]], wil de zienswijze "
          "uiterlijk {6 maart 2026|DATE} terug. Kun jij de familie-indeling in de inventaris controleren?\n\n"
          "Groet,\n[[Evelien|PERSON]]\n\n[[Evelien Kuipers|PERSON]]\n{Juridisch adviseur|FUNC} Woo\n"
          "{Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|ORG}\n[[M 06 - 3318 7260|PHONE|06 - 3318 7260]]"),
    ("kv", [("Van:", "[[Dijkhuizen, Maarten|PERSON]]"),
            ("Verzonden:", "dinsdag 10 februari 2026 11:05"),
            ("Aan:", "[[Kuipers, Evelien|PERSON]]"),
            ("Onderwerp:", "FW: Woo-verzoek {2025-0934|CASE}")]),
    ("p", "[[Evelien|PERSON]], zie hieronder. De verzoeker is journalist bij {NRC|ORG}; hij wil ook de mails met "
          "{staatssecretaris Szabó|PUBLIC} hebben. Die zitten in het dossier van [[Bert Lagerwey|PERSON]] van het "
          "{DG Digitalisering|ORG}.\n[[Maarten|PERSON]]"),
    ("kv", [("Van:", "[[Jelle Voskuilen|PERSON]] <[[jelle.voskuilen@nrc.nl|EMAIL]]>"),
            ("Verzonden:", "maandag 9 februari 2026 21:17"),
            ("Aan:", "{woo@minbzk.nl|MAILBOX}"),
            ("Onderwerp:", "Woo-verzoek {2025-0934|CASE}")]),
    ("p", "Geachte heer/mevrouw,\n\nGraag ontvang ik ook de correspondentie tussen {staatssecretaris Szabó|PUBLIC} "
          "en de directie van {Logius|ORG} over de storing van {DigiD|TERM} op {2 december 2025|DATE}. Ik ben bereikbaar "
          "op [[06 - 2094 5517|PHONE]].\n\nMet vriendelijke groet,\n[[Jelle Voskuilen|PERSON]]\n{NRC|ORG}, redactie "
          "Binnenland"),
], title="RE: Woo-verzoek")

# ------------------------------------------------------------------------------------------
# m308 chromium: e-mail thread, English headers, vendor staff
# ------------------------------------------------------------------------------------------
D([
    ("kv", [("From:", "[[Sander Rietveld|PERSON]] <[[s.rietveld@rvo.nl|EMAIL]]>"),
            ("Sent:", "Thursday, 22 January 2026 09:31"),
            ("To:", "[[Claire Dubois-Martens|PERSON|Dubois-Martens;Claire]] <[[claire.dubois@microsoft.com|EMAIL]]>"),
            ("Cc:", "[[Ahmed Bouzid|PERSON]] <[[a.bouzid@rvo.nl|EMAIL]]>; [[Marleen Tuinman|PERSON]]; {inkoop@rvo.nl|MAILBOX}"),
            ("Subject:", "RE: Renewal Enterprise Agreement / {Azure OpenAI|TERM} pilot")]),
    ("p", "Dear [[Claire|PERSON]],\n\nThank you for the proposal. Before we can sign, our {Chief Information Security "
          "Officer|FUNC} needs the {Data Protection Impact Assessment|TERM} ({DPIA|ACR}) on {Azure OpenAI|TERM} and "
          "{Copilot for Microsoft 365|TERM}. As discussed with the {Strategisch Leveranciersmanagement Microsoft|ORG} "
          "({SLM Rijk|ACR}) team, the EU Data Boundary must be in place. [[Ahmed|PERSON]] will send you the "
          "{SIVI|ACR} questionnaire.\n\nKind regards,\n[[Sander Rietveld|PERSON]]\n{Contract Manager|FUNC} | "
          "{Rijksdienst voor Ondernemend Nederland|ORG}\n[[M: +31 6 5127 3094|PHONE|+31 6 5127 3094]] | switchboard "
          "{088 042 42 42|SWITCH}"),
    ("kv", [("From:", "[[Claire Dubois-Martens|PERSON]]"),
            ("Sent:", "Wednesday, 21 January 2026 17:58"),
            ("To:", "[[Sander Rietveld|PERSON]]"),
            ("Subject:", "Renewal Enterprise Agreement")]),
    ("p", "Hi [[Sander|PERSON]],\n\nAttached is the renewal for {Microsoft Azure|TERM}, {GitHub Enterprise|TERM} and "
          "{Dynamics 365|TERM}. My colleague [[Tobias Lindqvist|PERSON]] ({Microsoft Ireland|ORG}) can join a call on "
          "{Teams|TERM} about the {Sovereign Cloud|TERM} roadmap that {Microsoft|ORG} announced in Brussels. "
          "Please note that {Commissioner Virkkunen|FOREIGN} asked all hyperscalers for a commitment on the {Data Act|LAW}.\n\n"
          "Best,\n[[Claire|PERSON]]\n\n[[Claire Dubois-Martens|PERSON]] | {Account Executive Public Sector|FUNC}\n"
          "{Microsoft B.V.|ORG} | {Evert van de Beekstraat 354|ORGADDR}, {Schiphol|PLACE}\n"
          "[[+31 6 2290 4713|PHONE]]"),
    ("small", "This e-mail may contain confidential information. {Microsoft|ORG} respects your privacy: "
              "{privacy.microsoft.com|TERM}."),
], title="RE: Renewal Enterprise Agreement")

# ------------------------------------------------------------------------------------------
# m309 reportlab: Teams chat export, first names only
# ------------------------------------------------------------------------------------------
D([
    ("title", "Export chatgesprek {Microsoft Teams|TERM}: kanaal 'Crisisteam storing {Suwinet|TERM}'"),
    ("small", "Geëxporteerd op {16 januari 2026|DATE} uit {Teams|TERM} ten behoeve van Woo-verzoek {UWV-WOO-2026-021|CASE}."),
    ("pre", "[15-01-2026 07:52] [[Joost Vermeulen|PERSON]]\n"
            "Goedemorgen, {Suwinet|TERM} ligt eruit sinds 07:10. {BKWI|ACR} is ingelicht.\n"
            "[15-01-2026 07:55] [[Meryem Aydın|PERSON|Aydın;Meryem]]\n"
            "Klopt, ook de koppeling met {Gemeenten|ORG} via {GGK|ACR} werkt niet. [[Joost|PERSON]], bel jij [[Rik|PERSON]]?\n"
            "[15-01-2026 07:58] [[Joost Vermeulen|PERSON]]\n"
            "[[Rik|PERSON]] zit in de trein, ik app hem. @[[Meryem|PERSON]] kun jij de {Major Incident|TERM} openen in {TOPdesk|TERM}?\n"
            "[15-01-2026 08:06] [[Meryem Aydın|PERSON]]\n"
            "Gedaan: {MI-2026-0012|CASE}. Communicatie wil een tekst voor {uwv.nl|TERM}.\n"
            "[15-01-2026 08:14] [[Rik Oosterhuis|PERSON]]\n"
            "ben er over 20 min. oorzaak lijkt certificaat op de {F5|TERM}-loadbalancer, verlopen om 00:00. "
            "[[joost|PERSON]] kun jij [[Wendy|PERSON]] van {KPN|ORG} bellen? haar nummer is [[06 18 44 20 97|PHONE]]\n"
            "[15-01-2026 08:20] [[Joost Vermeulen|PERSON]]\n"
            "Gebeld. [[Wendy|PERSON]] schaalt op naar hun {NOC|ACR}.\n"
            "[15-01-2026 09:41] [[Rik Oosterhuis|PERSON]]\n"
            "Nieuw certificaat van {PKIoverheid|TERM} staat erop, {Suwinet|TERM} is weer up. Evaluatie volgt met "
            "[[Meryem|PERSON]] en de {Service Manager|FUNC}.\n"
            "[15-01-2026 09:43] [[Meryem Aydın|PERSON]]\n"
            "top ik meld het in het {Landelijk Incidenten Overleg|ORG}. {Minister Van Hijum|PUBLIC} is via de "
            "{Directeur-Generaal|FUNC} geïnformeerd."),
    ("pre", "[15-01-2026 10:02] [[Hasan Yıldız|PERSON|Yıldız;Hasan]]\n"
            "Vanuit {Inkoop|ORG}: het certificaat liep via het contract met {Digidentity|ORG}. Ik zoek uit waarom de "
            "verloopmelding naar de oude mailbox van [[Gerda|PERSON]] ging ([[g.pronk@uwv.nl|EMAIL]]).\n"
            "[15-01-2026 10:05] [[Rik Oosterhuis|PERSON]]\n"
            "[[Gerda Pronk|PERSON|Pronk]] is met pensioen, dus dat verklaart veel"),
    ("small", "Deelnemers: [[Joost Vermeulen|PERSON]], [[Meryem Aydın|PERSON]], [[Rik Oosterhuis|PERSON]], [[Hasan Yıldız|PERSON]]. "
              "Bericht van [[Wendy Kolkman|PERSON|Kolkman]] ({KPN|ORG}) is niet in het kanaal geplaatst."),
], title="Teams export crisisteam")

# ------------------------------------------------------------------------------------------
# m310 fpdf2: WhatsApp export with phone numbers
# ------------------------------------------------------------------------------------------
D([
    ("title", "WhatsApp-export groep 'Hoogwater {Maas|PLACE} {Roermond|PLACE}'"),
    ("small", "Bijlage 4 bij besluit op Woo-verzoek {WOO-2026-07|CASE} van de {gemeente Roermond|ORG}."),
    ("pre", "03-01-26 22:14 - [[Mark|PERSON]]: Peil {Maas|PLACE} bij {Venlo|PLACE} 18,40 m NAP, verwachting morgen 19,10\n"
            "03-01-26 22:16 - [[Ingrid|PERSON]]: Dan gaan de schotten dicht bij de {Roersingel|PLACE}. "
            "{Waterschap Limburg|ORG} staat klaar.\n"
            "03-01-26 22:17 - [[+31 6 3095 1182|PHONE]]: Dit is [[Pieter|PERSON]] van de {Veiligheidsregio Limburg-Noord|ORG}, "
            "ik zit nu in deze groep\n"
            "03-01-26 22:20 - [[Mark|PERSON]]: Welkom [[Pieter|PERSON]]. {Burgemeester Raemakers|PUBLIC} wil om 23:00 een "
            "update.\n"
            "03-01-26 22:31 - [[Ingrid|PERSON]]: Bewoner van [[Hambeek 12|ADDRESS]] belt steeds, mevrouw [[Lemmens|PERSON]], "
            "zij is 84 en slecht ter been. Kan iemand langs?\n"
            "03-01-26 22:33 - [[+31 6 4877 2036|PHONE]]: [[Roy|PERSON]] hier, ik ga met de {brandweer|ORG} langs.\n"
            "03-01-26 23:02 - [[Mark|PERSON]]: {Burgemeester Raemakers|PUBLIC} en {wethouder Van Beek|PUBLIC} zijn "
            "geïnformeerd. Persbericht via {communicatie@roermond.nl|MAILBOX}.\n"
            "04-01-26 06:45 - [[Ingrid|PERSON]]: Nacht rustig. {Rijkswaterstaat|ORG} meldt piek om 14:00 bij "
            "{Roermond|PLACE}.\n"
            "04-01-26 06:47 - [[Pieter|PERSON]]: {ROT|ACR} om 08:00 in het {Huis voor de Veiligheid|ORG}.\n"
            "04-01-26 07:12 - [[Roy|PERSON]]: Mevrouw [[Lemmens|PERSON]] is bij haar dochter [[Nicole|PERSON]] in "
            "{Swalmen|PLACE} ondergebracht, [[Pastoor Vranckenstraat 4|ADDRESS]]. Tel dochter [[06 2250 1963|PHONE]]\n"
            "04-01-26 07:15 - [[Mark|PERSON]]: Dank [[Roy|PERSON]]. Ik zet het in {LCMS|ACR}."),
    ("small", "Leden: [[Mark Hendrikx|PERSON|Hendrikx]] ({gemeente Roermond|ORG}), [[Ingrid Custers-Peeters|PERSON|Custers-Peeters]] "
              "({gemeente Roermond|ORG}), [[Pieter Smeets|PERSON|Smeets]] ([[+31 6 3095 1182|PHONE]]), "
              "[[Roy Janssen|PERSON|Janssen]] ([[+31 6 4877 2036|PHONE]])."),
], title="WhatsApp export hoogwater")

# ------------------------------------------------------------------------------------------
# m311 libreoffice: municipal letter to citizen (beschikking) with BSN, DOB, address in text
# ------------------------------------------------------------------------------------------
D([
    ("p", "{Gemeente Ede|ORG}\nPostbus 9022\n6710 HK {Ede|PLACE}"),
    ("p", "[[De heer R.J. van den Akker|PERSON|van den Akker]]\n[[Burgemeester van Otterloostraat 27|ADDRESS|"
          "Otterloostraat 27]]\n[[6717 BG Ede|ADDRESS|6717 BG]]"),
    ("kv", [("Datum:", "{20 januari 2026|DATE}"), ("Ons kenmerk:", "{Z/26/118402|CASE}"),
            ("Behandeld door:", "[[mevrouw A. Hoekstra|PERSON|Hoekstra]]"),
            ("Telefoon:", "{14 0318|SWITCH}"),
            ("Onderwerp:", "Beschikking gehandicaptenparkeerkaart")]),
    ("p", "Geachte heer [[Van den Akker|PERSON]],"),
    ("p", "Op {2 december 2025|DATE} ontvingen wij uw aanvraag voor een gehandicaptenparkeerkaart (bestuurderskaart) "
          "en een gehandicaptenparkeerplaats bij uw woning aan de [[Burgemeester van|ADDRESS|Burgemeester van "
          "Otterloostraat]]\n[[Otterloostraat 27|ADDRESS]] in {Ede|PLACE}. Uw gegevens:"),
    ("kv", [("Naam:", "[[Rutger Jan van den Akker|PERSON|Rutger Jan]]"),
            ("Geboortedatum:", "[[11-06-1958|DOB]]"),
            ("BSN:", f"[[{B1}|BSN]]"),
            ("Kenteken:", "[[VN-481-K|PLATE]]")]),
    ("h", "Besluit"),
    ("p", "Wij kennen u de gehandicaptenparkeerkaart toe voor de duur van vijf jaar. Het medisch advies van "
          "{Argonaut Advies|ORG} ([[dr. S. Kalkman|PERSON|Kalkman]], {keuringsarts|FUNC}) is bij dit besluit "
          "betrokken. De aanvraag voor een eigen parkeerplaats wijzen wij af, omdat in uw straat "
          "voldoende openbare parkeerplaatsen zijn en uw garage aan het achterpad kan worden gebruikt."),
    ("p", "De kosten van {€ 86,25|AMOUNT} worden geïnd via uw rekening [[" + I1 + "|IBAN]]."),
    ("h", "Bezwaar"),
    ("p", "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij het college van "
          "burgemeester en wethouders van {Ede|PLACE}, via {www.ede.nl/bezwaar|TERM}."),
    ("p", "Met vriendelijke groet,\nnamens het college van burgemeester en wethouders van {Ede|PLACE},\n\n"
          "[[A. Hoekstra|PERSON]]\n{consulent Wmo|FUNC}"),
    ("small", "Afschrift: uw gemachtigde, [[mevrouw L. van den Akker-Post|PERSON|van den Akker-Post]] (dochter), "
              "[[Bosrand 3|ADDRESS]], [[6721 ND Bennekom|ADDRESS|6721 ND]]."),
], title="Beschikking parkeerkaart")

# ------------------------------------------------------------------------------------------
# m312 chromium: bezwaarschrift from a citizen
# ------------------------------------------------------------------------------------------
D([
    ("p", "[[Agnieszka Wiśniewska-Brink|PERSON|Wiśniewska-Brink;Agnieszka]]\n[[Kloosterlaan 8A|ADDRESS]]\n"
          "[[3831 PX Leusden|ADDRESS|3831 PX]]\n[[agnieszka.brink@ziggo.nl|EMAIL]]\ntel. [[06-48213370|PHONE]]"),
    ("p", "Aan het college van burgemeester en wethouders van de {gemeente Leusden|ORG}\nt.a.v. de "
          "{commissie bezwaarschriften|ORG}\n{Hessenweg 1a|GOVADDR}\n3831 AA {Leusden|PLACE}"),
    ("p", "{Leusden|PLACE}, {28 januari 2026|DATE}"),
    ("p", "Betreft: bezwaar tegen de omgevingsvergunning {OV-2025-0377|CASE} (uitbouw [[Kloosterlaan 10|ADDRESS]])"),
    ("p", "Geachte leden van de commissie,\n\nHierbij maak ik, [[A. Wiśniewska-Brink|PERSON]], geboren op "
          "[[3 april 1979|DOB]], bezwaar tegen de vergunning die u op {17 december 2025|DATE} heeft verleend aan "
          "mijn buren, de heer en mevrouw [[Van Ommeren|PERSON]] op nummer 10. De uitbouw van vier meter neemt "
          "het zonlicht in mijn tuin weg. Ik heb hierover op {5 januari 2026|DATE} gesproken met uw medewerker "
          "[[Daan Koopmans|PERSON]] van team {Vergunningen|ORG}; hij verwees mij naar de {Omgevingswet|LAW}."),
    ("p", "Ook mijn andere buurman, [[Henk Brink|PERSON|Henk;Brink]] (mijn schoonvader, [[Kloosterlaan 6|ADDRESS]]), steunt dit "
          "bezwaar. Een bezonningsstudie van {Bureau Stedelijke Planning|ORG} voeg ik als bijlage toe."),
    ("p", "Ik verzoek u de griffierechten van {€ 54|AMOUNT} terug te storten op rekening [[" + I2_BAD + "|IBAN]] "
          "(let op: eerder gaf ik per abuis [[" + I2 + "|IBAN]] op; dat is de rekening van mijn man). "
          "Ik wil graag worden gehoord. Mijn BSN is [[" + B2 + "|BSN]]."),
    ("p", "Met vriendelijke groet,\n\n[[A. Wiśniewska|PERSON|Wiśniewska]]\n\nBijlagen: bezonningsstudie, foto's\n"
          "c.c.: mijn advocaat, [[mr. V.J. Oudshoorn|PERSON|Oudshoorn]] ({Kennedy Van der Laan|ORG})"),
], title="Bezwaarschrift omgevingsvergunning")

# ------------------------------------------------------------------------------------------
# m313 reportlab: presentielijst (attendance table)
# ------------------------------------------------------------------------------------------
D([
    ("title", "Presentielijst regionale werksessie {Programma Aardgasvrije Wijken|PROG}"),
    ("kv", [("Datum:", "{5 februari 2026|DATE}"), ("Locatie:", "{Provinciehuis Drenthe|ORG}, {Assen|PLACE}"),
            ("Organisatie:", "{Regionale Energiestrategie Drenthe|ORG} ({RES|ACR})")]),
    ("table", ["Naam", "Organisatie", "Functie", "Aanw.", "Lunch"],
     [["{gedeputeerde Jumelet|PUBLIC}", "{provincie Drenthe|ORG}", "{gedeputeerde|FUNC}", "ja", "-"],
      ["[[Harm Wolters|PERSON]]", "{provincie Drenthe|ORG}", "{programmasecretaris|FUNC}", "ja", "ja"],
      ["[[E. (Esther) Lubbers|PERSON|Lubbers;Esther]]", "{gemeente Emmen|ORG}", "{beleidsadviseur energie|FUNC}", "ja", "ja"],
      ["[[Oğuz Demirtaş|PERSON|Demirtaş;Oğuz]]", "{Enexis Netbeheer|ORG}", "{accountmanager|FUNC}", "ja", "-"],
      ["[[Geertje Mulder-Drenth|PERSON|Mulder-Drenth;Geertje]]", "{Woonservice Drenthe|ORG}", "{projectleider|FUNC}", "nee", "-"],
      ["{wethouder Bijl|PUBLIC}", "{gemeente Hoogeveen|ORG}", "{wethouder|FUNC}", "ja", "ja"],
      ["[[Kees Pott|PERSON]]", "{gemeente Hoogeveen|ORG}", "{ambtelijk secretaris|FUNC}", "ja", "ja"],
      ["[[A.J.M. Groen|PERSON|Groen]]", "{Drentse Energie Organisatie|ORG}", "-", "ja", "ja"],
      ["[[Tjitske van der Veen|PERSON|Veen;Tjitske]]", "{Rijksdienst voor Ondernemend Nederland|ORG}", "{adviseur|FUNC}", "ja", "-"],
      ["[[Bart Smit|PERSON|Smit;Bart]]", "-", "bewoner {Nieuw-Buinen|PLACE}", "ja", "ja"],
      ["[[Hilde Kampinga-Roelofs|PERSON|Kampinga-Roelofs;Hilde]]", "{Energiecoöperatie Westerveld|ORG}", "{voorzitter|FUNC}", "ja", "-"],
      ["[[Dmitri Volkov|PERSON]]", "{Gasunie|ORG}", "{netwerkplanner|FUNC}", "ja", "ja"],
      ["{burgemeester Seton|PUBLIC}", "{gemeente Midden-Drenthe|ORG}", "{burgemeester|FUNC}", "ja", "-"]],
     (3.3, 3.6, 3, 1, 1)),
    ("p", "Afmeldingen: [[Wim Hoving|PERSON]] ({gemeente Coevorden|ORG}), [[Sanne Everts|PERSON]] "
          "({Waterbedrijf Groningen|ORG}) en {wethouder Kuper|PUBLIC} ({gemeente Emmen|ORG})."),
    ("p", "Het verslag wordt rondgestuurd door [[Harm|PERSON]] via {res@drenthe.nl|MAILBOX}. De volgende sessie gaat "
          "over het {Nationaal Programma Lokale Warmtetransitie|PROG} en de {Wet collectieve warmte|LAW}."),
], title="Presentielijst werksessie")

# ------------------------------------------------------------------------------------------
# m314 fpdf2: contact list with narrow columns
# ------------------------------------------------------------------------------------------
D([
    ("title", "Bereikbaarheidslijst {Regionaal Beleidsteam|ORG} {Veiligheidsregio Zeeland|ORG}"),
    ("small", "Versie {januari 2026|DATE}. Alleen voor intern gebruik. Algemeen nummer meldkamer: {0118 - 42 10 00|SWITCH}."),
    ("table", ["Rol", "Naam", "Mobiel", "Vervanger", "Mail"],
     [["{Voorzitter veiligheidsregio|FUNC}", "{burgemeester Van der Zwaag|PUBLIC}", "via {kabinet|ORG}", "-",
       "{kabinet@vrzeeland.nl|MAILBOX}"],
      ["{Operationeel leider|FUNC}", "[[Marinus Verhulst-Dieleman|PERSON|Verhulst-Dieleman;Marinus]]", "[[06 2741 0983|PHONE]]",
       "[[Jos Boone|PERSON|Boone]]", "[[m.verhulst@vrzeeland.nl|EMAIL]]"],
      ["{Algemeen commandant Brandweer|FUNC}", "[[Jos Boone|PERSON]]", "[[06 5530 1874|PHONE]]", "-",
       "[[j.boone@vrzeeland.nl|EMAIL]]"],
      ["{Hoofd Informatie|FUNC}", "[[Leendert de Kam|PERSON|de Kam;Leendert]]", "[[06 1928 3740|PHONE]]",
       "[[Sophie Louwerse|PERSON|Louwerse]]", "-"],
      ["{Communicatieadviseur|FUNC}", "[[Sophie Louwerse|PERSON]]", "[[06 3372 5506|PHONE]]", "-",
       "{communicatie@vrzeeland.nl|MAILBOX|communicatie@vrzeeland}"],
      ["{GHOR|ACR}", "[[dr. Fenna Ramdin-Kalloe|PERSON|Ramdin-Kalloe;Fenna]]", "[[06 4419 2285|PHONE]]", "-", "-"],
      ["{Politie Zeeland-West-Brabant|ORG}", "[[Corné van Hoeve|PERSON|van Hoeve;Corné]]", "[[06 2077 9412|PHONE]]", "-", "-"],
      ["{Rijkswaterstaat Zee en Delta|ORG}", "[[Ilona Dhooge|PERSON|Dhooge]]", "[[06 5804 6631|PHONE]]", "-",
       "{vcc@rws.nl|MAILBOX}"],
      ["{Waterschap Scheldestromen|ORG}", "[[Adriaan Wisse|PERSON]]", "[[06 1174 5302|PHONE]]", "[[Ilona Dhooge|PERSON]]",
       "[[a.wisse@scheldestromen.nl|EMAIL|a.wisse]]"],
      ["{Defensie|ORG} ({OCMPM|ACR})", "[[kapitein Sven Lindeboom|PERSON|Lindeboom;Sven]]", "[[06 2289 0417|PHONE]]", "-", "-"]],
     (2.2, 2.2, 1.7, 1.4, 2.5)),
    ("p", "Wijzigingen doorgeven aan [[Sophie|PERSON]] of aan het {Veiligheidsbureau|ORG} in {Middelburg|PLACE}. "
          "Bij uitval van {NL-Alert|TERM} of {C2000|TERM} geldt het terugvalscenario uit het {Regionaal Crisisplan|PROG}."),
], title="Bereikbaarheidslijst RBT")

# ------------------------------------------------------------------------------------------
# m315 libreoffice: nasty surnames (De Jonge, Koning, Van Gogh, Bakker)
# ------------------------------------------------------------------------------------------
D([
    ("title", "Memo: voorbereiding bezoek {Koning Willem-Alexander|PUBLIC} aan {Zundert|PLACE}"),
    ("kv", [("Aan:", "{burgemeester Poppe|PUBLIC}"),
            ("Van:", "[[H.M. de Jonge|PERSON|de Jonge]], {kabinetschef|FUNC}"),
            ("Cc:", "[[Ellen Koning|PERSON|Ellen]], [[Thomas van Gogh|PERSON|Thomas;van Gogh]], [[P. Bakker|PERSON|Bakker]]"),
            ("Datum:", "{9 februari 2026|DATE}")]),
    ("p", "Op {13 maart 2026|DATE} bezoekt {Koning Willem-Alexander|PUBLIC} het {Van Gogh Huis|ORG} en de "
          "{Bakkerij Vermeulen|ORG} aan de {Markt|PLACE}. De {Rijksvoorlichtingsdienst|ORG} ({RVD|ACR}) stemt het "
          "programma af met het {Van Gogh Museum|ORG} in {Amsterdam|PLACE}, dat twee tekeningen uitleent."),
    ("p", "Taakverdeling binnen het kabinet:\n- [[Ellen Koning|PERSON]] ({protocol|FUNC}) regelt de ontvangst; "
          "[[mevrouw Koning|PERSON|Koning]] heeft daarvoor contact met de {Dienst Koninklijk Huis|ORG}.\n"
          "- [[Thomas van Gogh|PERSON]] ({communicatie|FUNC}) maakt het persbericht; [[Van Gogh|PERSON|Van Gogh]] is geen familie "
          "van de schilder, maar de pers vraagt er wel naar.\n"
          "- [[Piet Bakker|PERSON]] ({facilitaire zaken|FUNC}) zorgt voor de dranghekken. De bakker zelf, "
          "[[Jeroen Vermeulen|PERSON|Jeroen;Jeroen Vermeulen]], levert de Zundertse bollen."),
    ("p", "Oud-minister {De Jonge|PUBLIC} heeft laten weten niet aanwezig te zijn. De {Commissaris van de Koning|FUNC}, "
          "{Ina Adema|PUBLIC}, is wel aanwezig. Aanspreekvorm: 'Majesteit'."),
    ("p", "Vragen aan [[De Jonge|PERSON|De Jonge]] ([[hm.dejonge@zundert.nl|EMAIL]], [[06 - 2185 3397|PHONE]]) of aan "
          "[[KONING, E.|PERSON|KONING]] via het {Klant Contact Centrum|ORG} ({14 076|SWITCH})."),
    ("table", ["Tijd", "Onderdeel", "Begeleiding"],
     [["10.00", "Aankomst {Van Gogh Huis|ORG}", "[[E. Koning|PERSON]], {burgemeester Poppe|PUBLIC}"],
      ["10.45", "Rondgang {Markt|PLACE}", "[[T. van Gogh|PERSON|T. van Gogh]]"],
      ["11.30", "{Bakkerij Vermeulen|ORG}", "[[P. Bakker|PERSON]], [[Jeroen|PERSON]]"],
      ["12.15", "Vertrek", "{RVD|ACR}"]], (1, 4, 4)),
], title="Memo koninklijk bezoek")

# ------------------------------------------------------------------------------------------
# m316 chromium: interview report SharePoint Online migration
# ------------------------------------------------------------------------------------------
D([
    ("title", "Evaluatie migratie naar {SharePoint Online|TERM}: interviewverslag"),
    ("kv", [("Project:", "{Digitale Werkplek 2.0|PROG}, {Provincie Gelderland|ORG}"),
            ("Uitgevoerd door:", "{Capgemini Nederland|ORG}, [[Laura Bennink|PERSON]] en [[Mehmet Kaya|PERSON]]"),
            ("Periode:", "{oktober 2025|DATE} - {december 2025|DATE}")]),
    ("p", "Deze evaluatie kijkt naar de overgang van {OpenText Documentum|TERM} naar {SharePoint Online|TERM} en "
          "{Microsoft Teams|TERM}. De {Archiefwet 2021|LAW} en het {Gelders Archief|ORG} stellen eisen aan de "
          "duurzame toegankelijkheid. Er is gebruikgemaakt van {Power Automate|TERM}-flows en {Microsoft Purview|TERM} "
          "voor retentielabels."),
    ("table", ["Geïnterviewde", "Rol", "Kernpunt"],
     [["[[Wilma Ter Haar|PERSON|Ter Haar;Wilma]]", "{informatiebeheerder|FUNC}", "Metadata uit {Documentum|TERM} gaat verloren bij export"],
      ["[[Johan Reinders|PERSON]]", "{teamleider Vergunningen|FUNC}", "Medewerkers slaan weer op in {OneDrive|TERM}"],
      ["[[Nadia El Idrissi|PERSON|El Idrissi;Nadia]]", "{Functioneel beheerder|FUNC}", "{Power Automate|TERM} faalt bij grote bestanden"],
      ["[[Stefan Bosch|PERSON]]", "{Solution Architect|FUNC} ({Capgemini|ORG})", "{Azure Blob Storage|TERM} als tussenlaag"],
      ["[[Roel|PERSON]] (achternaam niet genoteerd)", "{Scrum Master|FUNC}", "Sprints te kort voor testen"]], (3, 3, 5)),
    ("h", "Bevindingen"),
    ("p", "Volgens [[Ter Haar|PERSON]] is de {Records Management|TERM}-functie nog niet op orde. [[Reinders|PERSON]] "
          "noemt dat {Copilot|TERM} documenten vindt die medewerkers niet hadden mogen zien. [[El Idrissi|PERSON]] "
          "wijst op de {Microsoft Graph|TERM}-rechten. {Gedeputeerde Van Haaren|PUBLIC} is op {18 december 2025|DATE} "
          "geïnformeerd; {Provinciale Staten|ORG} ontvangen een statenbrief. Het lid {Van der Molen|COUNCIL} "
          "({JA21|ORG}) van {Provinciale Staten|ORG} vroeg al eerder naar de kosten."),
    ("p", "Opmerking [[Mehmet|PERSON]]: het interview met [[Roel|PERSON]] is op diens verzoek niet opgenomen; "
          "[[Wilma|PERSON]] las het verslag na op {6 januari 2026|DATE}."),
    ("p", "Contact: [[laura.bennink@capgemini.com|EMAIL]], [[m.kaya@capgemini.com|EMAIL]]; voor de provincie {post@gelderland.nl|MAILBOX}, "
          "{Markt 11|GOVADDR}, {Arnhem|PLACE}."),
], title="Evaluatie migratie SharePoint Online")

# ------------------------------------------------------------------------------------------
# m317 reportlab: besluitenlijst college van B&W
# ------------------------------------------------------------------------------------------
D([
    ("title", "Besluitenlijst collegevergadering {gemeente Leeuwarden|ORG}, {20 januari 2026|DATE}"),
    ("kv", [("Aanwezig:", "{burgemeester Buma|PUBLIC} (voorzitter), wethouders {Bosma|PUBLIC}, {Van Dam|PUBLIC}, "
                          "{Hofstra|PUBLIC} en {Kootstra|PUBLIC}; {gemeentesecretaris|FUNC}"),
            ("Afwezig:", "{wethouder Van Dam|PUBLIC} (punt 4)")]),
    ("table", ["Nr.", "Onderwerp", "Steller", "Besluit"],
     [["1", "Subsidie {Tresoar|ORG} 2026", "[[Femke Wijnja|PERSON]]", "conform"],
      ["2", "Beantwoording schriftelijke vragen van het raadslid {Deinum|COUNCIL} ({FNP|ORG}) over {Blokhuispoort|PLACE}",
       "[[R. Hoekstra-Bouma|PERSON|Hoekstra-Bouma]]", "conform, met tekstuele aanpassing"],
      ["3", "Handhavingsverzoek [[Oostergrachtswal 77|ADDRESS]], verzoeker [[J. Zijlstra|PERSON|Zijlstra]]",
       "[[Gerben Dijkstra|PERSON]]", "aangehouden"],
      ["4", "Aanbesteding {Harlingerstraatweg|PLACE} ({Heijmans Infra|ORG} / {BAM Infra|ORG})", "[[Gerben Dijkstra|PERSON]]",
       "conform"],
      ["5", "Bezwaar van [[mevrouw De Vries-Sikkema|PERSON|Vries-Sikkema]] tegen weigering {Bbz|LAW}-uitkering",
       "[[Anouk Terpstra|PERSON]]", "conform advies {commissie bezwaarschriften|ORG}"],
      ["6", "Reactie op brief {Commissaris van de Koning|FUNC} {Brok|PUBLIC} over {Fryske taal|TERM}", "[[Femke Wijnja|PERSON]]",
       "conform"],
      ["7", "Informatieverzoek van journalist [[Eva Brouwer-Kingma|PERSON|Brouwer-Kingma;Eva]] ({Leeuwarder Courant|ORG}) "
       "over {Omrop Fryslân|ORG}-gebouw", "[[Pytrik Zandstra|PERSON]]", "conform, reactie via {woordvoering|ORG}"]],
     (0.6, 6, 2.6, 2.4)),
    ("h", "Toelichting bij punt 3"),
    ("p", "Verzoeker [[Zijlstra|PERSON]] woont naast het pand en meldt al sinds 2024 geluidsoverlast van de "
          "kamerverhuur. {Wethouder Hofstra|PUBLIC} wil eerst een gesprek met de eigenaar, de heer "
          "[[Sybren Haitsma|PERSON]]. [[Gerben|PERSON]] bereidt dat voor met {team Handhaving|ORG}."),
    ("h", "Toelichting bij punt 2"),
    ("p", "Het raadslid {Deinum|COUNCIL} ({FNP|ORG}) vroeg naar de restauratie van de {Blokhuispoort|PLACE}. "
          "Mevrouw {Bosma|PUBLIC} ({wethouder cultuur|FUNC}) vult aan dat {Rijksvastgoedbedrijf|ORG} meebetaalt."),
    ("small", "Opgemaakt door [[Hiske de Boer|PERSON|de Boer;Hiske]], {bestuurssecretariaat|ORG}, {Oldehoofsterkerkhof 2|GOVADDR}."),
], title="Besluitenlijst college")

# ------------------------------------------------------------------------------------------
# m318 fpdf2: beslisnota NAVO-top, Kamerleden motions, civil servants in header
# ------------------------------------------------------------------------------------------
D([
    ("title", "Nota aan de minister van Defensie"),
    ("kv", [("Aan:", "{minister Brekelmans|PUBLIC}"), ("Via:", "de {SG|ACR} en de {DGB|ACR}"),
            ("Van:", "[[kolonel drs. W.P. Hemelrijk|PERSON|Hemelrijk]], {Hoofd Directie Internationale Zaken|FUNC}"),
            ("Contact:", "[[majoor L. Kranendonk|PERSON|Kranendonk]], [[06 - 5390 1147|PHONE]], "
                         "[[l.kranendonk@mindef.nl|EMAIL]]"),
            ("Cc:", "[[Sander Beukema|PERSON]] ({DJZ|ACR}), [[kapitein Ilse van Rhijn|PERSON|van Rhijn;Ilse]] ({DCC|ACR})"),
            ("Datum:", "{2 februari 2026|DATE}"), ("Kenmerk:", "{BS2026003318|CASE}"),
            ("Onderwerp:", "Voorbereiding {NAVO|ORG}-ministeriële bijeenkomst {Brussel|PLACE}, {12-13 februari 2026|DATE}")]),
    ("h", "Aanleiding"),
    ("p", "Secretaris-generaal {Mark Rutte|FOREIGN} heeft de ministers van Defensie uitgenodigd. Op de agenda staan "
          "de uitvoering van de 5%-norm van de top in {Den Haag|PLACE} en steun aan Oekraïne. De Amerikaanse "
          "minister {Pete Hegseth|FOREIGN} heeft zijn komst nog niet bevestigd; de Britse minister {John Healey|FOREIGN} "
          "leidt de coalitie van welwillenden."),
    ("h", "Kamerinzet"),
    ("p", "Relevant zijn de motie-{Boswijk|COUNCIL} ({CDA|ORG}) over munitieproductie en de motie van de leden "
          "{Dassen|COUNCIL} ({Volt|ORG}) en {Paternotte|COUNCIL} ({D66|ORG}) over Europese defensiesamenwerking. "
          "Het lid {Van Dijk|COUNCIL} ({SGP|ORG}) vroeg in het commissiedebat naar de voorraden van de "
          "{Koninklijke Landmacht|ORG}."),
    ("h", "Advies"),
    ("p", "Ingestemd wordt met de inbreng in bijlage 1. Met de Duitse minister {Boris Pistorius|FOREIGN} vindt een "
          "bilateraal plaats; voorbereiding door [[kapitein-luitenant ter zee Annemiek Roorda|PERSON|Roorda;Annemiek]] "
          "({DIZ|ACR}) en [[Floris Wagenvoort|PERSON]] ({Ministerie van Buitenlandse Zaken|ORG}). Tolk: "
          "[[Katharina Vogel|PERSON]]."),
    ("p", "Beveiliging tijdens het bezoek: [[sergeant-majoor Kevin Draaijer|PERSON|Draaijer;Kevin]] "
          "({Koninklijke Marechaussee|ORG}), [[06 - 1208 6634|PHONE]]."),
    ("table", ["Paraaf", "Naam", "Datum"],
     [["{DIZ|ACR}", "[[W.P. HEMELRIJK|PERSON|HEMELRIJK]]", "02-02"], ["{DGB|ACR}", "-", "03-02"],
      ["{SG|ACR}", "-", "03-02"], ["{Commandant der Strijdkrachten|FUNC}", "gezien", "04-02"]], (3, 4, 2)),
    ("h", "Informatie die niet openbaar gemaakt kan worden"),
    ("p", "Motivering: [nog in te vullen]"),
], title="Nota NAVO ministeriele")

# ------------------------------------------------------------------------------------------
# m319 libreoffice: parafenlijst with initials codes and CAPITALS names
# ------------------------------------------------------------------------------------------
D([
    ("title", "Routeblad / parafenlijst"),
    ("kv", [("Zaak:", "{UB-2026-00441|CASE} Uitvoeringsbesluit {Subsidieregeling Verduurzaming MKB|LAW}"),
            ("Organisatie:", "{Ministerie van Economische Zaken|ORG}, directie {Energie en Omgeving|ORG}"),
            ("Aanmaakdatum:", "{6 januari 2026|DATE}")]),
    ("table", ["Stap", "Code", "Naam", "Functie", "Paraaf/datum", "Opmerking"],
     [["1", "[[NvE|INITIALS]]", "[[VAN EERDEN, N.|PERSON|VAN EERDEN]]", "{beleidsmedewerker|FUNC}", "07-01", "-"],
      ["2", "[[KdlR|INITIALS]]", "[[DE LA ROSA, K.|PERSON|DE LA ROSA]]", "{jurist|FUNC}", "08-01",
       "Zie opmerking [[KdlR|INITIALS]] bij art. 4"],
      ["3", "[[TvdB-O|INITIALS]]", "[[VAN DEN BERG-OUDEJANS, T.|PERSON|VAN DEN BERG-OUDEJANS]]", "{MT-lid|FUNC}", "09-01", "akkoord"],
      ["4", "[[GJK|INITIALS]]", "[[KLAASSEN, G.J.|PERSON|KLAASSEN]]", "{directeur|FUNC}", "12-01", "-"],
      ["5", "-", "{DG Klimaat en Energie|ORG}", "-", "13-01", "via {Digidoc|TERM}"],
      ["6", "-", "{minister Hermans|PUBLIC}", "{minister|FUNC}", "-", "ter ondertekening"]], (0.8, 1.3, 3.6, 2.2, 1.7, 2.8)),
    ("h", "Opmerkingen"),
    ("p", "[[KdlR|INITIALS]]: art. 4 verwijst nog naar de {Algemene wet bestuursrecht|LAW}-termijn van acht weken; "
          "graag afstemmen met [[Nina|PERSON]] en met de {Rijksdienst voor Ondernemend Nederland|ORG}.\n"
          "[[NvE|INITIALS]]: aangepast, afgestemd met [[Bakker (RVO)|PERSON|Bakker]].\n"
          "[[TvdB-O|INITIALS]]: akkoord. Let op dat het {Adviescollege toetsing regeldruk|ORG} ({ATR|ACR}) nog "
          "adviseert; [[Thea|PERSON]] neemt contact op met de {Raad van State|ORG}."),
    ("small", "Aangemaakt door [[nvaneerden|PERSON]] in {Digidoc|TERM}; e-mail [[n.vaneerden@minezk.nl|EMAIL]]; "
              "secretariaat {0800 - 8051|SWITCH}."),
], title="Routeblad")

# ------------------------------------------------------------------------------------------
# m320 chromium: raadsinformatiebrief, hoorzitting with insprekers
# ------------------------------------------------------------------------------------------
D([
    ("cols",
     [("p", "{Gemeente Apeldoorn|ORG}\n{Marktplein 1|GOVADDR}\n{Apeldoorn|PLACE}"),
      ("kv", [("Behandeld door", "[[Lieke Scholten-Wassink|PERSON|Scholten-Wassink;Lieke]]"),
              ("Afdeling", "{Ruimtelijke Ontwikkeling|ORG}"), ("Telefoon", "[[055 - 580 12 76|PHONE]]")])],
     [("p", "Aan de leden van de {gemeenteraad|ORG}"),
      ("kv", [("Datum", "{11 februari 2026|DATE}"), ("Onderwerp", "Uitkomst hoorzitting {Koning Willem III-kwartier|PLACE}")])]),
    ("p", "Geachte raadsleden,\n\nOp {2 februari 2026|DATE} vond de hoorzitting plaats over de herinrichting van het "
          "{Koning Willem III-kwartier|PLACE} rond {Paleis Het Loo|ORG}. Zeven insprekers gaven hun mening."),
    ("table", ["Inspreker", "Woonplaats/organisatie", "Kern van de inbreng"],
     [["[[Mevrouw M. Koning|PERSON|Koning]]", "[[Loolaan 212|ADDRESS]]", "Tegen kap van 40 beuken"],
      ["[[De heer Otto Bakker|PERSON|Bakker;Otto]]", "{Vereniging Apeldoorns Erfgoed|ORG}", "Behoud zichtlijn naar het paleis"],
      ["[[Siobhán O'Callaghan|PERSON|O'Callaghan;Siobhán]]", "[[Jachtlaan 9|ADDRESS]]", "Parkeerdruk bij evenementen"],
      ["[[Dhr. K. (Kwame) Mensah-Boateng|PERSON|Mensah-Boateng;Kwame]]", "{Ondernemersvereniging Centrum|ORG}", "Meer fietsparkeren"],
      ["[[Familie Van Apeldoorn|PERSON|Van Apeldoorn]]", "[[Koningstraat 3|ADDRESS]]", "Bezwaar tegen verkeerslus"],
      ["[[Mw. drs. Ria Beumer|PERSON|Beumer;Ria]]", "-", "Steun, mits bomen worden herplant"],
      ["{Stichting Paleis Het Loo|ORG}", "-", "Zie schriftelijke reactie"]], (3.2, 3.2, 4)),
    ("p", "De inbreng van mevrouw [[Koning|PERSON]] en de familie [[Van Apeldoorn|PERSON|Van Apeldoorn]] gaat over dezelfde bomenrij. "
          "De heer {Van Wijk|COUNCIL} ({Lokaal Apeldoorn|ORG}) en mevrouw {Ahmadi|COUNCIL} ({GroenLinks-PvdA|ORG}) hebben "
          "als toehoorder de zitting bijgewoond. {Wethouder Sahin|PUBLIC} neemt de reacties mee in het definitieve "
          "ontwerp dat in april aan de raad wordt voorgelegd."),
    ("p", "Met vriendelijke groet,\nhet college van burgemeester en wethouders van {Apeldoorn|PLACE},\n"
          "{burgemeester Heerts|PUBLIC}"),
], title="Raadsinformatiebrief hoorzitting")

# ------------------------------------------------------------------------------------------
# m321 reportlab: two-page terugvordering letter with IBAN, BSN
# ------------------------------------------------------------------------------------------
D([
    ("p", "{Werkplein Hart van West-Brabant|ORG}\nPostbus 3221\n4800 DE {Breda|PLACE}"),
    ("p", "[[Mevrouw S. El Amrani-Bouchtat|PERSON|El Amrani-Bouchtat]]\n[[Haagweg 174 B|ADDRESS]]\n"
          "[[4814 GK Breda|ADDRESS|4814 GK]]"),
    ("kv", [("Datum:", "{23 januari 2026|DATE}"), ("Dossiernummer:", "{PW-26-008812|CASE}"),
            ("Klantmanager:", "[[Dhr. Bram Langenhuizen|PERSON|Langenhuizen;Bram]]"),
            ("Rechtstreeks:", "[[076 - 529 41 38|PHONE]]"),
            ("Betreft:", "Terugvordering bijstandsuitkering")]),
    ("p", "Geachte mevrouw [[El Amrani|PERSON]],"),
    ("p", "Bij een controle van het {Inlichtingenbureau|ORG} bleek dat u van {1 maart 2025|DATE} tot en met "
          "{31 augustus 2025|DATE} inkomsten had uit werk bij {Albert Heijn|ORG} in {Etten-Leur|PLACE}. Deze inkomsten "
          "heeft u niet aan ons doorgegeven. Daarom hebben wij de bijstandsuitkering op grond van de "
          "{Participatiewet|LAW} herzien."),
    ("kv", [("Naam:", "[[Samira El Amrani-Bouchtat|PERSON|Samira]]"),
            ("Geboren:", "[[19 september 1991|DOB]] te [[Casablanca|BIRTHPLACE]]"),
            ("BSN:", f"[[{B3}|BSN]]"),
            ("Partner:", "[[Youssef Bouchtat|PERSON|Bouchtat;Youssef]], BSN [[" + B4 + "|BSN]]")]),
    ("h", "Berekening"),
    ("table", ["Maand", "Uitkering", "Inkomsten", "Terug"],
     [["maart 2025", "{€ 1.401,11|AMOUNT}", "€ 612,40", "€ 612,40"],
      ["april 2025", "€ 1.401,11", "€ 655,02", "€ 655,02"],
      ["mei - augustus 2025", "€ 5.604,44", "€ 2.480,86", "€ 2.480,86"],
      ["Totaal", "-", "-", "{€ 3.748,28|AMOUNT}"]], (3, 2, 2, 2)),
    ("break",),
    ("h", "Hoe betaalt u terug?"),
    ("p", "U kunt het bedrag in één keer overmaken op rekening {" + KI1 + "|KEEPIBAN} van de "
          "{gemeente Breda|ORG}, onder vermelding van {PW-26-008812|CASE}. Een betalingsregeling is mogelijk; wij houden "
          "dan maandelijks een bedrag in op de uitkering die wij betalen op uw rekening [[" + I3 + "|IBAN]]."),
    ("p", "Uw schuldhulpverlener bij {Stichting Schuldhulp Breda|ORG}, [[mevrouw Van Tilburg|PERSON|Tilburg]], heeft "
          "een kopie van deze brief ontvangen, omdat u daarvoor op {4 december 2025|DATE} toestemming gaf."),
    ("p", "De inkomsten zijn bevestigd door uw leidinggevende bij {Albert Heijn|ORG}, mevrouw [[Sandra Mol|PERSON|Mol;Sandra]], "
          "in een e-mail van {12 november 2025|DATE} aan uw klantmanager."),
    ("h", "Bezwaar"),
    ("p", "Binnen zes weken na de datum van deze brief kunt u bezwaar maken. Stuur uw bezwaar naar het college van "
          "burgemeester en wethouders van {Breda|PLACE}, Postbus 90156, 4800 RH {Breda|PLACE}. Vragen? Bel "
          "{14 076|SWITCH} of mail {werkplein@breda.nl|MAILBOX}."),
    ("p", "Met vriendelijke groet,\n\n[[B. Langenhuizen|PERSON]]\n{klantmanager Participatiewet|FUNC}"),
], title="Terugvordering bijstand")

# ------------------------------------------------------------------------------------------
# m322 fpdf2: forwarded chain NL/EN, foreign names, signatures
# ------------------------------------------------------------------------------------------
D([
    ("kv", [("Van:", "[[Rachid Benali|PERSON]]"), ("Verzonden:", "vrijdag 30 januari 2026 08:12"),
            ("Aan:", "[[Verhoeven, Saskia|PERSON|Verhoeven;Saskia]]; [[Chen, Xiaowen|PERSON|Xiaowen;Chen]]"),
            ("Onderwerp:", "FW: {Horizon Europe|PROG} consortium / {TNO|ORG} kick-off")]),
    ("p", "[[Saskia|PERSON]], [[Xiaowen|PERSON]] - ter info, zie de mail van onze Duitse partner hieronder. Kunnen "
          "jullie de {Grant Agreement|TERM} checken voor dinsdag?\n[[Rachid|PERSON]]\n\n"
          "[[Rachid Benali|PERSON]] | {Senior beleidsadviseur|FUNC} {Kennis en Innovatie|ORG}\n"
          "{Ministerie van Onderwijs, Cultuur en Wetenschap|ORG}\n[[+31 6 1094 3382|PHONE]]"),
    ("kv", [("From:", "[[Dr. Lukas Hoffmann-Reiter|PERSON|Hoffmann-Reiter;Lukas]] <[[l.hoffmann@fraunhofer.de|EMAIL]]>"),
            ("Sent:", "Thursday, January 29, 2026 6:40 PM"),
            ("To:", "[[Benali, Rachid|PERSON]]; [[Hana Nováková|PERSON|Nováková;Hana]]"),
            ("Cc:", "[[Jean-Baptiste Lefèvre|PERSON|Lefèvre;Jean-Baptiste]]"),
            ("Subject:", "{Horizon Europe|PROG} consortium kick-off")]),
    ("p", "Dear [[Rachid|PERSON]], dear [[Hana|PERSON]],\n\nThe kick-off of the {Cluster 4|PROG} project will take place "
          "at {Fraunhofer IPA|ORG} in {Stuttgart|PLACE} on {24 February 2026|DATE}. {Commissioner Zaharieva|FOREIGN} "
          "will send a video message; {Executive Vice-President Séjourné|FOREIGN} might attend the afternoon session. "
          "The {European Research Executive Agency|ORG} ({REA|ACR}) project officer is [[Giulia Marchetti|PERSON]].\n\n"
          "[[Jean-Baptiste|PERSON]] from {CEA|ORG} will present the {Digital Twin|TERM} work package. Please share "
          "the name of your {Data Steward|FUNC} before Monday.\n\nBest regards,\n[[Lukas|PERSON]]\n\n"
          "[[Dr. Lukas Hoffmann-Reiter|PERSON]]\n{Head of Department|FUNC} {Smart Manufacturing|TERM}\n"
          "{Fraunhofer-Gesellschaft|ORG} | {Nobelstraße 12|ORGADDR}, {Stuttgart|PLACE}\n[[Mobile +49 171 4420 9381|PHONE|+49 171 4420 9381]]"),
    ("kv", [("Van:", "[[Verhoeven, Saskia|PERSON]]"), ("Verzonden:", "vrijdag 30 januari 2026 09:03"),
            ("Aan:", "[[Benali, Rachid|PERSON]]"), ("Onderwerp:", "RE: FW: {Horizon Europe|PROG} consortium")]),
    ("p", "Ik ben dinsdag vrij; [[Xiaowen|PERSON]] kijkt ernaar. Mijn vervanger bij {NWO|ACR} is "
          "[[Gijsbert Nooitgedagt|PERSON]] ([[06 - 3301 7729|PHONE]])."),
    ("small", "Please consider the environment before printing this e-mail."),
], title="FW: Horizon Europe consortium")

# ------------------------------------------------------------------------------------------
# m323 libreoffice: verslag provinciaal overleg, nobility particles
# ------------------------------------------------------------------------------------------
D([
    ("title", "Verslag bestuurlijk overleg {N-wegen|PROG} {Utrecht|PLACE}-Oost"),
    ("kv", [("Datum:", "{15 januari 2026|DATE}"), ("Locatie:", "{Provinciehuis Utrecht|ORG}, {Archimedeslaan 6|GOVADDR}"),
            ("Aanwezig:", "{gedeputeerde Van Essen|PUBLIC} (voorzitter), {burgemeester Naafs|PUBLIC} ({Rhenen|PLACE}), "
                          "{wethouder Koudijs|PUBLIC} ({Veenendaal|PLACE}), [[mr. A.C. baron van Hardenbergh van Sandhorst|PERSON|"
                          "van Hardenbergh van Sandhorst;Hardenbergh]] ({Landgoed Sandhorst|ORG}), "
                          "[[jkvr. drs. E.M. van Essenburgh tot Ruwiel|PERSON|Essenburgh tot Ruwiel]] ({Het Utrechts Landschap|ORG}), "
                          "[[ing. Cor de Haan|PERSON|de Haan;Cor]] ({projectmanager|FUNC} provincie), "
                          "[[Yvonne Tersteeg|PERSON]] (verslag)")]),
    ("h", "1. Opening"),
    ("p", "{Gedeputeerde Van Essen|PUBLIC} heet iedereen welkom. Zij merkt op dat zij geen familie is van "
          "[[jonkvrouw Van Essenburgh|PERSON|Van Essenburgh]]."),
    ("h", "2. Aansluiting {N225|PLACE} / {N226|PLACE}"),
    ("p", "De heer [[Van Hardenbergh|PERSON|Van Hardenbergh]] vraagt om een faunapassage bij de {Amerongse Berg|PLACE}. De "
          "projectmanager, [[De Haan|PERSON|De Haan]], zegt toe dit te laten onderzoeken door {Arcadis|ORG}. "
          "{Burgemeester Naafs|PUBLIC} benadrukt de verkeersveiligheid bij de {Cuneraweg|PLACE}."),
    ("h", "3. Grondverwerving"),
    ("p", "Voor de verbreding zijn drie percelen nodig. Eigenaar [[Gerrit van den Heuvel|PERSON|van den Heuvel;Gerrit]] "
          "([[Cuneraweg 118|ADDRESS]]) wil alleen verkopen als zijn bedrijfswoning blijft; eigenaren [[Bram en "
          "Mirjam Kok|PERSON|Kok;Bram;Mirjam]] hebben nog niet gereageerd. De provincie schakelt [[mr. Lisette de Bourbon|PERSON|"
          "de Bourbon;Lisette]] van {Dirkzwager|ORG} in als {advocaat|FUNC}."),
    ("h", "4. Actiepunten"),
    ("table", ["Nr.", "Actie", "Wie"],
     [["A1", "Onderzoek faunapassage", "[[De Haan|PERSON]] / {Arcadis|ORG}"],
      ["A2", "Gesprek met [[Van den Heuvel|PERSON|Van den Heuvel]]", "[[C. de Haan|PERSON]]"],
      ["A3", "Brief aan {Rijkswaterstaat|ORG} over {A12|PLACE}", "{gedeputeerde Van Essen|PUBLIC}"]], (1, 6, 3)),
], title="Verslag bestuurlijk overleg")

# ------------------------------------------------------------------------------------------
# m324 chromium: security incident report (phishing)
# ------------------------------------------------------------------------------------------
D([
    ("title", "Incidentrapport {CSIRT|ACR}: phishingcampagne via {Microsoft 365|TERM}"),
    ("kv", [("Incidentnummer:", "{SEC-2026-0047|CASE}"), ("Status:", "gesloten"),
            ("Opgesteld door:", "[[Daniël Verstappen|PERSON|Verstappen;Daniël]] ({Incident Handler|FUNC})"),
            ("Review:", "[[Mirjam Oldenkamp|PERSON]] ({Security Officer|FUNC})"),
            ("Datum:", "{3 februari 2026|DATE}")]),
    ("h", "Samenvatting"),
    ("p", "Op {27 januari 2026|DATE} ontvingen 312 medewerkers van het {Centraal Justitieel Incassobureau|ORG} ({CJIB|ACR}) "
          "een phishingmail met een nagemaakte inlogpagina van {Entra ID|TERM}. Twee medewerkers, [[J. Rozendaal|PERSON|"
          "Rozendaal]] en [[P. Westerhof|PERSON|Westerhof]], vulden hun gegevens in. Door {Multi-Factor Authentication|TERM} "
          "({MFA|ACR}) via {Microsoft Authenticator|TERM} kon de aanvaller niet inloggen, behalve bij het account "
          "van [[Rozendaal|PERSON]], waar een {Adversary-in-the-Middle|TERM}-aanval ({Evilginx|TERM}) het sessietoken "
          "stal."),
    ("h", "Tijdlijn"),
    ("table", ["Tijd", "Gebeurtenis", "Door"],
     [["09:12", "Eerste melding via {Phish Alert Button|TERM}", "[[Lotte Kamphuis|PERSON]]"],
      ["09:40", "Alert in {Microsoft Sentinel|TERM}: impossible travel vanuit {Lagos|PLACE}", "{SOC|ACR}"],
      ["10:05", "Sessies ingetrokken, wachtwoord gereset", "[[Verstappen|PERSON]]"],
      ["11:30", "Melding aan {Nationaal Cyber Security Centrum|ORG} ({NCSC|ACR})", "[[Oldenkamp|PERSON]]"],
      ["14:00", "Mailbox-regels verwijderd bij [[jrozendaal@cjib.nl|EMAIL]]", "[[Daniël|PERSON]]"]], (1, 6, 3)),
    ("p", "Betrokken accounts: [[jrozendaal@cjib.nl|EMAIL]] (gecompromitteerd), [[pwesterhof@cjib.nl|EMAIL]] "
          "(wachtwoord ingevuld), [[lkamphuis@cjib.nl|EMAIL]] (melder). Mobiel nummer voor {MFA|ACR} van "
          "[[Rozendaal|PERSON]] ([[06 - 1437 2290|PHONE]]) is gewijzigd."),
    ("h", "Oorzaak en maatregelen"),
    ("p", "De mail kwam van een gecompromitteerde mailbox van een leverancier ([[h.vandermeer@dataflow-advies.nl|EMAIL]], "
          "{Dataflow Advies B.V.|ORG}). Maatregelen: {phishing-resistant MFA|TERM} met {FIDO2|TERM}-sleutels, "
          "{Token Protection|TERM} in {Conditional Access|TERM} en een extra {Awareness|TERM}-sessie van "
          "{Rijksacademie voor Digitalisering en Informatisering Overheid|ORG} ({RADIO|ACR}). Er zijn geen "
          "persoonsgegevens van burgers gelekt; de {Autoriteit Persoonsgegevens|ORG} is niet geïnformeerd. "
          "De {staatssecretaris van Justitie en Veiligheid|FUNC} is via de {CIO|ACR} op de hoogte gebracht."),
    ("p", "Het gesprek met [[Westerhof|PERSON]] is gevoerd door [[Anouk van Bemmel|PERSON|van Bemmel;Anouk]] ({HR-adviseur|FUNC}); "
          "er volgen geen rechtspositionele maatregelen."),
    ("small", "Contact {CSIRT|ACR}: {csirt@cjib.nl|MAILBOX}, 24/7 {058 - 205 02 00|SWITCH}."),
], title="Incidentrapport phishing")

# ------------------------------------------------------------------------------------------
# m325 reportlab: ontvangstbevestiging Woo-verzoek to a private requester
# ------------------------------------------------------------------------------------------
D([
    ("cols",
     [("p", "{Ministerie van Volksgezondheid, Welzijn en Sport|ORG}\n{Parnassusplein 5|GOVADDR}\n2511 VX {Den Haag|PLACE}"),
      ("kv", [("Kenmerk", "{4123456-1098765-WJZ|CASE}"), ("Uw brief van", "{8 januari 2026|DATE}"),
              ("Correspondentie uitsluitend richten aan", "{woo-verzoeken@minvws.nl|MAILBOX}")])],
     [("p", "[[De heer drs. P.F. Nieuwenhuijsen|PERSON|Nieuwenhuijsen]]\n[[Prinses Marijkelaan 46|ADDRESS]]\n"
            "[[7314 HT Apeldoorn|ADDRESS|7314 HT]]"),
      ("kv", [("Datum", "{15 januari 2026|DATE}"), ("Betreft", "Ontvangstbevestiging Woo-verzoek")])]),
    ("p", "Geachte heer [[Nieuwenhuijsen|PERSON]],"),
    ("p", "Op {8 januari 2026|DATE} heeft u per e-mail ([[pf.nieuwenhuijsen@kpnmail.nl|EMAIL]]) een verzoek gedaan op "
          "grond van de {Wet open overheid|LAW} ({Woo|ACR}). U vraagt om alle documenten over de aanschaf van "
          "beschermingsmiddelen bij {Sanpharma GmbH|ORG} en de contacten daarover tussen {minister Agema|PUBLIC}, "
          "oud-minister {Kuipers|PUBLIC} en het {Landelijk Consortium Hulpmiddelen|ORG} ({LCH|ACR})."),
    ("p", "U vraagt ook om de WhatsApp-berichten van de {directeur-generaal Curatieve Zorg|FUNC}. Wij nemen uw "
          "verzoek in behandeling. De beslistermijn is vier weken; wij kunnen deze met twee weken verlengen. "
          "Uw contactpersoon is [[mevrouw mr. Eline Prinsen|PERSON|Prinsen;Eline]] van de directie "
          "{Wetgeving en Juridische Zaken|ORG}. U kunt haar bereiken op [[070 - 340 72 13|PHONE]]."),
    ("p", "In uw e-mail noemt u ook uw buurvrouw, mevrouw [[Marijke Prins|PERSON|Prins;Marijke]], die bij het "
          "{LCH|ACR} heeft gewerkt. Wij gaan ervan uit dat u geen documenten over haar persoonlijk vraagt."),
    ("p", "Met vriendelijke groet,\n\nde {Minister van Volksgezondheid, Welzijn en Sport|FUNC},\nnamens deze,\n"
          "het afdelingshoofd Woo,\n\n[[drs. M.C. Hartog-Lelieveld|PERSON|Hartog-Lelieveld]]"),
    ("small", "Kopie: [[Eline Prinsen|PERSON]] ([[e.prinsen@minvws.nl|EMAIL]]); [[Ruben Tjoa|PERSON]] ({Woo-coördinator|FUNC} "
              "{DGCZ|ACR}). Dossierbeheer: [[MCHL|INITIALS]] / [[EP|INITIALS]]."),
], title="Ontvangstbevestiging Woo-verzoek")

# ------------------------------------------------------------------------------------------
# m326 fpdf2: notulen bewonersavond
# ------------------------------------------------------------------------------------------
D([
    ("title", "Verslag bewonersavond {Windpark Spui|PROG}, {Nieuw-Beijerland|PLACE}"),
    ("kv", [("Datum:", "{22 januari 2026|DATE}, dorpshuis {De Ridderhof|ORG}"),
            ("Namens de gemeente:", "{wethouder Van Straalen|PUBLIC}, [[Joyce Hameeteman|PERSON]] ({omgevingsmanager|FUNC}), "
                                    "[[Arjen de Ruijter|PERSON|de Ruijter;Arjen]] ({notulist|FUNC})"),
            ("Namens de initiatiefnemer:", "{Eneco|ORG}, [[Mirthe Boender|PERSON]] ({projectontwikkelaar|FUNC})"),
            ("Aantal bezoekers:", "ca. 85")]),
    ("h", "Vragen uit de zaal"),
    ("p", "[[Aad Visser|PERSON]] ([[Oud-Beijerlandseweg 14|ADDRESS]]) vraagt hoe hoog de turbines worden. Mevrouw "
          "[[Boender|PERSON]] antwoordt: maximaal 200 meter tiphoogte, type {Vestas V150|TERM}."),
    ("p", "[[Corrie Visser-van Wingerden|PERSON|Visser-van Wingerden;Corrie]], de buurvrouw van [[Aad|PERSON]], vraagt naar "
          "slagschaduw. Zij heeft last van migraine. {Wethouder Van Straalen|PUBLIC} zegt dat de normen uit het "
          "{Activiteitenbesluit|LAW} gelden, en verwijst naar de {RIVM|ACR}-factsheet."),
    ("p", "De heer [[Teun Kruithof|PERSON]] vindt de participatie een wassen neus; hij noemt [[Joyce|PERSON]] 'de "
          "verkoopster van {Eneco|ORG}'. De voorzitter van de {Dorpsraad Nieuw-Beijerland|ORG}, [[Willem Breure|PERSON]], "
          "vraagt om een omgevingsfonds van {€ 0,50 per MWh|AMOUNT}."),
    ("p", "[[Anja|PERSON]] (achternaam niet opgegeven) van de [[Molendijk 3|ADDRESS]] wil weten of haar huis minder "
          "waard wordt. [[Mirthe|PERSON]] verwijst naar de {Nationale Omgevingsvisie|PROG} en naar de {Nederlandse "
          "Wind Energie Associatie|ORG}."),
    ("p", "[[Jannie en Kees Smalbraak|PERSON|Smalbraak;Jannie;Kees]] (boerderij aan de [[Spuiweg 41|ADDRESS]]) "
          "vragen of de kabel over hun land komt. Mevrouw [[Boender|PERSON]] zegt toe contact op te nemen via "
          "[[smalbraak.melk@hetnet.nl|EMAIL]]."),
    ("h", "Afspraken"),
    ("p", "- {Eneco|ORG} stuurt de slagschaduwberekening naar mevrouw [[Visser-van Wingerden|PERSON]].\n"
          "- [[Joyce Hameeteman|PERSON]] plant een keukentafelgesprek bij [[Teun|PERSON]] thuis.\n"
          "- Vragen kunnen naar {windparkspui@hoekschewaard.nl|MAILBOX} of {14 0186|SWITCH}.\n"
          "- De raad wordt geïnformeerd; het raadslid {Kooiman|COUNCIL} ({SGP|ORG}) was als toehoorder aanwezig."),
    ("small", "Verslag: [[A. de Ruijter|PERSON]], {gemeente Hoeksche Waard|ORG}."),
], title="Verslag bewonersavond")

# ------------------------------------------------------------------------------------------
# m327 libreoffice: two-page raadsvoorstel with amendments and a voting table
# ------------------------------------------------------------------------------------------
D([
    ("title", "Raadsbesluit: Regionaal Mobiliteitsprogramma {Noord-Veluwe|PLACE}"),
    ("kv", [("Raadsvergadering:", "{29 januari 2026|DATE}"), ("Agendapunt:", "9"),
            ("Portefeuillehouder:", "{wethouder Ter Beek|PUBLIC}"),
            ("Ambtelijk contact:", "[[Hanna Wuestenenk|PERSON]], [[0341 - 47 93 18|PHONE]]")]),
    ("h", "Amendement A (snelfietsroute)"),
    ("p", "Ingediend door de heer {Van der Veen|COUNCIL} ({VVD|ORG}), mevrouw {Lucassen-Doornbos|COUNCIL} ({CDA|ORG}) en "
          "de heer {Boukhari|COUNCIL} ({GroenLinks-PvdA|ORG}). De raad besluit de snelfietsroute {Harderwijk|PLACE} - "
          "{Ermelo|PLACE} op te nemen. Toelichting: de route sluit aan op het {Rijksprogramma Fiets|PROG}."),
    ("h", "Amendement B (parkeernormen)"),
    ("p", "Ingediend door mevrouw {De Bruijn|COUNCIL} ({ChristenUnie|ORG}). Mevrouw {De Bruijn|COUNCIL} "
          "({ChristenUnie|ORG}) licht toe dat ondernemers aan de {Bruggestraat|PLACE} zorgen hebben. Een van hen, "
          "[[Marco de Bruijn|PERSON|Marco;de Bruijn]] (geen familie), sprak in tijdens de commissie."),
    ("h", "Stemming"),
    ("table", ["Raadslid", "Fractie", "Am. A", "Am. B", "Besluit"],
     [["{Van der Veen|COUNCIL}", "{VVD|ORG}", "voor", "tegen", "voor"],
      ["{Lucassen-Doornbos|COUNCIL}", "{CDA|ORG}", "voor", "voor", "voor"],
      ["{Boukhari|COUNCIL}", "{GroenLinks-PvdA|ORG}", "voor", "tegen", "voor"],
      ["{De Bruijn|COUNCIL}", "{ChristenUnie|ORG}", "voor", "voor", "voor"],
      ["{Schipper|COUNCIL}", "{SGP|ORG}", "tegen", "voor", "voor"],
      ["{Kok|COUNCIL}", "{Harderwijk Anders|ORG}", "tegen", "voor", "tegen"],
      ["{Timmerman|COUNCIL}", "{D66|ORG}", "voor", "tegen", "voor"]], (3, 3, 1, 1, 1.2)),
    ("p", "Amendement A is aangenomen (5-2), amendement B is aangenomen (4-3)."),
    ("break",),
    ("h", "Stemverklaringen"),
    ("p", "De heer {Kok|COUNCIL} ({Harderwijk Anders|ORG}) stemt tegen omdat de kosten voor {Hierden|PLACE} te hoog zijn. "
          "Mevrouw {Timmerman|COUNCIL} ({D66|ORG}) noemt het programma 'een goede eerste stap'. De heer "
          "{Schipper|COUNCIL} ({SGP|ORG}) vraagt {wethouder Ter Beek|PUBLIC} om een evaluatie na twee jaar."),
    ("h", "Insprekers (commissie {Ruimte|ORG}, {15 januari 2026|DATE})"),
    ("p", "[[Marco de Bruijn|PERSON|Marco]] ({Bruggestraat|PLACE}, fietsenwinkel), [[Ellen Timmer|PERSON]] (bewoner "
          "[[Stationslaan 7|ADDRESS]]) en [[Gert Schipper|PERSON|Gert;Gert Schipper]] (geen familie van het raadslid) van de "
          "{Fietsersbond|ORG} afdeling {Noord-Veluwe|PLACE}."),
    ("p", "Schriftelijke reacties kwamen van [[Johanna Ruitenberg|PERSON]] ([[j.ruitenberg@planet.nl|EMAIL]]), "
          "[[familie Hop|PERSON|Hop]] ([[Vondellaan 31|ADDRESS]], {Hierden|PLACE}) en van {Veluws Bureau voor Toerisme|ORG}. "
          "Ambtelijke ondersteuning tijdens de vergadering: [[Hanna Wuestenenk|PERSON]] en [[Rik Pelgrum|PERSON]] "
          "({verkeerskundige|FUNC})."),
    ("p", "Aldus besloten in de openbare vergadering van de raad van de {gemeente Harderwijk|ORG}.\n"
          "De griffier,                          De voorzitter,\n"
          "(w.g.)                                {burgemeester Van Schaik|PUBLIC}"),
], title="Raadsbesluit mobiliteit")

# ------------------------------------------------------------------------------------------
# m328 chromium: memo, visit of an EU Commissioner and an ambassador, delegation staff
# ------------------------------------------------------------------------------------------
D([
    ("title", "Dossiermemo: bezoek Eurocommissaris {Hoekstra|FOREIGN} aan de {Eemshaven|PLACE}"),
    ("kv", [("Van:", "[[Wiebe Kuipers|PERSON]], {Directie Europese Zaken|ORG}, {Ministerie van Klimaat en Groene Groei|ORG}"),
            ("Aan:", "{minister Hermans|PUBLIC}"), ("Datum:", "{4 februari 2026|DATE}")]),
    ("p", "Eurocommissaris {Wopke Hoekstra|FOREIGN} (Klimaat, Netto-nul en Schone Groei) bezoekt op {20 februari 2026|DATE} "
          "de {Eemshaven|PLACE}. Hij wordt vergezeld door zijn kabinetschef [[Matthias Brenninkmeijer|PERSON|Brenninkmeijer;"
          "Matthias]] en beleidsmedewerker [[Inês Carvalho|PERSON|Carvalho;Inês]]. De Deense ambassadeur in "
          "{Den Haag|PLACE}, {Mette Østergaard|FOREIGN}, sluit aan vanwege de {Noordzeetop|PROG}."),
    ("table", ["Tijd", "Onderdeel", "Deelnemers"],
     [["09.30", "Ontvangst {Groningen Seaports|ORG}", "{commissaris van de Koning Paas|PUBLIC}, [[Margreet Blaauw|PERSON]] ({Groningen Seaports|ORG})"],
      ["10.15", "Rondleiding waterstoffabriek {RWE|ORG}", "[[Henk-Jan Oosting|PERSON|Oosting;Henk-Jan]] ({plant manager|FUNC})"],
      ["11.30", "Gesprek over {Hydrogen Bank|PROG} en {Clean Industrial Deal|PROG}", "{minister Hermans|PUBLIC}, "
       "{Hoekstra|FOREIGN}, {gedeputeerde Zuiderveen|PUBLIC}"],
      ["12.30", "Lunch met {Nationaal Coördinator Groningen|ORG}", "[[dhr. R. Scheepstra|PERSON|Scheepstra]] (chauffeur), -"]],
     (1, 4.5, 5)),
    ("p", "Aandachtspunt: de Eurocommissaris heeft in een eerder gesprek met de Duitse minister {Katherina Reiche|FOREIGN} "
          "gewezen op de vertraging van de {Delta Rhine Corridor|PROG}. Het kabinet-{Schoof|PUBLIC} heeft dat project in "
          "{2025|DATE} herbevestigd."),
    ("p", "Logistiek: [[Wiebe|PERSON]] is aanspreekpunt op de dag zelf ([[06 - 3928 1140|PHONE]]). Beveiliging via de "
          "{Dienst Koninklijke en Diplomatieke Beveiliging|ORG}; de Commissie stuurt de namen van de "
          "delegatie, onder wie veiligheidsmedewerker [[Piotr Zieliński|PERSON|Zieliński;Piotr]], "
          "via {protocol@minbuza.nl|MAILBOX}. Gastvrouw namens {Groningen Seaports|ORG} is [[Ankie Dijkema|PERSON]] "
          "([[06 - 4712 8853|PHONE]])."),
], title="Dossiermemo bezoek Eurocommissaris")

# ------------------------------------------------------------------------------------------
# m329 reportlab: contactlijst ketenpartners in CAPITALS, initials only, wrapping columns
# ------------------------------------------------------------------------------------------
D([
    ("title", "Contactlijst ketenpartners {Zorg- en Veiligheidshuis Rotterdam-Rijnmond|ORG}"),
    ("small", "Peildatum {1 februari 2026|DATE}. Functionele mailboxen hebben de voorkeur; persoonlijke gegevens alleen "
              "voor casusoverleg."),
    ("table", ["Partner", "Contactpersoon", "Telefoon", "E-mail", "Back-up"],
     [["{Openbaar Ministerie|ORG}", "[[MR. J.H. VAN DER KOOIJ|PERSON|VAN DER KOOIJ]]", "[[010 - 269 48 17|PHONE]]",
       "[[j.h.van.der.kooij@om.nl|EMAIL]]", "[[E.W. Baars|PERSON|Baars]]"],
      ["{Reclassering Nederland|ORG}", "[[S. ÖZTÜRK|PERSON|ÖZTÜRK]]", "[[06 - 1285 7730|PHONE]]", "-", "-"],
      ["{Raad voor de Kinderbescherming|ORG}", "[[I.M. de Wolf|PERSON|de Wolf]]", "{088 - 311 24 00|SWITCH}",
       "{rotterdam@rvdk.nl|MAILBOX}", "[[D. Vos|PERSON|Vos]]"],
      ["{GGD Rotterdam-Rijnmond|ORG}", "[[drs. A. KARREMANS-DE HAAN|PERSON|KARREMANS-DE HAAN]]", "[[06 - 4020 1158|PHONE]]",
       "[[a.karremans@ggdrotterdam.nl|EMAIL|a.karremans]]", "-"],
      ["{Politie eenheid Rotterdam|ORG}", "[[H. Leeuw|PERSON|Leeuw]]", "[[06 - 2398 5561|PHONE]]", "-",
       "[[M. Kraai|PERSON|Kraai]]"],
      ["{Woonstad Rotterdam|ORG}", "[[R. (Ravi) Jagesar|PERSON|Jagesar;Ravi]]", "[[06 - 5511 0294|PHONE]]",
       "{veiligheid@woonstad.nl|MAILBOX}", "-"],
      ["{Bouman GGZ|ORG}", "[[T.T.N. NGUYEN|PERSON|NGUYEN]]", "-", "-", "[[H. Leeuw|PERSON]]"]],
     (2.6, 2.6, 1.9, 2.8, 1.6)),
    ("p", "Coördinatie: [[Y. de Wolf|PERSON|Y. de Wolf]] ({procesregisseur|FUNC}, geen familie van [[I.M. de Wolf|PERSON]]). "
          "Het {Veiligheidshuis|ORG} valt onder {burgemeester Schouten|PUBLIC}; de {Hoofdofficier van Justitie|FUNC} is "
          "voorzitter van de stuurgroep. Let op: {De Leeuw|ORG} is de naam van de vergaderzaal in het {Stadhuis|ORG} "
          "({Coolsingel 40|GOVADDR}), niet van een persoon."),
], title="Contactlijst ketenpartners")

# ------------------------------------------------------------------------------------------
# m330 fpdf2: klachtbehandeling, employees with word-like surnames
# ------------------------------------------------------------------------------------------
D([
    ("title", "Rapport klachtbehandeling {KL-2025-318|CASE}"),
    ("kv", [("Organisatie:", "{Belastingdienst/Toeslagen|ORG}"),
            ("Klager:", "[[mevrouw T. Boer-Storm|PERSON|Boer-Storm]], [[Rozenlaan 15|ADDRESS]], [[9727 KB Groningen|ADDRESS|9727 KB]]"),
            ("Klachtbehandelaar:", "[[J. Winter|PERSON|Winter]]"),
            ("Datum rapport:", "{10 februari 2026|DATE}")]),
    ("h", "De klacht"),
    ("p", "Mevrouw [[Boer-Storm|PERSON]] (geboren [[02-08-1984|DOB]]) klaagt over de behandeling van haar "
          "aanvraag {kinderopvangtoeslag|TERM} voor 2025. Zij belde op {14 oktober 2025|DATE} met de "
          "{BelastingTelefoon|ORG} ({0800 - 0543|SWITCH}) en sprak met een medewerker die zich voorstelde als "
          "'[[Kees|PERSON]]'. Volgens mevrouw [[Boer-Storm|PERSON]] zei [[Kees|PERSON]] dat haar dossier 'op de "
          "stapel van mevrouw [[Zomer|PERSON]]' lag."),
    ("h", "Onderzoek"),
    ("p", "De klachtbehandelaar sprak met [[Kees de Boer|PERSON|de Boer]] ({medewerker BelastingTelefoon|FUNC}) en met "
          "[[Lisa Zomer|PERSON|Lisa]] ({behandelaar Toeslagen|FUNC}). In de winter van 2025 was er een grote "
          "achterstand door de storing in het systeem {Toeslagen Verstrekkingen Systeem|TERM} ({TVS|ACR}). Mevrouw "
          "[[Zomer|PERSON]] heeft de aanvraag in november afgehandeld. Een storm aan telefoontjes zorgde voor lange "
          "wachttijden; dat was geen reden om mevrouw [[Boer-Storm|PERSON]] niet terug te bellen."),
    ("p", "De partner van klaagster, [[Henk Boer|PERSON|Henk;Boer]], bevestigde dat het gesprek plaatsvond. Het "
          "toeslagpartnerschap is gecontroleerd aan de hand van BSN [[" + B5 + "|BSN]] (klaagster) en de "
          "gegevens in de {Basisregistratie Personen|ORG} ({BRP|ACR})."),
    ("p", "De teamleider van [[Kees|PERSON]], mevrouw [[Ans Zoet|PERSON|Zoet;Ans]], erkent dat terugbelverzoeken in die periode "
          "niet werden bewaakt."),
    ("h", "Oordeel"),
    ("p", "De klacht is gegrond. De {directeur Toeslagen|FUNC} biedt excuses aan. Een vergoeding van {€ 50|AMOUNT} "
          "wordt overgemaakt op [[" + I4_BAD + "|IBAN]], het rekeningnummer dat klaagster op het klachtformulier "
          "opgaf (het juiste nummer is [[" + I4 + "|IBAN]]). Klaagster kan zich wenden tot de {Nationale ombudsman|ORG}."),
    ("p", "[[J. Winter|PERSON]]\n{klachtbehandelaar|FUNC}"),
], title="Rapport klachtbehandeling")

# ------------------------------------------------------------------------------------------
# m331 libreoffice: nota van zienswijzen (citizens with addresses in a table)
# ------------------------------------------------------------------------------------------
D([
    ("title", "Nota van zienswijzen ontwerp-bestemmingsplan {Kernrandzone Goes-Oost|PLACE}"),
    ("kv", [("Zaaknummer:", "{BP-2025-112|CASE}"), ("Ter inzage:", "{6 november 2025|DATE} t/m {17 december 2025|DATE}"),
            ("Opgesteld door:", "[[Jolanda Sinke|PERSON]], {team Ruimtelijke Ordening|ORG}, {gemeente Goes|ORG}")]),
    ("p", "Binnen de termijn zijn elf zienswijzen ingediend. Hieronder zijn ze samengevat en van een reactie van "
          "het college voorzien. {Wethouder Van Hootegem|PUBLIC} heeft op {13 januari 2026|DATE} ingestemd."),
    ("table", ["Nr.", "Indiener", "Adres", "Samenvatting", "Reactie"],
     [["1", "[[P.J. Kodde|PERSON|Kodde]]", "[[Oostsingel 14, 4461 AA Goes|ADDRESS|Oostsingel 14;4461 AA]]",
       "Vreest verkeer op de {Oostsingel|PLACE}", "niet overgenomen"],
      ["2", "[[Mevrouw A. de Kam-Moens|PERSON|de Kam-Moens]]", "[[Zonnebloemstraat 3, 4462 CJ Goes|ADDRESS|Zonnebloemstraat 3;4462 CJ]]",
       "Uitzicht op het {Goese Meer|PLACE}", "deels overgenomen"],
      ["3", "[[Familie Verburg|PERSON|Verburg]]", "[[Kloetingseweg 22, 4463 PB Goes|ADDRESS|Kloetingseweg 22;4463 PB]]",
       "Agrarisch bedrijf wordt beperkt", "overgenomen"],
      ["4", "[[J. Boogert en M. Boogert-Wisse|PERSON|Boogert;Boogert-Wisse]]", "[[Oude Rijksweg 7, 4465 AB Goes|ADDRESS|Oude Rijksweg 7;4465 AB]]",
       "Geluid van de {A58|PLACE}", "niet overgenomen"],
      ["5", "{ZLTO|ORG} afdeling {De Bevelanden|PLACE}", "-", "Grondgebruik landbouw", "deels overgenomen"],
      ["6", "[[R.M. Goedbloed|PERSON|Goedbloed]]", "[[Patrijzenlaan 41, 4462 GE Goes|ADDRESS|Patrijzenlaan 41;4462 GE]]",
       "Bomenkap langs {Ringbaan-Oost|PLACE}", "niet overgenomen"],
      ["7", "[[S. Meulblok|PERSON|Meulblok]] namens {Vogelwerkgroep Oosterschelde|ORG}", "-", "Weidevogels",
       "overgenomen"],
      ["8", "[[Ir. W. de Vos van Steenwijk|PERSON|de Vos van Steenwijk]]", "[[Heernisseweg 2, 4464 AC Goes|ADDRESS|Heernisseweg 2;4464 AC]]",
       "Cultuurhistorie buitenplaats", "deels overgenomen"],
      ["9", "[[Ahmet Çelik|PERSON|Çelik;Ahmet]]", "[[Bergweg 80, 4462 HB Goes|ADDRESS|Bergweg 80;4462 HB]]",
       "Parkeren bij moskee {Mevlana|ORG}", "niet overgenomen"],
      ["10", "{Waterschap Scheldestromen|ORG}", "-", "Waterberging", "overgenomen"],
      ["11", "[[C. Kodde-Riemens|PERSON|Kodde-Riemens]]", "[[Oostsingel 16, 4461 AA Goes|ADDRESS|Oostsingel 16]]",
       "Als 1", "niet overgenomen"]], (0.7, 2.6, 3.2, 3, 1.8)),
    ("h", "Toelichting bij zienswijze 3"),
    ("p", "De familie [[Verburg|PERSON]] exploiteert een akkerbouwbedrijf. In overleg met de heer [[Jan Verburg|PERSON|Jan]] "
          "wordt de bouwgrens 30 meter verschoven. De indiener van zienswijze 8, de heer [[De Vos van Steenwijk|PERSON|"
          "De Vos van Steenwijk]], is gewezen op de {Erfgoedverordening Goes|LAW}."),
], title="Nota van zienswijzen")

# ------------------------------------------------------------------------------------------
# m332 chromium: invitation e-mail with a long distribution list
# ------------------------------------------------------------------------------------------
D([
    ("kv", [("Van:", "[[Bosman, Ingeborg|PERSON|Bosman;Ingeborg]] <[[ingeborg.bosman@minszw.nl|EMAIL]]>"),
            ("Verzonden:", "woensdag 4 februari 2026 14:20"),
            ("Aan:", "[[Akkerman, P.|PERSON|Akkerman]] <[[p.akkerman@uwv.nl|EMAIL]]>; [[Ouédraogo, F.|PERSON|Ouédraogo]] "
                     "<[[f.ouedraogo@svb.nl|EMAIL]]>; [[Hendriks-Lam, C.|PERSON|Hendriks-Lam]] <[[c.hendriks-lam@vng.nl|EMAIL]]>; "
                     "[[Van Leeuwen, M.|PERSON|Van Leeuwen]] <[[m.vanleeuwen@divosa.nl|EMAIL]]>; [[Kaur, Harpreet|PERSON|Kaur;Harpreet]] "
                     "<[[harpreet.kaur@minszw.nl|EMAIL]]>; {kennisplein@divosa.nl|MAILBOX}"),
            ("CC:", "[[Mastenbroek, J.|PERSON|Mastenbroek]] <[[j.mastenbroek@minszw.nl|EMAIL]]>; [[De Wit, T.|PERSON|De Wit]]; "
                    "{secretariaat-dgsz@minszw.nl|MAILBOX}"),
            ("Onderwerp:", "Uitnodiging ketenoverleg {Participatiewet in balans|PROG}, {18 februari 2026|DATE}")]),
    ("p", "Beste allen,\n\nHierbij nodig ik jullie uit voor het vierde ketenoverleg over het wetsvoorstel "
          "{Participatiewet in balans|PROG}. {Staatssecretaris Nobel|PUBLIC} wil vóór de behandeling in de "
          "{Tweede Kamer|ORG} de uitvoeringstoetsen van {UWV|ACR}, {SVB|ACR} en {VNG|ACR} bespreken. De leden "
          "{Van Kent|COUNCIL} ({SP|ORG}) en {Aartsen|COUNCIL} ({VVD|ORG}) hebben schriftelijke vragen gesteld over de "
          "terugvordering."),
    ("p", "Agenda:\n1. Uitvoeringstoets {UWV|ACR} (toelichting [[Peter Akkerman|PERSON|Peter]])\n"
          "2. Gemeentelijke praktijk (toelichting [[Charlotte|PERSON]], {VNG|ACR})\n"
          "3. Casus uit {Rotterdam|PLACE}: een bijstandsgerechtigde moest {€ 12.000|AMOUNT} "
          "terugbetalen door een gift van haar moeder\n4. Planning {Inwerkingtreding|TERM} {1 januari 2027|DATE}"),
    ("p", "Locatie: {Parnassusplein 5|GOVADDR}, {Den Haag|PLACE}, zaal '{Drees|ORG}'. Wie digitaal deelneemt ontvangt een "
          "{Webex|TERM}-link van [[Harpreet|PERSON]].\n\nHartelijke groet,\n[[Ingeborg Bosman|PERSON]]\n"
          "{coördinerend beleidsmedewerker|FUNC} {Directie Samenleving en Integratie|ORG}\n"
          "{Ministerie van Sociale Zaken en Werkgelegenheid|ORG}\n[[T 070 - 333 58 21|PHONE|070 - 333 58 21]] | "
          "[[M 06 - 2115 4486|PHONE|06 - 2115 4486]]\nWerkdagen: ma, di, do"),
], title="Uitnodiging ketenoverleg")
