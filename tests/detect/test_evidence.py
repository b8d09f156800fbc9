"""The keep-or-redact rules (woo_redact/detect/evidence.py): one table row per case."""

from __future__ import annotations

import pytest
from detecttools import check, run

# (text, redacted, kept)
HEADER_LABELS = [
    # a header label is never part of a public title: the author on the next line is redacted
    (
        "Aan\tde minister van Binnenlandse Zaken\nVan\tSanne Kartosen, beleidsmedewerker",
        ["Sanne Kartosen"],
        ["minister"],
    ),
    (
        "Aan: de minister van Infrastructuur en Waterstaat\nVan: Pieter Oudeman\nDatum: 3 maart 2025",
        ["Pieter Oudeman"],
        [],
    ),
    ("Aan  minister\nVan  Kees Weeldenburg", ["Kees Weeldenburg"], []),
    # the office's portfolio between the office and the name in a header field is no part of the name
    ("Aan: wethouder Energie Gerda Knol-Hidding\nVan: K. Sikkema", ["Gerda Knol-Hidding", "K. Sikkema"], ["Energie"]),
]

EMAIL_HEADERS = [
    (
        "Van: Jansen, Kees <k.jansen@minbzk.nl>\nAan: Oudeman, Pieter <pieter.oudeman@minbzk.nl>\n"
        "CC: Oudeman, Pieter; Team Noord\nOnderwerp: overleg",
        ["Oudeman", "Pieter", "Jansen", "Kees", "pieter.oudeman@minbzk.nl"],
        ["Team Noord"],
    ),
    (
        "From: Visser, Anne (DGO) <anne.visser@minvws.nl>\nSent: maandag 3 maart 2025\nTo: Bakker, Tom",
        ["Visser", "Anne", "Bakker", "Tom"],
        [],
    ),
]

HONORIFICS = [
    ("Daarna heb ik de heer Oudeman gevraagd om te reageren.", ["Oudeman"], []),
    ("Dit is besproken met mr. ing. B. van Dam-Westerveld.", ["B. van Dam-Westerveld"], []),
    ("Geachte heer Jansen,\nUw brief is ontvangen.", ["Jansen"], []),
]

PERSON_BEATS_PLACE_OR_STREET = [
    # a surname ending like a street or being a place does not overrule an honorific or a first name
    ("Mevrouw Weeldenburg belt morgen terug.", ["Weeldenburg"], []),
    ("Willem Weeldenburg is teamleider.", ["Willem Weeldenburg"], []),
    ("Het voorstel kwam van mevrouw Kolen-Doesburg.", ["Kolen-Doesburg"], []),
    ("Ook mevrouw Valkenburg was er; Valkenburg zei dat het goed is.", ["Valkenburg"], []),
    # ... and the place itself stays
    (
        "Mevrouw Valkenburg woont niet in Valkenburg aan de Geul. Het project in Valkenburg loopt.",
        [],
        ["Valkenburg aan de Geul", "in Valkenburg"],
    ),
    ("De gegevens zijn verzameld bij de Johan de Wittlaan 12 in Den Haag.", [], ["Johan de Wittlaan"]),
]

TITLES = [
    ("Minister Keijzer heeft het besluit genomen.", [], ["Keijzer"]),
    ("Het lid Van der Plas (BBB) vroeg om een debat.", [], ["Van der Plas"]),
    # "het lid" is a parliamentary title only in a parliamentary context
    ("Het lid Jansen van de werkgroep heeft om uitstel gevraagd.", ["Jansen"], []),
    # ... whatever the surname, one no list of first names holds beside it; the Kamerlid with her party stays
    (
        "Het lid Kramer van de ketenwerkgroep doorlooptijden (OM) heeft ambtelijk laten weten dat het OM de cijfers "
        "levert. Het lid Ellian (VVD) vroeg ernaar.",
        ["Kramer"],
        ["Ellian"],
    ),
    ("namens de staatssecretaris, drs. P. Verbeet", ["P. Verbeet"], []),
]

