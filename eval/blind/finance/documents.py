"""Texts of the blind 'finance' evaluation set (invented documents, see README.md).

Markup:
    [[text|KIND]]          personal data that must be redacted (probes derived from the text)
    [[text|KIND|p1;p2]]    ... with explicit probes
    {text|KIND}            must stay readable
    @BSN:seed:style@       an invented BSN that passes the 11-proef (style: plain, dots, spaces, pairs)
    @IBAN:BANK:seed:style@ an invented IBAN with a valid mod-97 check (style: plain, groups)
    @IBANX:BANK:seed:style@ the same IBAN with one digit mistyped (the check fails)

Blocks: ("title", s) ("h", s) ("p", s) ("pre", s) ("small", s) ("kv", [(k, v), ...])
("table", header, rows, widths) ("cols", side_blocks, main_blocks) ("break",).
"""
from __future__ import annotations

import random
import re


# ---- invented identification numbers -------------------------------------------------------
def _bsn(seed: int) -> str:
    rnd = random.Random(f"bsn-{seed}")
    while True:
        d = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(7)]
        s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))


def _fmt_bsn(b: str, style: str) -> str:
    if style == "dots":
        return f"{b[:4]}.{b[4:6]}.{b[6:]}"
    if style == "spaces":
        return f"{b[:3]} {b[3:6]} {b[6:]}"
    if style == "pairs":
        return f"{b[:2]} {b[2:4]} {b[4:6]} {b[6:]}"
    return b


