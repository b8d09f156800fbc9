"""Invented persons of set IC and the public terms that must stay readable."""
from lib import R

PEOPLE = {
 "marloes": ("PERSON", "Marloes van den Heuvel-Kraaijeveld", ["Marloes van den Heuvel-Kraaijeveld", "M. van den Heuvel-Kraaijeveld",
             "Van den Heuvel-Kraaijeveld", "van den Heuvel-Kraaijeveld", "Heuvel-Kraaijeveld", "Heuvel, Marloes van den", "Marloes", "MvdH",
             "marloes.vanden.heuvel@minienw.nl", "06-48271935", "06 48 27 19 35"]),
 "jeroen": ("PERSON", "Jeroen 't Hart", ["Jeroen 't Hart", "J. 't Hart", "'t Hart", "Hart, Jeroen 't", "Jeroen", "JtH",
            "j.thart@minienw.nl", "070 456 8812", "HART"]),
 "sevda": ("PERSON", "Sevda Yıldırım", ["Sevda Yıldırım", "S. Yıldırım", "Yıldırım", "Sevda", "sevda.yildirim@minienw.nl",
           "+31 (0)6 2019 4477", "SY"]),
 "ruud": ("PERSON", "R.J.M. Blokzijl", ["R.J.M. Blokzijl", "R.J.M. (Ruud) Blokzijl", "Ruud Blokzijl", "Blokzijl", "Ruud",
          "r.blokzijl@minienw.nl", "0031 70 456 7310", "RJMB", "BLOKZIJL"]),
 "chantal": ("PERSON", "Chantal Dijkhuizen", ["Chantal Dijkhuizen", "C. Dijkhuizen", "Dijkhuizen", "Chantal", "c.dijkhuizen@minienw.nl",
             "070-4567321", "toestel 214", "CD"]),
 "bram": ("PERSON", "Bram ter Weele", ["Bram ter Weele", "B. ter Weele", "ter Weele", "Ter Weele", "Bram", "bram.terweele@minienw.nl", "BtW",
          "06 3187 5520"]),
 "noor": ("PERSON", "Noor El Idrissi", ["Noor El Idrissi", "N. El Idrissi", "El Idrissi", "Noor", "Noortje", "noor.elidrissi@minienw.nl", "NEI",
          "070 456 9034"]),
 "pj": ("PERSON", "Pieter-Jan Oosterbroek", ["Pieter-Jan Oosterbroek", "P.J. Oosterbroek", "PJ Oosterbroek", "Oosterbroek", "Pieter-Jan", "PJ",
        "pieter-jan.oosterbroek@minienw.nl", "06-21145870", "PJO", "OOSTERBROEK"]),
 "wilma": ("PERSON", "Wilma Zwanenburg", ["Wilma Zwanenburg", "W. Zwanenburg", "Zwanenburg", "Wilma", "w.zwanenburg@minienw.nl", "WZ"]),
 "mirjam": ("PERSON", "Mirjam Hofstede", ["Mirjam Hofstede", "M. Hofstede", "Hofstede", "Mirjam", "mirjam.hofstede@minienw.nl", "070 456 6120"]),
 "gerrit": ("PERSON", "Gerrit Smeenk", ["Gerrit Smeenk", "G. Smeenk", "Smeenk", "Gerrit", "g.smeenk@rijksoverheid-adr.nl", "06 5512 0937"]),
 "mateo": ("PERSON", "Mateo Ruiz Fernández", ["Mateo Ruiz Fernández", "M. Ruiz Fernández", "Ruiz Fernández", "Ruiz", "Mateo", "RUIZ FERNÁNDEZ",
           "mateo@ruizdigitaal.nl", "06-55873102", "Van Speijkstraat 41", "2518 EV", "14-03-1979", "NL42 RABO 0317 6654 21",
           "Ruiz Digital Advies", "81234567"]),
 "ilse": ("PERSON", "Ilse Bakhuys", ["Ilse Bakhuys", "I. Bakhuys", "Bakhuys", "Ilse", "ilse@bakhuys-ict.nl", "035 - 602 11 48",
          "Kerkpad 7", "3761 AD", "NL09 INGB 0006 5523 88", "Bakhuys ICT", "69011245", "BAKHUYS"]),
 "dj": ("PERSON", "Dirk-Jan Meulenbelt", ["Dirk-Jan Meulenbelt", "D.J. Meulenbelt", "DJ Meulenbelt", "Meulenbelt", "Dirk-Jan", "MEULENBELT",
        "dirkjan.meulenbelt@kernwerk-interim.nl", "06 1844 2093", "02-11-1984", "2 november 1984", "Oudegracht 212-bis", "3511 NR"]),
 "soren": ("PERSON", "Søren Kjærgaard", ["Søren Kjærgaard", "S. Kjærgaard", "Kjærgaard", "Søren", "søren.kjærgaard@brugman-oost.nl",
           "+31 6 4120 7781", "KJÆRGAARD", "17 juni 1981"]),
 "fatma": ("PERSON", "Fatma Çelik", ["Fatma Çelik", "F. Çelik", "Çelik", "Fatma", "f.celik@velthoven-it.nl", "06-30098412"]),
 "kees": ("PERSON", "Kees de Boer", ["Kees de Boer", "K. de Boer", "De Boer", "de Boer", "Kees", "kees.deboer@kernwerk-interim.nl", "030 - 231 77 40"]),
 "yvonne": ("PERSON", "Yvonne Lammers-Otten", ["Yvonne Lammers-Otten", "Y. Lammers-Otten", "Lammers-Otten", "Yvonne", "y.lammers@brugman-oost.nl",
            "020 - 6627 318"]),
 "thijs": ("PERSON", "Thijs Verhoeven-Sánchez", ["Thijs Verhoeven-Sánchez", "T. Verhoeven-Sánchez", "Verhoeven-Sánchez", "Thijs",
           "thijs.vs@protonmail.com", "06 1359 2208", "Lange Nieuwstraat 112", "3512 PN"]),
 "advocaat": ("PERSON", "mr. Laurens Achterberg", ["Laurens Achterberg", "L.F. Achterberg", "Achterberg", "l.achterberg@achterberg-advocatuur.nl",
              "073 - 612 45 90"]),
 "helene": ("PERSON", "Hélène Desmet-Vos", ["Hélène Desmet-Vos", "H. Desmet-Vos", "Desmet-Vos", "Hélène", "helene.desmet@kernwerk-interim.nl"]),
}


