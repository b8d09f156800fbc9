"""Rebuild set DW (eval/blind/mixed147): documents in docs/, gold in gold/.

    /work/main/.venv/bin/python make_set.py            # all documents
    /work/main/.venv/bin/python make_set.py dw03       # only these

Keep probes' 'after' are counted on the original's PDFium text with the evaluator's own functions;
redact probes have after=0 and must occur in the channel claimed; check_gold.py re-checks both.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import GOLD_DIR, make_gold  # noqa: E402


def all_docs():
    import content_a
    import content_b
    import content_c
    import content_d
    return content_a.DOCS + content_b.DOCS + content_c.DOCS + content_d.DOCS


P, O, X, R, L, PO, T, PL = "PERSON", "ORG", "OTHER", "REF", "LAW", "PUBLIC_OFFICIAL", "PHONE", "PLACE"

# surname-only mentions and extra public terms, added per document
EXTRA_REDACT = {
    "dw01": [(P, "Lotte")],
    "dw05": [(P, "'t Hart"), (P, "Oosterveld"), (P, "Çelik"), (P, "ter Horst")],
    "dw06": [(P, "Haverkamp"), (P, "van den Akker"), (P, "Jansen-Kuipers")],
    "dw09": [(P, "Brinkhuis"), (P, "Nooitgedagt-Bos")],
    "dw15": [(P, "Çelik"), (P, "Brinkhuis"), (P, "Lammers"), (P, "Nooitgedagt")],
    "dw18": [(P, "Petrović"), (P, "Petrović-Hadžić")],
    "dw21": [(P, "Vroegindeweij"), (P, "de Bruijn-Oosterhof"), (P, "Kamphuis"), (P, "Lohuis")],
    "dw22": [(P, "Stokvis"), (P, "ter Horst"), (P, "Yıldırım"), (P, "Oosterveld"), (P, "van den Akker")],
    "dw29": [(P, "Wolters-Dekker"), (P, "ter Horst"), (P, "Jansen-Kuipers"), (P, "Søndergaard"), (P, "Brinkhuis")],
    "dw03": [(P, "Oosterveld"), (P, "Yıldırım"), (P, "'t Hart"), (P, "Wolters-Dekker")],
    "dw17": [(P, "Wessels-Aarnink"), (P, "'t Hart")],
    "dw24": [(P, "Zandbergen"), (P, "Hoekstra"), (P, "van Dongen-Bleeker")],
}
EXTRA_KEEP = {
    "dw01": [(X, "januari 2026"), (X, "meetresultaten"), (X, "crisisteam"), (X, "kookadvies")],
    "dw02": [(X, "17 februari 2026"), (X, "vier weken"), (X, "E. coli-besmetting"), (X, "namens deze")],
    "dw03": [(X, "12 januari 2026"), (X, "41.300 aansluitingen"), (X, "Chloordosering"), (X, "transportleiding"), (X, "14 kve/100 ml")],
    "dw04": [(X, "Coliformen"), (X, "Enterococcen"), (X, "12-01-2026"), (X, "L 183"), (X, "Monsternemer")],
    "dw05": [(X, "13 januari 2026"), (X, "kookadvies"), (X, "persconferentie"), (X, "stadhuis")],
    "dw06": [(X, "0,3 mg/l"), (X, "chloordosering"), (X, "kookadvies")],
    "dw07": [(X, "Dorpsstraat 1"), (X, "flessenwater"), (X, "compensatie"), (X, "tappunten")],
    "dw08": [(X, "persconferentie"), (X, "Actielijst"), (X, "tappunt"), (X, "crisiscoördinator")],
    "dw09": [(X, "20 januari 2026"), (X, "hygiëneprotocol"), (X, "vrijgavemeting"), (L, "artikel 35")],
    "dw10": [(X, "1.610,51"), (X, "RVS flens"), (X, "crediteurenadministratie"), (X, "15-01-2026")],
    "dw11": [(X, "29 januari 2026"), (X, "41.300 aansluitingen"), (X, "crisiscommunicatie"), (X, "Hoogachtend")],
    "dw12": [(X, "Geadviseerd besluit"), (X, "Aanleiding"), (X, "deels openbaar")],
    "dw13": [(X, "17 januari 2026"), (PL, "Deventer-Noord")],
    "dw15": [(O, "ILT"), (X, "14 januari 2026"), (PL, "Diepenveen")],
    "dw16": [(X, "monteur"), (X, "12-01 t/m 18-01"), (X, "Meldkamer")],
    "dw17": [(X, "13 januari 2026"), (X, "kookadvies"), (X, "flessenwater"), (X, "kwetsbare groepen")],
    "dw18": [(X, "19 januari 2026"), (X, "kookadvies"), (X, "385 euro")],
    "dw21": [(X, "videoboodschap"), (X, "raadzaal"), (X, "Persconferentie")],
    "dw22": [(X, "Tijdlijn"), (X, "Verbeterpunten"), (X, "Vrijgavemeting"), (X, "klantcontactcentrum")],
    "dw23": [(X, "15 januari 2026"), (X, "Actielijst"), (X, "25 euro"), (PL, "Olst")],
    "dw24": [(X, "16 januari 2026"), (X, "3 februari 2026"), (X, "212 inwoners"), (X, "sociaal team"), (PL, "Diepenveen")],
    "dw25": [(X, "25.000 euro"), (X, "250.000 euro"), (X, "1 mei 2026"), (X, "certificaat hygiënisch werken")],
    "dw27": [(X, "afpersen 6 bar"), (X, "11-01-2026")],
    "dw28": [(X, "Voorzitter"), (X, "Notulist"), (X, "Algemene nummers")],
    "dw29": [(X, "kookadvies"), (X, "raamcontract"), (X, "spuiplan"), (X, "0,1 mg/l")],
    "dw30": [(X, "Onderzoeksvragen"), (X, "12 januari 2026"), (L, "artikel 24 Drinkwaterwet")],
    "dw31": [(X, "20 januari 2026"), (X, "maag-darmklachten"), (X, "kookadvies"), (X, "kwetsbare groepen")],
    "dw32": [(X, "8 april 2026"), (X, "Zienswijzen"), (X, "Inventarisatie"), (X, "bijlage 1"), (X, "burgerservicenummer")],
    "dw33": [(X, "Openbaar"), (X, "Woo-besluit"), (X, "Inventarislijst"), (X, "Presentielijst (scan)")],
}


def main(argv):
    sel = [d for d in all_docs() if not argv or any(d.stem.startswith(a) for a in argv)]
    GOLD_DIR.mkdir(exist_ok=True)
    allp = []
    for d in sel:
        key = d.stem[:4]
        d.redact = d.redact + EXTRA_REDACT.get(key, [])
        d.keep = d.keep + EXTRA_KEEP.get(key, [])
        path = d.build()
        gold, problems = make_gold(d, path)
        (GOLD_DIR / f"{d.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nr = sum(len(i["probes"]) for i in gold["redact"])
        nk = sum(len(i["probes"]) for i in gold["keep"])
        print(f"{d.stem}: pages={gold['pages']} redact={nr} keep={nk}" + (" PROBLEMS" if problems else ""))
        allp += problems
    for p in allp:
        print("  !", p)
    print(f"problems={len(allp)}")


if __name__ == "__main__":
    main(sys.argv[1:])
