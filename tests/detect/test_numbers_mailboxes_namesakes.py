"""Organisations' phone numbers and mailboxes by their context, identity documents and user names, dates of
birth after a name, a name's organisation tail, citizens who share an office holder's surname, and places."""

from __future__ import annotations

import pytest
from detecttools import check

# a number the text gives as an organisation's (a desk, its hours, an extension, a dial-in) stays; a number
# someone gives as their own goes
SERVICE_NUMBERS = [
    # a Frisian province's letterhead line: its name, its building on a market, its number
    ("Provinsje Fryslân - Tweebaksmarkt 52, Leeuwarden - 058 292 59 25", [], ["058 292 59 25"]),
    # a list of organisations' numbers, one cell a line: the organisation's name above its number
    (
        "Bereikbaarheid\nStoringsnummer openbare verlichting\n0800-3636363\nOmgevingsdienst Noordzeekanaalgebied\n"
        "088 567 02 00\nTeamleider vergunningen\nPieter Jansen\n06 1234 5678",
        ["06 1234 5678", "Pieter Jansen"],
        ["088 567 02 00"],
    ),
    # ... but a signature's organisation above a number is no such row
    ("Met vriendelijke groet,\nJan Jansen\nAdviseur\nGemeente Utrecht\n030 286 1234", ["030 286 1234"], []),
    # an organisation's row with its number on the same line
    (
        "Veiligheidsregio Flevoland 088 022 5000\nGemeente Almere, Kees Brink 036 539 9911",
        ["036 539 9911"],
        ["088 022 5000"],
    ),
    # the number a disclaimer calls central, on the next line
    (
        "Rijksoverheid aanvaardt geen aansprakelijkheid. Centraal nummer\n070 426 6426.\nVan: Bert Kamp",
        ["Bert Kamp"],
        ["070 426 6426"],
    ),
    ("Bel 050 - 599 77 55 (werkdagen 9.00-17.00 uur) of stuur een brief.", [], ["050 - 599 77 55"]),
    ("Voor vragen kunt u mij bellen op 070 - 379 8912 (ma t/m do).", ["070 - 379 8912"], []),
    ("Contact CSIRT: csirt@cjib.nl, 24/7 058 - 205 02 00.", [], ["058 - 205 02 00", "csirt@cjib.nl"]),
    ("Inbellen (alleen audio): +31 20 794 8820,,618554022# Nederland", [], ["+31 20 794 8820"]),
    ("Studenten kunnen met vragen terecht bij DUO via 050 599 77 55.", [], ["050 599 77 55"]),
    ("Log in op Mijn DUO of bel 050 - 599 77 55 (DUO, algemeen). Uw dossier", [], ["050 - 599 77 55"]),
    (
        "Contact VWS: l.vrolijk@minvws.nl, 070 340 61 55; persvragen 070 340 78 78.",
        ["070 340 61 55"],
        ["070 340 78 78"],
    ),
    (
        "Voor vragen: Wiebe Hoekstra, 072 582 8282\n(toestel 3312) of w.hoekstra@hhnk.nl.",
        ["Wiebe Hoekstra"],
        ["072 582 8282"],
    ),
    ("Vragen? Bel 030 - 264 82 00 (Servicecentrum PGB). Met vriendelijke groet,", [], ["030 - 264 82 00"]),
    (
        "Zij heeft gebeld op de lijn van\nhet Landelijk Meldpunt Zorg (088 - 120 50 00). Haar nummer: 06-12345678.",
        ["06-12345678"],
        ["088 - 120 50 00"],
    ),
    # a number the document calls general once is the organisation's in a signature too
    (
        "Groet,\nMerel Bos\ninspecteur | IGJ\nM 06 5318 2047 | T 088 120 50 00\n"
        "Het algemene nummer van de IGJ (088 120 50 00) is altijd bereikbaar.",
        ["Merel Bos", "06 5318 2047"],
        ["T 088 120 50 00"],
    ),
    ("Ik ben bereikbaar op 070 - 412 33 90 of via de servicedesk.", ["070 - 412 33 90"], []),
    # an extension named after someone: their own line
    ("Paraaf: MS\nTel. 023 567 61 18 (toestel Sarmo)", ["023 567 61 18"], []),
    # places' numbers listed after one label; a running footer of a building's address and number
    (
        "Marciano Pinas: +599 319 0022. Public entity switchboards: Saba +599 416 2211, Statia +599 318\n2892. "
        "After hours Ms Hassell-Zagers can be reached on +599 416 7730. Algemene nummers: Saba +599 416 2211, "
        "Jan +599 318 2893.",
        ["+599 319 0022", "+599 416 7730", "+599 318 2893"],
        ["+599 416 2211", "+599 318\n2892"],
    ),
    (
        "Nota\nTurfmarkt 147, Den Haag - 070 426 64 26\npagina 1\nVervolg\nTurfmarkt 147, Den Haag - 070 426 64 26\n"
        "pagina 2\nDorpsstraat 12, Ede - 071 234 56 78\nslot",
        ["071 234 56 78"],
        ["070 426 64 26"],
    ),
    # a municipality's "14 071" does not swallow the number on the next line
    ("Telefoon\n14 071\n071 - 516 55 82\n06 10 94 33 71", ["071 - 516 55 82", "06 10 94 33 71"], ["14 071"]),
]