def _iban(bank: str, seed: int, typo: bool = False) -> str:
    rnd = random.Random(f"iban-{bank}-{seed}")
    acct = "".join(str(rnd.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(num) % 97
    iban = f"NL{check:02d}{bban}"
    if typo:
        i = len(iban) - 3
        iban = iban[:i] + str((int(iban[i]) + 3) % 10) + iban[i + 1:]
    return iban


def _fmt_iban(i: str, style: str) -> str:
    if style == "groups":
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i


def _fill(s: str) -> str:
    s = re.sub(r"@BSN:(\d+):(\w+)@", lambda m: _fmt_bsn(_bsn(int(m.group(1))), m.group(2)), s)
    s = re.sub(r"@IBAN(X?):([A-Z]{4}):(\d+):(\w+)@",
               lambda m: _fmt_iban(_iban(m.group(2), int(m.group(3)), m.group(1) == "X"), m.group(4)), s)
    return s


def T(s):
    return ("title", s)


def H(s):
    return ("h", s)


def P(s):
    return ("p", s)


def PRE(s):
    return ("pre", s)


def S(s):
    return ("small", s)


def KV(*pairs):
    return ("kv", list(pairs))


def TB(header, rows, widths=None):
    return ("table", header, rows, widths) if widths else ("table", header, rows)


def COLS(side, main):
    return ("cols", side, main)


BR = ("break",)

MOTIV_EMPTY = [H("Informatie die niet openbaar gemaakt kan worden"),
               P("Motivering: [nog in te vullen bij openbaarmaking]")]

DOCUMENTS: list[dict] = []


def _fill_block(b):
    if isinstance(b, str):
        return _fill(b)
    if isinstance(b, (list, tuple)):
        return type(b)(_fill_block(x) for x in b)
    return b


def doc(id, producer, blocks, **kw):
    DOCUMENTS.append(dict(id=id, producer=producer, blocks=[_fill_block(b) for b in blocks], **kw))


# ============================================================================================
# fin01  Belastingdienst: betalingsregeling, letter with side column (reportlab)
# ============================================================================================
doc("fin01", "reportlab", [
    T("{Belastingdienst|ORG}"),
    COLS([
        S("{Belastingdienst|ORG} / Team Invordering Particulieren\nPostbus 9048\n7300 GK {Apeldoorn|PLACE}"),
        S("Behandeld door\n[[W.J.M. (Wim) Oosterhuis|PERSON|Oosterhuis;Wim]]\nTelefoon direct\n"
          "[[055 - 528 61 14|PHONE]]\nE-mail\n[[wim.oosterhuis@belastingdienst.nl|EMAIL|wim.oosterhuis@]]"),
        S("BelastingTelefoon\n{0800-0543|SWITCH}\nOns kenmerk\n{INV/2024/118.442|CASE}\nUw kenmerk\n-"),
    ], [
        P("Aangetekend\n[[Mevrouw S.A. van Dijk-Smit|PERSON|Dijk-Smit]]\n"
          "[[Vlierstraat 27\n3521 KD Utrecht|ADDRESS]]"),
        KV(("Datum", "{14 maart 2024|DATE}"),
           ("Onderwerp", "Uw verzoek om een betalingsregeling"),
           ("Burgerservicenummer", "[[@BSN:1:dots@|BSN]]")),
    ]),
    P("Geachte [[mevrouw Van Dijk-Smit|PERSON|Van Dijk-Smit]],"),
    P("Op {20 februari 2024|DATE} hebben wij uw verzoek ontvangen om de openstaande aanslag "
      "inkomstenbelasting 2022 ({aanslagnummer 4410.55.218.H.26|CASE}) in termijnen te betalen. "
      "Het openstaande bedrag is {€ 4.812|AMOUNT}. U woont samen met [[Ruud van Dijk|PERSON|Ruud]], "
      "geboren [[12-08-1969|DOB]]; zijn inkomen hebben wij meegeteld bij de berekening van uw "
      "betalingscapaciteit, zoals de {Leidraad Invordering 2008|LAW} voorschrijft."),
    H("Ons besluit"),
    P("Wij gaan akkoord met een betalingsregeling van 12 maanden. U betaalt elke maand "
      "{€ 401|AMOUNT} via automatische incasso van rekening [[@IBAN:INGB:1:groups@|IBAN]] "
      "(tenaamstelling [[S.A. van Dijk|PERSON|S.A. van Dijk]]). De eerste termijn wordt geïncasseerd "
      "op {28 maart 2024|DATE}. Betaalt u een termijn niet, dan vervalt de regeling en kunnen wij "
      "op grond van de {Invorderingswet 1990|LAW} een dwangbevel uitvaardigen."),
    P("Uw werkgever, {Bakkerij Van Dijk|COMPANY} in {Houten|PLACE}, hoeft niets te doen. Het "
      "loonbeslag dat de deurwaarder, [[mevrouw Ç. Yıldırım|PERSON|Yıldırım]], op "
      "{2 februari 2024|DATE} heeft aangekondigd, wordt opgeschort."),
    H("Bezwaar"),
    P("Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken bij de "
      "inspecteur. Vragen? Bel de {BelastingTelefoon|ORG} of mijn directe nummer hierboven."),
    P("Met vriendelijke groet,\n\n[[W.J.M. Oosterhuis|PERSON|W.J.M. Oosterhuis]]\n"
      "{medewerker invordering|FUNC}, namens de ontvanger"),
    S("Verzonden door {Belastingdienst|ORG}/{Centrale Administratieve Processen|ORG}; "
      "correspondentieadres {Postbus 9048|GOVADDR}."),
], meta_title="Betalingsregeling INV/2024/118.442", meta_author="Oosterhuis, W.J.M.")


# ============================================================================================
# fin02  Financiën: Outlook thread (Dutch headers), reply quoting, Kamervragen Leijten (fpdf2)
# ============================================================================================
doc("fin02", "fpdf2", [
    T("E-mailwisseling beantwoording Kamervragen box 3"),
    PRE("Van: [[Kok, Marloes|PERSON|Kok;Marloes]]\n"
        "Verzonden: dinsdag 7 mei 2024 09:41\n"
        "Aan: [[Baran Aydın|PERSON|Aydın;Baran]]; {DFB Kamervragen|MAILBOX}\n"
        "CC: [[Jeroen ’t Hart|PERSON|’t Hart;Jeroen]]\n"
        "Onderwerp: RE: concept antwoorden Kamerlid Leijten over herstel box 3"),
    P("Hoi [[Baran|PERSON]],\n\nDank voor het concept. Twee punten: vraag 4 moet aansluiten bij wat "
      "{minister Hoekstra|PUBLIC} in 2022 heeft toegezegd over het {rechtsherstel box 3|PROG}, en bij "
      "vraag 6 graag de cijfers van de {Belastingdienst|ORG} per {1 mei 2024|DATE} gebruiken. "
      "[[Jeroen|PERSON]] checkt de passage over de {Wet rechtsherstel box 3|LAW} met {Directie Fiscale "
      "Zaken|ORG}. Ik ben morgen alleen mobiel bereikbaar ([[06-41 87 22 09|PHONE]]).\n\n"
      "Groet,\n[[Marloes|PERSON]]"),
    PRE("Op 6 mei 2024 om 16:12 schreef [[Baran Aydın|PERSON]] "
        "<[[b.aydin@minfin.nl|EMAIL]]>:"),
    P("> Beste [[Marloes|PERSON]],\n> Bijgaand de conceptantwoorden op de vragen van het lid "
      "{Leijten|PUBLIC} (SP) over de vertraging bij het herstel. [[Femke de Wit|PERSON|Wit;Femke]] "
      "van {DGBel|ACR} heeft de feitelijke vragen gecheckt. Zij is te bereiken via "
      "[[+31 6 2390 1175|PHONE]].\n> Let op: in de bijlage staat nog een naam van een burger "
      "([[mevrouw Hoekstra|PERSON|Hoekstra]] uit {Leeuwarden|PLACE}) die een brief aan de "
      "Kamer stuurde; die moet eruit voor het {Woo|LAW}-dossier."),
    PRE("Van: [[Jeroen ’t Hart|PERSON]] <[[j.thart@minfin.nl|EMAIL]]>\n"
        "Verzonden: maandag 6 mei 2024 11:03\n"
        "Aan: [[Aydın, B.|PERSON|Aydın]]\n"
        "Onderwerp: box 3 - stand van zaken"),
    P("[[Baran|PERSON]], de {Directie Algemene Fiscale Politiek|ORG} ({AFP|ACR}) wil dat we verwijzen naar de "
      "brief van {staatssecretaris Van Rij|PUBLIC} van {28 april 2023|DATE}. Bel me even op "
      "[[070 342 8117|PHONE]] als dat niet past.\n\nMet vriendelijke groet,\n"
      "[[Jeroen ’t Hart|PERSON]]\n{beleidsmedewerker|FUNC} {Directie Fiscale Zaken|ORG}\n"
      "{Ministerie van Financiën|ORG} | {Korte Voorhout 7|GOVADDR} | {2511 CW Den Haag|GOVADDR}\n"
      "T (algemeen) {070 342 80 00|SWITCH}"),
], meta_title="RE: concept antwoorden Kamerlid Leijten")


# ============================================================================================
# fin03  DNB / Financiën: verslag overleg met deelnemerslijst (LibreOffice)
# ============================================================================================
doc("fin03", "libreoffice", [
    T("Verslag bestuurlijk overleg {DNB|ACR} – {Ministerie van Financiën|ORG}"),
    KV(("Datum:", "{19 september 2023|DATE}, 14.00–15.30 uur"),
       ("Locatie:", "{De Nederlandsche Bank|ORG}, {Spaklerweg 4|GOVADDR}, {Amsterdam|PLACE}"),
       ("Verslag:", "[[Thijs Bakker|PERSON|Bakker;Thijs]] ({Directie Financiële Markten|ORG})")),
    TB(["Naam", "Organisatie", "Functie"], [
        ["[[dr. A.M. (Annemiek) de Groot|PERSON|Groot;Annemiek]]", "{DNB|ACR}", "{divisiedirecteur toezicht pensioenfondsen|FUNC}"],
        ["[[Pieter-Jan Verbeek|PERSON|Verbeek;Pieter-Jan]]", "{DNB|ACR}", "{senior toezichthouder|FUNC}"],
        ["[[mr. H. (Henk) de Jong|PERSON|Jong;Henk]]", "{AFM|ACR}", "{afdelingshoofd|FUNC}"],
        ["[[Ilse Groningen|PERSON|Ilse]]", "{Financiën|ORG}, {DFM|ACR}", "{plv. directeur|FUNC}"],
        ["[[Thijs Bakker|PERSON]]", "{Financiën|ORG}, {DFM|ACR}", "{beleidsmedewerker|FUNC} (verslag)"],
    ], [3, 2, 3]),
    H("1. Opening en mededelingen"),
    P("[[Mevrouw De Groot|PERSON]] opent. [[Groningen|PERSON|Groningen]] meldt dat de minister "
      "de Kamer vóór 1 oktober informeert over de {Wet toekomst pensioenen|LAW} ({Wtp|ACR}). "
      "Het overleg in {Groningen|PLACE} met de pensioenfondsen van {8 september|DATE} wordt "
      "toegelicht door [[Verbeek|PERSON]]."),
    H("2. Transitieplannen pensioenfondsen"),
    P("[[De Jong|PERSON]] ({AFM|ACR}) wijst op de communicatie aan deelnemers: het {Netto "
      "Profijt|TERM}-overzicht moet begrijpelijk zijn. [[Bakker|PERSON]] vraagt of {DNB|ACR} "
      "een {dashboard|TERM} publiceert. Afgesproken dat [[Pieter-Jan|PERSON]] een voorstel stuurt "
      "aan [[ilse.groningen@minfin.nl|EMAIL]] en aan de functionele box {dfm-pensioenen@minfin.nl|MAILBOX}."),
    H("3. Rondvraag"),
    P("[[Ilse|PERSON]] meldt dat {minister Kaag|PUBLIC} het {Pensioenfonds ABP|ORG} op "
      "{4 oktober 2023|DATE} bezoekt. [[De Groot|PERSON]] is tot eind oktober bereikbaar via "
      "[[06 5187 3302|PHONE]] (via secretariaat {020 524 91 11|SWITCH})."),
    TB(["Actie", "Wie", "Wanneer"], [
        ["Voorstel dashboard transitie", "[[PJV|INITIALS]]", "{1 november 2023|DATE}"],
        ["Nota aan minister over stand Wtp", "[[IG|INITIALS]] / [[TB|INITIALS]]", "{15 oktober 2023|DATE}"],
    ], [4, 1, 2]),
], meta_title="Verslag BO DNB-Financiën 19-09-2023", meta_author="Thijs Bakker")


# ============================================================================================
# fin04  DNB supervisory e-mail in English, forwarded chain (Chromium)
# ============================================================================================
doc("fin04", "chromium", [
    T("FW: On-site inspection follow-up – liquidity reporting"),
    PRE("From: [[Noor el Idrissi|PERSON|el Idrissi;Noor]] <[[n.el.idrissi@dnb.nl|EMAIL]]>\n"
        "Sent: Thursday, 11 January 2024 17:20\n"
        "To: [[Lefèvre, François|PERSON|Lefèvre;François]]\n"
        "Cc: [[Zoë van Gelder|PERSON|Gelder;Zoë]]; {supervisory-liaison@dnb.nl|MAILBOX}\n"
        "Subject: FW: On-site inspection follow-up"),
    P("[[François|PERSON]], forwarding the thread below for your files. The {ECB|ACR} {Joint Supervisory "
      "Team|ORG} would like the {remediation plan|TERM} by {31 January 2024|DATE}. Please note that "
      "[[Zoë|PERSON]] is on leave next week; in urgent cases call me on [[+31 20 524 3718|PHONE]].\n\n"
      "Kind regards,\n[[Noor|PERSON]]\n\n[[Noor el Idrissi|PERSON]] | {Senior Supervisor|FUNC}, "
      "{Banking Supervision|ORG}\n{De Nederlandsche Bank N.V.|ORG} | {Postbus 98|GOVADDR}, "
      "{1000 AB Amsterdam|GOVADDR}"),
    PRE("-----Original Message-----\n"
        "From: [[Lefèvre, François|PERSON]] <[[francois.lefevre@ecb.europa.eu|EMAIL]]>\n"
        "Sent: Wednesday, 10 January 2024 09:02\n"
        "To: [[El Idrissi, Noor|PERSON|El Idrissi]]\n"
        "Subject: On-site inspection follow-up"),
    P("Dear [[Noor|PERSON]],\n\nThank you for the call with [[Mr Brouwer|PERSON|Brouwer]] and "
      "[[Ms Sánchez-Ortega|PERSON|Sánchez-Ortega]] of {Noordelijke Spaarbank N.V.|COMPANY}. As "
      "discussed, the findings on the {LCR|ACR} and {NSFR|ACR} reporting remain open. Their "
      "{CFO|FUNC}, [[Maarten Brouwer|PERSON|Maarten]], promised a revised {COREP|TERM} template. "
      "My colleague [[Ana María Sánchez-Ortega|PERSON|Ana María]] ([[+49 69 1344 7265|PHONE]]) "
      "will lead the follow-up from {Frankfurt|PLACE}.\n\n"
      "The bank's {Chief Risk Officer|FUNC} also mentioned that a former employee, "
      "[[Mr Jansen|PERSON|Jansen]], has filed a complaint with the {AFM|ACR}; "
      "we should not contact him directly.\n\n"
      "Best regards,\n[[François|PERSON]]\n\n[[François Lefèvre|PERSON]]\n{Principal Supervisor|FUNC}, "
      "{DG Horizontal Line Supervision|ORG}\n{European Central Bank|ORG}, {Sonnemannstrasse 20|GOVADDR}, "
      "{60314 Frankfurt am Main|GOVADDR}"),
    PRE("> On 9 Jan 2024, at 18:47, [[Zoë van Gelder|PERSON]] <[[zoë.vangelder@dnb.nl|EMAIL]]> wrote:\n"
        "> [[Noor|PERSON]], the minutes of the closing meeting are in the {DMS|ACR} (case {2023-0871-BS|CASE}).\n"
        "> The bank asked us to send them to [[m.brouwer@noordelijkespaarbank.nl|EMAIL]] only.\n"
        "> — [[Zoë|PERSON]] (mobile [[0031 6 1009 4421|PHONE]])"),
], meta_title="FW: On-site inspection follow-up")


# ============================================================================================
# fin05  Algemene Rekenkamer: verantwoordingsonderzoek, interview table (reportlab)
# ============================================================================================
doc("fin05", "reportlab", [
    T("{Algemene Rekenkamer|ORG} – Resultaten verantwoordingsonderzoek 2023"),
    P("Onderdeel: {Ministerie van Financiën|ORG} ({IX|CASE}) – {Toeslagen|ORG} en {Douane|ORG}"),
    H("1. Inleiding"),
    P("Wij hebben de bedrijfsvoering van het {Ministerie van Financiën|ORG} over 2023 onderzocht, "
      "op grond van de {Comptabiliteitswet 2016|LAW}. Het onderzoek richtte zich op het "
      "{Herstel Kinderopvangtoeslag|PROG}, de {Douane|ORG}-systemen ({DMF|ACR}) en de "
      "inkoopprocessen. {Staatssecretaris Van Huffelen|PUBLIC} en later {staatssecretaris De "
      "Vries|PUBLIC} zijn over de voorlopige bevindingen geïnformeerd."),
    H("2. Gesprekken"),
    P("Voor dit onderzoek spraken wij met de volgende medewerkers. Namen staan in dit "
      "werkdocument alleen voor de interne dossiervorming."),
    TB(["Datum", "Naam", "Functie", "Organisatieonderdeel"], [
        ["{8 januari 2024|DATE}", "[[drs. E.C. (Esther) Mulder-Kok|PERSON|Mulder-Kok;Esther]]", "{controller|FUNC}", "{FEZ|ACR}"],
        ["{8 januari 2024|DATE}", "[[R. Smit|PERSON|R. Smit]]", "{teamleider inkoop|FUNC}", "{Inkoop Uitvoeringscentrum Financiën|ORG}"],
        ["{15 januari 2024|DATE}", "[[Khadija Amrani|PERSON|Amrani;Khadija]]", "{proceseigenaar|FUNC}", "{UHT|ACR}"],
        ["{22 januari 2024|DATE}", "[[J. (Joost) Kok|PERSON|Joost]]", "{CIO-adviseur|FUNC}", "{Douane|ORG}"],
        ["{22 januari 2024|DATE}", "[[Sven van den\nBroek|PERSON|van den Broek;Sven]]", "{auditor|FUNC}", "{ADR|ACR}"],
    ], [2, 3, 2.4, 3]),
    H("3. Bevindingen"),
    P("3.1 Volgens [[mevrouw Mulder-Kok|PERSON]] was de {rechtmatigheid|TERM} van de betalingen aan "
      "gedupeerde ouders niet volledig aantoonbaar; zij verwees naar een lijst van 212 dossiers. In "
      "één steekproefdossier stond de compensatie van {€ 30.000|AMOUNT} op naam van "
      "[[W. de Wit|PERSON|W. de Wit]] ([[@BSN:2:plain@|BSN]]), terwijl de aanvraag was ingediend door "
      "zijn ex-partner [[Yvonne Kok|PERSON|Yvonne]]. {De Wit Accountants|COMPANY}, de externe accountant, "
      "had dit al gemeld."),
    P("3.2 [[Smit|PERSON]] gaf aan dat drie raamcontracten zijn verlengd zonder nieuwe "
      "aanbesteding. Dit is in strijd met de {Aanbestedingswet 2012|LAW}. De leverancier "
      "{Smit & Kok IT Services B.V.|COMPANY} ontving in 2023 {€ 2,4 miljoen|AMOUNT}."),
    P("3.3 [[Kok|PERSON]] ({Douane|ORG}) bevestigde dat de migratie naar het nieuwe aangiftesysteem "
      "{DMS|ACR} is uitgesteld tot {1 juli 2025|DATE}. [[Van den Broek|PERSON]] ({ADR|ACR}) "
      "deelt dit oordeel."),
    H("4. Contact"),
    P("Vragen over dit werkdocument: [[Lotte Vermeulen|PERSON|Vermeulen;Lotte]], "
      "{onderzoeker|FUNC}, [[l.vermeulen@rekenkamer.nl|EMAIL]], [[070 - 342 44 97|PHONE]]; "
      "algemeen: {070 342 43 44|SWITCH}, {Lange Voorhout 8|GOVADDR}, {Den Haag|PLACE}."),
], meta_title="Werkdocument VO 2023 Financiën")


# ============================================================================================
# fin06  DUO: terugvordering studiefinanciering (fpdf2, Liberation)
# ============================================================================================
doc("fin06", "fpdf2", [
    T("{Dienst Uitvoering Onderwijs|ORG}"),
    P("[[De heer M.R. Öztürk|PERSON|Öztürk]]\n[[Van Speijkstraat 112-II\n1057 HA  Amsterdam|ADDRESS|Van Speijkstraat 112-II;1057 HA]]"),
    KV(("Datum", "{3 juni 2024|DATE}"), ("Ons kenmerk", "{DUO/SF/2024-66190|CASE}"),
       ("Uw BSN", "[[@BSN:3:spaces@|BSN]]"), ("Geboortedatum", "[[17 november 2001|DOB]]"),
       ("Onderwerp", "Terugvordering studiefinanciering 2022")),
    P("Beste [[Mehmet Öztürk|PERSON|Mehmet]],"),
    P("U hebt in 2022 een {studentenreisproduct|TERM} en een aanvullende beurs ontvangen. Uit "
      "gegevens van de {Belastingdienst|ORG} blijkt dat het inkomen van uw ouders, "
      "[[Ali Öztürk|PERSON|Ali]] en [[Ayşe Öztürk-Demir|PERSON|Öztürk-Demir;Ayşe]], hoger was dan "
      "waarmee wij hebben gerekend. Daarom vorderen wij {€ 1.736,40|AMOUNT} terug, op grond van "
      "de {Wet studiefinanciering 2000|LAW} ({Wsf 2000|LAW})."),
    H("Hoe betaalt u?"),
    P("Maak het bedrag vóór {1 augustus 2024|DATE} over naar rekening {NL67 INGB 0705 0011 31|ORGIBAN} "
      "van {DUO|ACR} onder vermelding van uw kenmerk. U kunt ook een betalingsregeling aanvragen "
      "in {Mijn DUO|TERM}. Wij storten een eventueel teveel betaald bedrag terug op uw rekening "
      "[[@IBAN:RABO:2:plain@|IBAN]]."),
    P("Uw ouders krijgen een kopie van deze brief op hun eigen adres, "
      "[[Hoofdweg 31\n1175 LA Lijnden|ADDRESS|Hoofdweg 31;1175 LA]]."),
    H("Vragen of bezwaar"),
    P("Bel {050 - 599 77 55|SWITCH} (werkdagen 9.00-17.00 uur) of stuur een bericht via "
      "{duo.nl/contact|TERM}. Bezwaar maken kan binnen 6 weken. Uw dossier wordt behandeld door "
      "[[Gerrit-Jan Hiemstra|PERSON|Hiemstra;Gerrit-Jan]], {medewerker Klant & Terugvordering|FUNC}, "
      "{Kempkensberg 12|GOVADDR}, {Groningen|PLACE}."),
    P("Met vriendelijke groet,\n{Dienst Uitvoering Onderwijs|ORG}\n\n[[G.J. Hiemstra|PERSON|G.J. Hiemstra]]\n"
      "namens de {minister van Onderwijs, Cultuur en Wetenschap|FUNC}"),
], meta_title="DUO terugvordering", font="liberation")


# ============================================================================================
# fin07  Inspectie van het Onderwijs: rapport kwaliteitsonderzoek (LibreOffice)
# ============================================================================================
doc("fin07", "libreoffice", [
    T("Rapport kwaliteitsonderzoek bij {OBS De Vlonder|ORG} te {Hoogezand|PLACE}"),
    KV(("Bestuur:", "{Stichting Openbaar Primair Onderwijs Midden-Groningen|ORG}"),
       ("Bestuursnummer:", "{41827|CASE}"), ("Brinnummer:", "{12AB|CASE}"),
       ("Datum onderzoek:", "{12 en 13 maart 2024|DATE}"),
       ("Inspecteurs:", "[[drs. Baukje Postma|PERSON|Postma;Baukje]] en [[Michiel de Boer|PERSON|Boer;Michiel]]")),
    H("Samenvatting"),
    P("De {Inspectie van het Onderwijs|ORG} beoordeelt de kwaliteit van {OBS De Vlonder|ORG} als "
      "{Voldoende|TERM}. De school heeft een goed zicht op de ontwikkeling van leerlingen. De "
      "directeur, [[Harm Wiersma|PERSON|Wiersma;Harm]], en het team hebben na het vorige onderzoek "
      "in 2021 stevig ingezet op het {leesonderwijs|TERM}."),
    H("Wat moet beter?"),
    P("De school moet de {veiligheidsmonitor|TERM} jaarlijks afnemen, zoals de "
      "{Wet op het primair onderwijs|LAW} voorschrijft. Uit gesprekken bleek dat een leerling uit "
      "groep 7 ([[Daan|PERSON]], geboren [[4 mei 2013|DOB]]) langdurig werd gepest; de ouders, "
      "[[familie Bos-Haarsma|PERSON|Bos-Haarsma]], hebben daarover in {januari 2024|DATE} een klacht "
      "ingediend bij de {Landelijke Klachtencommissie Onderwijs|ORG}."),
    H("Gesprekken"),
    TB(["Gesprekspartner", "Rol", "Contact"], [
        ["[[H. Wiersma|PERSON|H. Wiersma]]", "{directeur|FUNC}", "[[h.wiersma@opo-mg.nl|EMAIL]]"],
        ["[[Sietske van der Meer|PERSON|van der Meer;Sietske]]", "{intern begeleider|FUNC}", "[[06-20 44 81 93|PHONE]]"],
        ["[[Ruben Groen|PERSON|Groen;Ruben]]", "{leerkracht groep 7|FUNC}", "-"],
        ["[[mw. A. Kuipers|PERSON|Kuipers]]", "{voorzitter MR|FUNC}", "[[a.kuipers71@gmail.com|EMAIL]]"],
        ["{bestuurder|FUNC}", "{College van Bestuur|ORG}", "{info@opo-mg.nl|MAILBOX}"],
    ], [3, 2.5, 3]),
    H("Reactie van het bestuur"),
    P("Het bestuur herkent zich in het rapport. [[Wiersma|PERSON]] heeft met [[Van der Meer|PERSON]] "
      "een plan gemaakt; [[Groen|PERSON]] volgt de training {Kanjertraining|PROG}. De inspecteurs "
      "[[Postma|PERSON]] en [[De Boer|PERSON]] bespreken de voortgang in {oktober 2024|DATE} met het "
      "bestuur. {Minister Dijkgraaf|PUBLIC} heeft de Kamer in 2023 gemeld dat de inspectie vaker "
      "onaangekondigd zal komen."),
    S("{Inspectie van het Onderwijs|ORG}, {Park Voorn 4|GOVADDR}, {Utrecht|PLACE} – "
      "{loket@owinsp.nl|MAILBOX} – {088 669 60 60|SWITCH}"),
], meta_title="Rapport kwaliteitsonderzoek OBS De Vlonder", meta_author="Baukje Postma")


# ============================================================================================
# fin08  University: student complaint to Examencommissie / CBE (Chromium)
# ============================================================================================
doc("fin08", "chromium", [
    T("Klacht over beoordeling masterscriptie"),
    KV(("Aan:", "{Examencommissie Economie en Bedrijfskunde|ORG}, {Rijksuniversiteit Groningen|ORG}"),
       ("Van:", "[[Julia Kowalczyk|PERSON|Kowalczyk;Julia]] (studentnummer [[S4128870|STUDENTNR]])"),
       ("Adres:", "[[Nieuwe Ebbingestraat 201a, 9712 NK Groningen|ADDRESS|Nieuwe Ebbingestraat 201a;9712 NK]]"),
       ("Telefoon:", "[[+31 (0)6 3471 2290|PHONE]]"),
       ("E-mail:", "[[j.kowalczyk@student.rug.nl|EMAIL]]"),
       ("Datum:", "{2 september 2024|DATE}")),
    P("Geachte leden van de examencommissie,"),
    P("Hierbij dien ik een klacht in over de beoordeling van mijn scriptie \"{Green bonds and "
      "sovereign yield spreads|TERM}\" door mijn begeleider [[dr. Wouter Dijkstra|PERSON|Dijkstra;Wouter]] "
      "en tweede lezer [[prof. dr. Lin Zhang|PERSON|Zhang]]. Het cijfer (5,4) is op {12 juli 2024|DATE} "
      "toegekend, zonder dat ik het beoordelingsformulier kreeg zoals de {Onderwijs- en "
      "Examenregeling|LAW} ({OER|ACR}) vereist."),
    P("Op {15 juli 2024|DATE} schreef [[Dijkstra|PERSON]] mij dat [[Zhang|PERSON]] het "
      "literatuuroverzicht \"onvoldoende\" vond. Mijn studieadviseur, [[mevrouw Tjoelker|PERSON|Tjoelker]], "
      "heeft bevestigd dat de termijn van 15 werkdagen is overschreden. Ik heb door mijn "
      "medische situatie (zie de verklaring van de {studentendecaan|FUNC}) al vertraging opgelopen."),
    P("Ik verzoek de commissie een derde beoordelaar aan te wijzen. Een kopie van deze klacht "
      "stuur ik naar het {College van Beroep voor de Examens|ORG} ({CBE|ACR}) en naar de "
      "{ombudsfunctionaris|FUNC} ({ombudsman@rug.nl|MAILBOX})."),
    P("Met vriendelijke groet,\n[[Julia Kowalczyk|PERSON]]"),
    H("Interne notitie examencommissie (niet verzonden)"),
    TB(["Stap", "Door", "Datum", "Opmerking"], [
        ["Ontvangst", "[[AdV|INITIALS]] (secretaris)", "{3 september 2024|DATE}", "geregistreerd als {EC-EB-2024-311|CASE}"],
        ["Hoor en wederhoor", "[[K. van Dam|PERSON|van Dam]]", "{17 september 2024|DATE}", "[[Dijkstra|PERSON]] reageert schriftelijk"],
        ["Besluit", "[[prof. Anouk de Vos|PERSON|Vos;Anouk]] (voorzitter)", "{1 oktober 2024|DATE}", "derde lezer: [[dr. T. Schutte|PERSON|Schutte]]"],
    ], [2, 3, 2, 4]),
], meta_title="Klacht masterscriptie J. Kowalczyk")


# ============================================================================================
# fin09  Huurcommissie: uitspraak huurverlaging (reportlab)
# ============================================================================================
doc("fin09", "reportlab", [
    T("Uitspraak van de {Huurcommissie|ORG}"),
    KV(("Zaaknummer", "{HC-2024-017733|CASE}"),
       ("Verzoeker (huurder)", "[[A.F. (Anouk) Bakker|PERSON|Anouk]], [[Amstelveenseweg 84-3\n1075 XL Amsterdam|ADDRESS]]"),
       ("Verweerder (verhuurder)", "{Woningcorporatie Stadgenoot|ORG}, {Sarphatistraat 370|GOVADDR}, {Amsterdam|PLACE}"),
       ("Datum zitting", "{23 april 2024|DATE}"), ("Datum uitspraak", "{14 mei 2024|DATE}")),
    H("1. Het verzoek"),
    P("Huurder [[Bakker|PERSON]] verzoekt om verlaging van de huurprijs wegens onderhoudsgebreken "
      "(schimmel in de badkamer, lekkage dakkapel). Zij huurt de woning sinds {1 februari 2016|DATE} "
      "samen met haar partner [[Tomás Ferreira da Silva|PERSON|Ferreira da Silva;Tomás]]. De huurprijs "
      "bedraagt {€ 812,33|AMOUNT} per maand."),
    H("2. De zitting"),
    P("Ter zitting waren aanwezig: verzoeker, bijgestaan door [[mr. I. Bakker-Prins|PERSON|Bakker-Prins]] "
      "(geen familie) van {Juridisch Loket|ORG}, en namens verweerder [[dhr. R.P. de Koning|PERSON|Koning]], "
      "{vastgoedbeheerder|FUNC}. De zaak is behandeld door [[mr. drs. F. Lambrechts|PERSON|Lambrechts]] "
      "({voorzitter|FUNC}) met secretaris [[L. Çakır|PERSON|Çakır]]. Op verzoek van verweerder is ook "
      "de opzichter [[Stijn|PERSON]] gehoord."),
    P("[[De Koning|PERSON]] verklaarde dat de schimmel het gevolg is van onvoldoende ventilatie. [[Bakker|PERSON]] betwist "
      "dat: volgens het rapport van {Bouwkundig Bureau Prins B.V.|COMPANY} is de mechanische "
      "ventilatie sinds 2019 defect."),
    H("3. Beoordeling"),
    P("De {Huurcommissie|ORG} stelt vast dat sprake is van de gebreken {B6|CASE} en {C9|CASE} uit het "
      "{Beleidsboek Gebreken|LAW}. Op grond van artikel 7:257 van het {Burgerlijk Wetboek|LAW} wordt "
      "de huurprijs met ingang van {1 december 2023|DATE} verlaagd naar {€ 325,00|AMOUNT} totdat de "
      "gebreken zijn verholpen."),
    H("4. Uitspraak"),
    P("De verlaagde huurprijs geldt tot de verhuurder het verhelpen heeft gemeld via "
      "{huurcommissie.nl|TERM}. Tegen deze uitspraak kan binnen acht weken de kantonrechter worden "
      "gevraagd. Ondertekend door de voorzitter en de secretaris.\n\n"
      "[[F. Lambrechts|PERSON|F. Lambrechts]]          [[L. Çakır|PERSON]]"),
    S("{Huurcommissie|ORG}, {Postbus 16495|GOVADDR}, {2500 BL Den Haag|GOVADDR}, {088 525 84 84|SWITCH}"),
], meta_title="Uitspraak HC-2024-017733")


# ============================================================================================
# fin10  BZK Teams export about a corporation complaint (fpdf2)
# ============================================================================================
doc("fin10", "fpdf2", [
    T("Export {Microsoft Teams|TERM}-chat \"Huurbevriezing corporaties – signalen\""),
    S("Geëxporteerd op {9 februari 2024|DATE} voor {Woo-verzoek 2024-0112|CASE}. Deelnemers: "
      "[[Esmée Vos|PERSON|Esmée]], [[Dennis Kramer|PERSON|Kramer;Dennis]], "
      "[[Ingrid van 't Hof|PERSON|van 't Hof;Ingrid]], [[Mohamed Bouzid|PERSON|Bouzid;Mohamed]]"),
    TB(["Tijd", "Afzender", "Bericht"], [
        ["{5-2-2024|DATE} 08:55", "[[Vos, Esmée|PERSON|Vos]]", "Goedemorgen! {Aedes|ORG} belde: {Woonstichting De Key|ORG} wil weten of de {huurbevriezing|TERM} ook voor de vrije sector geldt."],
        ["08:57", "[[Kramer, Dennis|PERSON]]", "Nee, alleen sociale huur. Staat in de brief van {minister De Jonge|PUBLIC}."],
        ["09:03", "[[Ingrid van 't Hof|PERSON]]", "Er ligt ook een klacht van een huurder, [[dhr. De Jonge|PERSON|De Jonge]] uit {Almere|PLACE} (geen familie 😉). Hij woont op [[Kruidenwijk 17, 1336 KD Almere|ADDRESS|Kruidenwijk 17;1336 KD]]."],
        ["09:04", "[[Bouzid, Mohamed|PERSON]]", "@[[Ingrid|PERSON]] graag zijn naam niet in Teams, zet het in {Zaaksysteem|TERM} 🙏"],
        ["09:10", "[[Ingrid van 't Hof|PERSON]]", "Sorry! Verplaatst. Zijn telefoonnummer ([[036-5317702|PHONE]]) heb ik ook verwijderd."],
        ["09:22", "[[Vos, Esmée|PERSON]]", "[[Dennis|PERSON]], kun jij [[Hanneke|PERSON]] van {DGVH|ACR} vragen om een lijn? Zij zit op [[06 - 1288 4376|PHONE]]"],
        ["09:30", "[[Kramer, Dennis|PERSON]]", "Doe ik. Ik bel ook de {Woonbond|ORG} ({020 551 77 00|SWITCH})."],
        ["11:47", "[[Bouzid, Mohamed|PERSON]]", "Update: [[Hanneke Smeets|PERSON|Smeets]] zegt dat de {Huurcommissie|ORG} dit jaar 30% meer zaken verwacht."],
    ], [1.3, 2.4, 7]),
    P("Opmerking van de Woo-coördinator: de chat bevat geen besluitvorming; alleen de berichten "
      "vanaf {5 februari 2024|DATE} zijn relevant. Contact: {woo-bzk@minbzk.nl|MAILBOX}."),
], meta_title="Teams export huurbevriezing")


# ============================================================================================
# fin11  RVO: subsidiebeschikking to an eenmanszaak named after its owner (LibreOffice)
# ============================================================================================
doc("fin11", "libreoffice", [
    T("Beschikking {Subsidieregeling verduurzaming mkb|PROG} ({SVM|ACR})"),
    COLS([
        S("{Rijksdienst voor Ondernemend Nederland|ORG}\n{Prinses Beatrixlaan 2|GOVADDR}\n{2595 AL Den Haag|GOVADDR}\n{www.rvo.nl|TERM}"),
        S("Contactpersoon\n[[Sanne Bos|PERSON|Sanne]]\nT [[088 042 53 17|PHONE]]\n"
          "[[sanne.bos@rvo.nl|EMAIL]]\nKlantcontact {088 042 42 42|SWITCH}"),
        S("Ons kenmerk\n{SVM24-018842|CASE}\nDatum\n{21 juni 2024|DATE}"),
    ], [
        P("{Installatiebedrijf Gert Bos|COMPANY}\nt.a.v. [[de heer G.H. Bos|PERSON|G.H. Bos]]\n"
          "[[Dorpsstraat 41\n7961 AC Ruinerwold|ADDRESS]]"),
        KV(("KvK-nummer:", "[[72918365|KVK]]"), ("Rechtsvorm:", "eenmanszaak")),
    ]),
    P("Geachte heer [[Bos|PERSON]],"),
    P("Op {2 april 2024|DATE} hebt u subsidie aangevraagd voor een warmtepomp en zonnepanelen op het "
      "bedrijfspand van uw eenmanszaak. Wij verlenen u een subsidie van maximaal {€ 13.600|AMOUNT} "
      "op grond van de {Kaderbesluit EZK- en LNV-subsidies|LAW}. Het {energieadvies|TERM} is opgesteld "
      "door [[ir. Petra Hoogeveen|PERSON|Hoogeveen;Petra]] van {Adviesbureau Hoogeveen & Zonen|COMPANY}."),
    P("Het voorschot van {€ 10.880|AMOUNT} maken wij over op rekening [[@IBAN:ABNA:3:groups@|IBAN]] "
      "ten name van [[G.H. Bos|PERSON]]. Let op: in uw aanvraag stond ook het rekeningnummer "
      "[[@IBANX:ABNA:3:groups@|IBAN]]; dat nummer bestaat niet en hebben wij niet gebruikt."),
    P("Uw echtgenote, [[Marja Bos-Veldkamp|PERSON|Bos-Veldkamp;Marja]], is in de aanvraag "
      "opgegeven als tweede contactpersoon ([[06-51009923|PHONE]]). Verandert er iets, geef dat "
      "door via {Mijn RVO|TERM}."),
    P("Met vriendelijke groet,\n\n{Rijksdienst voor Ondernemend Nederland|ORG}\nnamens deze,\n"
      "[[drs. K.L. Jongsma|PERSON|Jongsma]]\n{teamleider Subsidies Duurzaamheid|FUNC}"),
], meta_title="Beschikking SVM24-018842", meta_author="Sanne Bos")


# ============================================================================================
# fin12  RVO: overzicht verleende subsidies (table; eenmanszaken & VOF) (Chromium)
# ============================================================================================
doc("fin12", "chromium", [
    T("Bijlage 2 – Overzicht toekenningen {Regeling Groenprojecten Landbouw|PROG} 2023"),
    P("Onderdeel van de nota aan {minister Adema|PUBLIC} ({LNV|ACR}), {kenmerk DGAN-ANK/23284417|CASE}. "
      "Bedrijfsnamen zijn openbaar; contactgegevens van ondernemers niet."),
    TB(["Nr", "Onderneming", "KvK", "Contactpersoon", "Plaats", "Bedrag"], [
        ["1", "{Loonbedrijf H. de Vries VOF|COMPANY}", "[[01093385|KVK]]", "[[Harmen de Vries|PERSON|Harmen]] ([[06 12 09 87 44|PHONE]])", "{Marum|PLACE}", "{€ 48.200|AMOUNT}"],
        ["2", "{Melkveehouderij Nijboer|COMPANY}", "[[64410987|KVK]]", "[[J.A. Nijboer|PERSON|J.A. Nijboer]], [[Hoofdweg 212, 9621 AL Slochteren|ADDRESS]]", "{Slochteren|PLACE}", "{€ 31.750|AMOUNT}"],
        ["3", "{Akkerbouw Kuipers & Zn.|COMPANY}", "[[58023116|KVK]]", "[[Wietske Kuipers|PERSON|Wietske;Kuipers]]", "{Emmeloord|PLACE}", "{€ 22.000|AMOUNT}"],
        ["4", "{Coöperatie Agrifirm U.A.|COMPANY}", "{08050186|KVKORG}", "{projectbureau|FUNC} ({subsidies@agrifirm.nl|MAILBOX})", "{Apeldoorn|PLACE}", "{€ 250.000|AMOUNT}"],
        ["5", "{Boomkwekerij Van der Heijden|COMPANY}", "[[71204456|KVK]]", "[[Kees van der Heijden|PERSON|Kees]], [[kees@boomkwekerijvdheijden.nl|EMAIL]]", "{Boskoop|PLACE}", "{€ 17.480|AMOUNT}"],
        ["6", "{Zuivelboerderij 't Hoogeland|COMPANY}", "[[80031279|KVK]]", "[[Roelie Bakker-Dijkhuis|PERSON|Bakker-Dijkhuis;Roelie]], [[0595-43 12 77|PHONE]]", "{Warffum|PLACE}", "{€ 9.950|AMOUNT}"],
    ], [0.5, 3.2, 1.6, 4.4, 1.6, 1.5]),
    P("Toelichting: bij nr. 1 is de vennoot [[de heer De Vries|PERSON|Vries]] ook bestuurder van de "
      "{Vereniging Agrarisch Natuurbeheer Westerkwartier|ORG}. {Kamerlid Nijboer|PUBLIC} (PvdA) heeft "
      "in {Kamervragen 2023Z11802|CASE} naar deze regeling gevraagd; er is geen familierelatie met de "
      "ontvanger onder nr. 2. Voor de controle ter plaatse is [[Jan-Willem Schaap|PERSON|Schaap;Jan-Willem]] "
      "({RVO|ACR}, [[jan-willem.schaap@rvo.nl|EMAIL]]) aanspreekpunt."),
], meta_title="Bijlage 2 toekenningen Groenprojecten")


# ============================================================================================
# fin13  NVWA inspectierapport at a farm (reportlab)
# ============================================================================================
doc("fin13", "reportlab", [
    T("{Nederlandse Voedsel- en Warenautoriteit|ORG} – Rapport van bevindingen"),
    KV(("Rapportnummer:", "{NVWA-DL/2024/04417|CASE}"),
       ("Inspectiedatum:", "{6 februari 2024|DATE}, 07.30 uur"),
       ("Locatie:", "{varkenshouderij Groot Haarveld|COMPANY}, [[Haarveldseweg 9, 5827 AR Vierlingsbeek|ADDRESS]]"),
       ("Houder:", "[[Theo Verhoeven|PERSON|Verhoeven;Theo]], geboren [[22-01-1966|DOB]]"),
       ("UBN:", "{2188431|CASE}"),
       ("Toezichthouders:", "[[dierenarts C.M. Lankhorst|PERSON|Lankhorst]] ([[CL|INITIALS]]) en "
        "[[Bart-Jan\nOude Wesselink|PERSON|Oude Wesselink;Bart-Jan]] ([[BJOW|INITIALS]])")),
    H("1. Aanleiding"),
    P("De inspectie vond plaats naar aanleiding van een melding via {Meld Misdaad Anoniem|ORG} en "
      "een signaal van de {Dierenbescherming|ORG}. Het bedrijf houdt circa 2.400 vleesvarkens."),
    H("2. Bevindingen"),
    P("2.1 In stal 3 troffen wij 14 varkens aan met staartbijtwonden. De houder verklaarde dat zijn "
      "zoon, [[Luuk Verhoeven|PERSON|Luuk]], de stal sinds {december 2023|DATE} beheert. "
      "[[Verhoeven|PERSON]] sr. was bij de inspectie aanwezig.\n"
      "2.2 Op het erf stond een veewagen met kenteken [[BX-429-V|PLATE]] van transportbedrijf "
      "{Van Lieshout Veetransport B.V.|COMPANY} (KvK {17082245|KVKORG}); de chauffeur, [[dhr. P. van Lieshout|PERSON|P. van Lieshout]], "
      "kon geen {vervoersdocument|TERM} tonen. Zijn eigen auto ([[12-ZTK-8|PLATE]]) stond ernaast.\n"
      "2.3 De {Wet dieren|LAW} en het {Besluit houders van dieren|LAW} zijn overtreden "
      "(artikel 2.6 en 2.8)."),
    H("3. Maatregelen"),
    P("Wij leggen een {last onder bestuursdwang|TERM} op. Een rapport voor een bestuurlijke boete "
      "wordt opgemaakt. Herinspectie uiterlijk {20 februari 2024|DATE}. De houder is telefonisch "
      "bereikbaar op [[0478-63 12 08|PHONE]] en mobiel [[06-83 440 122|PHONE]]; de contacten lopen "
      "via zijn adviseur [[mw. drs. Ingeborg Ter Horst|PERSON|Ter Horst;Ingeborg]] van {ZLTO|ACR}."),
    TB(["Paraaf", "Naam", "Functie", "Datum"], [
        ["[[CL|INITIALS]]", "[[C.M. Lankhorst|PERSON|C.M. Lankhorst]]", "{dierenarts-inspecteur|FUNC}", "{7 februari 2024|DATE}"],
        ["[[BJOW|INITIALS]]", "[[B.J. Oude Wesselink|PERSON]]", "{toezichthouder|FUNC}", "{7 februari 2024|DATE}"],
        ["[[RvdL|INITIALS]]", "[[Rianne van der Laan|PERSON|van der Laan;Rianne]]", "{teamleider Dierenwelzijn Zuid|FUNC}", "{8 februari 2024|DATE}"],
    ], [1, 3, 3, 2]),
    S("{NVWA|ACR}, {Catharijnesingel 59|GOVADDR}, {Utrecht|PLACE} – {088 223 33 33|SWITCH} – "
      "{info@nvwa.nl|MAILBOX}. {Minister Adema|PUBLIC} ontvangt maandelijks een overzicht van "
      "maatregelen."),
], meta_title="Rapport van bevindingen NVWA-DL/2024/04417")


# ============================================================================================
# fin14  IMG: letter to a resident about mijnbouwschade (fpdf2)
# ============================================================================================
doc("fin14", "fpdf2", [
    T("{Instituut Mijnbouwschade Groningen|ORG}"),
    P("[[Familie Dijkhuizen-Bolt|PERSON|Dijkhuizen-Bolt]]\n[[Lageweg 4|ADDRESS]]\n[[9943 PR  Nieuw-Scheemda|ADDRESS|9943 PR]]"),
    KV(("Datum", "{18 oktober 2024|DATE}"), ("Zaaknummer", "{IMG-SCH-000.418.291|CASE}"),
       ("Onderwerp", "Besluit op uw schademelding")),
    P("Beste [[meneer en mevrouw Dijkhuizen|PERSON|Dijkhuizen]],"),
    P("U hebt op {3 maart 2024|DATE} schade gemeld aan uw woning aan de [[Lageweg 4 in Nieuw-Scheemda|ADDRESS|Lageweg 4]]. "
      "Een deskundige van {Bureau Van der Schaaf Expertise|COMPANY}, [[ing. Rutger Pol|PERSON|Pol;Rutger]], "
      "heeft uw woning op {14 mei 2024|DATE} opgenomen. U was daarbij zelf aanwezig, samen met uw "
      "buurman [[Albert Groningen|PERSON|Albert]] van [[Lageweg 6|ADDRESS]], die als getuige optrad."),
    H("Ons besluit"),
    P("Wij kennen u een vergoeding toe van {€ 18.944|AMOUNT} voor fysieke schade en "
      "{€ 1.500|AMOUNT} voor bijkomende kosten. Het {Besluit mijnbouwschade Groningen|LAW} en de "
      "{Tijdelijke wet Groningen|LAW} zijn hierop van toepassing. De {NAM|ACR} is geen partij bij dit "
      "besluit. Wij maken het bedrag binnen vier weken over op rekening [[@IBAN:SNSB:4:plain@|IBAN]] "
      "ten name van [[H.J. Dijkhuizen|PERSON|H.J. Dijkhuizen]]."),
    P("Uw dochter [[Marieke|PERSON]] heeft ons gebeld namens u; zij gaf haar telefoonnummer "
      "[[+31 6 4122 0957|PHONE]] op. Op haar verzoek sturen wij een kopie naar [[Stationsweg 2b, 9671 AP Winschoten|ADDRESS]]."),
    H("Niet eens met dit besluit?"),
    P("U kunt binnen zes weken bezwaar maken. Uw zaakbegeleider, [[Gea Oldenhuis|PERSON|Oldenhuis;Gea]], helpt "
      "u graag: [[050 - 820 14 63|PHONE]] of [[g.oldenhuis@schadedoormijnbouw.nl|EMAIL]]. Algemene "
      "vragen: {088 - 041 04 10|SWITCH}. {Staatssecretaris Vijlbrief|PUBLIC} heeft de Kamer op "
      "{18 april 2023|DATE} toegezegd dat bewoners van {Oldambt|PLACE} niet langer dan een half jaar "
      "op een besluit wachten."),
    P("Met vriendelijke groet,\n\n[[mr. J.W. Tichelaar|PERSON|Tichelaar]]\n{teamleider besluitvorming|FUNC}\n{Postbus 200|GOVADDR}, {9700 AE Groningen|GOVADDR}"),
], meta_title="Besluit schademelding IMG-SCH-000.418.291")


# ============================================================================================
# fin15  EZK/KGG beslisnota Groningen with paraph route (LibreOffice)
# ============================================================================================
doc("fin15", "libreoffice", [
    T("Nota"),
    KV(("Aan:", "{Staatssecretaris Mijnbouw|FUNC}"),
       ("Van:", "[[Marten Hofstra|PERSON|Hofstra;Marten]], {Directie Herstel Groningen|ORG}"),
       ("Datum:", "{7 maart 2023|DATE}"),
       ("Kenmerk:", "{DGKE-HG / 23084512|CASE}"),
       ("Onderwerp:", "Reactie op brief van de {Groninger Bodem Beweging|ORG}"),
       ("Kopie aan:", "{DG Klimaat en Energie|ORG}; [[Tineke Zuidema|PERSON|Zuidema;Tineke]] (Communicatie)"),
       ("Contactpersoon:", "[[Hofstra|PERSON]], T [[06-31 77 90 12|PHONE]]")),
    H("Aanleiding"),
    P("De {Groninger Bodem Beweging|ORG} ({GBB|ACR}) heeft u op {24 februari 2023|DATE} een brief "
      "gestuurd over de afhandeling van de {Staat van Groningen|PROG}. De brief is ook ondertekend "
      "door een bewoner uit {Loppersum|PLACE}, [[mevrouw Jet Kloosterhuis|PERSON|Kloosterhuis;Jet]], "
      "die op de hoorzitting van de Kamer sprak."),
    H("Geadviseerd besluit"),
    P("Aan {staatssecretaris Vijlbrief|PUBLIC} wordt gevraagd in te stemmen met de bijgevoegde reactie."),
    H("Kern"),
    P("- De parlementaire enquêtecommissie ({commissie Van Dam|PUBLIC}) heeft haar rapport op "
      "{24 februari 2023|DATE} gepresenteerd.\n- {Minister Jetten|PUBLIC} en u hebben afgesproken dat het "
      "{IMG|ACR} de regie over de schade houdt.\n- [[Kloosterhuis|PERSON]] vraagt om een persoonlijk "
      "gesprek; [[Zuidema|PERSON]] adviseert dat te doen in {Appingedam|PLACE}."),
    H("Krachtenveld"),
    P("De {NAM|ACR} ({Shell|COMPANY}/{ExxonMobil|COMPANY}) reageert naar verwachting kritisch. "
      "{Kamerlid Beckerman|PUBLIC} (SP) heeft om een afschrift van de reactie gevraagd."),
    TB(["Naam", "Functie", "Paraaf", "Datum"], [
        ["[[M. Hofstra|PERSON|M. Hofstra]]", "{beleidsmedewerker|FUNC}", "[[MH|INITIALS]]", "{7-3-2023|DATE}"],
        ["[[Annelies van der Wal|PERSON|van der Wal;Annelies]]", "{MT-lid|FUNC}", "[[AvdW|INITIALS]]", "{8-3-2023|DATE}"],
        ["[[drs. R.J. (Reinier) Smit|PERSON|Reinier]]", "{directeur Herstel Groningen|FUNC}", "[[RJS|INITIALS]]", "{9-3-2023|DATE}"],
        ["{DG Klimaat en Energie|ORG}", "{directeur-generaal|FUNC}", "", ""],
    ], [3, 3, 1.3, 1.5]),
    H("Informatie die niet openbaar gemaakt kan worden"),
    P("Motivering: [nog in te vullen]"),
], meta_title="Nota reactie GBB", meta_author="Hofstra, Marten")


# ============================================================================================
# fin16  Signal export EZK/Groningen team (Chromium)
# ============================================================================================
doc("fin16", "chromium", [
    T("Export Signal-groep \"Team Versterking spoed\" ({2–3 november 2023|DATE})"),
    S("Leden: [[Marten Hofstra|PERSON|Hofstra;Marten]] ([[+31 6 3177 9012|PHONE]]), "
      "[[Eline Zwart|PERSON|Zwart;Eline]] ([[+31 6 2009 3348|PHONE]]), [[Kees Jan de Wit|PERSON|Kees Jan]] "
      "([[+31 6 4410 1188|PHONE]]), [[Sjoukje|PERSON]] ([[+31 6 1470 2231|PHONE]])"),
    TB(["Datum/tijd", "Van", "Bericht"], [
        ["{2-11-2023|DATE} 21:14", "[[Marten|PERSON]]", "Net gebeld door {burgemeester Schuiling|PUBLIC} ({Groningen|PLACE}): morgen om 9u overleg over de {Nij Begun|PROG}-agenda."],
        ["21:16", "[[Eline Zwart|PERSON]]", "Oké. Wie gaat mee? Ik kan niet, [[Joris|PERSON]] is ziek."],
        ["21:18", "[[Kees Jan|PERSON]]", "Ik ga. Zal ik [[De Wit|PERSON]] van de {NCG|ACR} ook vragen? Oh wacht, dat ben ik 😅"],
        ["21:19", "[[Sjoukje|PERSON]]", "Haha. Neem de factsheet mee. {NCG|ACR} heeft de cijfers per {1 november|DATE}. Bel me op [[0596 - 62 55 80|PHONE]] (thuis) als het nodig is."],
        ["21:25", "[[Marten|PERSON]]", "Let op: er staat een bewoner op de lijst, [[Gerrit de Wit|PERSON|Gerrit]] uit {Zeerijp|PLACE}, wonend op [[Kerkstraat 3, 9914 PA Zeerijp|ADDRESS]]. Zijn dossier is gevoelig."],
        ["{3-11-2023|DATE} 07:02", "[[Eline Zwart|PERSON]]", "{Minister De Jonge|PUBLIC} belde ook al. Hij wil {vóór de ministerraad|TERM} een update."],
        ["07:15", "[[Kees Jan|PERSON]]", "Staat in de nota. [[Zwart|PERSON]], kun jij de {NAM|ACR}-cijfers checken?"],
        ["07:40", "[[Eline Zwart|PERSON]]", "Gedaan, klopt met {SodM|ACR}."],
    ], [1.7, 1.6, 7]),
    P("Deze export is gemaakt door de {Woo-contactpersoon|FUNC} van {EZK|ACR} ({woo@minezk.nl|MAILBOX})."),
], meta_title="Signal export Team Versterking spoed")


# ============================================================================================
# fin17  Aanbesteding: proces-verbaal van opening (reportlab)
# ============================================================================================
doc("fin17", "reportlab", [
    T("Proces-verbaal van opening inschrijvingen"),
    KV(("Aanbesteding:", "{Europese openbare aanbesteding Auditsoftware Rijk|PROG}"),
       ("Referentie:", "{TenderNed 2024-311.872|CASE}"),
       ("Aanbestedende dienst:", "{Ministerie van Financiën|ORG}, namens deze {Inkoop Uitvoeringscentrum Financiën|ORG} ({IUC-F|ACR})"),
       ("Datum opening:", "{11 juli 2024|DATE}, 10.00 uur"),
       ("Aanwezig:", "[[Roos Hendriks|PERSON|Hendriks;Roos]] ({inkoopadviseur|FUNC}), "
        "[[M.A. Verschuren|PERSON|Verschuren]] ({jurist|FUNC}), [[Dirk van Leeuwen|PERSON|van Leeuwen;Dirk]] "
        "({notulist|FUNC})")),
    P("Via {TenderNed|TERM} zijn vóór de sluitingstermijn vijf inschrijvingen ontvangen. De "
      "inschrijvingen zijn in aanwezigheid van bovengenoemden geopend."),
    TB(["Nr", "Inschrijver", "Contactpersoon", "Telefoon", "E-mail"], [
        ["1", "{Smit & Kok Consultancy B.V.|COMPANY}", "[[mw. L. de Wit|PERSON|L. de Wit]]", "[[06-22 34 91 07|PHONE]]", "[[l.dewit@smitkok.nl|EMAIL]]"],
        ["2", "{Accountancy Jansen & Partners|COMPANY}", "[[Pieter Smit|PERSON|Pieter]]", "[[020 - 644 18 20|PHONE]]", "[[psmit@jansenpartners.nl|EMAIL]]"],
        ["3", "{Deloitte Risk Advisory B.V.|COMPANY}", "[[Shira Abramowicz|PERSON|Abramowicz;Shira]]", "[[+31 88 288 7113|PHONE]]", "[[sabramowicz@deloitte.nl|EMAIL]]"],
        ["4", "{Baker Tilly (Netherlands) N.V.|COMPANY}", "{Tenderdesk|FUNC}", "{088 - 070 30 00|SWITCH}", "{tenders@bakertilly.nl|MAILBOX}"],
        ["5", "{Kok Auditsoftware (eenmanszaak)|COMPANY}", "[[Hendrik Kok|PERSON|Hendrik]]", "[[0318 - 51 44 09|PHONE]]", "[[hendrik@kokauditsoftware.nl|EMAIL|hendrik@]]"],
    ], [0.5, 3.4, 2.8, 2.2, 3.5]),
    P("Opmerkingen: inschrijving 5 is ondertekend door [[H. Kok|PERSON|H. Kok]] in privé; het "
      "bijgevoegde {Uniform Europees Aanbestedingsdocument|TERM} ({UEA|ACR}) vermeldt zijn woonadres "
      "[[Bergweg 118, 3911 BB Rhenen|ADDRESS]]. Bij inschrijving 2 ontbreekt de handtekening van "
      "de tweede vennoot, [[mevrouw R.E. Jansen|PERSON|R.E. Jansen]]; [[Smit|PERSON]] heeft toegezegd "
      "die vóór {15 juli 2024|DATE} na te sturen. De KvK-uittreksels van inschrijvers 1 ({34251688|KVKORG}) en 3 ({33302711|KVKORG}) zijn actueel. "
      "Verder is niets bijzonders voorgevallen."),
    P("Aldus opgemaakt te {Apeldoorn|PLACE} op {11 juli 2024|DATE}.\n\n"
      "[[R. Hendriks|PERSON|R. Hendriks]]                [[D. van Leeuwen|PERSON|D. van Leeuwen]]"),
    S("{Inkoop Uitvoeringscentrum Financiën|ORG} · {Laan van de Architect 2|GOVADDR} · {Apeldoorn|PLACE} · "
      "{inkoop-iucf@minfin.nl|MAILBOX}"),
], meta_title="PV opening Auditsoftware Rijk")


# ============================================================================================
# fin18  Aanbesteding: afwijzingsbrief / gunningsbeslissing (fpdf2, Liberation)
# ============================================================================================
doc("fin18", "fpdf2", [
    T("Voorlopige gunningsbeslissing {Auditsoftware Rijk|PROG}"),
    P("{Accountancy Jansen & Partners|COMPANY}\nt.a.v. [[de heer P. Smit|PERSON|P. Smit]]\n"
      "{Herengracht 420|BIZADDR}\n{1017 BZ Amsterdam|BIZADDR}"),
    KV(("Datum", "{2 augustus 2024|DATE}"), ("Kenmerk", "{IUCF/2024/0893|CASE}"),
       ("Behandeld door", "[[Roos Hendriks|PERSON|Hendriks;Roos]]"),
       ("Telefoon", "[[055 - 577 83 02|PHONE]]")),
    P("Geachte heer [[Smit|PERSON]],"),
    P("Hartelijk dank voor uw inschrijving. Wij hebben besloten de opdracht voorlopig te gunnen "
      "aan {Deloitte Risk Advisory B.V.|COMPANY}. Uw inschrijving scoorde 71 van de 100 punten op "
      "kwaliteit; de winnende inschrijving 84. Een uitgebreide motivering, opgesteld door het "
      "beoordelingsteam ([[Verschuren|PERSON]], [[Hendriks|PERSON]] en de externe deskundige "
      "[[prof. dr. Geert Van Cauwenberghe|PERSON|Van Cauwenberghe;Geert]] van de {KU Leuven|ORG}), "
      "vindt u in de bijlage."),
    P("Er geldt een opschortende termijn van 20 kalenderdagen, zoals bedoeld in artikel 2.127 "
      "van de {Aanbestedingswet 2012|LAW}. Wilt u een kort geding aanhangig maken, dan moet dat "
      "vóór {22 augustus 2024|DATE}. Een klacht kunt u ook indienen bij het klachtenmeldpunt "
      "({klachtenmeldpunt-inkoop@minfin.nl|MAILBOX}) of bij de {Commissie van Aanbestedingsexperts|ORG}."),
    P("Uw collega [[Jansen|PERSON]] vroeg telefonisch of de presentatie van {18 juli 2024|DATE} "
      "is meegewogen. Dat is het geval. Haar mobiele nummer ([[06 41 22 90 35|PHONE]]) hebben wij "
      "niet opgenomen in het dossier."),
    P("Met vriendelijke groet,\n\n[[R. Hendriks|PERSON|R. Hendriks]]\n{inkoopadviseur|FUNC}, "
      "{Inkoop Uitvoeringscentrum Financiën|ORG}"),
], meta_title="Voorlopige gunning IUCF/2024/0893", font="liberation")


# ============================================================================================
# fin19  Douane: brief over invoer van een auto (LibreOffice)
# ============================================================================================
doc("fin19", "libreoffice", [
    T("{Belastingdienst|ORG}/{Douane|ORG} – Uitnodiging tot betaling"),
    COLS([
        S("{Douane Rotterdam Rijnmond|ORG}\n{Postbus 3070|GOVADDR}\n{6401 DN Heerlen|GOVADDR}"),
        S("Inlichtingen\n[[K. (Karin) van Beek|PERSON|van Beek;Karin]]\nTelefoon\n[[010 - 290 48 16|PHONE]]\n"
          "Douane Informatielijn\n{0800-0143|SWITCH}"),
        S("Ons kenmerk\n{DRR/BPM/24/08831|CASE}"),
    ], [
        P("[[DE HEER A.C. VAN DER LINDEN|PERSON|VAN DER LINDEN]]\n[[MAASKADE 88 B\n3071 NK  ROTTERDAM|ADDRESS|MAASKADE 88 B;3071 NK]]"),
        KV(("Datum", "{25 september 2024|DATE}"), ("BSN", "[[@BSN:5:pairs@|BSN]]")),
    ]),
    P("Geachte heer [[Van der Linden|PERSON|Van der Linden]],"),
    P("Op {29 augustus 2024|DATE} hebt u via de haven van {Rotterdam|PLACE} een personenauto "
      "ingevoerd uit de {Verenigde Staten|PLACE} (container {MSCU 481277-3|CASE}, {Ford Mustang GT 2019|TERM}, "
      "chassisnummer {1FA6P8CF5K5123456|CASE}). Het voertuig is inmiddels geregistreerd met kenteken "
      "[[XV-811-R|PLATE]]. Over de invoer bent u {€ 4.988|AMOUNT} aan douanerechten en "
      "{€ 7.212|AMOUNT} aan {bpm|ACR} verschuldigd, op grond van het {Douanewetboek van de Unie|LAW} "
      "en de {Wet op de belasting van personenauto's en motorrijwielen 1992|LAW}."),
    P("Bij de controle op de {Maasvlakte|PLACE} op {30 augustus 2024|DATE} was uw broer, "
      "[[Jeroen van der Linden|PERSON|Jeroen]] (geboren [[03-11-1978|DOB]]), aanwezig. Hij reed in "
      "een auto met kenteken [[7-KRV-42|PLATE]]. De controle is uitgevoerd door douaneambtenaren "
      "[[Y. Bennani|PERSON|Bennani]] en [[Koen Vermeulen|PERSON|Vermeulen;Koen]]."),
    P("Wij verzoeken u het bedrag van {€ 12.200|AMOUNT} binnen 14 dagen over te maken op "
      "{NL86 INGB 0002 4455 88|ORGIBAN} (rekening van de {Belastingdienst|ORG}) onder vermelding van "
      "het kenmerk. Wij hebben gezien dat u eerder vanaf rekening [[@IBAN:TRIO:5:groups@|IBAN]] betaalde."),
    P("Hoogachtend,\n\n[[K. van Beek|PERSON|K. van Beek]]\n{douanemedewerker|FUNC} {Team BPM|ORG}"),
], meta_title="Uitnodiging tot betaling DRR/BPM/24/08831", meta_author="kvbeek")


# ============================================================================================
# fin20  Woo-besluit Financiën with inventory table (Chromium)
# ============================================================================================
doc("fin20", "chromium", [
    T("Besluit op uw verzoek op grond van de {Wet open overheid|LAW}"),
    P("[[Mevrouw drs. P.M. Groen-Aalbers|PERSON|Groen-Aalbers]]\n[[Parkweg 8\n2585 JJ  Den Haag|ADDRESS]]"),
    KV(("Datum", "{16 december 2024|DATE}"), ("Kenmerk", "{2024-0000381177|CASE}"),
       ("Onderwerp", "Woo-besluit stukken over de {Box 3-rechtsherstel|PROG}")),
    P("Geachte [[mevrouw Groen-Aalbers|PERSON]],"),
    P("In uw e-mail van {2 mei 2024|DATE} (vanaf [[pm.groen.aalbers@ziggo.nl|EMAIL]]) hebt u "
      "gevraagd om alle documenten over het overleg tussen {minister Kaag|PUBLIC}, "
      "{staatssecretaris Van Rij|PUBLIC} en de {Belastingdienst|ORG} over het rechtsherstel box 3. "
      "U bent op {12 juni 2024|DATE} gebeld door [[Hamid Azizi|PERSON|Azizi;Hamid]] van onze "
      "{Woo-eenheid|ORG} om het verzoek af te bakenen."),
    H("Besluit"),
    P("Ik maak de documenten deels openbaar. Persoonsgegevens van ambtenaren en derden zijn "
      "gelakt op grond van artikel {5.1, tweede lid, onder e|LAW}, van de {Woo|LAW}."),
    TB(["Nr", "Document", "Datum", "Beoordeling", "Grond"], [
        ["1", "E-mail [[J. Bakker|PERSON|J. Bakker]] aan {DG Belastingdienst|ORG}", "{14-02-2023|DATE}", "Deels openbaar", "{5.1.2e|TERM}"],
        ["2", "Nota aan {minister Kaag|PUBLIC} (opsteller [[Ruud Wijnands|PERSON|Wijnands;Ruud]])", "{21-03-2023|DATE}", "Deels openbaar", "{5.1.2e|TERM}; {5.2.1|TERM}"],
        ["3", "Verslag overleg met {Raad van State|ORG}", "{06-04-2023|DATE}", "Openbaar", "-"],
        ["4", "Appberichten [[Bakker|PERSON]] / [[Van Essen|PERSON|Van Essen]]", "{11-04-2023|DATE}", "Deels openbaar", "{5.1.2e|TERM}"],
        ["5", "Brief van burger [[A. Özdemir|PERSON|Özdemir]] met bijlagen", "{02-05-2023|DATE}", "Niet openbaar", "{5.1.2e|TERM}, {5.1.1e|TERM}"],
        ["6", "Kamerbrief stand van zaken ({Kamerstuk 32140, nr. 138|CASE})", "{28-04-2023|DATE}", "Reeds openbaar", "-"],
    ], [0.5, 5, 1.6, 1.7, 1.8]),
    P("Het overleg over document 4 vond plaats tussen [[Jelle Bakker|PERSON|Jelle]] en "
      "[[Marit van Essen|PERSON|Marit]]; zij waren destijds {projectleiders|FUNC}. Document 6 "
      "is te vinden op {officielebekendmakingen.nl|TERM}."),
    P("Hoogachtend,\n\nde {minister van Financiën|FUNC},\nnamens deze,\n\n[[mr. E.J. Vlasblom|PERSON|Vlasblom]]\n"
      "{hoofd Woo-eenheid|FUNC}"),
    S("Vragen: {woo@minfin.nl|MAILBOX} · {Korte Voorhout 7|GOVADDR}, {Den Haag|PLACE}"),
], meta_title="Woo-besluit 2024-0000381177")


# ============================================================================================
# fin21  Board minutes of an agency (DUO directieraad) with action list (reportlab, two pages)
# ============================================================================================
doc("fin21", "reportlab", [
    T("Verslag vergadering Directieraad {DUO|ACR}"),
    KV(("Datum:", "{25 januari 2024|DATE}, {Kempkensberg 12|GOVADDR}, {Groningen|PLACE}"),
       ("Aanwezig:", "[[Marjan Hoekstra|PERSON|Marjan]] ({voorzitter|FUNC}), [[Erik-Jan Dekker|PERSON|Dekker;Erik-Jan]], "
        "[[Fatma Koç|PERSON|Koç;Fatma]], [[Onno van der Veen|PERSON|van der Veen;Onno]], "
        "[[Gijs Wolters|PERSON|Wolters;Gijs]] ({secretaris|FUNC})"),
       ("Afwezig:", "[[Lieke Brouwer|PERSON|Brouwer;Lieke]] (met bericht)"),
       ("Gast bij punt 3:", "[[Jasper Kwakman|PERSON|Kwakman;Jasper]] ({ADR|ACR})")),
    H("1. Opening, vaststelling agenda"),
    P("[[Hoekstra|PERSON]] opent de vergadering. De agenda wordt vastgesteld. Het verslag van "
      "{11 januari 2024|DATE} wordt met één wijziging vastgesteld (p. 2: \"[[Dekker|PERSON]]\" in plaats "
      "van \"[[Van der Veen|PERSON]]\")."),
    H("2. Herinvoering basisbeurs en tegemoetkoming"),
    P("[[Koç|PERSON]] licht de stand toe. De {Wet studiefinanciering 2000|LAW} is per "
      "{1 september 2023|DATE} gewijzigd; {minister Dijkgraaf|PUBLIC} heeft de Kamer toegezegd dat "
      "de tegemoetkoming voor oud-studenten in 2025 wordt uitgekeerd. Het kost circa "
      "{€ 1,2 miljard|AMOUNT}. [[Van der Veen|PERSON]] wijst op de belasting van {Klantcontact|ORG}: "
      "het aantal telefoontjes naar {050 - 599 77 55|SWITCH} is verdubbeld."),
    H("3. Rapport Auditdienst Rijk"),
    P("[[Kwakman|PERSON]] presenteert de bevindingen over de {IT-beheersing|TERM}. Twee bevindingen "
      "zijn ernstig ({toegangsbeheer|TERM} en {logging|TERM}). [[Wolters|PERSON]] merkt op dat de "
      "leverancier, {Centric Netherlands B.V.|COMPANY}, in december een nieuwe versie heeft geleverd. "
      "De directieraad vraagt [[Dekker|PERSON]] om vóór {1 maart 2024|DATE} een verbeterplan."),
    H("4. Personeel (vertrouwelijk)"),
    P("Het {MT-lid|FUNC} van {Klantcontact|ORG}, [[Bas Roelofs|PERSON|Roelofs;Bas]], is langdurig "
      "afwezig. Zijn taken worden waargenomen door [[Ineke Jongman|PERSON|Jongman;Ineke]]. "
      "[[Hoekstra|PERSON]] heeft met hem gesproken; hij is bereikbaar op [[06-19 28 37 46|PHONE]]."),
    BR,
    H("5. Rondvraag en sluiting"),
    P("[[Brouwer|PERSON]] heeft per e-mail ([[lieke.brouwer@duo.nl|EMAIL]]) gevraagd het "
      "werkbezoek van {minister Paul|PUBLIC} op {8 februari 2024|DATE} te agenderen. "
      "[[Marjan|PERSON]] sluit de vergadering om 16.40 uur."),
    TB(["Nr", "Actie", "Wie", "Gereed"], [
        ["24-01", "Verbeterplan {IT-beheersing|TERM}", "[[EJD|INITIALS]]", "{1-3-2024|DATE}"],
        ["24-02", "Capaciteit {Klantcontact|ORG} doorrekenen", "[[OvdV|INITIALS]] / [[FK|INITIALS]]", "{15-2-2024|DATE}"],
        ["24-03", "Programma werkbezoek", "[[GW|INITIALS]]", "{1-2-2024|DATE}"],
        ["24-04", "Gesprek met [[Roelofs|PERSON]] over re-integratie", "[[MH|INITIALS]]", "doorlopend"],
    ], [1, 5, 2, 1.5]),
    P("Verslag: [[G. Wolters|PERSON|G. Wolters]], {secretaris Directieraad|FUNC}, "
      "[[gijs.wolters@duo.nl|EMAIL]], [[050-599 8124|PHONE]]."),
    S("Verzonden aan de leden; kopie aan {directie Kennis (OCW)|ORG} en {dr-secretariaat@duo.nl|MAILBOX}."),
], meta_title="Verslag DR 25-01-2024")


# ============================================================================================
# fin22  Kamervragen answer draft with paraph route (Toeslagen) (fpdf2)
# ============================================================================================
doc("fin22", "fpdf2", [
    T("CONCEPT – Antwoorden op vragen van het lid {Omtzigt|PUBLIC} over de Catshuisstukken"),
    KV(("Kenmerk:", "{2021-0000178814|CASE}"),
       ("Datum concept:", "{9 juni 2021|DATE}"),
       ("Opsteller:", "[[Wilma de Graaf-Zijlstra|PERSON|de Graaf-Zijlstra;Wilma]] ({DGT|ACR}), "
        "[[06 5542 1890|PHONE]]"),
       ("Meelezers:", "[[Y. Kaag|PERSON|Y. Kaag]] ({FEZ|ACR}); [[Q. Rutten|PERSON|Rutten]] ({DJZ|ACR})")),
    P("NB: [[Kaag|PERSON]] van {FEZ|ACR} is geen familie van {minister Kaag|PUBLIC}; zij leest alleen "
      "mee op de financiële passages."),
    H("Vraag 1"),
    P("Wanneer kreeg {staatssecretaris Van Huffelen|PUBLIC} de notities van {Kamerlid Omtzigt|PUBLIC}?\n"
      "(Het gaat om de notities over de {Toeslagenaffaire|PROG}.)"),
    H("Antwoord 1 (concept)"),
    P("De aantekeningen zijn op {14 april 2021|DATE} met mij gedeeld. Een medewerker van de "
      "{Uitvoeringsorganisatie Herstel Toeslagen|ORG} ({UHT|ACR}) heeft daarover contact gehad met een "
      "gedupeerde ouder, [[mevrouw N. Haddou|PERSON|Haddou]] ([[@BSN:6:plain@|BSN]]), wonend op "
      "[[Zwanenveld 90-12, 6538 SP Nijmegen|ADDRESS]]. [Opm. [[WdG|INITIALS]]: deze passage schrappen?]"),
    H("Vraag 2"),
    P("Kunt u aangeven welke ambtenaren betrokken waren bij de {Catshuissessie|TERM}?"),
    H("Antwoord 2 (concept)"),
    P("Bij de sessie waren de leden van het kabinet en enkele ambtenaren aanwezig. Namen van "
      "ambtenaren worden niet genoemd. [Opm. [[QR|INITIALS]]: In het verslag staan [[Ad Vermaat|PERSON|Vermaat;Ad]] "
      "en [[Caroline Pijl|PERSON|Pijl;Caroline]]; niet noemen.]"),
    TB(["Naam", "Directie", "Paraaf", "Datum", "Opmerking"], [
        ["[[W. de Graaf-Zijlstra|PERSON]]", "{DGT|ACR}", "[[WdG|INITIALS]]", "{9/6|DATE}", "opsteller"],
        ["[[Rutten|PERSON]]", "{DJZ|ACR}", "[[QR|INITIALS]]", "{10/6|DATE}", "akkoord met wijz."],
        ["[[Hans ter Brugge|PERSON|ter Brugge;Hans]]", "{DGT|ACR}", "[[HtB|INITIALS]]", "{11/6|DATE}", "zie vraag 1"],
        ["{SG|ACR}", "{SG|ACR}", "", "", "ter info"],
    ], [3.2, 1.5, 1.4, 1.3, 3]),
    P("Contact {Bureau Bestuursondersteuning|ORG}: {bbo-kamervragen@minfin.nl|MAILBOX}, "
      "tel. {070 342 80 00|SWITCH}; spoed via [[Hans|PERSON]] ([[+31 (0)6-4818 2277|PHONE]])."),
], meta_title="CONCEPT antwoorden Omtzigt", meta_author="Wilma de Graaf")


# ============================================================================================
# fin23  Financiën <-> IMF, English Outlook thread (LibreOffice)
# ============================================================================================
doc("fin23", "libreoffice", [
    T("Article IV consultation – follow-up"),
    PRE("From: [[Søren Kjærgaard|PERSON|Kjærgaard;Søren]] <[[skjaergaard@imf.org|EMAIL]]>\n"
        "Sent: Friday, November 17, 2023 3:48 PM\n"
        "To: [[Vreeswijk, Hanna|PERSON|Vreeswijk;Hanna]] <[[h.vreeswijk@minfin.nl|EMAIL]]>\n"
        "Cc: [[Ana Lúcia Gonçalves|PERSON|Gonçalves;Ana Lúcia]]; [[Ömer Çelik|PERSON|Çelik;Ömer]]\n"
        "Subject: RE: Article IV – housing market data"),
    P("Dear [[Hanna|PERSON]],\n\nMany thanks for the data on mortgage interest deductibility. The mission "
      "team, led by [[Ana Lúcia|PERSON]], would appreciate a short call with {CPB|ACR} and {DNB|ACR} "
      "before the concluding statement. We will meet {Minister Kaag|PUBLIC} on {November 28|DATE}. "
      "Could you also share the name of your colleague at {BZK|ACR} who works on the {Woningwet|LAW}? "
      "[[Ömer|PERSON]] mentioned a [[Mr. De Boer|PERSON|Boer]].\n\nBest,\n[[Søren|PERSON]]\n\n"
      "[[Søren Kjærgaard|PERSON]] | {Senior Economist|FUNC}, {European Department|ORG}\n"
      "{International Monetary Fund|ORG} | {700 19th Street NW|GOVADDR}, {Washington, DC 20431|GOVADDR}\n"
      "T [[+1 202 623 7311|PHONE]] | M [[+1 (202) 550-0193|PHONE]]"),
    PRE("From: [[Vreeswijk, Hanna|PERSON]]\nSent: Thursday, November 16, 2023 11:02 AM\n"
        "To: [[Kjærgaard, Søren|PERSON]]\nSubject: Article IV – housing market data"),
    P("Dear [[Søren|PERSON]],\n\nAttached please find the {CBS|ACR} figures. My colleague [[Wouter de Boer|PERSON|Wouter]] "
      "([[wouter.deboer@minbzk.nl|EMAIL]]) is the expert on the {Woningwet|LAW}; he is happy to join. "
      "For the {DNB|ACR} side please contact the {Financial Stability Division|ORG} via "
      "{fs-secretariat@dnb.nl|MAILBOX}.\n\nKind regards,\n[[Hanna Vreeswijk|PERSON]]\n"
      "{Policy Advisor|FUNC}, {Directie Buitenlandse Financiële Betrekkingen|ORG}\n"
      "{Ministry of Finance of the Netherlands|ORG}\nM [[+31 6 4801 5562|PHONE]]"),
], meta_title="Article IV consultation follow-up", meta_author="Hanna Vreeswijk")


# ============================================================================================
# fin24  Teams chat BZK / Huurcommissie on woningcorporatie complaints (Chromium, Liberation)
# ============================================================================================
doc("fin24", "chromium", [
    T("Teams-gesprek \"Afstemming {Huurcommissie|ORG} – {BZK|ACR}\""),
    S("Bron: {Microsoft Teams|TERM}, chat van {12 en 13 maart 2024|DATE}. Geëxporteerd door "
      "{informatiebeheer|FUNC} ({dio@minbzk.nl|MAILBOX})."),
    PRE("[[Tessa Mol|PERSON|Mol;Tessa]] 12-3 10:02\n"
        "Hoi [[Rik|PERSON]], de {Huurcommissie|ORG} meldt een piek in zaken tegen {Vestia|ORG}-opvolgers. "
        "Heb jij de cijfers van {Q4|TERM}?\n\n"
        "[[Rik Dijkman|PERSON|Dijkman;Rik]] 12-3 10:09\n"
        "Ja, stuur ik zo. Let op: in de lijst staat de huurder [[R. de Haan|PERSON|R. de Haan]] met adres "
        "[[Kanaalweg 3bis, 2903 LR Capelle aan den IJssel|ADDRESS|Kanaalweg 3bis;2903 LR]], die "
        "eerder bij {Kamerlid De Hoop|PUBLIC} klaagde.\n\n"
        "[[Tessa Mol|PERSON]] 12-3 10:11\n"
        "Oei, die moet eruit. [[Mol|PERSON]] hier, nog één ding: [[mw. Kuiper|PERSON|Kuiper]] van "
        "{Woonbron|ORG} vroeg of ze jou kan bellen. Nummer? 😊\n\n"
        "[[Rik Dijkman|PERSON]] 12-3 10:14\n"
        "[[06-24 55 01 87|PHONE]]. Of via de centrale {070 426 60 00|SWITCH}.\n\n"
        "[[Fleur Adriaanse|PERSON|Adriaanse;Fleur]] 13-3 08:31\n"
        "Goedemorgen. {Minister De Jonge|PUBLIC} wil donderdag een update over de "
        "{Wet betaalbare huur|LAW}. [[Tessa|PERSON]], kun jij de Q&A maken? [[Rik|PERSON]] levert de "
        "cijfers.\n\n"
        "[[Tessa Mol|PERSON]] 13-3 08:40\n"
        "Prima. Mail naar [[fleur.adriaanse@minbzk.nl|EMAIL]] of naar de {DGVH-box|MAILBOX}?\n\n"
        "[[Fleur Adriaanse|PERSON]] 13-3 08:42\n"
        "Naar mij persoonlijk graag. 👍"),
    P("Toelichting Woo: deelnemers zijn {beleidsmedewerkers|FUNC} van {DGVH|ACR}. De genoemde huurder "
      "is een privépersoon."),
], meta_title="Teams afstemming Huurcommissie-BZK", font="liberation")


# ============================================================================================
# fin25  Belastingdienst: rapport boekenonderzoek bij een VOF (reportlab)
# ============================================================================================
doc("fin25", "reportlab", [
    T("Rapport boekenonderzoek omzetbelasting"),
    KV(("Belastingplichtige:", "{Eetcafé De Wit VOF|COMPANY}, {Markt 14|BIZADDR}, {Harderwijk|PLACE}"),
       ("Vennoten:", "[[Johannes (Hans) de Wit|PERSON|Johannes]], geboren [[9 april 1971|DOB]], "
        "BSN [[@BSN:7:dots@|BSN]]; [[Petra de Wit-van Rijn|PERSON|de Wit-van Rijn;Petra]], "
        "geboren [[28 oktober 1974|DOB]], BSN [[@BSN:8:plain@|BSN]]"),
       ("Woonadres vennoten:", "[[Zeeweg 61\n3849 KA Hierden|ADDRESS]]"),
       ("KvK-nummer VOF:", "[[08174422|KVK]]"),
       ("Onderzoekstijdvak:", "{1 januari 2021|DATE} t/m {31 december 2022|DATE}"),
       ("Controlenummer:", "{2023-OB-551308|CASE}"),
       ("Controlemedewerkers:", "[[J.P.M. van Ooijen|PERSON|van Ooijen]] en [[S. Yilmaz|PERSON|Yilmaz]]")),
    H("1. Opdracht"),
    P("Het onderzoek is ingesteld op grond van artikel 47 van de {Algemene wet inzake "
      "rijksbelastingen|LAW} ({AWR|ACR}). Aanleiding was een signaal van het {iCOV|ACR} over "
      "contante omzet. De {kassasysteem|TERM}-gegevens van {Unitouch|COMPANY} zijn opgevraagd."),
    H("2. Bevindingen"),
    P("2.1 [[De Wit|PERSON]] verklaarde dat de kok, [[Ahmed Saidi|PERSON|Saidi;Ahmed]], in 2022 "
      "deels contant werd betaald. De kok is niet opgenomen in de loonadministratie.\n"
      "2.2 De omzet volgens de kassa is {€ 61.204|AMOUNT} hoger dan aangegeven. [[Mevrouw De Wit-van Rijn|PERSON]] "
      "voert de administratie; zij kon het verschil niet verklaren.\n"
      "2.3 Privé-opnamen liepen via rekening [[@IBAN:ABNA:8:groups@|IBAN]] van [[J. de Wit|PERSON|J. de Wit]].\n"
      "2.4 De zakelijke rekening van de VOF staat bij de {Rabobank|COMPANY}."),
    H("3. Conclusie en correctie"),
    P("Wij stellen de verschuldigde omzetbelasting vast op {€ 12.853|AMOUNT} meer dan aangegeven. "
      "Er volgt een naheffingsaanslag met een vergrijpboete. Voor vragen: [[Van Ooijen|PERSON]], "
      "[[06 - 52 01 44 83|PHONE]], of {Belastingdienst MKB Oost|ORG}, {Postbus 9025|GOVADDR}, "
      "{7300 EH Apeldoorn|GOVADDR}."),
    P("Het concept-rapport is op {6 november 2023|DATE} besproken met de vennoten en hun adviseur "
      "[[drs. Bram Kok RB|PERSON|Bram Kok]] van {Kok Belastingadvies|COMPANY}. Staatssecretaris "
      "{Van Rij|PUBLIC} is niet geïnformeerd; het gaat om een regulier boekenonderzoek."),
], meta_title="Rapport boekenonderzoek 2023-OB-551308")


# ============================================================================================
# fin26  BZK: reply to a bewonerscommissie with signatories table (fpdf2)
# ============================================================================================
doc("fin26", "fpdf2", [
    T("{Ministerie van Binnenlandse Zaken en Koninkrijksrelaties|ORG}"),
    P("Bewonerscommissie {Rivierenbuurt-Noord|PLACE}\nt.a.v. [[mevrouw G. Sahin|PERSON|Sahin]]\n"
      "[[Waalstraat 55-hs, 1078 BX Amsterdam|ADDRESS|Waalstraat 55-hs;1078 BX]]"),
    KV(("Datum", "{4 juli 2024|DATE}"), ("Kenmerk", "{2024-0000412093|CASE}"),
       ("Onderwerp", "Uw petitie over de renovatie door {Ymere|ORG}")),
    P("Geachte [[mevrouw Sahin|PERSON]],"),
    P("Op {13 juni 2024|DATE} hebt u namens 46 huishoudens een petitie aangeboden aan "
      "{minister Keijzer|PUBLIC} over de renovatie van uw complex. Ik dank u daarvoor, ook namens "
      "{burgemeester Halsema|PUBLIC} die in kopie is. De minister heeft geen zeggenschap over "
      "individuele renovatieprojecten; de {Woningwet|LAW} en het {Overlegwet huurders "
      "verhuurder|LAW} regelen de rechten van huurders. Wel kunt u een geschil voorleggen aan de "
      "{Huurcommissie|ORG}."),
    P("In de bijlage van uw petitie stonden de namen en adressen van de eerste ondertekenaars. "
      "Wij hebben die niet verder verspreid:"),
    TB(["Naam", "Adres", "Telefoon"], [
        ["[[G. Sahin|PERSON]]", "[[Waalstraat 55-hs|ADDRESS]]", "[[06-1540 2231|PHONE]]"],
        ["[[Jan Willem Visser|PERSON|Visser;Jan Willem]]", "[[Waalstraat 57-2|ADDRESS]]", "[[020-6625 410|PHONE]]"],
        ["[[Dolores Martínez Ruiz|PERSON|Martínez Ruiz;Dolores]]", "[[Maasstraat 101-1|ADDRESS]]", "-"],
        ["[[Henk en Ria van Dijk|PERSON|Henk en Ria van Dijk]]", "[[Maasstraat 103-3|ADDRESS]]", "[[0206 725 188|PHONE]]"],
        ["[[BRAM DE KONING|PERSON|BRAM DE KONING]]", "[[Rijnstraat 12-4|ADDRESS]]", "[[+31 6 11 80 24 77|PHONE]]"],
    ], [3, 3, 2.5]),
    P("Wij hebben uw petitie doorgestuurd aan {Ymere|ORG} (contact via {huurdersbelangen@ymere.nl|MAILBOX}) "
      "en aan de {gemeente Amsterdam|ORG}. [[De heer Visser|PERSON]] ({Huurteam Zuid|ORG}) heeft ons "
      "gebeld; hij krijgt een afschrift van deze brief."),
    P("Met vriendelijke groet,\n\nde {minister van Volkshuisvesting en Ruimtelijke Ordening|FUNC},\n"
      "namens deze,\n[[drs. Ellen Koenders|PERSON|Koenders;Ellen]]\n{afdelingshoofd Huurbeleid|FUNC}\n"
      "Contact: [[Mila de Graaf|PERSON|Mila;Graaf]], [[mila.degraaf@minvro.nl|EMAIL]], [[070 - 751 39 04|PHONE]]"),
], meta_title="Reactie petitie Rivierenbuurt")


# ============================================================================================
# fin27  LNV: forwarded e-mail about a farmer in the buy-out scheme (LibreOffice)
# ============================================================================================
doc("fin27", "libreoffice", [
    T("FW: aanmelding {Lbv-plus|PROG} – vraag veehouder"),
    PRE("Van: [[Eefje Mulder|PERSON|Mulder;Eefje]]\nVerzonden: woensdag 17 januari 2024 16:05\n"
        "Aan: {Lbv-plus|PROG}-team; [[Dirk-Jan Meijer|PERSON|Meijer;Dirk-Jan]]\n"
        "Onderwerp: FW: aanmelding Lbv-plus – vraag veehouder"),
    P("Ter info. Dit is de veehouder die vorige week bij de minister op het erf stond.\n\n"
      "[[Eefje|PERSON]]\n\n[[Eefje Mulder|PERSON]] | {senior beleidsmedewerker|FUNC} | {Directie Stikstof|ORG} | "
      "{Ministerie van Landbouw, Natuur en Voedselkwaliteit|ORG} | [[06 - 38 14 99 20|PHONE]]"),
    PRE("Van: [[G. ter Veld|PERSON|ter Veld]] <[[gerritterveld@hetnet.nl|EMAIL]]>\n"
        "Verzonden: dinsdag 16 januari 2024 21:47\n"
        "Aan: {info@minlnv.nl|MAILBOX}\n"
        "Onderwerp: aanmelding Lbv-plus – vraag veehouder"),
    P("Geachte heer/mevrouw,\n\nIk ben melkveehouder in {Barneveld|PLACE} en wil me aanmelden voor "
      "de {Landelijke beëindigingsregeling veehouderijlocaties met piekbelasting|PROG}. Mijn bedrijf ligt "
      "op [[Veldhuizerweg 34, 3771 PL Barneveld|ADDRESS]], vlak bij de {Veluwe|PLACE}. Mijn zoon "
      "[[Wessel|PERSON]] wil het bedrijf niet overnemen. Op {10 januari|DATE} sprak ik {minister Adema|PUBLIC} "
      "tijdens zijn werkbezoek; hij zei dat ik u moest mailen.\n\n"
      "Mijn vragen: geldt de {AERIUS|TERM}-berekening van mijn adviseur ([[Hendrika Boonstra|PERSON|Boonstra;Hendrika]] "
      "van {Countus|COMPANY}) en wat gebeurt er met mijn {fosfaatrechten|TERM}?\n\n"
      "Met vriendelijke groet,\n[[Gerrit ter Veld|PERSON|Gerrit]]\nTel. [[0342-41 78 03|PHONE]] / [[06 2291 5566|PHONE]]\n"
      "[[geb. 05-06-1962|DOB|05-06-1962]]  (dat vroeg het formulier)"),
    PRE("Op 17 jan. 2024 om 09:12 schreef [[Dirk-Jan Meijer|PERSON]] <[[dj.meijer@minlnv.nl|EMAIL]]>:"),
    P("> [[Eefje|PERSON]], het {RVO|ACR}-loket ({0800-7786|SWITCH}) kan de aanmelding aannemen. "
      "[[Ter Veld|PERSON|Ter Veld]] valt in de {Gelderse Vallei|PLACE}-gebiedsaanpak. Ik laat "
      "[[Hennie|PERSON]] van {RVO|ACR} contact opnemen."),
], meta_title="FW: aanmelding Lbv-plus", meta_author="Mulder, E. (Eefje)")


# ============================================================================================
# fin28  Auditdienst Rijk: auditrapport RVO subsidieproces (Chromium, two columns)
# ============================================================================================
doc("fin28", "chromium", [
    T("{Auditdienst Rijk|ORG} – Auditrapport subsidieverstrekking {TVL|ACR} en {TEK|ACR}"),
    P("Opdrachtgever: {SG|ACR} {EZK|ACR}. Rapportnummer {ADR 2023-0419|CASE}, {30 november 2023|DATE}. "
      "Dit rapport is besproken met de directie van {RVO|ACR}."),
    H("1. Samenvatting"),
    P("Wij hebben onderzocht of {RVO|ACR} de {Tegemoetkoming Vaste Lasten|PROG} ({TVL|ACR}) en de "
      "{Tegemoetkoming Energiekosten mkb|PROG} ({TEK|ACR}) rechtmatig heeft verstrekt. In 41 van 300 "
      "dossiers ontbrak een {vaststellingsbesluit|TERM}. In twee dossiers is een voorschot betaald aan "
      "een ondernemer die al failliet was."),
    H("2. Werkwijze"),
    P("Het onderzoek is uitgevoerd door [[Niels Hoogendoorn|PERSON|Hoogendoorn;Niels]] ({auditmanager|FUNC}), "
      "[[Rachida El Amrani|PERSON|El Amrani;Rachida]] en [[Vincent\nde Lange|PERSON|de Lange;Vincent]] "
      "({auditors|FUNC}). Wij spraken met {afdelingshoofden|FUNC} van {RVO|ACR} en met "
      "[[dhr. Lodewijk Smulders|PERSON|Smulders;Lodewijk]], {fraudecoördinator|FUNC}."),
    H("3. Steekproefbevindingen"),
    TB(["Dossier", "Ondernemer", "Bevinding"], [
        ["{TEK-22-004417|CASE}", "{Kapsalon Yasmin|COMPANY} (eigenaar [[Yasmin Bouchra|PERSON|Bouchra;Yasmin]])", "geen vaststelling"],
        ["{TEK-22-009912|CASE}", "{Bakkerij Jansen|COMPANY}, {Zwolle|PLACE}", "voorschot na faillissement"],
        ["{TVL-21-118820|CASE}", "{Transportbedrijf R. Kramer|COMPANY}, kenteken [[BN-KT-62|PLATE]]", "omzetdaling niet onderbouwd"],
        ["{TVL-21-203391|CASE}", "{Café 't Hoekje|COMPANY} ([[M.G. Jansen|PERSON|M.G. Jansen]], [[06-2878 3321|PHONE]])", "geen vaststelling"],
    ], [2, 4, 3]),
    P("Bij dossier {TEK-22-009912|CASE} heeft de curator, [[mr. S. Postma|PERSON|Postma]], bevestigd dat het "
      "voorschot in de boedel is gevallen. De eigenaar, [[Frank Jansen|PERSON|Frank]], woont op "
      "[[Assendorperstraat 170, 8012 DX Zwolle|ADDRESS]]; hij is niet gehoord."),
    H("4. Aanbevelingen"),
    P("{RVO|ACR} moet vóór {1 juli 2024|DATE} alle vaststellingen afronden. {Minister Adriaansens|PUBLIC} "
      "heeft de Kamer hierover op {13 oktober 2023|DATE} geïnformeerd. Contact {ADR|ACR}: "
      "{adr@minfin.nl|MAILBOX}, {Korte Voorhout 7|GOVADDR}, {Den Haag|PLACE}; [[Hoogendoorn|PERSON]] "
      "via [[070 - 342 75 09|PHONE]]."),
], meta_title="ADR 2023-0419", twocol=True)


# ============================================================================================
# fin29  Woningcorporatie: gespreksverslag with tenants, names broken over lines (reportlab)
# ============================================================================================
doc("fin29", "reportlab", [
    T("Gespreksverslag {Woonstichting Lefier|ORG} – huurders {complex 3318|CASE}"),
    KV(("Datum:", "{27 mei 2024|DATE}"), ("Plaats:", "{wijkkantoor Oosterpark|GOVADDR}, {Groningen|PLACE}"),
       ("Namens Lefier:", "[[Wendy Hazenberg|PERSON|Hazenberg;Wendy]] ({wijkconsulent|FUNC}), "
        "[[Arjen Ploeg|PERSON|Ploeg;Arjen]] ({projectleider|FUNC})"),
       ("Huurders:", "[[Klaas Jan Bolhuis|PERSON|Bolhuis;Klaas Jan]], [[Hilde Smit|PERSON|Hilde]], "
        "[[mw. Elly van der\nHeide-Bos|PERSON|van der Heide-Bos;Elly]], [[dhr. Oussama\nBenali|PERSON|Benali;Oussama]]")),
    H("Aanleiding"),
    P("Na de aardbevingen bij {Groningen|PLACE} zijn in {complex 3318|CASE} scheuren ontstaan. Het "
      "{IMG|ACR} heeft de schade bij drie woningen erkend. De huurders vragen wie de kosten van herstel "
      "draagt: de corporatie, het {IMG|ACR} of de {NAM|ACR}."),
    H("Besproken"),
    P("[[Hazenberg|PERSON]] legt uit dat {Lefier|ORG} de schade meldt bij het {IMG|ACR} en zelf herstelt. "
      "[[Bolhuis|PERSON]] ([[Oosterparkstraat 12a|ADDRESS]]) heeft al twee jaar een lekkend dak. "
      "[[Mevrouw Van der Heide-Bos|PERSON|Van der Heide-Bos]] ([[Oosterpark-\nstraat 14|ADDRESS|Oosterpark-straat 14]]) "
      "vraagt of de huur wordt verlaagd; zij verwijst naar de uitspraak van de {Huurcommissie|ORG} "
      "in de zaak van haar buurvrouw [[Smit|PERSON]]. [[Benali|PERSON]] vraagt om een tijdelijke woning "
      "tijdens de versterking; zijn vrouw is zwanger (uitgerekend in juli)."),
    P("[[Ploeg|PERSON]] zegt toe dat {Lefier|ORG} de {huurverlaging|TERM} per woning bekijkt. "
      "[[Hilde|PERSON]] vraagt of de gemeente betrokken wordt; {wethouder De Rook|PUBLIC} heeft de "
      "buurt in april bezocht."),
    H("Afspraken"),
    TB(["Wat", "Wie", "Wanneer"], [
        ["Schademelding {IMG|ACR} voor nrs. 12a, 14 en 16", "[[WH|INITIALS]]", "{3 juni 2024|DATE}"],
        ["Wisselwoning zoeken voor fam. [[Benali|PERSON]]", "[[AP|INITIALS]]", "{1 juli 2024|DATE}"],
        ["Reactie op huurverlaging", "[[Arjen|PERSON]]", "{15 juni 2024|DATE}"],
    ], [5, 2, 2]),
    P("Bereikbaarheid: {Lefier|ORG} {088 - 111 44 00|SWITCH}, {klantenservice@lefier.nl|MAILBOX}. "
      "Huurders [[Bolhuis|PERSON]] ([[06 18 92 30 77|PHONE]]) en [[Benali|PERSON]] "
      "([[o.benali@hotmail.com|EMAIL]]) zijn de contactpersonen van de bewoners."),
], meta_title="Gespreksverslag complex 3318")


# ============================================================================================
# fin30  EZK: TEK-correspondence with an eenmanszaak (fpdf2)
# ============================================================================================
doc("fin30", "fpdf2", [
    T("Re: terugvordering {TEK|ACR}-voorschot – {Haarstudio Linda|COMPANY}"),
    PRE("Van: {Klantcontact RVO|MAILBOX} <{tek@rvo.nl|MAILBOX}>\n"
        "Datum: 4 april 2024 14:20\n"
        "Aan: [[linda.kerkhof75@gmail.com|EMAIL]]\n"
        "Onderwerp: Re: terugvordering TEK-voorschot – Haarstudio Linda ({TEK-22-071234|CASE})"),
    P("Beste [[mevrouw Kerkhof|PERSON|Kerkhof]],\n\nDank voor uw bericht. Wij hebben uw bezwaar "
      "ontvangen. U schrijft dat u het voorschot van {€ 2.310|AMOUNT} hebt terugbetaald, maar op "
      "rekening [[@IBANX:RABO:9:plain@|IBAN]] – dat nummer bestaat niet; wij denken dat u "
      "[[@IBAN:RABO:9:plain@|IBAN]] bedoelt. Wilt u dit bevestigen?\n\n"
      "Uw {KvK|ACR}-nummer ([[85512093|KVK]]) en het adres van uw salon aan huis, "
      "[[Boterbloem 22, 5345 GH Oss|ADDRESS]], komen overeen met het {Handelsregister|TERM}.\n\n"
      "Met vriendelijke groet,\n[[Rob|PERSON]]\n{Klantcontact|ORG} {Rijksdienst voor Ondernemend Nederland|ORG}"),
    PRE("Op wo 3 apr 2024 om 22:51 schreef [[Linda Kerkhof|PERSON|Linda]] <[[linda.kerkhof75@gmail.com|EMAIL]]>:"),
    P("> Geachte heer/mevrouw,\n> Ik ben het niet eens met de terugvordering. Ik heb in 2022 gewoon "
      "energie verbruikt voor mijn salon (zie de jaarafrekening van {Vattenfall|COMPANY}). Mijn "
      "boekhouder, [[Gert-Jan Kuipers|PERSON|Gert-Jan]] van {Kuipers Administratie|COMPANY}, kan het "
      "bevestigen: [[0412-67 10 90|PHONE]].\n> Ik heb het bedrag al in februari overgemaakt.\n"
      "> Mijn BSN is [[@BSN:10:spaces@|BSN]] en ik ben geboren op [[2-9-1975|DOB]].\n>\n> Groet,\n"
      "> [[Linda Kerkhof|PERSON]]\n> [[06-3341 9087|PHONE]]"),
    PRE("Van: [[Robbert-Jan Meulenbelt|PERSON|Meulenbelt;Robbert-Jan]] <[[rj.meulenbelt@rvo.nl|EMAIL]]>\n"
        "Verzonden: donderdag 4 april 2024 09:02\n"
        "Aan: {TEK-team|ORG}\nOnderwerp: intern: bezwaar [[Kerkhof|PERSON]]"),
    P("Collega's, dit dossier heeft {Kamervragen|TERM} opgeleverd ({Kamerlid Kröger|PUBLIC}, "
      "{GroenLinks|ORG}) omdat mevrouw naar de krant is gestapt. Graag zorgvuldig. Ik neem het zelf "
      "op me.\n[[RJM|INITIALS]]\n[[+31 88 042 72 19|PHONE]]"),
], meta_title="Re: terugvordering TEK-voorschot")


# ============================================================================================
# fin31  OCW: reply to a parent's complaint about a school (LibreOffice)
# ============================================================================================
doc("fin31", "libreoffice", [
    T("{Ministerie van Onderwijs, Cultuur en Wetenschap|ORG}"),
    COLS([
        S("{Directie Primair Onderwijs|ORG}\n{Rijnstraat 50|GOVADDR}\n{2515 XP Den Haag|GOVADDR}\n{www.rijksoverheid.nl/ocw|TERM}"),
        S("Contactpersoon\n[[drs. Y.E. (Yara) Meijboom|PERSON|Meijboom;Yara]]\n{beleidsmedewerker|FUNC}\n"
          "T [[+31 (0)70 412 35 66|PHONE]]\n[[yara.meijboom@minocw.nl|EMAIL]]"),
        S("Onze referentie\n{2024-0000118342|CASE}\nBijlagen\n1"),
    ], [
        P("[[Mevrouw L. Schaap-Kok|PERSON|Schaap-Kok]]\n[[Sint Janskerkhof 9\n5211 HL  \u2019s-Hertogenbosch|ADDRESS|Sint Janskerkhof 9;5211 HL]]"),
        KV(("Datum", "{30 april 2024|DATE}"), ("Betreft", "Uw klacht over {basisschool De Kameleon|ORG}")),
    ]),
    P("Geachte [[mevrouw Schaap-Kok|PERSON]],"),
    P("U schreef {minister Dijkgraaf|PUBLIC} op {2 april 2024|DATE} over de situatie van uw zoon "
      "[[Jesse Schaap|PERSON|Jesse]] (geboren [[19 augustus 2015|DOB]]) op {basisschool De Kameleon|ORG} "
      "in {'s-Hertogenbosch|PLACE}. U vindt dat de school onvoldoende doet tegen pesten en dat de "
      "directeur, [[mevrouw Van den Heuvel|PERSON|Van den Heuvel]], niet reageert op uw e-mails."),
    P("De minister gaat niet over individuele scholen. Het schoolbestuur, {Stichting Signum|ORG}, is "
      "verantwoordelijk. Ik raad u aan eerst een klacht in te dienen bij het bestuur en daarna bij de "
      "{Landelijke Klachtencommissie Onderwijs|ORG}. Ook de vertrouwensinspecteur van de "
      "{Inspectie van het Onderwijs|ORG} kunt u bellen: {0900 111 3 111|SWITCH}."),
    P("Uw ex-partner, [[de heer M. Schaap|PERSON|M. Schaap]], heeft ons eveneens gemaild (vanaf "
      "[[m.schaap1980@outlook.com|EMAIL]]). Wij hebben hem dezelfde informatie gegeven. Het "
      "huiswerkbegeleidingsbureau {Schaap & Kok Bijles|COMPANY} dat u noemt, heeft geen relatie met "
      "de school."),
    P("Met vriendelijke groet,\n\nde {minister van Onderwijs, Cultuur en Wetenschap|FUNC},\nnamens deze,\n\n"
      "[[Y.E. Meijboom|PERSON|Y.E. Meijboom]]"),
], meta_title="Reactie klacht De Kameleon", meta_author="Meijboom")


# ============================================================================================
# fin32  Douane: internal e-mail, English headers, forwarded (Chromium)
# ============================================================================================
doc("fin32", "chromium", [
    T("FW: Container hold MSKU 902114-7 – {Port of Rotterdam|ORG}"),
    PRE("From: [[Bakker, Joost (Douane)|PERSON|Bakker;Joost]] <[[j.bakker3@douane.nl|EMAIL]]>\n"
        "Sent: Monday, 19 February 2024 08:14\n"
        "To: [[Sharon de Kok|PERSON|Sharon;de Kok]] <[[s.dekok@douane.nl|EMAIL]]>; {Douane Team Handhaving|ORG}\n"
        "Cc: [[Mustafa Yıldız|PERSON|Yıldız;Mustafa]]\n"
        "Subject: FW: Container hold MSKU 902114-7"),
    P("[[Sharon|PERSON]], zie hieronder. De importeur, {Bakker Groothandel B.V.|COMPANY} uit {Barendrecht|PLACE}, is "
      "niet verwant aan mij 🙂. Kun jij de scan inplannen? Transporteur: {Kok Logistics|COMPANY}, "
      "chauffeur [[Dariusz Wiśniewski|PERSON|Wiśniewski;Dariusz]], trekker [[52-BRL-4|PLATE]], "
      "oplegger {OR-32-WV|TERM}.\n\nGr. [[Joost|PERSON]]\n{teamleider|FUNC} {Douane Rotterdam Haven|ORG} – "
      "M [[06 – 46 55 01 93|PHONE]]"),
    PRE("From: [[Emma Lindqvist|PERSON|Lindqvist;Emma]] <[[emma.lindqvist@tullverket.se|EMAIL]]>\n"
        "Sent: Sunday, 18 February 2024 22:40\n"
        "To: {Customs Liaison NL|MAILBOX} <{liaison@douane.nl|MAILBOX}>\n"
        "Subject: Container hold MSKU 902114-7"),
    P("Dear colleagues,\n\nBased on our risk analysis ({EU CRMS|TERM} alert {2024-SE-00391|CASE}) we "
      "advise a physical inspection of container {MSKU 902114-7|CASE}. The consignee's {EORI|ACR} is "
      "{NL812334567|CASE}. The shipper in {Gothenburg|PLACE} is linked to [[Mr Lars-Erik Holmström|PERSON|Holmström;Lars-Erik]], "
      "born [[14 May 1968|DOB]], who is under investigation in Sweden.\n\n"
      "Please contact me on [[+46 70 312 44 81|PHONE]] or via our 24/7 desk ({+46 771 520 520|SWITCH}).\n\n"
      "Best regards,\n[[Emma Lindqvist|PERSON]]\n{Customs Officer|FUNC}, {Tullverket|ORG}"),
    P("[Notitie [[Mustafa|PERSON]], {19 februari 2024|DATE} 10:30: scan gepland om 14.00 uur; "
      "{Koninklijke Marechaussee|ORG} geïnformeerd. {Staatssecretaris Van Rij|PUBLIC} krijgt geen "
      "melding, routinezaak.]"),
], meta_title="FW: Container hold MSKU 902114-7")


# ============================================================================================
# fin33  AFM: boetebesluit to a financial adviser (eenmanszaak) (reportlab, two pages)
# ============================================================================================
doc("fin33", "reportlab", [
    T("{Autoriteit Financiële Markten|ORG} – Besluit tot het opleggen van een bestuurlijke boete"),
    COLS([
        S("{AFM|ACR}\n{Vijzelgracht 50|GOVADDR}\n{1017 HS Amsterdam|GOVADDR}\n{020 797 20 00|SWITCH}"),
        S("Behandeld door\n[[mr. Daphne Zeldenrust|PERSON|Zeldenrust;Daphne]]\n[[020 - 797 34 18|PHONE]]\n"
          "[[d.zeldenrust@afm.nl|EMAIL]]"),
        S("Ons kenmerk\n{AFM/HH/2024/1187|CASE}"),
    ], [
        P("Vertrouwelijk\n{Van den Berg Financieel Advies|COMPANY}\nt.a.v. [[de heer R.J.M. van den\nBerg|PERSON|van den Berg]]\n"
          "[[Lindelaan 7\n3723 BD Bilthoven|ADDRESS]]"),
        KV(("Datum", "{8 oktober 2024|DATE}"), ("KvK-nummer", "[[30217745|KVK]]"),
           ("Vergunningnummer", "{12040887|CASE}")),
    ]),
    P("Geachte heer [[Van den Berg|PERSON]],"),
    H("1. Inleiding"),
    P("De {AFM|ACR} legt u als eigenaar van de eenmanszaak {Van den Berg Financieel Advies|COMPANY} een "
      "bestuurlijke boete op van {€ 45.000|AMOUNT} wegens overtreding van artikel 4:23 van de "
      "{Wet op het financieel toezicht|LAW} ({Wft|ACR}). U hebt in 2022 en 2023 klanten geadviseerd "
      "over hypotheken zonder hun financiële positie te inventariseren."),
    H("2. Feiten"),
    P("2.1 Op {14 maart 2024|DATE} hebben toezichthouders [[Sander Kroon|PERSON|Kroon;Sander]] en "
      "[[Nadia Ouali|PERSON|Ouali;Nadia]] uw kantoor bezocht. U was aanwezig met uw medewerker "
      "[[Britt Aalders|PERSON|Aalders;Britt]].\n"
      "2.2 In 18 van de 25 onderzochte dossiers ontbrak een klantprofiel. Eén klant, "
      "[[mevrouw T. de Jager|PERSON|Jager]], geboren [[30-06-1948|DOB]], kreeg een aflossingsvrije "
      "hypotheek van {€ 310.000|AMOUNT} geadviseerd terwijl zij alleen {AOW|ACR} ontving.\n"
      "2.3 Uw advies aan het echtpaar [[Van Rossum-Dekker|PERSON|Van Rossum-Dekker]] "
      "([[Julianalaan 112, 3722 GT Bilthoven|ADDRESS]]) is als voorbeeld opgenomen in bijlage 2."),
    BR,
    H("3. Zienswijze"),
    P("Op {3 juli 2024|DATE} hebt u uw zienswijze mondeling gegeven, bijgestaan door uw advocaat "
      "[[mr. W.F. Hoekstra|PERSON|W.F. Hoekstra]] van {Hoekstra & Van Eck Advocaten|COMPANY}. U "
      "stelt dat de boete uw bedrijf zal doen omvallen. Wij hebben de boete daarom met 25% "
      "verlaagd (draagkracht). {Minister Hoekstra|PUBLIC} heeft in 2021 in de Kamer gezegd dat "
      "draagkracht bij zzp'ers zwaar moet wegen; dat beleid passen wij toe."),
    H("4. Besluit en openbaarmaking"),
    P("De boete wordt na zes weken geïncasseerd van uw rekening [[@IBAN:ASNB:11:groups@|IBAN]]. De {AFM|ACR} "
      "maakt dit besluit openbaar op grond van artikel 1:97 {Wft|ACR}; daarin worden alleen de "
      "naam van uw onderneming en de overtreding genoemd. Bezwaar kan binnen zes weken."),
    P("Hoogachtend,\n{Autoriteit Financiële Markten|ORG}\n\n[[drs. Jeroen Wijngaarden|PERSON|Wijngaarden;Jeroen]]          "
      "[[mr. Anne-Fleur Sijbesma|PERSON|Sijbesma;Anne-Fleur]]\n{afdelingshoofd Handhaving|FUNC}          "
      "{senior jurist|FUNC}"),
], meta_title="Boetebesluit AFM/HH/2024/1187")


# ============================================================================================
# fin34  Contact list of a cross-ministerial project team (fpdf2)
# ============================================================================================
doc("fin34", "fpdf2", [
    T("Contactlijst projectteam {Stelselherziening Toeslagen|PROG}"),
    P("Versie {1 februari 2025|DATE}. Intern gebruik: mobiele nummers niet doorsturen. Algemene vragen: "
      "{projectbureau-toeslagen@minfin.nl|MAILBOX} of {1400|SWITCH} (Rijksoverheid). Kabinetszijde: "
      "{staatssecretaris Palmen|PUBLIC}, {minister Heinen|PUBLIC}."),
    TB(["Naam", "Organisatie / rol", "Telefoon", "E-mail"], [
        ["[[Aukje Bakker|PERSON|Aukje;Bakker]]", "{Financiën|ORG}, {projectleider|FUNC}", "[[06-10 22 93 84|PHONE]]", "[[aukje.bakker@minfin.nl|EMAIL]]"],
        ["[[Mr. P.A.J. (Paul) van der Steen|PERSON|van der Steen;Paul]]", "{Financiën|ORG}, {DJZ|ACR}", "[[070 342 9145|PHONE]]", "[[p.vandersteen@minfin.nl|EMAIL]]"],
        ["[[Chantal Oduya-Asante|PERSON|Oduya-Asante;Chantal]]", "{SZW|ACR}, {beleidsadviseur|FUNC}", "[[+31 70 333 4102|PHONE]]", "[[coduyaasante@minszw.nl|EMAIL]]"],
        ["[[Maarten Kok|PERSON|Maarten;Kok]]", "{Dienst Toeslagen|ORG}, {ketenregisseur|FUNC}", "[[0031 6 5071 9932|PHONE]]", "[[m.kok@toeslagen.nl|EMAIL]]"],
        ["[[Nienke de Wit|PERSON|Nienke;de Wit]]", "{Belastingdienst|ORG}, {architect|FUNC}", "[[06 388 45 109|PHONE]]", "[[n.dewit@belastingdienst.nl|EMAIL]]"],
        ["[[Hüseyin Şahin|PERSON|Hüseyin;Şahin]]", "{VNG|ACR}, {adviseur|FUNC}", "[[+31 (0)6 1188 7540|PHONE]]", "[[huseyin.sahin@vng.nl|EMAIL]]"],
        ["[[Ruth\u00a0van Groningen|PERSON|van Groningen;Ruth]]", "{gemeente Groningen|ORG}, {strateeg|FUNC}", "[[050 - 367 81 22|PHONE]]", "[[ruth.vangroningen@groningen.nl|EMAIL|ruth.vangroningen@]]"],
        ["[[Tom Lemaître|PERSON|Lemaître;Tom]]", "{CPB|ACR}, {econoom|FUNC}", "[[06.27.13.40.85|PHONE]]", "[[t.lemaitre@cpb.nl|EMAIL]]"],
        ["{Secretariaat DG Toeslagen|ORG}", "{Financiën|ORG}", "{070 342 80 00|SWITCH}", "{secretariaat.dgt@minfin.nl|MAILBOX}"],
        ["{Woordvoering Financiën|ORG}", "{persvoorlichting|FUNC}", "{070 342 75 00|SWITCH}", "{persvoorlichting@minfin.nl|MAILBOX}"],
    ], [3.2, 3.2, 2.8, 4]),
    H("Paraafcodes in nota's"),
    P("[[AB|INITIALS]] = [[Aukje|PERSON]]; [[PvdS|INITIALS]] = [[Paul|PERSON]]; [[COA|INITIALS]] = [[Chantal|PERSON]]; "
      "[[MK|INITIALS]] = [[Maarten|PERSON]]; [[NdW|INITIALS]] = [[Nienke|PERSON]]."),
    P("Afwezigheid: [[Kok|PERSON]] is van {3 tot 14 februari 2025|DATE} met verlof; vervanger is "
      "[[De Wit|PERSON]]. Het overleg met de {Nationale ombudsman|ORG} en de {Raad van State|ORG} loopt via "
      "[[Bakker|PERSON]]."),
], meta_title="Contactlijst projectteam Stelselherziening Toeslagen", meta_author="A. Bakker")
