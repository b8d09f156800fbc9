"""Records of agencies that serve citizens: a staff member's code in brackets after their name, a role written
as a form's label ("Melder: ..."), and a language after an interpreter or a teacher, which is no surname."""

from __future__ import annotations

import pytest
from detecttools import check

RULES = [
    # a code in brackets after a name, made of it, is the person's wherever it stands
    (
        "Jeugdverpleegkundige Marleen Verhoef (MVE)\nJeugdarts dr. Koen Baptist\nParaaf: MVE",
        ["Marleen Verhoef", "MVE", "Koen Baptist"],
        [],
    ),
    # ... after a first name alone, a code that begins with its initial, the bracket's last item
    (
        "Medewerker     Tamara (vestiging Leeuwarden, TDJ)\nVerwerkt door TDJ op 9 juli.",
        ["Tamara", "TDJ"],
        ["Leeuwarden"],
    ),
    ("Gesprek 09:12, agent: Sanne (SBR04)\nOvergedragen aan SBR04.", ["Sanne", "SBR04"], []),
    # ... but an organisation's or a party's acronym in the brackets stays
    ("Contactpersoon Jan Pieters (BZK) stuurt de stukken.", ["Jan Pieters"], ["BZK"]),
    ("Contactpersoon Bram Pieters (BZK) stuurt de stukken.", ["Bram Pieters"], ["BZK"]),
    # a role only a private person has, as a label with a colon: the value is a name, a word first name too
    ("Beller: Hoop Sedney, terugbelnummer 06 38 12 77 40", ["Hoop Sedney", "06 38 12 77 40"], []),
    ("Melder: Storm Dekker\nAanvrager: Gemeente Utrecht", ["Storm Dekker"], ["Gemeente Utrecht"]),
    ("Medewerker: Financiën", [], ["Financiën"]),
    # a date right after a name and before a home address is a date of birth, a child's too
    (
        "Melding ontvangen 3 maart 2025. Index: Milan Visser,\n14-06-2019, Lammenschansweg 40, Leiden.",
        ["Milan Visser", "14-06-2019", "Lammenschansweg 40"],
        ["3 maart 2025", "Leiden"],
    ),
    ("Brief aan Den Haag, 14-06-2019, kenmerk 2019-44. Verzonden 2025.", [], ["14-06-2019"]),
    # the names in a column headed by the people a register is about ("Leerling", "Kind", "Cliënt")
    (
        "Leerling                 Groep    Mentor\nStorm de Wit             5B       mevr. Yilmaz\n"
        "Noah Bakker              5B       mevr. Yilmaz\nSky Pinas                6A       dhr. Tol",
        ["Storm de Wit", "Noah Bakker", "Sky Pinas", "Yilmaz", "Tol"],
        ["5B", "6A"],
    ),
    # a home address in the bracket the name stands in, or before the resident's name in brackets
    (
        "Verzoek om handhaving PAS-melder Dalfsen (verzoeker: G. Mensink, Ruitenveen 3)",
        ["G. Mensink", "Ruitenveen 3"],
        ["Dalfsen"],
    ),
    (
        "Meetpunt Kamperstraat 28, Stadskanaal (H. Hadžić): 48 dB. Lange Nieuwstraat 4, Utrecht (fam. Özdemir).",
        ["Kamperstraat 28", "H. Hadžić", "Lange Nieuwstraat 4", "Özdemir"],
        ["Meetpunt", "Stadskanaal"],
    ),
    ("Gemeentehuis, Markt 1, Assen (mevrouw Jansen) ontvangt.", ["Jansen"], ["Markt 1", "Assen"]),
    # the name in use, in brackets between the first name and the surname, is sought alone too
    (
        "Gesprek met Jan-Willem (Dan) Terpstra-Oguntoye. Volgens Dan is het werk te zwaar.",
        ["Jan-Willem (Dan) Terpstra-Oguntoye", "Volgens [Dan] is"],
        [],
    ),
    # a first name and the initial of the surname ("Storm V."), a word first name too; not a middle initial
    (
        "Tijdens het spelen is Storm V. geduwd door Yusuf A. Daarbij liep Storm een wond op. Roos K. zag het.",
        ["Storm V.", "Yusuf A.", "Roos K."],
        ["Daarbij"],
    ),
    (
        "Anna K. de Vries en Anna K. Bakker kwamen. Partij A. en Partij B. tekenden.",
        ["Anna K. de Vries"],
        ["Partij A."],
    ),
    # a school or an institute named after a person, a title and all, is an organisation
    (
        "De leerkracht van de Dr. Schaepmanschool belde. We bezochten het Dr. Jan van Breemen Instituut.",
        [],
        ["Dr. Schaepmanschool", "Jan van Breemen Instituut"],
    ),
    # a unit's name in a mail header, whatever word follows it; a cooperative's "U.A." is no one's initials
    (
        "Van: Auditdienst Rijk, auditteam SZW\nAan: drs. P.H. Jansen-Hoogland",
        ["P.H. Jansen-Hoogland"],
        ["Auditdienst Rijk"],
    ),
    ("Coöperatie Zonnedak Zwolle U.A.\nVerduurzaming Woningen", [], ["Verduurzaming Woningen"]),
    # a Windows account with its domain; the name in brackets after an account that spells it, an unknown one too
    (
        "Export gemaakt door HLM\\lkovacs (Lőrinc Kovács).\nMW1115    Lőrinc Kovács PRJ-0733 Digitale Overheid",
        ["HLM\\lkovacs", "Lőrinc Kovács"],
        ["PRJ-0733"],
    ),
    ("De taak draait als CORP\\svc_backup op de server.", [], ["CORP\\svc_backup"]),
    # a staff member's code under a code header, shorter than a number column's numbers
    (
        "Medewerkercode   Naam                  Kostenplaats\nMW1043           Jildou van der Meer   KP 3120\n"
        "MW1044           Auke Terpstra         KP 3140",
        ["MW1043", "MW1044", "Jildou van der Meer", "Auke Terpstra"],
        ["KP 3120"],
    ),
    # a surname in capitals after the given names, as rulings and registers write it
    (
        "In zake: Serhii BOLHOV, woonplaats kiezend te Brussel. Appellant Alison Louise WILLIAMS.",
        ["Serhii BOLHOV", "Alison Louise WILLIAMS"],
        ["Brussel"],
    ),
    ("Overleg met Jan BZK en Piet VWS over NARIC.", ["Jan", "Piet"], ["BZK", "VWS", "NARIC"]),
    # a surname in capitals after a particle, though a place or a word ("Vries"); a chat sender's organisation
    ("Gesprek met Jan DE VRIES over de zaak.", ["Jan DE VRIES"], []),
    (
        "[07-03-2025 18:10:55] Sven NCG: Ik heb zijn dossier.\n[07-03-2025 18:11:00] Rachid LNV: Prima.",
        ["Rachid"],
        ["LNV"],
    ),
    ("lid                    Lina Al-Haddadin CISA      Logius", ["Lina Al-Haddadin"], ["CISA", "Logius"]),
    # judges sit in public: a judicial office before or after the name, in a ruling's composition too
    (
        "Samenstelling: bestuursrechter Marleen Verreth.\n"
        "       Sigrid Pauwels                 bestuursrechter – bijzitter\n"
        "Getuige Jan Pieters verklaarde.",
        ["Jan Pieters"],
        ["Marleen Verreth", "Sigrid Pauwels"],
    ),
    # a number under a personal-number header where the row's name begins the line; a travel card's number
    (
        "Reiziger          Personeelsnr.   Trein\nInês Figueiredo   P-00562190      Den Haag C. - Groningen\n"
        "NS-Business Card: 3528 0417 6621 0934 (op naam van T.V. Minh)",
        ["Inês Figueiredo", "P-00562190", "3528 0417 6621 0934", "T.V. Minh"],
        ["Den Haag C."],
    ),
    # ... in a bundle of rulings whose compositions repeat the same office line
    (
        "samengesteld uit:\nMarleen Verreth\nbestuursrechter – bijzitter\n\nsamengesteld uit:\nMarleen Verreth\n"
        "bestuursrechter – bijzitter\n\nsamengesteld uit:\nSigrid Pauwels\nbestuursrechter – bijzitter\n",
        [],
        ["Marleen Verreth", "Sigrid Pauwels"],
    ),
    # an IBAN at a line's end, the next line's number right under it (the match must not run on into it)
    (
        "100270 Wouter Claeys\nZZP (BE) BE71 0961 2345 6769\n100288 Arcadis Nederland B.V.",
        ["BE71 0961 2345 6769"],
        ["100288"],
    ),
    # a form's row of postcodes under its label, a cell a line; a letterhead's postcode under its postbus stays
    (
        "Naam\nMees Dijkstra\nAnke Boersma\nPostcode\n8012 DH Zwolle\n8013 AB Zwolle\nTelefoon\n-\n\n"
        "Gemeente Zwolle\nPostbus 10007\n8000 GA Zwolle",
        ["8012 DH", "8013 AB"],
        ["8000 GA"],
    ),
    # a surname that is a word, the person's function in brackets on the next line, and copies of the name
    (
        "Joost Leentvaar (personeel), Marjan Vlot\n(personeel). Joost Leentvaar en\n"
        "Marjan Vlot bereiden het statuut voor.",
        ["Marjan Vlot", "Joost Leentvaar"],
        [],
    ),
    # a language after an interpreter or a teacher is what they speak or teach
    (
        "De ouder wil een tolk Engels. De docent Spaans is ziek; lerares Duits neemt over.",
        [],
        ["Engels", "Spaans", "Duits"],
    ),
    # a person's admin account behind a system's prefix ("rvig-adm-"), spelled from their name
    (
        "17-02 02:51   SIEM   Alarm op beheeraccount rvig-adm-ydemirtas\n"
        "17-02 03:12   Start procedure   Yusuf Demirtaş\n"
        "rvig-adm-coudshoorn   beheeraccount   C.J. Oudshoorn   gereset",
        ["rvig-adm-ydemirtas", "rvig-adm-coudshoorn", "Yusuf Demirtaş", "C.J. Oudshoorn"],
        ["SIEM"],
    ),
    # a personnel number after the name and a comma, and one with a ministry's letters after its label
    (
        "[NB intern: betreft Mohamed Amrani, P-207734; HR-contact Lotte.]\nPersoneelsnummer   IenW-0093417",
        ["Mohamed Amrani", "P-207734", "IenW-0093417"],
        [],
    ),
    ("Zie artikel 4, lid 2, en bijlage 3, pagina 12, Z-2024 van Jan Jansen, 2024.", ["Jan Jansen"], ["2024"]),
    # a surname with accents, folded in a file's name ("Wisniewski" of Wiśniewski)
    (
        "Aanvrager: M.T. Wiśniewski, moeder mevrouw Halina Wiśniewska.\n"
        "Bijlagen: plattegrond-mantelzorg-Wisniewski-v2.pdf en medische-verklaring-H-Wisniewska.pdf",
        ["M.T. Wiśniewski", "Halina Wiśniewska", "Wisniewski", "Wisniewska"],
        ["plattegrond-mantelzorg"],
    ),
    # a petition's table of people and their addresses: the street and number in its Adres column
    (
        "Naam              Adres                Handtekening\nRamon Sewnath     Westerblokker 169    getekend\n"
        "Awet Kidane       Dorpsweg 212         getekend\nPostcode en woonplaats\n1695 AH Blokker",
        ["Ramon Sewnath", "Westerblokker 169", "Dorpsweg 212", "1695 AH"],
        ["getekend", "Blokker"],
    ),
    # ... only on a row with someone in the people's column (a footer's "T 14 030" under the table is none)
    (
        "Naam            Adres\nJan Pieters     Dorpsweg 12\n\n\nMet vriendelijke groet,\n                T 14 030",
        ["Dorpsweg 12"],
        ["T 14"],
    ),
    # ... not in a table of offices without people
    (
        "Locatie           Adres               Open\nStadskantoor      Westerblokker 2     ma-vr",
        [],
        ["Westerblokker 2"],
    ),
    # a river named alone is a place; a person of that surname is still found beside a first name
    ("RWS: Maas bij Sint Pieter 44,90 m NAP. Jan Geul belde; de Geul stijgt.", ["Jan Geul"], ["Maas bij"]),
    # a chat whose speakers are people by their names: a speaker's nickname no list has is one too, the system not
    (
        "[17-02 05:13] Sanne: naam niet in verslag\n[17-02 05:14] Yusuf: ok sorry\n[17-02 07:58] Sans   : SG is "
        "geïnformeerd\n[17-02 09:40] Kees: ok\n[17-02 09:41] Systeem: Kees heeft de groep verlaten",
        ["Sanne", "Yusuf", "Sans", "Kees"],
        ["Systeem"],
    ),
    # a foundation named with initials and a surname is an organisation's name; an honorific stays a person's
    (
        "Stichting W.H. Vliegenbos\nT.a.v. mevrouw\nDe stichting heeft dhr. P.J. Zwart benoemd.",
        ["P.J. Zwart"],
        ["W.H. Vliegenbos"],
    ),
    # an agenda: the office wrapped above the name in its cell, the next entry's weekday and date below it
    (
        "di 17- 09:30– Briefing\nBewindspersonenkamer SG; Joost van den Berg\n02\n10:00 staatssecretaris\n"
        "Ramkisoen\ndi 17- 12:00– Tandarts (privé)",
        ["Joost van den Berg"],
        ["Ramkisoen"],
    ),
    # the domicile an organisation elects ("woonplaats kiezend te" under its name, "met zetel te") is no home
    (
        "Tegen:          UNIVERSITEIT GENT\n                Woonplaats kiezend te 9000 Gent\n"
        "                Sint-Pietersnieuwstraat 25\nTegen:   VLAAMSE GEMEENSCHAP\n         met zetel te 1210 Brussel\n"
        "         Koning Albert II-laan 15\n         alwaar woonplaats wordt gekozen\nDe heer Tom Peeters, wonende te "
        "9000 Gent, Kouter 12.",
        ["Tom Peeters"],
        ["Sint-Pietersnieuwstraat 25", "Koning Albert II-laan 15"],
    ),
    # ... an appellant's elected domicile under their name is their home
    (
        "In zake:          Abdallah RAMADNEH\n                  woonplaats kiezend te 8232 RL Lelystad (Nederland)\n"
        "                  Visbystraat 17\n\n                  tegen:",
        ["Abdallah RAMADNEH", "Visbystraat 17"],
        [],
    ),
    # a name that ran on into a firm after "van" is cut there, after an honorific too (the surname alone had been
    # kept with the firm as an organisation); a school's kind before its name
    (
        "Mevrouw Jansen van Bouwbedrijf Heijmans en Piet van Installatietechniek Noord. Zijn aannemer, Yusuf Aydın van "
        "Staalbouw Westland, belde. Geur bij de school OBS De Klinker.",
        ["Jansen", "Piet", "Yusuf Aydın"],
        ["Bouwbedrijf Heijmans", "Installatietechniek Noord", "Staalbouw Westland", "De Klinker"],
    ),
    # a court's composition: a line that is only a public title, then a name a line under it; not under another
    # heading ("Secretariaat"), not under a chair ("Voorzitter" is no public title by itself)
    (
        "Samenstelling:\nVoorzitter\nde heer Jim Deridder\nKamervoorzitter\nde heer Bertel De Groote\n"
        "mevrouw Elsbeth Loncke\nBestuursrechters\nde heer Jean Goossens\nde heer Henri Verhaaren\n"
        "Secretariaat\nde heer Jan Peeters\nmevrouw Ann Claes",
        ["Jim Deridder", "Jan Peeters", "Ann Claes"],
        ["Bertel De Groote", "Elsbeth Loncke", "Jean Goossens", "Henri Verhaaren"],
    ),
    # "de heer" broken over the line end
    (
        "Over dit verzoek heeft u telefonisch contact gehad met de\nheer Lussing van Agentschap Telecom.",
        ["Lussing"],
        ["Agentschap Telecom"],
    ),
    # someone introducing themselves, in Papiamento, English or Dutch; not a verb after "mi ta"
    (
        "[12:31] +599 796 0812: Bon tardi, mi ta Rignaldo. Mi ta bai Kralendijk.\n"
        "[12:35] +599 796 0813: Hello, my name is Desmond Pietersz.",
        ["Rignaldo", "Desmond Pietersz"],
        ["Kralendijk"],
    ),
]


@pytest.mark.parametrize(("text", "redact", "keep"), RULES)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)


def test_a_city_abroad_is_sought_as_another_documents_surname_only_after_a_title() -> None:
    """ "Ruud Brussel" named in one document does not box the city in the next one; "de heer Brussel" is him."""
    from woo_redact.config import load_config
    from woo_redact.detect import Detector
    from woo_redact.parse.text import document_from_text

    detector = Detector(load_config(None, None))
    trip = document_from_text("Bijlage: reisschema Brussel, dinsdag 13 mei.\nLars Aagaard\tBrussel\nVertrek 8.00 uur.")
    assert not [f for f in detector.detect(trip, ["Ruud Brussel"]) if f.text == "Brussel"]
    talk = document_from_text("Overleg met de heer Brussel over de planning.")
    assert [f.text for f in detector.detect(talk, ["Ruud Brussel"]) if "Brussel" in f.text] == ["Brussel"]