# a mailbox the text shows as an office's stays; a person's address stays redacted whatever stands beside it
MAILBOXES = [
    # a human-resources desk's address with the ministry's acronym
    ("Contact voor dit dossier: hrm-lvvn@minlvvn.nl of Jan Prins.", ["Jan Prins"], ["hrm-lvvn@minlvvn.nl"]),
    # an acronym shown as the address's name is the office's; a person's address beside it is theirs
    (
        "Aan: Crisiscoördinatie VWS <crisis@minvws.nl>; Koning, Marloes <m.koning@minvws.nl>; LCI <lci@rivm.nl>",
        ["Koning, Marloes", "m.koning@minvws.nl"],
        ["lci@rivm.nl", "crisis@minvws.nl"],
    ),
    # an office's, a road's desk's or a team's mailbox; a person whose surname is an office stays redacted
    (
        "Reacties aan burgemeester@nijmegen.nl, kabinetcdk@brabant.nl, bereikbaarheid.a27@rws.nl of "
        "sf-devops@duo.nl; niet aan j.burgemeester@nijmegen.nl.",
        ["j.burgemeester@nijmegen.nl"],
        ["burgemeester@nijmegen.nl", "kabinetcdk@brabant.nl", "bereikbaarheid.a27@rws.nl", "sf-devops@duo.nl"],
    ),
    (
        "Contact via bezwaarschriften@amersfoort.nl of netcongestie@gelderland.nl.",
        [],
        ["bezwaarschriften@amersfoort.nl", "netcongestie@gelderland.nl"],
    ),
    (
        "Van: Klantcontact RVO <tek@rvo.nl>\nAan: linda.kerkhof75@gmail.com",
        ["linda.kerkhof75@gmail.com"],
        ["tek@rvo.nl"],
    ),
    ("Geëxporteerd door informatiebeheer (ibh@minbzk.nl).", [], ["ibh@minbzk.nl"]),
    ("Interne stukken gaan via Pim Vrolijk (pim.vrolijk@minvws.nl).", ["pim.vrolijk@minvws.nl"], []),
    ("Neem contact op met afdeling communicatie (m.devries@org.nl).", ["m.devries@org.nl"], []),
    ("Team Noord <tn@rvo.nl> en Jan Vrolijk <jv@rvo.nl>", ["jv@rvo.nl"], ["tn@rvo.nl"]),
    ("Secretariaat: rwb-groningen@groningen.nl. Volgende vergadering: 23 maart.", [], ["rwb-groningen@groningen.nl"]),
    ("De projectleider is bereikbaar via n348@gelderland.nl.", [], ["n348@gelderland.nl"]),
    (
        "Vul een adres in, zoals example@gmail.com of voorbeeld@xs4all.nl.",
        [],
        ["example@gmail.com", "voorbeeld@xs4all.nl"],
    ),
    ("Wijzigingen doorgeven aan rc.denhaag@rechtspraak.nl.", [], ["rc.denhaag@rechtspraak.nl"]),
    # a name at a placeholder domain is still a name (the peer benchmark labels it personal data)
    ("Mail naar jan.jansen@example.com voor de stukken.", ["jan.jansen@example.com"], []),
    (
        "Gert-Jan van Leeuwen\nHolland Rijnland\ngj.vanleeuwen@hollandrijnland.nl",
        ["gj.vanleeuwen@hollandrijnland.nl"],
        [],
    ),
    (
        "Vragen over de AI-verordening: ai-verordening@minbzk.nl of ombudsman@rug.nl.",
        [],
        ["ai-verordening@minbzk.nl", "ombudsman@rug.nl"],
    ),
    # the organisation's own name (its domain) and a word: its mailbox; a first name with it is a person's
    (
        "Mail digitaal.vlaanderen@vlaanderen.be of jan.vlaanderen@vlaanderen.be; schade: schade.gowa@wsrl.nl; "
        "aanbesteden@hoorn.nl, verzuim@vallei-veluwe.nl.",
        ["jan.vlaanderen@vlaanderen.be"],
        [
            "digitaal.vlaanderen@vlaanderen.be",
            "schade.gowa@wsrl.nl",
            "aanbesteden@hoorn.nl",
            "verzuim@vallei-veluwe.nl",
        ],
    ),
    # a mailbox called so on the line above, and every other place it stands; a body as a header's value
    (
        "Functionele mailbox DCC\ndcc@minienw.nl\nWijzigingen doorgeven aan dcc@minienw.nl\nTeamleider\n"
        "j.devries@rws.nl\nAan\nPortefeuillehoudersoverleg Sociaal Domein Holland Rijnland, t.a.v. voorzitter",
        ["j.devries@rws.nl"],
        ["dcc@minienw.nl", "Holland Rijnland"],
    ),
    # an address whose parts the text uses as an office's acronyms or words; a paraph or a name's initials in
    # brackets make no acronym
    (
        "Contactpersoon in het LOCC is bereikbaar via locc@politie.nl.\nDefensie Operatiecentrum (DOC), J3: "
        "DOC-J3@mindef.nl; de ôfdieling kommunikaasje (kommunikaasje@sudwestfryslan.nl).\n"
        "Mail Piet Jansen (PJ) via pj@minvws.nl. Actie: JDB, mail jdb@minvws.nl.",
        ["pj@minvws.nl", "jdb@minvws.nl", "Piet Jansen"],
        ["locc@politie.nl", "DOC-J3@mindef.nl", "kommunikaasje@sudwestfryslan.nl"],
    ),
    (
        "De centrale voorziening KLIC wordt beheerd door het Kadaster. Meld het via KLIC of mail klic@kadaster.nl. "
        "Piet JANSEN belt, of mail jansen@kadaster.nl.",
        ["jansen@kadaster.nl"],
        ["klic@kadaster.nl"],
    ),
]

