"""Convert the Europeana Newspapers Dutch NER corpus (CC0) to spaCy training docs for woo_redact's NER.

Source: scripts/model/data/enp_NL.kb.bio (EuropeanaNewspapers/ner-corpora, commit 6bf838d, CC0 1.0;
details and sha256 in scripts/model/data/README.md). One token and one IOB tag a line, no sentence or
article boundaries, OCR text of 19th-century newspapers.

How the tags become training signal for a PERSON-only model:

- ``PER`` spans become ``PERSON``: adjacent ``B-PER`` words not separated by a comma are one name
  (the corpus often tags "van Doorn" as two B-PER); a leading title ("Koning Leopold") is O;
  punctuation glued to the OCR token ("Dekker,", "Schouwburg.") is left outside the span, the dot
  of an initial ("J.") stays inside;
- ``ORG`` and ``LOC`` spans become explicit ``O``: they are the negative evidence a person detector needs
  (a place or an organisation is not a person), and woo_redact's recognizer reads only PERSON, so
  extra labels would cost capacity and clash with the synthetic notes, where organisations are O;
- every other token is ``O`` when it starts with a lower-case letter, a digit or punctuation, and
  *missing* (no gold, no loss) when it starts with a capital or is a tussenvoegsel right before such a
  token: the corpus leaves about half its names untagged ("heer Elout", "heer Poortman"), and teaching
  those as O would teach the model to miss names.

Tokens are grouped into chunks of about 80 to 160 tokens that end after a sentence-final token, and
each chunk is wrapped at 80 to 110 characters like the text woo_redact extracts from PDFs. A CRC32 hash
of the chunk number puts about 10 % of the chunks in a held-out part (``real_dev``), used only to
measure PERSON recall on real text (its precision cannot be measured: names are missing from gold).

Usage: python scripts/model/real_text.py [--out build/model] [--seed 13]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "enp_NL.kb.bio"
SHA256 = "0928f045ae3de9d5d85dbba4d50f206633b924eb3897783575d4581631d22674"
GLUED = ",;:!?»«\"'()[]"
# Titles the corpus puts inside PER spans ("Koning Leopold", "baron van X"); woo_redact's spans leave them out.
TITLES = frozenset(
    """koning koningin keizer keizerin paus prins prinses graaf gravin baron barones hertog hertogin vorst
    generaal kolonel kapitein luitenant majoor minister heer mevrouw mr mr. dr dr. jhr jhr. wed wed. st st.
    sint pater broeder zuster ds ds. prof prof. lord sir""".split()
)
TUSSENVOEGSELS = frozenset("van de der den het 't 's te ter ten von zu op in la le du d'".split())
Token = tuple[str, str]


class CorpusError(RuntimeError):
    """The corpus file is missing or not the recorded version."""


def read_tokens(path: Path = CORPUS) -> list[Token]:
    """(token, tag) pairs from the IOB file, after checking its sha256; tags reduced to B-/I-PER/ORG/LOC/O."""
    if not path.exists():
        raise CorpusError(f"{path} is missing; restore it from git or see scripts/model/data/README.md")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise CorpusError(f"{path} has sha256 {digest}, expected {SHA256}; restore the recorded version")
    out: list[Token] = []
    for line in data.decode("utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        tok, tag = " ".join(parts[:-1]), parts[-1]
        out.append((tok, tag if tag[:2] in ("B-", "I-") else "O"))
    return join_names(out)


def join_names(tokens: Sequence[Token]) -> list[Token]:
    """One name from "van B-PER Doorn B-PER": the corpus often tags each word of a name B-PER.

    A comma, semicolon or colon after the previous word keeps two names apart."""
    out: list[Token] = []
    for tok, tag in tokens:
        if tag == "B-PER" and out and out[-1][1].endswith("-PER") and not out[-1][0].endswith((",", ";", ":")):
            tag = "I-PER"
        out.append((tok, tag))
    return out


def chunks(tokens: Sequence[Token], rng: random.Random) -> Iterator[list[Token]]:
    """Runs of about 80 to 160 tokens, each ending after a sentence-final token when one comes in time."""
    i = 0
    while i < len(tokens):
        lo, hi = i + rng.randint(80, 120), i + 160
        j = lo
        while j < min(hi, len(tokens)) and not (
            tokens[j - 1][0].endswith((".", "!", "?")) and tokens[j][1][:2] != "I-"
        ):
            j += 1
        j = min(j, len(tokens))
        while j < len(tokens) and tokens[j][1][:2] == "I-":  # never cut a name
            j += 1
        yield list(tokens[i:j])
        i = j


def _entity_end(text: str, start: int, end: int) -> int:
    """End of a PER span without glued trailing punctuation; the dot of an initial or abbreviation stays."""
    while end > start and text[end - 1] in GLUED:
        end -= 1
    if end > start and text[end - 1] == ".":
        word = text[start:end].split()[-1]
        if not (len(word) <= 4 and word[0].isupper()):  # "J.", "Jr.", "Th." keep their dot
            end -= 1
    return end


def to_doc(nlp: spacy.language.Language, chunk: Sequence[Token], rng: random.Random) -> tuple[Doc, int, int]:
    """One training doc: wrapped text, PERSON spans, O and missing tokens; also the PER spans kept and dropped."""
    width = rng.randint(80, 110)
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = line = 0
    for tok, _ in chunk:
        if parts:
            sep = "\n" if line + 1 + len(tok) > width else " "
            line = 0 if sep == "\n" else line + 1
            parts.append(sep)
            pos += 1
        offsets.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        line += len(tok)
    text = "".join(parts)
    doc = nlp.make_doc(text)
    char_kind = ["?"] * len(text)  # per character: P(erson), N(egative: ORG/LOC) or ? (plain)
    persons: list[tuple[int, int]] = []
    k = 0
    while k < len(chunk):
        tag = chunk[k][1]
        if tag == "O":
            k += 1
            continue
        label, m = tag[2:], k + 1
        while m < len(chunk) and chunk[m][1] == f"I-{label}":
            m += 1
        s, e = offsets[k][0], offsets[m - 1][1]
        for c in range(s, e):
            char_kind[c] = "P" if label == "PER" else "N"
        if label == "PER":
            while k < m - 1 and chunk[k][0].lower() in TITLES:  # the title is O, the name starts after it
                for c in range(offsets[k][0], offsets[k][1]):
                    char_kind[c] = "N"
                k += 1
            persons.append((offsets[k][0], _entity_end(text, offsets[k][0], e)))
        k = m
    ents, dropped = [], 0
    for s, e in persons:
        span = doc.char_span(s, e, label="PERSON", alignment_mode="strict")
        if span is None:
            span = doc.char_span(s, e, label="PERSON", alignment_mode="contract")
        if span is None or not span.text.strip():
            dropped += 1
            continue
        ents.append(span)
    ents = spacy.util.filter_spans(ents)
    in_ent = {t.i for span in ents for t in span}
    outside, missing = [], []
    for t in doc:
        if t.i in in_ent or t.is_space:
            continue
        kind = char_kind[t.idx]
        if kind == "N":
            outside.append(doc[t.i : t.i + 1])
        elif kind == "P":  # punctuation or a part of a PER token the span left out
            (outside if not t.text[0].isalpha() else missing).append(doc[t.i : t.i + 1])
        elif t.text[0].isupper() or _tussenvoegsel_before_capital(doc, t.i):
            missing.append(doc[t.i : t.i + 1])
        else:
            outside.append(doc[t.i : t.i + 1])
    doc.set_ents(ents, outside=outside, missing=missing, default="unmodified")
    return doc, len(ents), dropped


def _tussenvoegsel_before_capital(doc: Doc, i: int) -> bool:
    """'van' in an untagged 'heer van Hall': part of a name the corpus did not tag."""
    if doc[i].lower_ not in TUSSENVOEGSELS:
        return False
    for t in doc[i + 1 : i + 4]:
        if t.is_space:
            continue
        if t.lower_ in TUSSENVOEGSELS:
            continue
        return t.text[:1].isupper()
    return False


def is_held_out(index: int) -> bool:
    """About 10 % of the chunks, by a hash of their number."""
    return zlib.crc32(f"enp-{index}".encode()) % 10 == 0


def make_docs(nlp: spacy.language.Language, seed: int) -> tuple[DocBin, DocBin, dict[str, int]]:
    """The training and held-out DocBins, and counts for the model card."""
    rng = random.Random(f"{seed}-real")
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    stats = {"train_docs": 0, "dev_docs": 0, "train_tokens": 0, "dev_tokens": 0, "train_persons": 0,
             "dev_persons": 0, "dropped": 0, "missing_tokens": 0}  # fmt: skip
    for n, chunk in enumerate(chunks(read_tokens(), rng)):
        doc, kept, dropped = to_doc(nlp, chunk, rng)
        part = "dev" if is_held_out(n) else "train"
        (dev if part == "dev" else train).add(doc)
        stats[f"{part}_docs"] += 1
        stats[f"{part}_tokens"] += len(doc)
        stats[f"{part}_persons"] += kept
        stats["dropped"] += dropped
        stats["missing_tokens"] += sum(1 for t in doc if t.ent_iob == 0 and not t.is_space)
    return train, dev, stats


def main(argv: Sequence[str] | None = None) -> dict[str, int]:
    """Write real_train.spacy and real_dev.spacy to the output folder; print and return the counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parents[1] / "build" / "model")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    train, dev, stats = make_docs(spacy.blank("nl"), args.seed)
    train.to_disk(args.out / "real_train.spacy")
    dev.to_disk(args.out / "real_dev.spacy")
    print("real text: " + ", ".join(f"{k} {v}" for k, v in stats.items()), file=sys.stderr)
    return stats


if __name__ == "__main__":
    main()
