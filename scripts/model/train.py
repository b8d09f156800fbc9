"""The whole NER recipe: generate data, train with spaCy, package to woo_redact/models/nl_woo_ner, measure.

Steps (``make model`` runs them through scripts/build_model.py):

1. ``generate_data.py``: seeded synthetic notes -> build/model/{train,dev}.spacy;
   ``real_text.py``: the committed Europeana Newspapers Dutch NER corpus (CC0)
   -> build/model/real_{train,dev}.spacy; with ``--real`` (``make model-real``) its training part is
   merged into train_all.spacy. Off by default: the ablation in woo_redact/models/MODEL_CARD.md found that it
   costs the NER recall on government documents, so the shipped model is trained without it;
2. ``python -m spacy train scripts/model/config.cfg`` -> build/model/train_out/;
3. package model-best into woo_redact/models/nl_woo_ner with woo_redact's meta (name, version,
   description, licence, data sources, dev scores);
4. measure: size on disk, ``spacy.load`` time, ms per 3,000-character note, PERSON recall on
   the held-out real newspaper text (real_dev.spacy, always built);
   written to build/model/measure.json for the model card.

Nothing is downloaded: the tokenizer is spaCy's rule-based Dutch one, the
weights start from random initialisation.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUILD = ROOT / "build" / "model"
OUT = ROOT / "woo_redact" / "models" / "nl_woo_ner"
VERSION = "0.4.0"  # the synthetic-only recipe (0.2.0 was the larger, slower model); --real packages as REAL_VERSION
REAL_VERSION = "0.3.0"


def merge_training_data(build: Path, real: bool) -> Path:
    """train.spacy plus, with ``real``, real_train.spacy, as build/train_all.spacy; return its path."""
    from spacy.tokens import DocBin

    merged = DocBin(store_user_data=False)
    for name in ("train.spacy", "real_train.spacy") if real else ("train.spacy",):
        merged.merge(DocBin().from_disk(build / name))
    merged.to_disk(build / "train_all.spacy")
    return build / "train_all.spacy"


def run_training(build: Path, max_steps: int | None) -> float:
    """Run ``spacy train``; return the wall time in seconds."""
    cmd = [
        sys.executable, "-m", "spacy", "train", str(HERE / "config.cfg"),
        "--output", str(build / "train_out"),
        "--paths.train", str(build / "train_all.spacy"),
        "--paths.dev", str(build / "dev.spacy"),
    ]  # fmt: skip
    if max_steps:
        cmd += ["--training.max_steps", str(max_steps)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env={**os.environ, "OMP_NUM_THREADS": "2"})
    return time.perf_counter() - t0


def package(build: Path, out: Path, train_seconds: float | None, real: bool = False) -> dict[str, Any]:
    """Copy model-best to ``out`` with woo_redact's meta; return the meta."""
    import spacy

    nlp = spacy.load(build / "train_out" / "model-best")
    meta = nlp.meta
    perf = {k: v for k, v in meta.get("performance", {}).items() if k.startswith("ents")}
    meta.update(
        {
            "name": "woo_ner",
            "version": REAL_VERSION if real else VERSION,
            "description": "woo_redact Dutch pipeline: rule-based tokenizer, NER (PERSON) trained on synthetic "
            "government notes"
            + (" and real Dutch newspaper text (Europeana Newspapers, CC0)" if real else "")
            + ", sentencizer. See woo_redact/models/MODEL_CARD.md.",
            "license": "MIT",
            "author": "woo_redact",
            "sources": [
                {"name": "synthetic notes from scripts/model/generate_data.py (templates written for woo_redact)"},
                {"name": "names: deduce lexicons (LGPL-3.0) and Faker person providers (MIT)"},
            ]
            + (
                [
                    {
                        "name": "Europeana Newspapers NER corpora, enp_NL.kb (KB Dutch newspapers)",
                        "url": "https://github.com/EuropeanaNewspapers/ner-corpora",
                        "license": "CC0-1.0",
                    }
                ]
                if real
                else []
            ),
            "performance": perf,
        }
    )
    stamp = build / "training_seconds.txt"
    if train_seconds is not None:
        stamp.write_text(f"{round(train_seconds)}\n", encoding="utf-8")
    if stamp.exists():
        meta["training_seconds"] = int(stamp.read_text(encoding="utf-8"))
    if out.exists():
        shutil.rmtree(out)
    nlp.meta = meta
    nlp.to_disk(out)
    return meta