# identity documents after their label or in a travel document's shape; user names; a date of birth
PERSONAL_NUMBERS = [
    # a landline beside a mobile under an organisation's address block is the signer's direct line; a number
    # in the brackets after a person's name is theirs, whatever its label; "Uw ... nummer" is the addressee's
    (
        "Met vriendelijke groet,\nSelin Yildiz-Kaya\nDG Digitale Overheid\nTurfmarkt 147 | 2511 DP | Den Haag\n"
        "Postbus 20011 | 2500 EA | Den Haag\nT 070 426 71 38\nM 06 41 29 88 31\n"
        "Gemeente Tilburg | Stadhuisplein 130 | 5038 TC Tilburg\nT 013 542 9038 | M 06-4082 1173\n"
        "met ondersteuning van Lonneke Janssen-Pauwels (secretariaat, 043 389 71 40). Bel de receptie (013 542 "
        "4000).\nU kunt ook bellen (Postbus 85500, telefoon 088 - 525 84 00).\nUw telefoonnummer +62 812 3456 "
        "7890 gebruiken wij alleen hiervoor.",
        ["070 426 71 38", "013 542 9038", "043 389 71 40", "+62 812 3456 7890"],
        ["013 542 4000", "088 - 525 84 00"],
    ),
    (
        "Author: Renate Burema\nStudent Nr.: 6502180\nFirst Supervisor: dr. Dong Nguyen",
        ["6502180", "Renate Burema"],
        [],
    ),
    ("Reporter\nNiels Oostveen (noostveen)\nExported from Jira by noostveen on 21 Mar 2025.", ["noostveen"], []),
    ("Lucas Driessen, paspoort NXH41K8P3, is gedetineerd.", ["Lucas Driessen", "NXH41K8P3"], []),
    ("Legitimatie\nrijbewijs 5123480097\nID-kaart IR4B73KJ2", ["5123480097", "IR4B73KJ2"], []),
    (
        "Passport                EJ4417825 (People's Republic of China)\nWe need a copy of your passport (number C "
        "8841276). The MVV application (IND reference V-2025-088314) can proceed. Passport control at Schiphol.",
        ["EJ4417825", "C 8841276", "V-2025-088314"],
        ["Passport control", "Schiphol"],
    ),
    ("V-nummer: 3102447819 - Kenmerk: NAT/2025/0661", ["3102447819"], ["NAT/2025/0661"]),
    # one person's numbers in the justice chain by their shapes: a V-number, a CJIB payment reference; a case's
    # numbers (a parketnummer, a police registration number), amounts and article numbers stay
    (
        "Betrokkene (2731.804.556), parketnummer 05/281234-24, pv PL1700-2025087412-1, kenmerk 4102 7756 3318 "
        "0924. Het budget is € 1.234.567.890; zie artikel 5/2.",
        ["2731.804.556", "4102 7756 3318 0924"],
        ["05/281234-24", "PL1700-2025087412-1", "1.234.567.890", "artikel 5/2"],
    ),
    ("Neem uw verblijfsdocument mee (NL0P4R7K1).", ["NL0P4R7K1"], []),
    ("Zaaknummer\nRIS321076 en kenmerk AB1234567", [], ["RIS321076", "AB1234567"]),
    ("Scherm met inlognaam gbosman. Gebruikersnaam smitk07 ontgrendeld.", ["gbosman", "smitk07"], []),
    # an account name spelled from a person's name the document gives, cut to eight letters; no word
    (
        "Melder\nHodan Abdi Warsame\nRol CORSA-FEZ-MW toegekend. Account habdiwar gekoppeld. Door Wim Anton "
        "Teunissen, wat mij betreft akkoord.",
        ["Hodan Abdi Warsame", "habdiwar"],
        ["wat", "CORSA-FEZ-MW"],
    ),
    # accounts as registers print them: the surname first, a short surname, the particles written out,
    # a double surname's first part; a typed signature with capitals ("PvOosterhout", "KZielinska" of
    # Zielińska); an account a legend defines ("amatsaleh = C. Amatsaleh")
    (
        "Eigenaar   Gewijzigd\nM. Lewandowska   lewandowska.m\nKaya, E.   ekaya\nP. van der Wal   pvanderwal\n"
        "E. Vermeer-Lopes   e.vermeer\nPieter van Oosterhout   PvOosterhout\nKatarzyna Zielińska   KZielinska\n"
        "Consulenten: amatsaleh = C. Amatsaleh.\nIntake 17-03   amatsaleh   Wijkteam",
        ["lewandowska.m", "ekaya", "pvanderwal", "e.vermeer", "PvOosterhout", "KZielinska", "amatsaleh"],
        ["Eigenaar", "Gewijzigd", "Wijkteam"],
    ),
    # a directory's names in small letters, surname first; not a word, a page reference or a title
    (
        "Account   Naam (AD)\njvdlinden   linden, j. van der\nk.owusu   owusu, kwaku\nr.tahiri   tahiri, r.\n"
        "Zie bijlage, p. 3; de heer, j. en mevrouw",
        ["linden, j. van der", "owusu, kwaku", "tahiri, r.", "jvdlinden", "k.owusu", "r.tahiri"],
        ["bijlage, p. 3", "de heer, j."],
    ),
    # ... alone in a cell with initials: a surname no list knows, a word with its particles after the initials;
    # not such a word without its particles, or in running text
    (
        "Account   Naam (AD)   Afdeling\nb.oumaziz   oumaziz, b.   Burgerzaken\nh.molen   molen, h. van der   I&A\n"
        "p.bakker   bakker, p.   I&A\nZie de brief van de bakker, p. 4 en verder.",
        ["oumaziz, b.", "b.oumaziz", "molen, h. van der", "h.molen"],
        ["bakker, p. 4", "Burgerzaken"],
    ),
    # a redacted person's surname inside an identifier (a file name, a host, a prefixed account) or in small
    # letters as a typed signature; not a word, not inside a web or mail address, not inside a longer word
    (
        "Behandelaar: Tjalling Wieringa-Oppong (I&A)\nBestand: Mail_Wieringa-Oppong_aan_ODH.msg\n"
        "Laptop LT-OPPONG en account adm-wieringa; getekend: wieringa\n"
        "Zie www.oppong-advies.nl of wieringa.oppong@gmail.com; Wieringastraat 4.",
        ["Tjalling Wieringa-Oppong", "Wieringa", "Oppong", "OPPONG", "wieringa"],
        ["www.oppong-advies.nl", "Wieringastraat"],
    ),
    # the initial and the surname joined by a dot, as the mail address has it, where a system logs the user
    (
        "Van: Dan Verschuren <d.verschuren@ozhz.nl>\nOnderwerp: verzoek\n\n-----Reactie in behandelsysteem, "
        "11-06-2025 09:05, d.verschuren----Zaak aangemaakt.",
        ["Dan Verschuren", "d.verschuren"],
        ["Zaak aangemaakt"],
    ),
    # the initial and a short surname whole
    ("Aan: Vos, Hendrikje; Abdullahi, Sagal\nOnderwerp: export\n\nExport Relativity - hvos", ["hvos"], ["Relativity"]),
    (
        "Reporter\nNiels Oostveen (noostveen)\nWatchers\nSven de Winter (platform)",
        ["Niels Oostveen", "noostveen"],
        ["platform"],
    ),
    (
        "Op 3 maart 2026 werd mevrouw Wilhelmina Koolen (14-\n09-1944) opgehaald.",
        ["Wilhelmina Koolen", "14-\n09-1944"],
        [],
    ),
    ("Het dossier van de heer Abdelkader Bouzerda (geboren 01-03-\n1957) is compleet.", ["01-03-\n1957"], []),
    ("Mail van Marloes Brink aan Hidde Ploeger (07-03-2023) over de planning.", ["Marloes Brink"], ["07-03-2023"]),
    # a personnel-number column: the numbers under its header, not the dates beside them
    (
        "Declaraties Q1 2025\nPers.nr\nDatum\n104477\n07-01-2025\n104512\n14-01-2025",
        ["104477", "104512"],
        ["07-01-2025"],
    ),
    ("Personeelsnummer\n4018823\nBezwaar: Postbus 20901, 2500 EX Den Haag.", [], ["2500 EX"]),
]

