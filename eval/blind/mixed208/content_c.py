"""Second pages: extra blocks, redact and keep items appended to documents of content_a/b."""

EXTRA = {
"ms04_mail_rivm": ([
    "---",
    "~ Van: Oudendijk, Saskia <s.oudendijk@ggdgz.nl>",
    "~ Verzonden: maandag 23 februari 2026 17:02",
    "~ Aan: Kuipers, Esther <e.kuipers@ggdgz.nl>; Brinkman-Vos, Hanneke <hanneke.brinkman-vos@rivm.nl>",
    "~ CC: Yıldırım, Mehmet <m.yildirim@ggdgz.nl>; infectieziekten@ggdgz.nl",
    "~ Onderwerp: RE: RE: Mazelen bevestigd bij leerling basisschool Tiel - overleg contactonderzoek",
    "Hoi Esther en Hanneke,",
    "Ik heb de vaccinatiegegevens van de school uit Praeventis gehaald. Groep 4 heeft 25 leerlingen, van wie 7 zonder BMR-1. Op Kinderopvang Het Speelschip zitten 4 zuigelingen jonger dan 14 maanden met een broer of zus op obs De Regenboog. Mehmet neemt morgen contact op met de locatiemanager.",
    "Voor de LCI: wij zouden graag de standaardbrief van het Centrum Infectieziektebestrijding gebruiken, aangepast voor een school met een lage vaccinatiegraad. Is er een versie in het Pools? Anders vragen wij onze vaste vertaler.",
    "Groet,\nSaskia Oudendijk\nepidemioloog | GGD Gelderland-Zuid | 024 - 382 90 64",
    "~ Van: Brinkman-Vos, Hanneke <hanneke.brinkman-vos@rivm.nl>",
    "~ Verzonden: dinsdag 24 februari 2026 08:15",
    "~ Aan: Oudendijk, Saskia <s.oudendijk@ggdgz.nl>",
    "~ Onderwerp: RE: RE: RE: Mazelen bevestigd bij leerling basisschool Tiel",
    "Dag Saskia, een Poolse versie is er niet. De Engelse en Arabische versie stuur ik je vanochtend. Hanneke",
 ], [], [("PROD", "Praeventis")]),
"ms06_teams_chat": ([
    "---",
    "[25-02 08:02] Saskia Oudendijk: Twee nieuwe meldingen via de huisarts in Culemborg, allebei groep 3/4. Ik zet ze in Osiris.",
    "[25-02 08:05] Esther Kuipers: Dan zitten we op drie. Johanna, wil jij de wethouder bijpraten?",
    "[25-02 08:11] Johanna van der Sluis-Hendriks: Ja. Ik stel voor dat we vandaag ook de RIVM-collega's inlichten, Hanneke is aanspreekpunt.",
    "[25-02 09:40] Pieter-Jan ter Haar: De Gelderlander (Rik Staal) heeft gebeld. Ik heb hem verwezen naar het persbericht van morgen.",
    "[25-02 09:42] Esther Kuipers: Prima PJ. Geen namen, geen klassen.",
    "[25-02 14:30] Mehmet Yıldırım: Locatiemanager Speelschip ingelicht; BMR-0 voor 3 van de 4 zuigelingen morgen. Eén ouder wil eerst met de eigen huisarts overleggen (dr. Öztürk).",
    "[25-02 14:33] Robin Achterberg: Ik bel Öztürk zelf wel even, hij is ook de huisarts van de indexpatiënt.",
    "[26-02 07:55] Fatima El Ouali: Goedemorgen, ik ben de IB'er van De Regenboog. Gerda vroeg mij om de lijst van groep 3 met ouderbereikbaarheid te delen. Mag dat via Teams of liever via jullie beveiligde mail?",
    "[26-02 08:01] Saskia Oudendijk: Graag via de beveiligde mail Fatima, dank!",
 ], [], [("ROLE", "IB'er")]),
"ms09_verslag_beleidsteam": ([
    "---",
    "## 4. Kinderopvang en andere scholen",
    "Kuipers licht toe dat in Kinderopvang Het Speelschip vier zuigelingen een BMR-0 is aangeboden. Twee broertjes van patiënten gaan naar de Bernhardschool in Wadenoijen; die school krijgt dezelfde brief. Verbeek vraagt of leerkrachten die zwanger zijn moeten thuisblijven. Kuipers: alleen na overleg met de bedrijfsarts; één leerkracht van groep 5 (zwanger, 20 weken) is inmiddels thuis.",
    "## 5. Rondvraag en sluiting",
    "Boomsma meldt dat een vader zich bedreigend heeft uitgelaten tegen de leerkracht van groep 4, Thijs van 't Hof. De school doet geen aangifte maar legt het vast. Wethouder Van Dongen vraagt de GGD om de medewerkers op locatie extra te begeleiden en sluit om 10.15 uur.",
    "Volgend overleg: 5 maart 2026, 09.00 uur, Florence Nightingalezaal. Verslag: M. Jansen-Çelik.",
 ], [("HEALTH", "pregnancy of a teacher", ["zwanger, 20 weken"])], [("ROLE", "Wethouder Van Dongen")]),
"ms13_mail_pers": ([
    "---",
    "~ Van: Jansen-Çelik, Marloes <m.jansen-celik@tiel.nl>",
    "~ Verzonden: dinsdag 3 maart 2026 14:12",
    "~ Aan: Haar, Pieter-Jan ter <pj.terhaar@ggdgz.nl>",
    "~ CC: Hoekstra, Bas <b.hoekstra@tiel.nl>",
    "~ Onderwerp: RE: RE: Vragen mazelen Tiel",
    "Hoi Pieter-Jan,",
    "Dank voor het afstemmen. De wethouder wil graag zelf reageren op de vraag over de bedreiging; zij noemt het 'onacceptabel' maar gaat niet in op de persoon. Ik stuur je haar quote zo. Zit Rik Staal ook bij de persconferentie van donderdag? Dan zorg ik dat de wethouder om 10.30 in het stadhuis is.",
    "Groet, Marloes\nbeleidsadviseur publieke gezondheid | gemeente Tiel | 0344-637214",
    "~ Van: Haar, Pieter-Jan ter <pj.terhaar@ggdgz.nl>",
    "~ Verzonden: dinsdag 3 maart 2026 14:40",
    "~ Aan: Jansen-Çelik, Marloes <m.jansen-celik@tiel.nl>",
    "~ Onderwerp: RE: RE: RE: Vragen mazelen Tiel",
    "Ja, hij heeft zich aangemeld. Ook RTV Rivierenland komt. Pieter-Jan (mobiel 0031 6 1845 2290)",
 ], [], [("ORG", "RTV Rivierenland")]),
"ms21_antwoord_college": ([
    "---",
    "## Bijlage: overzicht gemelde patiënten (geanonimiseerd) en maatregelen",
    "| Week | Patiënten | Waarvan opgenomen | Maatregel |",
    "| 9 | 4 | 1 | contactonderzoek, ouderbrief 1 |",
    "| 10 | 7 | 1 | inhaalcampagne 3 en 4 maart |",
    "| 11 | 2 | 0 | uitbreiding Bernhardschool |",
    "Bron: GGD Gelderland-Zuid, situatierapport RIVM week 10 en 11. De cijfers zijn zo gekozen dat zij niet herleidbaar zijn tot individuele kinderen.",
    "Vastgesteld in de collegevergadering van 17 maart 2026. Voor kennisgeving aan de raad: wethouder Ilse van Dongen.",
 ], [], []),
"ms23_beslisnota": ([
    "---",
    "## Bijlage 1: raming extra kosten GGD (aangeleverd door J. van der Sluis-Hendriks)",
    "| Post | Bedrag |",
    "| Contactonderzoek (inzet arts en verpleegkundigen, 96 uur) | 9.600 euro |",
    "| Drukwerk en vertaling ouderbrieven | 1.400 euro |",
    "| Inhaalcampagne op school (2 dagen, team van 4) | 5.900 euro |",
    "| Extra vaccins (BMR, BMR-0) | 1.500 euro |",
    "| Totaal | 18.400 euro |",
    "## Bijlage 2: mailwisseling",
    "~ Van: Vlietstra, Roel <r.vlietstra@tiel.nl>",
    "~ Aan: Jansen-Çelik, Marloes <m.jansen-celik@tiel.nl>",
    "~ Onderwerp: nota bijdrage GGD",
    "Marloes, akkoord met de lijn, maar graag 12.000 euro in plaats van het volle bedrag; de rest vragen we via de gemeenschappelijke regeling. Roel",
 ], [("PERSON", "Roel Vlietstra", ["Roel", "r.vlietstra@tiel.nl", "Vlietstra, Roel"])], [("MONEY", "18.400 euro")]),
"ms28_situatierapport_rivm": ([
    "---",
    "## Bijlage: lijst van gemelde patiënten (intern, niet voor verspreiding)",
    "| Nr | Initialen | Leeftijd | Vaccinatie | Eerste ziektedag | Opname |",
    "| 1 | S.B. | 6 | geen | 18-02 | nee |",
    "| 2 | M.M. | 7 | geen | 24-02 | nee |",
    "| 3 | J.K. | 7 | onbekend | 24-02 | ja |",
    "| 4 | M.R. | 6 | geen | 25-02 | nee |",
    "| 5 | Y.R. | 5 | 1x | 01-03 | nee |",
    "Patiënt 3 (J.K.) werd op 27 februari opgenomen in Ziekenhuis Rivierenland met pneumonie en is op 3 maart ontslagen.",
 ], [("PERSON", "initials of child patients", ["S.B.", "M.M.", "J.K.", "M.R.", "Y.R."]),
     ("HEALTH", "hospitalisation detail", ["met pneumonie"])], []),
"ms31_woo_besluit": ([
    "---",
    "## Bijlage: toelichting op de weigeringsgronden",
    "Artikel 5.1, eerste lid, onder d, Woo: bijzondere persoonsgegevens als bedoeld in paragraaf 3.1 van de Uitvoeringswet AVG, zoals gegevens over gezondheid, worden niet openbaar gemaakt, tenzij de betrokkene uitdrukkelijk toestemming heeft gegeven of de gegevens kennelijk door de betrokkene openbaar zijn gemaakt. Daarvan is hier geen sprake.",
    "Artikel 5.1, eerste lid, onder e, Woo: identificatienummers als bedoeld in artikel 46 van de Uitvoeringswet AVG (burgerservicenummer) worden niet openbaar gemaakt.",
    "Artikel 5.1, tweede lid, onder e, Woo: openbaarmaking blijft achterwege voor zover het belang daarvan niet opweegt tegen de eerbiediging van de persoonlijke levenssfeer. De weigering geldt voor namen en contactgegevens van medewerkers die niet in de openbaarheid treden, en van ouders, kinderen, leerkrachten en zelfstandigen (IBAN, KvK-nummer en adres van eenmanszaken).",
    "Ten aanzien van de verzoeker zelf: uw naam en contactgegevens worden in de openbaar gemaakte versie eveneens verwijderd.",
 ], [], [("LAW", "Uitvoeringswet AVG")]),
"ms33_evaluatie": ([
    "---",
    "## Bijlage: overzicht van gesprekspartners",
    "| Naam | Organisatie | Functie | Telefoon |",
    "| Esther Kuipers | GGD Gelderland-Zuid | arts infectieziektebestrijding | 06-41278835 |",
    "| Mehmet Yıldırım | GGD Gelderland-Zuid | sociaal verpleegkundige | 06 2933 1470 |",
    "| Robin Achterberg | GGD Gelderland-Zuid | jeugdarts | 024-3829145 |",
    "| Marloes Jansen-Çelik | gemeente Tiel | beleidsadviseur | 0344-637214 |",
    "| Gerda Boomsma | obs De Regenboog | directeur | 06 51 09 77 24 |",
    "| Hanneke Brinkman-Vos | RIVM | LCI-adviseur | 030-2748365 |",
    "Niet geïnterviewd: de heer A.C.M. Verbeek (afwezig wegens ziekte).",
 ], [("HEALTH", "absence due to illness", ["afwezig wegens ziekte"])], [("ROLE", "LCI-adviseur")]),
}