def measure(out: Path) -> dict[str, Any]:
    """Size on disk, load time (fresh process) and NER speed on 3,000-character notes."""
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    code = (
        "import time,sys;t=time.perf_counter();import spacy;t1=time.perf_counter();"
        f"nlp=spacy.load({str(out)!r});t2=time.perf_counter();"
        "print(t1-t, t2-t1)"
    )
    loads = []
    for _ in range(3):
        res = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
        imp, load = map(float, res.stdout.split())
        loads.append((imp, load))
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load(out)
    docs = list(DocBin().from_disk(BUILD / "dev.spacy").get_docs(nlp.vocab))
    text = "\n".join(d.text for d in docs)
    chunks = [text[i : i + 3000] for i in range(0, min(len(text), 3000 * 60), 3000)]
    nlp(chunks[0])
    t0 = time.perf_counter()
    for c in chunks:
        nlp(c)
    per_note = (time.perf_counter() - t0) / len(chunks) * 1000
    return {
        "real_dev": real_recall(nlp, BUILD / "real_dev.spacy"),
        "size_bytes": size,
        "import_spacy_s": min(i for i, _ in loads),
        "load_s": min(x for _, x in loads),
        "ms_per_3000_chars": round(per_note, 1),
    }


def real_recall(nlp: Any, path: Path) -> dict[str, Any]:
    """PERSON recall on held-out real newspaper text: exact spans and spans the model overlaps.

    Precision is not measured there: the corpus leaves many names untagged (see real_text.py)."""
    from spacy.tokens import DocBin

    if not path.exists():
        return {}
    gold = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    total = exact = overlap = 0
    for ref in gold:
        pred = nlp(ref.text)
        spans = {(e.start_char, e.end_char) for e in pred.ents}
        for e in ref.ents:
            total += 1
            exact += (e.start_char, e.end_char) in spans
            overlap += any(s < e.end_char and e.start_char < t for s, t in spans)
    return {"persons": total, "exact_recall": round(exact / max(total, 1), 3),
            "overlap_recall": round(overlap / max(total, 1), 3)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the recipe."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=int, default=3000, help="training notes")
    ap.add_argument("--dev", type=int, default=400, help="dev notes")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--skip-train", action="store_true", help="package and measure an existing build/model/train_out")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--real",
        action="store_true",
        help="also train on the Europeana Newspapers corpus (0.3.0; not shipped, see the model card); "
        "the real text is always built, for measuring",
    )
    args = ap.parse_args(argv)
    BUILD.mkdir(parents=True, exist_ok=True)
    seconds = None
    if not args.skip_train:
        sys.path.insert(0, str(HERE))
        import generate_data

        generate_data.main(["--out", str(BUILD), "--train", str(args.train), "--dev", str(args.dev),
                            "--seed", str(args.seed)])  # fmt: skip
        import real_text

        real_text.main(["--out", str(BUILD), "--seed", str(args.seed)])
        merge_training_data(BUILD, args.real)
        seconds = run_training(BUILD, args.max_steps)
        print(f"training took {seconds / 60:.1f} min", file=sys.stderr)
    meta = package(BUILD, args.out, seconds, args.real)
    figures = measure(args.out)
    figures["dev"] = meta.get("performance", {})
    figures["training_seconds"] = meta.get("training_seconds")
    (BUILD / "measure.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(figures, indent=2))
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