OFFICE_HOLDERS = [
    # the built-in register keeps ministers and Kamerleden without a list
    (
        "Minister De Jonge sprak met Koolmees. Later zei De Jonge dat Omtzigt gelijk had.",
        [],
        ["De Jonge", "Koolmees", "Omtzigt"],
    ),
    ("Pieter Omtzigt en Bert Koenders waren ook aanwezig.", [], ["Pieter Omtzigt", "Bert Koenders"]),
    # a civil servant who shares the surname is redacted, and then the surname alone is ambiguous
    ("Van: Pieter de Jonge <p.dejonge@minvws.nl>\nVolgens De Jonge is dit afgestemd.", ["De Jonge"], []),
    # one initial is too little to be the office holder of a common surname
    ("Contact: J. Bakker, beleidsmedewerker.", ["J. Bakker"], []),
    # a header field is structural evidence: a register match alone does not make it public
    ("Van\tHugo de Jonge\nOnderwerp\tvaccinatie", ["Hugo de Jonge"], []),
    # ... but a chat's speaker named in full is: the bewindspersoon in the group, the civil servant beside him not
    (
        "[14-03-23 21:58] Maarten van Ooijen: Eens. Ik heb om 10 uur de NOS.\n"
        "[14-03-23 22:03] Marloes Kramer: Q&A staat om 07.30 in de mail.\n"
        "[14-03-23 22:05] M. van Ooijen: Prima.",
        ["Marloes Kramer"],
        ["Maarten van Ooijen"],
    ),
]


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    HEADER_LABELS + EMAIL_HEADERS + HONORIFICS + PERSON_BEATS_PLACE_OR_STREET + TITLES + OFFICE_HOLDERS,
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_listed_official_on_surname_alone_keeps_only_agreeing_names() -> None:
    # "Keijzer" on the batch's list keeps Keijzer, but a listed "Mona de Vries" does not keep every De Vries
    check(
        "Minister Keijzer en Sanne de Vries spraken. De Vries belt terug.",
        ["Sanne de Vries", "De Vries"],
        ["Keijzer"],
        officials=["Keijzer", "Mona de Vries"],
    )


def test_surname_alone_of_an_office_holder_is_kept_but_flagged() -> None:
    out = run("Volgens Van Ark is het plan goed.")
    decision = out.decision_of("Van Ark")
    assert decision is not None and decision.action.value == "keep" and decision.needs_review


def test_keep_decisions_name_their_rule() -> None:
    out = run("Het ministerie werkt samen met Albert Heijn en minister Keijzer.")
    reasons = {
        f.text: [e.pattern for e in f.explanations if e.detector in ("public_office", "not_a_person")]
        for f in out.findings
    }
    assert reasons.get("Albert Heijn") == ["organisation_context"], out.show()


