"""Documents of set PK: complaint about police conduct, basisteam Zaanstad (all persons invented)."""
from lib import Doc, R

P, E, T = "PERSON", "EMAIL", "PHONE"
K_ORG, K_LAW, K_REF, K_PLACE, K_PUB = "ORG", "LAW", "REF", "PLACE", "PUBLIC_OFFICIAL"

# recurring cast
KLAGER = R(P, "Dewi Ramdin-Pinas", "Ramdin-Pinas", "D. Ramdin-Pinas")
KLADR = R("ADDRESS", "Vermiljoenweg 37", "1506 KT")
KLTEL = R(T, "06-41 27 83 90")
KLMAIL = R(E, "dewi.ramdin@hotmail.com")
DEBRUIJN = R(P, "Kevin de Bruijn", "De Bruijn", "K. de Bruijn", "de Bruijn")
OUDEJANS = R(P, "Sanne Oudejans", "Oudejans", "S. Oudejans")
VANTHEK = R(P, "Marco van 't Hek", "Van 't Hek", "M. van 't Hek", "van 't Hek")
DN1, DN2, DN3 = R("ID", "1793244"), R("ID", "1810562"), R("ID", "1688410")
WAGE = R(P, "Jeroen Wagemaker", "Wagemaker", "J. Wagemaker")
WAGEM = R(E, "jeroen.wagemaker@politie.nl")
WAGET = R(T, "06-2214 5508")
BOEK = R(P, "Ingrid Boekhout-Smit", "Boekhout-Smit", "I. Boekhout-Smit")
SPR = R(P, "mr. H.A. Sprengers", "Sprengers")
ELID = R(P, "Fatima el Idrissi", "El Idrissi", "el Idrissi")
CELIK = R(P, "Lotte Çelik", "Çelik", "L. Çelik")
CELIKM = R(E, "lotte.çelik@politie.nl")
KEEPS = [(K_ORG, "Politie"), (K_ORG, "eenheid Noord-Holland"), (K_ORG, "basisteam Zaanstad"), (K_PLACE, "Zaandam"),
         (K_REF, "KL-2026-0417"), (K_ORG, "Klachtadviescommissie"), (K_LAW, "Awb"), (K_LAW, "Politiewet 2012"),
         (K_ORG, "Nationale ombudsman"), (K_LAW, "Woo"), (K_ORG, "Gemeente Zaanstad"), (K_REF, "WOO-2026-0233"),
         (K_PUB, "burgemeester Van Wijnbergen"), (K_PUB, "raadslid Özdemir"), (K_PUB, "politiechef Kuipers"),
         (K_ORG, "klachten.noord-holland@politie.nl"), (K_REF, "0900-8844"), (K_REF, "14 075"),
         (K_PLACE, "Vincent van Goghweg"), (K_PLACE, "Czaar Peterhuis"), (K_PLACE, "Zaantheater"),
         (K_ORG, "GMS"), (K_ORG, "BVH"), (K_PLACE, "Stadhuisplein 100"), (K_LAW, "Ambtsinstructie"),
         (K_ORG, "ME"), (K_ORG, "Bureau Klachtbehandeling"), (K_REF, "bodycam")]


def keeps(*extra):
    return list(KEEPS) + list(extra)


D = []

