"""Duplicate detection measured on a generated dossier (`make dedup-eval`): precision and recall.

    .venv/bin/python scripts/dedup_eval.py [--seed N] [--threads N] [--notes N] [--keep DIR]

Writes a dossier with a known answer and runs it through the same path as
``woo-redact run`` up to the inventory: ingest (e-mails printed to PDF, .msg
files read), the parser's text of each PDF, then the dossier's related documents
(:func:`woo_redact.ingest.entries.dossier_entries`). Planted:

- *identical copies*: a note saved again with other line breaks and font size
  (same text after normalisation), and an e-mail saved both as .eml and .msg;
- *near copies* that must not count: a note with one sentence changed;
- *threads*: each reply quotes the message before it in full (``> `` quoting
  or an Outlook-style header block without markers), so every message but the
  last is quoted in a later one; distractors that must not count: a reply that
  quotes only the first line (a snipped quote), a reply without the history,
  a new message on the same subject.

A document is a true positive when it is marked and its ``Gerelateerd ID``
points to an acceptable twin (the first copy; for a quoted e-mail any later
message that holds its whole text). Prints the counts, precision and recall per
kind and overall. tests/test_dedup_eval.py asserts on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from dossiergen import eml, note_pdf  # noqa: E402
from msggen import msg_bytes  # noqa: E402

SUBJECTS = (
    "archiefmigratie", "begroting 2027", "huisvesting", "subsidieregeling", "aanbesteding ICT",
    "evaluatie pilot", "Kamervragen", "werkbezoek", "risicoanalyse", "jaarplanning",
)  # fmt: skip
SENTENCES = (
    "De planning van de eerste fase is vastgesteld in het overleg van maandag.",
    "Het budget voor het programma blijft binnen de afgesproken kaders.",
    "Graag ontvang ik voor vrijdag een reactie op het concept.",
    "De afdeling juridische zaken heeft het voorstel getoetst.",
    "Er zijn nog vragen over de gevolgen voor de uitvoering.",
    "De leverancier heeft een aangepaste offerte gestuurd.",
    "Het advies van de werkgroep volgt na de zomer.",
    "De stuurgroep vergadert volgende week over de voortgang.",
    "Voor de risicoanalyse is extra capaciteit nodig.",
    "De resultaten van de pilot zijn positief ontvangen.",
    "Het concept wordt aangepast op basis van de opmerkingen.",
    "De directie heeft ingestemd met het voorgestelde tijdpad.",
    "Over de financiering is nog geen besluit genomen.",
    "De provincie wordt betrokken bij de volgende stap.",
)  # fmt: skip
PEOPLE = (
    ("Team Archief", "archief@minvro.nl"),
    ("Team Financien", "financien@minvro.nl"),
    ("Bureau SG", "bsg@minvro.nl"),
)


@dataclass(frozen=True)
class Expect:
    """``n`` of ``members`` are to be marked, each pointing to one of ``twins`` (other than itself)."""

    kind: str  # "duplicate" or "quoted"
    members: frozenset[str]
    twins: frozenset[str]
    n: int = 1


@dataclass(frozen=True)
class Scores:
    tp: dict[str, int]
    fp: dict[str, int]
    fn: dict[str, int]

    def precision(self, kind: str | None = None) -> float:
        tp = self.tp[kind] if kind else sum(self.tp.values())
        fp = self.fp[kind] if kind else sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, kind: str | None = None) -> float:
        tp = self.tp[kind] if kind else sum(self.tp.values())
        fn = self.fn[kind] if kind else sum(self.fn.values())
        return tp / (tp + fn) if tp + fn else 1.0


def _text(rng: random.Random, n: int) -> list[str]:
    """``n`` sentences, each with a number of its own (real messages are not drawn from a short list)."""
    return [f"{s[:-1]} (kenmerk {rng.randint(10000, 99999)})." for s in rng.sample(SENTENCES, n)]


def _wrap(sentences: list[str], width: int) -> str:
    words, lines, line = " ".join(sentences).split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join(lines + [line])


def generate(folder: Path, seed: int = 7, threads: int = 8, notes: int = 10) -> list[Expect]:
    """Write the dossier; returns what is to be marked."""
    rng = random.Random(seed)
    expects: list[Expect] = []
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(notes):
        body = _text(rng, 4)
        orig = f"nota-{i:02d}.pdf"
        (folder / orig).write_bytes(note_pdf(f"Nota {i}", _wrap(body, 70)))
        roll = rng.random()
        if roll < 0.4:  # an identical copy, wrapped differently: one of the two is to be marked
            copy = f"nota-{i:02d}-kopie.pdf"
            (folder / copy).write_bytes(note_pdf(f"Nota {i}", _wrap(body, 50)))
            expects.append(Expect("duplicate", frozenset({orig, copy}), frozenset({orig, copy})))
        elif roll < 0.6:  # a near copy (one sentence changed): not a duplicate
            changed = body[:-1] + _text(rng, 1)
            (folder / f"nota-{i:02d}-versie2.pdf").write_bytes(note_pdf(f"Nota {i}", _wrap(changed, 70)))
    start = dt.datetime(2026, 2, 2, 9, 0, tzinfo=dt.UTC)
    (folder / "mail").mkdir(exist_ok=True)
    for t in range(threads):
        subject = SUBJECTS[t % len(SUBJECTS)] + f" ({t})"
        holders: dict[str, set[str]] = {}  # message -> later messages holding its whole text
        copies: dict[str, str] = {}  # message -> its copy saved from Outlook
        prev: tuple[str, str, str] | None = None  # (output path, body, sender name)
        for k in range(rng.randint(2, 4)):
            a, b = rng.sample(PEOPLE, 2)
            own = _wrap(_text(rng, 2), 72)
            style = rng.choice(("quote", "outlook", "snip", "none")) if prev else "first"
            if prev and style == "quote":
                body = own + "\n\n" + "\n".join("> " + ln for ln in prev[1].splitlines())
            elif prev and style == "outlook":
                body = f"{own}\n\nVan: {prev[2]}\nOnderwerp: {subject}\n\n{prev[1]}"
            elif prev and style == "snip":  # only the first line of the previous message
                body = own + "\n\n> " + prev[1].splitlines()[0]
            else:
                body = own
            name = f"mail/t{t:02d}-{k}"
            sent = start + dt.timedelta(days=t, hours=k)
            mid, reply = f"<t{t}-{k}@minvro.nl>", f"<t{t}-{k - 1}@minvro.nl>" if k else ""
            subj = ("RE: " if k else "") + subject
            (folder / f"{name}.eml").write_bytes(eml(subj, body, a, [b], sent=sent, message_id=mid, in_reply_to=reply))
            out = f"{name}.pdf"
            holders[out] = set()
            if prev and style in ("quote", "outlook"):  # the previous message, and all it held, is in this one
                for m, h in holders.items():
                    if m == prev[0] or prev[0] in h:
                        h.add(out)
            if k == 0 and rng.random() < 0.5:  # the same message saved again from Outlook
                msg = msg_bytes(subject=subj, body=body, sender_name=a[0], sender_address=a[1], sent=sent, to=[b])
                (folder / f"{name}-outlook.msg").write_bytes(msg)
                copies[out] = f"{name}-outlook.pdf"
            prev = (out, body, a[0])
        for m, h in holders.items():
            c = copies.get(m)
            if h and c:  # both copies are in a later message
                expects.append(Expect("quoted", frozenset({m}), frozenset(h | {c})))
                expects.append(Expect("quoted", frozenset({c}), frozenset(h | {m})))
            elif h:
                expects.append(Expect("quoted", frozenset({m}), frozenset(h)))
            elif c:
                expects.append(Expect("duplicate", frozenset({m, c}), frozenset({m, c})))
        if rng.random() < 0.5:  # a new message on the same subject that quotes nothing
            when = start + dt.timedelta(days=t, hours=9)
            data = eml(subject, _wrap(_text(rng, 2), 72), PEOPLE[0], [PEOPLE[1]], sent=when)
            (folder / f"mail/t{t:02d}-nieuw.eml").write_bytes(data)
    return expects


def evaluate(folder: Path, expects: list[Expect]) -> tuple[Scores, list[str]]:
    """Run the dossier through ingest, the parser and the relation finder; score against ``expects``."""
    from woo_redact import ingest
    from woo_redact.ingest.entries import dossier_entries
    from woo_redact.ingest.related import text_digest
    from woo_redact.parse import parse_pdf

    with tempfile.TemporaryDirectory() as tmp:
        dossier = ingest.prepare(ingest.discover([folder], Path(tmp)).found, Path(tmp) / "ingest")
        pdfs = [i for i in dossier.items if i.pdf]
        digests = {str(i.rel): text_digest(parse_pdf(i.pdf.read_bytes(), str(i.pdf)).text) for i in pdfs}
        entries = dossier_entries(dossier, {i.pdf: str(i.rel) for i in pdfs}, digests)
    kinds = ("duplicate", "quoted")
    tp, fp, fn = dict.fromkeys(kinds, 0), dict.fromkeys(kinds, 0), dict.fromkeys(kinds, 0)
    notes = []
    marked = {e.output: e for e in entries if e.related}
    used: set[str] = set()
    for ex in expects:
        hits = [m for m in sorted(ex.members) if m in marked and marked[m].related in ex.twins - {m}]
        k = min(len(hits), ex.n)
        tp[ex.kind] += k
        fn[ex.kind] += ex.n - k
        used.update(hits[:k])
        if k < ex.n:
            notes.append(f"missed: {sorted(ex.members)} ({ex.kind}, twin one of {sorted(ex.twins)})")
    for out, e in marked.items():
        if out not in used:
            fp[e.related_why] += 1
            notes.append(f"false mark: {out} -> {e.related} ({e.related_why})")
    return Scores(tp, fp, fn), notes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--threads", type=int, default=12)
    ap.add_argument("--notes", type=int, default=16)
    ap.add_argument("--keep", type=Path, help="write the dossier here and keep it")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp) / "dossier"
        expects = generate(folder, args.seed, args.threads, args.notes)
        scores, notes = evaluate(folder, expects)
        n_files = sum(1 for p in folder.rglob("*") if p.is_file())
    print(f"dossier: {n_files} files, {sum(e.n for e in expects)} planted marks (seed {args.seed})")
    print(f"{'kind':<10} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8}")
    for kind in ("duplicate", "quoted", None):
        label = kind or "all"
        tp = sum(scores.tp.values()) if kind is None else scores.tp[kind]
        fp = sum(scores.fp.values()) if kind is None else scores.fp[kind]
        fn = sum(scores.fn.values()) if kind is None else scores.fn[kind]
        print(f"{label:<10} {tp:>4} {fp:>4} {fn:>4} {scores.precision(kind):>10.3f} {scores.recall(kind):>8.3f}")
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