OUTLOOK_RECIPIENTS = [
    # Outlook's "Surname, First tussenvoegsel": a surname that is also a word goes too
    (
        "Van: Rechteren Altvelt, Floris van <f.vanrechterenaltvelt@minbzk.nl>\n"
        "Aan: Boer, Stefan de <s.deboer@x.nl>; Hof, Roel van 't; Team Noord\nCC: Veld, Iris in 't; Sluis, Bas van der",
        ["Rechteren Altvelt", "Boer", "Hof", "Veld", "Sluis", "Stefan de"],
        ["Team Noord"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), OUTLOOK_RECIPIENTS)
def test_outlook_recipients(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


TITLE_FORMS = [
    # a plural title heads the names listed after it
    (
        "Aanwezig: de burgemeester, wethouders Inge Jongman, Tjeerd van der Ploeg en Rachida Bentaleb, de secretaris.",
        [],
        ["Inge Jongman", "Tjeerd van der Ploeg", "Rachida Bentaleb"],
    ),
    (
        "Aanwezig\tde leden Van Baarle (DENK), Sneller (D66), Bikker (ChristenUnie) en Jimmy Dijk (SP)",
        [],
        ["Van Baarle", "Sneller", "Bikker", "Jimmy Dijk"],
    ),
    # a singular title does not: the next name in the list is somebody else
    ("Aanwezig: wethouder Kaya (voorzitter), Ingrid Schipper (gemeente Zaanstad).", ["Ingrid Schipper"], []),
    # the title at the end of the line above, when the name starts its line; a label column that is a role
    ("Ook de Commissaris van de Koning,\nWouter Kolff, heeft zich uitgesproken.", [], ["Wouter Kolff"]),
    # a plural title's list going on over the line end; a title, its portfolio and a comma before the name
    (
        "Aanwezig: wethouders Hein de Haan, Sander de Rouwe,\nFemke Wiersma, Kirsten Brandsma; Joost Kamp "
        "(secretaris). De wethouder Ruimtelijke Ordening, Astrid\nJanssen, informeerde de raad. Wethouder "
        "Kasmi, Piet de Vries en de anderen.\nAanwezig\nburgemeester Out, Annegreet\neigenaren",
        ["Joost Kamp", "Piet de Vries", "Annegreet"],
        ["Kirsten Brandsma", "Astrid\nJanssen", "Hein de Haan"],
    ),
    # ... also when the plural title ends the line above and the list fills the next one (the gemeentesecretaris is
    # a public title by default since session 44: real college documents publish the name; the minute-taker goes)
    (
        "Aanwezig: burgemeester Tjeerd van der Zwan (voorzitter), wethouders\nJeroen van Ooijen, Matthijs "
        "Hoekstra en Jan Sonnema; gemeentesecretaris Aukje Visser-de Jong.\nNotulist: Jelmer Schippers.",
        ["Jelmer Schippers"],
        ["Jeroen van Ooijen", "Jan Sonnema", "Aukje Visser-de Jong"],
    ),
    ("Gedeputeerde\nEsmée Vos\nAmbtelijk opdrachtgever\nSanne Jansen", ["Sanne Jansen"], ["Esmée Vos"]),
    (
        "Datum\t2 april 2025\nWoordvoerder\tSanne Pieterse\nOpgesteld door\tHuseyin Kaya",
        ["Huseyin Kaya"],
        ["Sanne Pieterse"],
    ),
    (
        "Joyce Jansen verzorgt het verslag. Oud-Kamerlid Pieter Omtzigt heeft een notitie.",
        ["Joyce Jansen"],
        ["Oud-Kamerlid Pieter Omtzigt"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), TITLE_FORMS)
def test_title_forms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


TITLE_AFTER_AND_ACROSS_LINES = [
    # a public title in brackets right after the name, also in an attendance list
    (
        "Aanwezig:\nHugo de Jonge (minister van BZK)\nMarieke Wolters (beleidsadviseur)",
        ["Marieke Wolters"],
        ["Hugo de Jonge"],
    ),
    (
        "Aanwezig: Koos Vermeulen (burgemeester Oss); Lotte Brandsma (secretaris)",
        ["Lotte Brandsma"],
        ["Koos Vermeulen"],
    ),
    # a job title in brackets is no public title; nor is a bracket that merely mentions one
    ("Daarbij: Ruud Wiegman (adviseur van de burgemeester)", ["Ruud Wiegman"], []),
    # after the name an office counts, and the configured "woordvoerder" with the organisation spoken for (session
    # 47: independent sets' authors keep "(woordvoerder BZK)", "(woordvoerder GGD)"); a bare "(woordvoerder)", a role
    # in a routing list, is no office; a group of citizens' spokesman is a private person
    ("Het voorstel is voorbereid door Floor Hartman (woordvoerder).", ["Floor Hartman"], []),
    ("Het voorstel is afgestemd met Floor Hartman (woordvoerder VWS).", [], ["Floor Hartman"]),
    ("Namens de buurt sprak Dmytro Bondarenko (woordvoerder van de groep).", ["Dmytro Bondarenko"], []),
    # a plural title heads a list that goes on over the line break, also through a name broken over it
    ("over de motie van de leden Kathmann en Anne\nVerhagen (Kamerstuk 36 000, nr. 12)", [], ["Anne", "Verhagen"]),
    ("De Kamerleden De Hoop (GroenLinks-PvdA) en Vermeer (BBB) stelden vragen.", [], ["De Hoop", "Vermeer"]),
    # the minister's signature under the full title of the ministry, lines apart
    (
        "Hoogachtend,\nDe minister van Onderwijs, Cultuur en Wetenschap,\n\nH.J. Dekkers",
        [],
        ["H.J. Dekkers"],
    ),
    # a water board's party in brackets; a judge's office in apposition; a programme's speaker with a title
    (
        "Aanwezig: dijkgraaf Ingrid Pauwels; de AB-leden Timo Zandbergen (Water Natuurlijk), Gert Westerveld "
        "(BBB). Ambtelijk: Sietske Postma (bestuurssecretaris).",
        ["Sietske Postma"],
        ["Ingrid Pauwels", "Timo Zandbergen", "Gert Westerveld"],
    ),
    (
        "Deze uitspraak is gedaan door mr. W.F. Koopman-Visser, rechter, in aanwezigheid van mr. D. Zwart, griffier.",
        ["D. Zwart"],
        ["W.F. Koopman-Visser"],
    ),
    (
        "Programme\n09:30\nEurogroup pre-meeting\n11:00\nCommissioner Valdis Dombrovskis\n13:00\nDebrief\n"
        "14:00\nRoel Baksteen",
        ["Roel Baksteen"],
        ["Valdis Dombrovskis"],
    ),
    # "Koning, R." as a list's next item is a name written surname first, no king
    (
        "Van\nAan\n1\ne-mail\nVisser, L.\nWinter, F.; Koning, R.\nplanning\n2\nnota\nKoning, R.\nDG DOO",
        ["Koning, R."],
        [],
    ),
    # the province of a commissaris van de Koning wrapped onto the name's line
    (
        "Ik heb met de Commissaris van de Koning in\nGroningen, René Paas, gesproken. Ook Mark Bos.",
        ["Mark Bos"],
        ["René Paas"],
    ),
    # an organisation's own spokesperson ("hun woordvoerder") is no public function of the government's
    (
        "De Waddenvereniging is tegen; hun\nwoordvoerder Lieke Koning meldde dit. Woordvoerder Sander Boon reageerde.",
        ["Lieke Koning"],
        ["Sander Boon"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), TITLE_AFTER_AND_ACROSS_LINES)
def test_title_after_and_across_lines(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


NAMED_HERE = [
    # a local office holder of the register, named here with a title, in a chat and a paraph table
    (
        "Chat met wethouder Kasmi\n[14-01-25, 08:10] Said Kasmi: Prima.\n[14-01-25, 08:11] Koen Brink: Dank",
        ["Koen Brink"],
        ["Said Kasmi"],
    ),
    ("Portefeuillehouder wethouder Kasmi\nSteller\tK. Bouzerda\nWethouder\tS. Kasmi", ["K. Bouzerda"], ["S. Kasmi"]),
    # a local office holder whom the register knows by one initial, in a list of participants without her office,
    # which the text gives her further on; the civil servant beside her stays redacted
    (
        "Deelnemers\nNaam\nOrganisatie\nF. Halsema\nGemeente Amsterdam\nP. de Ruiter\nGemeente Utrecht\n"
        "Verslag\nBurgemeester Halsema pleit voor langjarige financiering.",
        ["P. de Ruiter"],
        ["F. Halsema"],
    ),
    # a civil servant who shares the surname of the titled office holder stays redacted; the office holder's
    # full first name tells them apart, an initial does not
    (
        "Staatssecretaris Jansen heeft het stuk gezien.\nVan: Pieter Jansen\nMet Chris Jansen besproken.",
        ["Pieter Jansen"],
        ["Chris Jansen"],
    ),
    (
        "Staatssecretaris Jansen heeft het stuk gezien.\nVan: Pieter Jansen\nMet C. Jansen besproken.",
        ["Pieter Jansen", "C. Jansen"],
        [],
    ),
    (
        "Aan minister De Jonge wordt gevraagd in te stemmen. De toets deed Marieke de Jonge. Hugo de Jonge tekent.",
        ["Marieke de Jonge"],
        ["Hugo de Jonge"],
    ),
    # a full name this document titles ("wethouder Marco Swart") stays in the inventory's column too ...
    (
        "Namen van wethouder Marco Swart staan wel in de documenten.\nBijlage 1\n12 03-06-2024 raadsbrief\n"
        "Marco Swart\ngemeenteraad\n13 17-06-2024 notitie\nKok, Tamara",
        ["Tamara"],
        ["Marco Swart\ngemeenteraad"],
    ),
    # ... in a header field and under a signature too: the titled full name is the office holder's
    (
        "Van:\tBart Wolters <b.wolters@arnhem.nl>\nAan:\twethouder Gerrie Elfrink\nOnderwerp:\tRE: wachtlijsten\n\n"
        "Groet, Bart\n-----Oorspronkelijk bericht-----\nVan:\tGerrie Elfrink\nAan:\tBart Wolters",
        ["Bart Wolters", "b.wolters@arnhem.nl"],
        ["Gerrie Elfrink"],
    ),
    (
        "Van: wethouder Martijn Balster (Onderwijs). Datum: 10 juni 2025.\nHet college informeert u.\n\n"
        "Met vriendelijke groet,\nMartijn Balster\nwethouder Onderwijs",
        [],
        ["Martijn Balster"],
    ),
    # ... but a first initial that agrees is another bearer's in a header field ("Van: M. Swart")
    ("Wethouder Marco Swart opende.\nVan:\tM. Swart\nAan:\tTeam Noord", ["M. Swart"], ["Marco Swart"]),
    # the office holder's row of a paraph table, the office in its Rol cell, with the initials the note titles
    # (the row is no other bearer of the surname); a heading under the table is no name of its Naam column
    (
        "Portefeuillehouder       gedeputeerde P. van 't Hoog\nOpsteller                W. Groot Wassink\n\n"
        "Paraafroute\nNaam                   Rol                    Paraaf    Datum\n"
        "Groot Wassink, W.      opsteller              WGW       09-04-2024\n"
        "P. van 't Hoog         gedeputeerde           akkoord   16-04-2024\n\nBeslispunten\n",
        ["W. Groot Wassink", "Groot Wassink, W.", "WGW"],
        ["P. van 't Hoog", "Beslispunten"],
    ),
    # ... but other initials in that row are another bearer's
    (
        "Portefeuillehouder       gedeputeerde P. van 't Hoog\n\n"
        "Paraafroute\nNaam                   Rol                    Paraaf    Datum\n"
        "A. van 't Hoog         beleidsmedewerker      AvtH      09-04-2024\n",
        ["A. van 't Hoog", "AvtH"],
        ["P. van 't Hoog"],
    ),
    # ... unless another bearer of the surname is redacted here
    (
        "Wethouder Marco Swart opende.\nVan: Anita Swart\nMarco Swart tekent.",
        ["Anita Swart", "[Marco Swart] tekent"],
        ["Marco Swart opende"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), NAMED_HERE)
def test_office_holder_named_here(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


COUNCIL_FORMS = [
    # members of a council with their party; later named by honorific and surname alone
    (
        "Aanwezig: Karin Dijkhuis (voorzitter, burgemeester), raadsleden Bosgra (CDA), Van Aalst (D66)\n"
        "Notulist: Rosa Meijer\nDe heer Bosgra vraagt naar de planning. Mevrouw Van Aalst sluit aan.",
        ["Rosa Meijer"],
        ["Karin Dijkhuis", "Bosgra", "Van Aalst"],
    ),
    ("Voorzitter: Van Stralen (VVD)\nGriffier: Charlotte Wolters", ["Charlotte Wolters"], ["Van Stralen"]),
    # the portefeuillehouder is the office holder, also in the paraph table once the note titles her
    (
        "Portefeuillehouder\twethouder Monique Schuttenbeld\nSteller\tSevda Yildiz\n"
        "Portefeuillehouder\tSchuttenbeld\takkoord",
        ["Sevda Yildiz"],
        ["Monique Schuttenbeld", "Schuttenbeld\takkoord"],
    ),
    ("Datum: 4 juli 2024\nPortefeuillehouder: Arne Schaddelee", [], ["Arne Schaddelee"]),
    # a local party the lists do not know, in a list of parties: its name, wrapped, or its code on its own line;
    # a surname's last word the name did not take; a body in brackets is where someone works, no party
    (
        "Aanwezig\nBos (VVD), Meijns (PVV), Mahmood (DENK), Martinez van Andel (Hart voor Den Haag), Sluijs (Hart voor"
        "\nDen Haag), Van Basten\nBatenburg (VVD), Verdonk (HvDH), Verduin (D66)\nAfwezig\nFaïd (HSP)\n"
        "Motie K.1 HvDH Opkomst verhogen\nNotulist: Jan de Vries (Gemeente Den Haag)",
        ["Jan de Vries"],
        ["Martinez van Andel", "Sluijs", "Van Basten", "Faïd", "HvDH"],
    ),
    # a motion's submitter with her local party after a comma, both signers over their party; a submitter of a
    # zienswijze with his town after the comma is a private person
    (
        "Motie: Bijplussen resterende bedrag standbeeld\nIndiener: Rachid Guernaoui, Hart voor Den Haag\n\n"
        "De raad van de gemeente Den Haag verzoekt het college.\n\nRachid Guernaoui                       Richard "
        "de Mos\nHart voor Den Haag                     Hart voor Den Haag\n\nIndiener zienswijze: Jan Bakker, Utrecht",
        ["Jan Bakker"],
        ["Rachid Guernaoui", "Richard de Mos", "Utrecht"],
    ),
    # a local party's name after "van" is no second part of a surname, no surname to copy and no verb's name:
    # "Hart" of "Hart voor Den Haag" stays wherever a member is named with it; the civil servant is redacted
    (
        "Raadsvergadering. Aanwezig: Bom (Hart voor Den Haag), Kaptheijns (PVV), Mostert (D66), De Groot (CDA).\n"
        "De motie is medeondertekend door de heer Meinesz van Hart voor Den Haag. Dan de motie van Hart voor Den "
        "Haag. Wil Hart voor Den Haag een fonds oprichten? De ambtenaar Ilse Hart gaf een toelichting.",
        ["Ilse Hart"],
        ["van Hart voor Den Haag.", "motie van Hart voor", "Wil Hart voor", "Bom (Hart"],
    ),
    # a title ending the line above, a courtesy title beginning the name's line; a civil servant's function so stays
    (
        "Het college heeft de door het raadslid\nmevrouw Van Basten Batenburg ingediende motie besproken. Het gesprek "
        "met de teamleider\nmevrouw Anja Smit verliep goed.",
        ["Anja Smit"],
        ["Van Basten Batenburg"],
    ),
    # a table printed a cell a line (name, organisation, function): each row's office is its own
    (
        "Naam\nOrganisatie\nFunctie\nPeter Kerris\nProvincie Gelderland\ngedeputeerde\nYvette Blom\n"
        "Anne Frank Stichting\nfacilitair manager",
        ["Yvette Blom"],
        ["Peter Kerris", "Anne Frank Stichting"],
    ),
    # members over their parties a cell a line; a member in brackets after the party's group; a plural title
    # before a bracketed list
    (
        "Indiener\nFractie\nRixt Dijkstra-Kuipers\nFNP\nVan Dam\nCDA\nDe fractie van PVV (De Jong) stemde tegen. "
        "Kunnen de fractievoorzitters (Jur Botter, Ziggy Klazes) de tekst krijgen? Ambtenaar (Piet Bos) ook.\n"
        "Naam\nOrganisatie\nJan Bos\nGemeente Ede",
        ["Piet Bos", "Jan Bos"],
        ["Rixt Dijkstra-Kuipers", "Van Dam", "De Jong", "Jur Botter", "Ziggy Klazes"],
    ),
    # "burgemeester en wethouders" is a body: the name on the next line is no wethouder
    ("namens het college van burgemeester en wethouders,\nOmwonende Lidewij Bos kwam.", ["Lidewij Bos"], []),
]


@pytest.mark.parametrize(("text", "redact", "keep"), COUNCIL_FORMS)
def test_council_forms(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