D.append(Doc("pk01_klachtformulier", "rl", [
    "# Klachtformulier politie - ingediend via politie.nl",
    "Registratienummer: KL-2026-0417   Ontvangen: 18 augustus 2026   Eenheid: eenheid Noord-Holland",
    [["Veld", "Ingevuld"], ["Naam klager", "Dewi Ramdin-Pinas"], ["Geboortedatum", "14-03-1988"],
     ["Adres", "Vermiljoenweg 37, 1506 KT Zaandam"], ["Telefoon", "06-41 27 83 90"],
     ["E-mail", "dewi.ramdin@hotmail.com"], ["BSN (optioneel)", "204918377"],
     ["Datum voorval", "15 augustus 2026, ca. 23.40 uur"], ["Plaats", "Rozengracht bij het Zaantheater, Zaandam"]],
    "Omschrijving: Na afloop van een voorstelling in het Zaantheater werd mijn broer Rayen Ramdin door twee agenten "
    "tegen de grond gewerkt. Een agent met dienstnummer 1793244 op zijn uniform duwde mij weg toen ik vroeg wat er "
    "gebeurde. Ik heb een blauwe plek aan mijn arm en ben bij de huisarts geweest (kneuzing linkerelleboog). "
    "De agenten waren onbeschoft en weigerden hun naam te geven. Een andere agente noemde hem Kevin.",
    "Getuigen: Nienke Zwart (06-18 90 44 21) en een Duitse toerist, Jörg Müller-Lindqvist.",
    "Wat wilt u bereiken? Excuses en een gesprek over wat er gebeurd is.",
], [KLAGER, KLADR, KLTEL, KLMAIL, R("DOB", "14-03-1988"), R("BSN", "204918377"), R(P, "Rayen Ramdin", "Rayen"),
    DN1, R(P, "Kevin"), R(P, "Nienke Zwart", "Zwart"), R(T, "06-18 90 44 21"),
    R(P, "Jörg Müller-Lindqvist", "Müller-Lindqvist"), R("HEALTH", "kneuzing linkerelleboog")],
    [(K_ORG, "Politie"), (K_REF, "KL-2026-0417"), (K_ORG, "eenheid Noord-Holland"), (K_PLACE, "Zaantheater"),
     (K_PLACE, "Rozengracht"), (K_PLACE, "Zaandam"), (K_REF, "politie.nl")],
    producer="iText® 7.2.5 ©2000-2023 iText Group NV", creator="Klachtformulier politie.nl"))

D.append(Doc("pk02_ontvangstbevestiging", "rl", [
    "Politie eenheid Noord-Holland - Bureau Klachtbehandeling - Postbus 2301, 2002 CH Haarlem",
    "Mevrouw D. Ramdin-Pinas\nVermiljoenweg 37\n1506 KT Zaandam",
    "Datum: 20 augustus 2026   Ons kenmerk: KL-2026-0417   Behandeld door: J. Wagemaker   Telefoon: 06-2214 5508",
    "Onderwerp: ontvangstbevestiging klacht",
    "Geachte mevrouw Ramdin-Pinas,",
    "Op 18 augustus 2026 ontvingen wij uw klacht over het optreden van medewerkers van het basisteam Zaanstad op "
    "15 augustus 2026. Uw klacht wordt behandeld volgens hoofdstuk 9 van de Awb en de Regeling klachtbehandeling "
    "politie. De klachtbehandelaar, de heer Wagemaker, neemt binnen twee weken contact met u op voor een gesprek.",
    "Heeft u vragen? Bel 0900-8844 of mail naar klachten.noord-holland@politie.nl onder vermelding van KL-2026-0417.",
    "Met vriendelijke groet,\nnamens de politiechef van de eenheid Noord-Holland,\n\nJeroen Wagemaker\nklachtbehandelaar",
], [KLAGER, KLADR, WAGE, WAGET],
    [(K_ORG, "Bureau Klachtbehandeling"), (K_ORG, "eenheid Noord-Holland"), (K_REF, "KL-2026-0417"),
     (K_ORG, "basisteam Zaanstad"), (K_LAW, "Awb"), (K_REF, "0900-8844"), (K_ORG, "klachten.noord-holland@politie.nl"),
     (K_LAW, "Regeling klachtbehandeling politie"), (K_PLACE, "Haarlem"), (K_REF, "Postbus 2301")],
    font="DejaVuSans", producer="Microsoft® Word voor Microsoft 365", title="Ontvangstbevestiging KL-2026-0417"))
