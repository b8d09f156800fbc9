"""Per-set and per-rule figures (`make eval`, after scripts/eval.py's table for the evaluation set).

    .venv/bin/python scripts/eval_sets.py [--sets NAME...] [--evaluator PATH] [--out DIR] [--rules-only]

Two kinds of sets:

- *floors* (tests/eval, tests/holdout*): tuned on, scored by scripts/eval.py's detection scorer;
- *blind and real sets* (eval/blind/*, eval/peer/*, eval/real): PDFs with gold in the shared
  leak evaluator's format. Each is run through ``woo-redact run`` into ``--out`` and scored
  by that evaluator (``../shared/eval/evaluate.py`` unless ``--evaluator``), which
  re-extracts every output channel by channel. A set whose PDFs are absent (the real
  corpus and the peer benchmark are fetched, not committed) is skipped with a note.

Per rule: over every set's documents, how many findings each keep rule kept and how many
redactions rest on which strongest person evidence (see woo_redact/detect/evidence.py).
Figures only; the exit status is 0 unless a step could not run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FLOORS = {
    "eval": (ROOT / "tests/eval/notes", ROOT / "tests/eval/public-officials.txt"),
    "holdout": (ROOT / "tests/holdout/notes", ROOT / "tests/holdout/public-officials.txt"),
    "holdout2": (ROOT / "tests/holdout2/notes", ROOT / "tests/holdout2/public-officials.txt"),
    "holdout3": (ROOT / "tests/holdout3/notes", ROOT / "tests/holdout3/public-officials.txt"),
}
LEAK_SETS = {
    "blind-notes": ROOT / "eval/blind/notes",
    "blind-threads": ROOT / "eval/blind/threads",
    "blind-mixed": ROOT / "eval/blind/mixed",
    "blind-woo": ROOT / "eval/blind/woo",
    "blind-dossier": ROOT / "eval/blind/dossier",
    "blind-municipal": ROOT / "eval/blind/municipal",
    "blind-ministry": ROOT / "eval/blind/ministry",
    "blind-regional": ROOT / "eval/blind/regional",
    "blind-social": ROOT / "eval/blind/social",
    "blind-justice": ROOT / "eval/blind/justice",
    "blind-finance": ROOT / "eval/blind/finance",
    "blind-mixed2": ROOT / "eval/blind/mixed2",
    "blind-mixed3": ROOT / "eval/blind/mixed3",
    "blind-mixed4": ROOT / "eval/blind/mixed4",
    "blind-mixed5": ROOT / "eval/blind/mixed5",
    "blind-mixed6": ROOT / "eval/blind/mixed6",
    "blind-mixed7": ROOT / "eval/blind/mixed7",
    "blind-mixed8": ROOT / "eval/blind/mixed8",
    "blind-mixed9": ROOT / "eval/blind/mixed9",
    "blind-mixed10": ROOT / "eval/blind/mixed10",
    "blind-mixed11": ROOT / "eval/blind/mixed11",
    "blind-mixed12": ROOT / "eval/blind/mixed12",
    "blind-mixed13": ROOT / "eval/blind/mixed13",
    "blind-mixed14": ROOT / "eval/blind/mixed14",
    "blind-mixed15": ROOT / "eval/blind/mixed15",
    "blind-mixed16": ROOT / "eval/blind/mixed16",
    "blind-mixed17": ROOT / "eval/blind/mixed17",
    "blind-mixed18": ROOT / "eval/blind/mixed18",
    "blind-mixed19": ROOT / "eval/blind/mixed19",
    "blind-mixed20": ROOT / "eval/blind/mixed20",
    "blind-mixed21": ROOT / "eval/blind/mixed21",
    "blind-mixed22": ROOT / "eval/blind/mixed22",
    "blind-mixed23": ROOT / "eval/blind/mixed23",
    "blind-mixed24": ROOT / "eval/blind/mixed24",
    "blind-mixed25": ROOT / "eval/blind/mixed25",
    "blind-mixed26": ROOT / "eval/blind/mixed26",
    "blind-mixed27": ROOT / "eval/blind/mixed27",
    "blind-mixed28": ROOT / "eval/blind/mixed28",
    "blind-mixed29": ROOT / "eval/blind/mixed29",
    "blind-mixed30": ROOT / "eval/blind/mixed30",
    "blind-mixed31": ROOT / "eval/blind/mixed31",
    "blind-mixed32": ROOT / "eval/blind/mixed32",
    "blind-mixed33": ROOT / "eval/blind/mixed33",
    "blind-mixed34": ROOT / "eval/blind/mixed34",
    "blind-mixed35": ROOT / "eval/blind/mixed35",
    "blind-mixed36": ROOT / "eval/blind/mixed36",
    "blind-mixed37": ROOT / "eval/blind/mixed37",
    "blind-mixed38": ROOT / "eval/blind/mixed38",
    "blind-mixed39": ROOT / "eval/blind/mixed39",
    "blind-mixed40": ROOT / "eval/blind/mixed40",
    "blind-mixed41": ROOT / "eval/blind/mixed41",
    "blind-mixed42": ROOT / "eval/blind/mixed42",
    "blind-mixed43": ROOT / "eval/blind/mixed43",
    "blind-mixed44": ROOT / "eval/blind/mixed44",
    "blind-mixed45": ROOT / "eval/blind/mixed45",
    "blind-mixed46": ROOT / "eval/blind/mixed46",
    "blind-mixed47": ROOT / "eval/blind/mixed47",
    "blind-mixed48": ROOT / "eval/blind/mixed48",
    "blind-mixed49": ROOT / "eval/blind/mixed49",
    "blind-mixed50": ROOT / "eval/blind/mixed50",
    "blind-mixed51": ROOT / "eval/blind/mixed51",
    "blind-mixed52": ROOT / "eval/blind/mixed52",
    "blind-mixed53": ROOT / "eval/blind/mixed53",
    "blind-mixed54": ROOT / "eval/blind/mixed54",
    "blind-mixed55": ROOT / "eval/blind/mixed55",
    "blind-mixed56": ROOT / "eval/blind/mixed56",
    "blind-mixed57": ROOT / "eval/blind/mixed57",
    "blind-mixed58": ROOT / "eval/blind/mixed58",
    "blind-mixed59": ROOT / "eval/blind/mixed59",
    "blind-mixed60": ROOT / "eval/blind/mixed60",
    "blind-mixed61": ROOT / "eval/blind/mixed61",
    "blind-mixed62": ROOT / "eval/blind/mixed62",
    "blind-mixed63": ROOT / "eval/blind/mixed63",
    "blind-mixed64": ROOT / "eval/blind/mixed64",
    "blind-mixed65": ROOT / "eval/blind/mixed65",
    "blind-mixed66": ROOT / "eval/blind/mixed66",
    "blind-mixed67": ROOT / "eval/blind/mixed67",
    "blind-mixed68": ROOT / "eval/blind/mixed68",
    "blind-mixed69": ROOT / "eval/blind/mixed69",
    "blind-mixed70": ROOT / "eval/blind/mixed70",
    "blind-mixed71": ROOT / "eval/blind/mixed71",
    "blind-mixed72": ROOT / "eval/blind/mixed72",
    "blind-mixed73": ROOT / "eval/blind/mixed73",
    "blind-mixed74": ROOT / "eval/blind/mixed74",
    "blind-mixed75": ROOT / "eval/blind/mixed75",
    "blind-mixed76": ROOT / "eval/blind/mixed76",
    "blind-mixed77": ROOT / "eval/blind/mixed77",
    "blind-mixed78": ROOT / "eval/blind/mixed78",
    "blind-mixed79": ROOT / "eval/blind/mixed79",
    "blind-mixed80": ROOT / "eval/blind/mixed80",
    "blind-mixed81": ROOT / "eval/blind/mixed81",
    "blind-mixed82": ROOT / "eval/blind/mixed82",
    "blind-mixed83": ROOT / "eval/blind/mixed83",
    "blind-mixed84": ROOT / "eval/blind/mixed84",
    "blind-mixed85": ROOT / "eval/blind/mixed85",
    "blind-mixed86": ROOT / "eval/blind/mixed86",
    "blind-mixed87": ROOT / "eval/blind/mixed87",
    "blind-mixed88": ROOT / "eval/blind/mixed88",
    "blind-mixed89": ROOT / "eval/blind/mixed89",
    "blind-mixed90": ROOT / "eval/blind/mixed90",
    "blind-mixed91": ROOT / "eval/blind/mixed91",
    "blind-mixed92": ROOT / "eval/blind/mixed92",
    "blind-mixed93": ROOT / "eval/blind/mixed93",
    "blind-mixed94": ROOT / "eval/blind/mixed94",
    "blind-mixed95": ROOT / "eval/blind/mixed95",
    "blind-mixed96": ROOT / "eval/blind/mixed96",
    "blind-mixed97": ROOT / "eval/blind/mixed97",
    "blind-mixed98": ROOT / "eval/blind/mixed98",
    "blind-mixed99": ROOT / "eval/blind/mixed99",
    "blind-mixed100": ROOT / "eval/blind/mixed100",
    "blind-mixed101": ROOT / "eval/blind/mixed101",
    "blind-mixed102": ROOT / "eval/blind/mixed102",
    "blind-mixed103": ROOT / "eval/blind/mixed103",
    "blind-mixed104": ROOT / "eval/blind/mixed104",
    "blind-mixed105": ROOT / "eval/blind/mixed105",
    "blind-mixed106": ROOT / "eval/blind/mixed106",
    "blind-mixed107": ROOT / "eval/blind/mixed107",
    "blind-mixed108": ROOT / "eval/blind/mixed108",
    "blind-mixed109": ROOT / "eval/blind/mixed109",
    "blind-mixed110": ROOT / "eval/blind/mixed110",
    "blind-mixed111": ROOT / "eval/blind/mixed111",
    "blind-mixed112": ROOT / "eval/blind/mixed112",
    "blind-mixed113": ROOT / "eval/blind/mixed113",
    "blind-mixed114": ROOT / "eval/blind/mixed114",
    "blind-mixed115": ROOT / "eval/blind/mixed115",
    "blind-mixed118": ROOT / "eval/blind/mixed118",
    "blind-mixed119": ROOT / "eval/blind/mixed119",
    "blind-mixed120": ROOT / "eval/blind/mixed120",
    "blind-mixed117": ROOT / "eval/blind/mixed117",
    "blind-mixed116": ROOT / "eval/blind/mixed116",
    "blind-mixed121": ROOT / "eval/blind/mixed121",
    "blind-mixed122": ROOT / "eval/blind/mixed122",
    "blind-mixed123": ROOT / "eval/blind/mixed123",
    "blind-mixed125": ROOT / "eval/blind/mixed125",
    "blind-mixed128": ROOT / "eval/blind/mixed128",
    "blind-mixed129": ROOT / "eval/blind/mixed129",
    "blind-mixed127": ROOT / "eval/blind/mixed127",
    "blind-mixed124": ROOT / "eval/blind/mixed124",
    "blind-mixed126": ROOT / "eval/blind/mixed126",
    "blind-mixed130": ROOT / "eval/blind/mixed130",
    "blind-mixed131": ROOT / "eval/blind/mixed131",
    "blind-mixed132": ROOT / "eval/blind/mixed132",
    "blind-mixed133": ROOT / "eval/blind/mixed133",
    "blind-mixed134": ROOT / "eval/blind/mixed134",
    "blind-mixed135": ROOT / "eval/blind/mixed135",
    "blind-mixed136": ROOT / "eval/blind/mixed136",
    "blind-mixed137": ROOT / "eval/blind/mixed137",
    "blind-mixed138": ROOT / "eval/blind/mixed138",
    "blind-mixed139": ROOT / "eval/blind/mixed139",
    "blind-mixed140": ROOT / "eval/blind/mixed140",
    "blind-mixed141": ROOT / "eval/blind/mixed141",
    "blind-mixed142": ROOT / "eval/blind/mixed142",
    "blind-mixed143": ROOT / "eval/blind/mixed143",
    "blind-mixed144": ROOT / "eval/blind/mixed144",
    "blind-mixed145": ROOT / "eval/blind/mixed145",
    "blind-mixed146": ROOT / "eval/blind/mixed146",
    "blind-mixed147": ROOT / "eval/blind/mixed147",
    "blind-mixed148": ROOT / "eval/blind/mixed148",
    "blind-mixed149": ROOT / "eval/blind/mixed149",
    "blind-mixed150": ROOT / "eval/blind/mixed150",
    "blind-mixed151": ROOT / "eval/blind/mixed151",
    "blind-mixed152": ROOT / "eval/blind/mixed152",
    "blind-mixed153": ROOT / "eval/blind/mixed153",
    "blind-mixed154": ROOT / "eval/blind/mixed154",
    "blind-mixed155": ROOT / "eval/blind/mixed155",
    "blind-mixed156": ROOT / "eval/blind/mixed156",
    "blind-mixed157": ROOT / "eval/blind/mixed157",
    "blind-mixed158": ROOT / "eval/blind/mixed158",
    "blind-mixed159": ROOT / "eval/blind/mixed159",
    "blind-mixed160": ROOT / "eval/blind/mixed160",
    "blind-mixed161": ROOT / "eval/blind/mixed161",
    "blind-mixed162": ROOT / "eval/blind/mixed162",
    "blind-mixed163": ROOT / "eval/blind/mixed163",
    "blind-mixed164": ROOT / "eval/blind/mixed164",
    "blind-mixed165": ROOT / "eval/blind/mixed165",
    "blind-mixed166": ROOT / "eval/blind/mixed166",
    "blind-mixed167": ROOT / "eval/blind/mixed167",
    "blind-mixed168": ROOT / "eval/blind/mixed168",
    "blind-mixed169": ROOT / "eval/blind/mixed169",
    "blind-mixed170": ROOT / "eval/blind/mixed170",
    "blind-mixed171": ROOT / "eval/blind/mixed171",
    "blind-mixed172": ROOT / "eval/blind/mixed172",
    "blind-mixed173": ROOT / "eval/blind/mixed173",
    "blind-mixed174": ROOT / "eval/blind/mixed174",
    "blind-mixed175": ROOT / "eval/blind/mixed175",
    "blind-mixed176": ROOT / "eval/blind/mixed176",
    "blind-mixed177": ROOT / "eval/blind/mixed177",
    "blind-mixed178": ROOT / "eval/blind/mixed178",
    "blind-mixed179": ROOT / "eval/blind/mixed179",
    "blind-mixed180": ROOT / "eval/blind/mixed180",
    "blind-mixed181": ROOT / "eval/blind/mixed181",
    "blind-mixed182": ROOT / "eval/blind/mixed182",
    "blind-mixed183": ROOT / "eval/blind/mixed183",
    "blind-mixed184": ROOT / "eval/blind/mixed184",
    "blind-mixed185": ROOT / "eval/blind/mixed185",
    "blind-mixed188": ROOT / "eval/blind/mixed188",
    "blind-mixed186": ROOT / "eval/blind/mixed186",
    "blind-mixed187": ROOT / "eval/blind/mixed187",
    "blind-mixed192": ROOT / "eval/blind/mixed192",
    "blind-mixed189": ROOT / "eval/blind/mixed189",
    "blind-mixed190": ROOT / "eval/blind/mixed190",
    "blind-mixed191": ROOT / "eval/blind/mixed191",
    "blind-mixed193": ROOT / "eval/blind/mixed193",
    "blind-mixed194": ROOT / "eval/blind/mixed194",
    "blind-mixed195": ROOT / "eval/blind/mixed195",
    "blind-mixed196": ROOT / "eval/blind/mixed196",
    "blind-mixed197": ROOT / "eval/blind/mixed197",
    "blind-mixed198": ROOT / "eval/blind/mixed198",
    "blind-mixed199": ROOT / "eval/blind/mixed199",
    "blind-mixed200": ROOT / "eval/blind/mixed200",
    "blind-mixed201": ROOT / "eval/blind/mixed201",
    "blind-mixed202": ROOT / "eval/blind/mixed202",
    "blind-mixed203": ROOT / "eval/blind/mixed203",
    "blind-mixed204": ROOT / "eval/blind/mixed204",
    "blind-mixed205": ROOT / "eval/blind/mixed205",
    "blind-mixed206": ROOT / "eval/blind/mixed206",
    "blind-mixed207": ROOT / "eval/blind/mixed207",
    "blind-mixed208": ROOT / "eval/blind/mixed208",
    "blind-mixed209": ROOT / "eval/blind/mixed209",
    "blind-mixed210": ROOT / "eval/blind/mixed210",
    "blind-mixed211": ROOT / "eval/blind/mixed211",
    "blind-mixed212": ROOT / "eval/blind/mixed212",
    "blind-mixed213": ROOT / "eval/blind/mixed213",
    "blind-mixed214": ROOT / "eval/blind/mixed214",
    "blind-mixed215": ROOT / "eval/blind/mixed215",
    "blind-mixed216": ROOT / "eval/blind/mixed216",
    "blind-mixed217": ROOT / "eval/blind/mixed217",
    "blind-mixed218": ROOT / "eval/blind/mixed218",
    "blind-mixed219": ROOT / "eval/blind/mixed219",
    "blind-mixed220": ROOT / "eval/blind/mixed220",
    "blind-mixed221": ROOT / "eval/blind/mixed221",
    "blind-mixed222": ROOT / "eval/blind/mixed222",
    "blind-mixed223": ROOT / "eval/blind/mixed223",
    "blind-mixed224": ROOT / "eval/blind/mixed224",
    "blind-mixed225": ROOT / "eval/blind/mixed225",
    "blind-mixed226": ROOT / "eval/blind/mixed226",
    "blind-mixed227": ROOT / "eval/blind/mixed227",
    "blind-mixed228": ROOT / "eval/blind/mixed228",
    "blind-mixed229": ROOT / "eval/blind/mixed229",
    "blind-mixed230": ROOT / "eval/blind/mixed230",
    "blind-mixed231": ROOT / "eval/blind/mixed231",
    "blind-mixed232": ROOT / "eval/blind/mixed232",
    "blind-mixed234": ROOT / "eval/blind/mixed234",
    "blind-mixed235": ROOT / "eval/blind/mixed235",
    "blind-mixed233": ROOT / "eval/blind/mixed233",
    "blind-mixed236": ROOT / "eval/blind/mixed236",
    "blind-mixed240": ROOT / "eval/blind/mixed240",
    "blind-mixed237": ROOT / "eval/blind/mixed237",
    "blind-mixed238": ROOT / "eval/blind/mixed238",
    "blind-mixed239": ROOT / "eval/blind/mixed239",
    "blind-mixed242": ROOT / "eval/blind/mixed242",
    "blind-mixed244": ROOT / "eval/blind/mixed244",
    "blind-mixed241": ROOT / "eval/blind/mixed241",
    "blind-mixed243": ROOT / "eval/blind/mixed243",
    "openanonymiser": ROOT / "eval/peer/openanonymiser",
    "real": ROOT / "eval/real",
    "real2": ROOT / "eval/real2",
    "real3": ROOT / "eval/real3",
    "real4": ROOT / "eval/real4",
    "real5": ROOT / "eval/real5",
    "real6": ROOT / "eval/real6",
    "real7": ROOT / "eval/real7",
    "real8": ROOT / "eval/real8",
    "real9": ROOT / "eval/real9",
    "real10": ROOT / "eval/real10",
    "real11": ROOT / "eval/real11",
    "real12": ROOT / "eval/real12",
    "real13": ROOT / "eval/real13",
    "real14": ROOT / "eval/real14",
    "real15": ROOT / "eval/real15",
    "real16": ROOT / "eval/real16",
    "real17": ROOT / "eval/real17",
    "real18": ROOT / "eval/real18",
    "real19": ROOT / "eval/real19",
    "real20": ROOT / "eval/real20",
    "real21": ROOT / "eval/real21",
    "real22": ROOT / "eval/real22",
    "real23": ROOT / "eval/real23",
    "real24": ROOT / "eval/real24",
    "real25": ROOT / "eval/real25",
    "real26": ROOT / "eval/real26",
    "real27": ROOT / "eval/real27",
    "real28": ROOT / "eval/real28",
    "real29": ROOT / "eval/real29",
    "real30": ROOT / "eval/real30",
    "real31": ROOT / "eval/real31",
    "real32": ROOT / "eval/real32",
    "real33": ROOT / "eval/real33",
    "real34": ROOT / "eval/real34",
    "real35": ROOT / "eval/real35",
    "real36": ROOT / "eval/real36",
}
EVALUATOR = ROOT.parent / "shared" / "eval" / "evaluate.py"


def _pdfs(folder: Path) -> list[Path]:
    docs = folder / ("pdfs" if (folder / "pdfs").is_dir() else "docs")
    return sorted(docs.glob("*.pdf")) if docs.is_dir() else []


def rule_counts(pdfs: list[Path], officials: Path | None) -> Counter[str]:
    """Keep decisions by rule and redactions by strongest person evidence, over ``pdfs``."""
    from woo_redact.config import load_config
    from woo_redact.decide import decide
    from woo_redact.detect import Detector
    from woo_redact.detect.evidence import person_strength
    from woo_redact.detect.merge import Merged
    from woo_redact.errors import WooRedactError
    from woo_redact.model import Action
    from woo_redact.parse import parse_pdf

    config = load_config(None, officials)
    detector = Detector(config)
    counts: Counter[str] = Counter()
    for pdf in pdfs:
        try:
            doc = parse_pdf(pdf.read_bytes(), pdf.name)
        except WooRedactError:
            counts["(unreadable document)"] += 1
            continue
        findings = detector.detect(doc)
        for f, d in zip(findings, decide(findings, config), strict=True):
            if d.action is Action.KEEP:
                rule = next((e.pattern for e in f.explanations if e.detector in ("public_office", "not_a_person")), "")
                counts[f"keep: {rule or d.decided_by}"] += 1
            elif f.entity_type == "PERSON":
                strength = person_strength(doc.text, Merged(f.start, f.end, f.entity_type, f.explanations))
                counts[f"redact PERSON: {strength.name.lower()} evidence"] += 1
            else:
                counts[f"redact {f.entity_type}"] += 1
    return counts


def leak_figures(name: str, folder: Path, out: Path, evaluator: Path) -> str:
    """Run the tool over a blind or real set and score it with the leak evaluator: its summary line."""
    pdfs = _pdfs(folder)
    if not pdfs:
        return "skipped (no PDFs here: fetched sets are not committed, see the folder's README)"
    if not evaluator.is_file():
        return f"skipped (leak evaluator not found at {evaluator}; pass --evaluator)"
    target = out / name
    cmd = [sys.executable, "-m", "woo_redact.cli", "run", str(pdfs[0].parent), "--out", str(target), "--no-progress"]
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    gold = folder / "gold"
    proc = subprocess.run(
        [
            sys.executable,
            str(evaluator),
            str(target / "publish"),  # the disclosure versions
            "--docs",
            str(pdfs[0].parent),
            "--gold",
            str(gold),
            "--max-withheld",
            "1000",
            "--json",
            str(target) + ".report.json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("leaks=")]
    return lines[-1] if lines else f"evaluator failed: {proc.stderr.strip()[-300:]}"


def kind_table(report: Path, gold: Path) -> str:
    """Per entity kind, as the OpenAnonymiser benchmark reports tools: probes, leaked, recall (redact kinds);
    probes, over-redacted (keep kinds). Precision per kind does not exist here: a box has no type."""
    rep = json.loads(report.read_text(encoding="utf-8"))
    withheld = {d["doc"] for d in rep["documents"] if d["status"] != "ok"}
    total: Counter[tuple[str, str]] = Counter()
    for g in sorted(gold.glob("*.json")):
        spec = json.loads(g.read_text(encoding="utf-8"))
        if spec.get("doc") in withheld:
            continue
        for side in ("redact", "keep"):
            for item in spec.get(side, []):
                total[side, item["kind"]] += len(item["probes"])
    bad: Counter[tuple[str, str]] = Counter()
    for d in rep["documents"]:
        for leak in d["leaks"]:
            bad["redact", leak["kind"]] += 1
        for over in d["over"]:
            bad["keep", over["kind"]] += 1
    lines = [f"    {'kind':18} {'probes':>7} {'leaked':>7} {'recall':>8}   (documents withheld: {len(withheld)})"]
    for (side, kind), n in sorted(total.items()):
        if side == "redact":
            lines.append(f"    {kind:18} {n:7d} {bad[side, kind]:7d} {1 - bad[side, kind] / n:8.1%}")
    lines.append(f"    {'keep kind':18} {'probes':>7} {'boxed':>7} {'kept':>8}")
    for (side, kind), n in sorted(total.items()):
        if side == "keep":
            lines.append(f"    {kind:18} {n:7d} {bad[side, kind]:7d} {1 - bad[side, kind] / n:8.1%}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", help="names of sets to run (default: all)")
    ap.add_argument("--evaluator", type=Path, default=EVALUATOR)
    ap.add_argument("--out", type=Path, default=None, help="where the disclosure versions go (default: a temp dir)")
    ap.add_argument("--rules-only", action="store_true", help="only the per-rule table (no redaction runs)")
    args = ap.parse_args(argv)
    wanted = set(args.sets or [*FLOORS, *LEAK_SETS])
    out = args.out or Path(tempfile.mkdtemp(prefix="woo-eval-"))

    per_set: dict[str, Counter[str]] = {}
    for name, (notes, officials) in FLOORS.items():
        if name in wanted:
            per_set[name] = rule_counts(sorted(notes.glob("*.pdf")), officials)
    for name, folder in LEAK_SETS.items():
        if name in wanted and _pdfs(folder):
            per_set[name] = rule_counts(_pdfs(folder), None)
    rows = sorted({k for c in per_set.values() for k in c})
    print("Per rule (findings, default configuration; floors with their officials list)\n")
    print(f"{'rule':42}" + "".join(f"{n[:13]:>14}" for n in per_set))
    for r in rows:
        print(f"{r:42}" + "".join(f"{per_set[n][r]:14d}" for n in per_set))

    if not args.rules_only:
        print("\nPer set (shared leak evaluator, channel by channel; blind and real sets only)\n")
        for name, folder in LEAK_SETS.items():
            if name in wanted:
                print(f"{name:16} {leak_figures(name, folder, out, args.evaluator)}")
                report = out / f"{name}.report.json"
                if report.is_file():
                    print(kind_table(report, folder / "gold"))
        print(f"\noutputs and JSON reports in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