SCAN_EXTRA = {
"ms19_scan_registratielijst": [
    "H:Registratie BMR inhaalcampagne - dag 2",
    "obs De Regenboog, 4 maart 2026 - blad 2",
    "",
    "B:Naam kind          geb.datum   BMR  paraaf",
    "B:Fenna de Rooij     29-09-2019  1    IZP",
    "B:Daan Yilmaz        21-12-2018  2    SA",
    "B:Sara Bakhuis       12-08-2020  1    SA",
    "B:Ruben Hoogland     05-05-2019  1    IZP",
    "",
    "I:totaal dag 2: 85 kinderen  - S. Amrani",
],
}
SCAN_EXTRA_REDACT = {
"ms19_scan_registratielijst": [("PERSON", "names on page 2 of the scan", ["Sara Bakhuis", "12-08-2020", "Ruben Hoogland",
                                "05-05-2019", "S. Amrani"], "ocr")],
}


def apply(docs):
    for d in docs:
        if d.stem in EXTRA:
            blocks, red, keep = EXTRA[d.stem]
            d.blocks = d.blocks + blocks
            d.redact += red
            d.keep += [k for k in keep if k not in d.keep]
        if d.stem in SCAN_EXTRA:
            d.scan_pages = d.scan_pages + [SCAN_EXTRA[d.stem]]
            d.redact += SCAN_EXTRA_REDACT[d.stem]
    return docs