# addresses broken over a line after a home word or a label, a house number with a letter before the postcode
ADDRESSES = [
    (
        "Klaagster is bereikbaar op Tweebaksmarkt\n27-2, 8911 KW Leeuwarden.",
        ["Tweebaksmarkt\n27-2, 8911 KW"],
        ["Leeuwarden"],
    ),
    ("09:31 - Lotte: Adres Palembangweg\n18.", ["Palembangweg\n18"], []),
    (
        "Naam\nmevrouw S. Dijkstra-Yilmaz\nAdres\nZuiderdiep 88-B, 9641 JH Veendam",
        ["Zuiderdiep 88-B, 9641 JH"],
        ["Veendam"],
    ),
]

# a name's "van <organisation>" tail is the organisation's; a surname after "van" stays the person's
ORGANISATION_TAILS = [
    ("Het gesprek was met Annelies Crombach van Staatsbosbeheer.", ["Annelies Crombach"], ["Staatsbosbeheer"]),
    ("Mevrouw Kuiper van Woonbron meldt een piek.", ["Kuiper"], ["Woonbron"]),
    ("Kübra van Ymere belt terug (k.ozdemir@ymere.nl).", ["Kübra", "k.ozdemir@ymere.nl"], ["Ymere"]),
    ("Anna van de Kiesraad opent de vergadering.", ["Anna"], ["Kiesraad"]),
    ("Ik sprak Jan van Dijk en Piet van Staveren.", ["Jan van Dijk", "Piet van Staveren"], []),
    ("Jan van Rossum (j.rossum@rossum.nl) belt terug.", ["Jan van Rossum"], []),
]