def P(*keys):
    out = []
    for k in keys:
        kind, val, forms = PEOPLE[k]
        it = R(kind, val, *forms)
        it["auto"] = True
        out.append(it)
    return out


KEEP_COMMON = [
 ("ORG", "Ministerie van Infrastructuur en Waterstaat"), ("ORG", "IenW"), ("ORG", "Directie Informatievoorziening"),
 ("ORG", "Inkoopuitvoeringscentrum"), ("ORG", "IUC"), ("ORG", "Rijkswaterstaat"), ("ORG", "TenderNed"),
 ("ORG", "Kernwerk Interim B.V."), ("ORG", "Brugman & Oost Consultancy"), ("ORG", "Velthoven IT Professionals"),
 ("ORG", "Auditdienst Rijk"), ("ORG", "Tweede Kamer"), ("ORG", "CIO-office"), ("ORG", "Belastingdienst"),
 ("ORG", "Rijksinkoopstelsel"), ("ORG", "Raad van State"), ("ORG", "Logius"), ("ORG", "SSC-ICT"),
 ("LAW", "Aanbestedingswet 2012"), ("LAW", "Wet open overheid"), ("LAW", "Woo"), ("LAW", "Gids Proportionaliteit"),
 ("LAW", "ARVODI-2018"), ("LAW", "Wet DBA"), ("LAW", "Algemene wet bestuursrecht"), ("LAW", "Rijksinkoopregeling"),
 ("REF", "IENW/BSK-2026/41177"), ("REF", "TenderNed 381204"), ("REF", "381204"), ("REF", "WOO-2026-0318"),
 ("REF", "2026Z07714"), ("REF", "2026D18820"), ("REF", "INH-ICT-2026-014"), ("REF", "DIV/CM-2026/088"),
 ("PLACE", "Den Haag"), ("PLACE", "Utrecht"), ("PLACE", "Rijnstraat 8"), ("PLACE", "2515 XP"), ("PLACE", "Amersfoort"),
 ("PLACE", "Soest"), ("PLACE", "'s-Hertogenbosch"), ("PLACE", "Amsterdam"),
 ("PUBLIC", "minister Van Oostveen"), ("PUBLIC", "Van Oostveen"), ("PUBLIC", "staatssecretaris Dekkers"), ("PUBLIC", "Dekkers"),
 ("PUBLIC", "Van Rijswijk"), ("PUBLIC", "het lid Van Rijswijk"), ("PUBLIC", "Aksoy-de Jong"),
 ("TERM", "Perceel 1"), ("TERM", "Perceel 2"), ("TERM", "Perceel 3"), ("TERM", "enterprise-architectuur"),
 ("TERM", "cloudmigratie"), ("TERM", "informatiebeveiliging"), ("TERM", "EMVI"), ("TERM", "raamovereenkomst"),
 ("TERM", "Azure"), ("TERM", "Kubernetes"), ("TERM", "TOGAF"), ("TERM", "ISO 27001"), ("TERM", "BIO"),
 ("TERM", "zero trust"), ("TERM", "DevOps"), ("TERM", "Scrum"), ("TERM", "plan van aanpak"), ("TERM", "uurtarief"),
 ("TERM", "gunningscriteria"), ("TERM", "Nota van Inlichtingen"), ("TERM", "Programma Digitale Basis"),
 ("TERM", "Thorbeckezaal"), ("TERM", "Johan de Wittlaan"), ("TERM", "Beatrixgebouw"), ("TERM", "Grace Hopper-zaal"),
 ("TERM", "Stichting Ada Lovelace"), ("PHONE", "14 070"), ("PHONE", "0800 8051"), ("MAIL", "woo@minienw.nl"),
 ("MAIL", "inkoop-iuc@minienw.nl"), ("MAIL", "contractmanagement-div@minienw.nl"), ("MAIL", "pers@minienw.nl"),
 ("TERM", "5.1.2e"), ("TERM", "5.1.1d"), ("TERM", "5.1.1e"), ("TERM", "5.1.2i"), ("TERM", "5.1.1c"),
 ("TERM", "deels openbaar"), ("TERM", "openbaar"), ("TERM", "niet openbaar"), ("TERM", "contractmanager"),
 ("TERM", "inkoopadviseur"), ("TERM", "afdelingshoofd"), ("TERM", "Woo-coördinator"), ("TERM", "budgethouder"),
 ("TERM", "senior jurist"), ("TERM", "beoordelaar"), ("TERM", "evaluatiecommissie"), ("TERM", "TVD"),
]