# citizens and civil servants who share an office holder's surname; office holders the text names so
NAMESAKES = [
    ("Het besluit is genomen\nnamens wethouder Tigchelaar.", [], ["Tigchelaar"]),
    ("Met vriendelijke groet,\nnamens de minister,\nJan de Boer", ["Jan de Boer"], []),
    (
        "Staat in de brief van minister De Jonge. Er ligt een klacht van een huurder, dhr. De Jonge uit Almere.",
        ["dhr. [De Jonge] uit"],
        ["minister De Jonge"],
    ),
    (
        "Minister Hoekstra antwoordde. Een burger (mevrouw Hoekstra uit Leeuwarden) schreef.",
        ["mevrouw [Hoekstra] uit"],
        ["Minister Hoekstra"],
    ),
    (
        "Aan: burgemeester Poppe\nVan: H.M. de Jonge, kabinetschef\nHet bezoek van minister De Jonge.",
        ["H.M. de Jonge"],
        ["Poppe"],
    ),
    (
        "De namen van de toenmalige minister van\nVWS, Hugo de Jonge, en van minister Kuipers blijven openbaar.",
        [],
        ["Hugo de Jonge", "Kuipers"],
    ),
    (
        "Op 13 maart bezoekt Koning Willem-Alexander het museum.\nCc: Ellen Koning",
        ["Ellen Koning"],
        ["Koning Willem-Alexander"],
    ),
    (
        "Met vriendelijke groet,\nnamens burgemeester Bruls en de wethouders,\nKarim el Khatib, consulent Wmo",
        ["Karim el Khatib"],
        ["Bruls"],
    ),
    ("Dit besluit is genomen namens het college door wethouder Marjolein Stam.", [], ["Marjolein Stam"]),
    # "Burgemeester" as one of many cells of a Van/Aan column: no title of the names beside it
    (
        "Van\nAan\nBurgemeester\nEsther\n07-01-2025 21:15\nBurgemeester\n06-27419933\n15-01-2025 12:40\n"
        "Esther van Wijngaarden\nBurgemeester\n22-01-2025 16:05\n",
        ["Esther van Wijngaarden", "[Esther]\n07-01"],
        [],
    ),
    # a signature's office below the name stays a title
    ("Met vriendelijke groet,\n\nLucas Bolsius\nburgemeester\n", [], ["Lucas Bolsius"]),
    # the office on the line below names another person: no title of the name above
    ("Actie\nGesprek met Rijkswaterstaat\nWie\nC. de Haan\ngedeputeerde Van Essen", ["C. de Haan"], ["Van Essen"]),
]

# first names alone in Dutch prose and chats; a nickname set equal to a name, wherever it stands
FIRST_NAMES = [
    ("Wachtwoorden staan hier niet; vraag Eva van het secretariaat.", ["Eva"], ["secretariaat"]),
    ("Ik bel Mo van het wijkteam.", ["Mo"], ["wijkteam"]),
    ("The report was due in August and will be published.", [], ["August"]),
    (
        "19:02 - Bas (politie): O.a. Dylan en zijn maatje 'Kiekie'\n"
        "19:05 - Priscilla Sno: Kiekie = Kerim Yilmaz, woont bij zijn oma.\n",
        ["Dylan", "Kiekie", "Kerim Yilmaz"],
        [],
    ),
    ("Status = Jan de Vries", ["Jan de Vries"], ["Status"]),
]

# a place after a preposition; a hamlet's name that is this document's person's surname is copied
PLACES = [
    ("Jan Jansen schreef het. Stuur het naar Jansen.", ["Jan Jansen", "naar [Jansen]"], []),
    (
        "Lucas Driessen is gedetineerd in Lima (Peru).\nDe ambassade bezocht Driessen op 2 april.",
        ["Lucas Driessen", "bezocht [Driessen] op"],
        ["Lima"],
    ),
]

# words in capitals: a technical acronym beside a first name is no name; a name in capitals is
CAPITALS = [
    ("Top 10 DANE MX Host Providers\n> ~316 thousand domains fully DANE TLSA covered", [], ["DANE MX", "DANE TLSA"]),
    ("MR. DRS. A.B. (ANNE) VAN DIJK\nBetreft: vergunning", ["A.B. (ANNE) VAN DIJK"], []),
    # a name in capitals in a contact list is the same name as running text writes it
    (
        "VAN DER KAMP, E.\nsecretaris ICCb\nels.vanderkamp@minbzk.nl\n45\nTromp\nVan der Kamp\n46",
        ["VAN DER KAMP, E.", "Van der Kamp"],
        [],
    ),
    # ... but not the first part of a double name alone, which goes with its particles ("Van den Berg")
    (
        "VAN DEN BERG-OUDEJANS, T.\nDe heer Hardenbergh vraagt om een faunapassage bij de Amerongse Berg.",
        ["VAN DEN BERG-OUDEJANS, T."],
        ["Amerongse Berg"],
    ),
]

TABLES = {
    "service_numbers": SERVICE_NUMBERS,
    "mailboxes": MAILBOXES,
    "personal_numbers": PERSONAL_NUMBERS,
    "addresses": ADDRESSES,
    "organisation_tails": ORGANISATION_TAILS,
    "namesakes": NAMESAKES,
    "first_names": FIRST_NAMES,
    "capitals": CAPITALS,
    "places": PLACES,
}


@pytest.mark.parametrize(
    ("text", "redact", "keep"),
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_rule(text: str, redact: list[str], keep: list[str]) -> None:
    check(text, redact, keep)
