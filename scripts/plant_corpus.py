"""Plant invented personal data into real PDFs, in each producer's own fonts (`make planted-corpus`).

For every text PDF of the real corpus (``eval/real/pdfs``, fetched, not in git) this picks the
page with the most fonts it can write in, and overwrites the operands of existing text-showing
operators (``Tj``, ``TJ``, ``'``, ``"``) on that page with the encoded bytes of an invented
name, phone number, e-mail address, IBAN or BSN. Only character codes the document itself
already shows in that font are used (the code-to-text map is the font's /ToUnicode, else its
/Encoding with /Differences, inverted), so every planted glyph exists in the (subset) font
program; a word space the font lacks becomes a TJ kerning gap, the way TeX writes it. Text
that is not read back as written (by PDFium and by pdfplumber or pdftotext) gets no probe in the
gold (it stays in the copy).
A font whose codes cannot be inverted (another CMap than Identity-H, no ToUnicode and no
usable encoding) is skipped.

Each copy keeps only the planted page (plus nothing else), so a run over the planted corpus
stays short. Written per copy: ``pdfs/<name>.pdf``, ``gold/<name>.json`` (the shared
evaluator's format: planted strings as redact probes with ``after`` 0; the corpus gold's keep
probes counted again on the copy) and one row per planted string in ``manifest.csv``
(producer, page, font, font kind, encoding, ToUnicode, operator, planted text).

    python scripts/plant_corpus.py [CORPUS] [--gold DIR] [--manifest CSV] [--out DIR] [--seed N] [--evaluator PY]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from pdfminer.cmapdb import CMapParser, FileUnicodeMap
from pdfminer.encodingdb import EncodingDB
from pdfminer.psparser import LIT

ROOT = Path(__file__).resolve().parent.parent
EVALUATOR = Path("/work/shared/eval/evaluate.py")  # the shared leak evaluator (its readers and probe rules)
GAP = 400  # TJ kerning (thousandths of the font size) that stands for a word space
SHOW_OPS = {"Tj", "TJ", "'", '"'}

FIRST = [
    "Anne",
    "Tessa",
    "Ruben",
    "Sanne",
    "Joost",
    "Marieke",
    "Pieter",
    "Lotte",
    "Henk",
    "Anouk",
    "Ruud",
    "Inge",
    "Bram",
    "Femke",
    "Daan",
]
LAST = [
    "Bakker",
    "Rotman",
    "Kartosen",
    "Veldmeijer",
    "Brouwerink",
    "Olthuis",
    "Tenhaeff",
    "Rozendaal",
    "Bakkenes",
    "Hulsebos",
    "Wijnbergh",
    "Stoltenkamp",
    "Dekkerink",
    "Molenaars",
]
PERSON_LEADS = (["Contactpersoon:"], ["contactpersoon"], ["behandelaar"], ["mevrouw"], ["de", "heer"], ["naam"])
DOMAINS = ["minbzk.nl", "rijksoverheid.nl", "gemeente.nl", "minvws.nl", "rivm.nl"]
BANKS = ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ", "RBRB"]


# ------------------------------------------------------------------ fonts: codes <-> text
@dataclass
class FontCodes:
    """What can be written in one font: characters to codes, codes to text."""

    key: tuple[int, int]
    resname: str
    base: str
    kind: str
    encoding: str
    tounicode: bool
    two_byte: bool
    to_text: dict[int, str]
    used: set[int] = field(default_factory=set)

    def chars(self) -> dict[str, bytes]:
        """Each single character the document shows in this font, with the bytes of one code for it."""
        out: dict[str, bytes] = {}
        for code in sorted(self.used):
            text = self.to_text.get(code, "")
            if len(text) == 1 and text not in out:
                out[text] = code.to_bytes(2, "big") if self.two_byte else bytes((code,))
        return out

    def decode(self, data: bytes) -> str:
        """The text of a shown string."""
        return "".join(self.to_text.get(c, "") for c in self.split(data))

    def split(self, data: bytes) -> list[int]:
        """The character codes of a shown string."""
        if self.two_byte:
            return [data[i] << 8 | data[i + 1] for i in range(0, len(data) - 1, 2)]
        return list(data)


def _tounicode(font: pikepdf.Dictionary) -> dict[int, str]:
    stream = font.get("/ToUnicode")
    if not isinstance(stream, pikepdf.Stream):
        return {}
    cmap = FileUnicodeMap()
    try:
        CMapParser(cmap, io.BytesIO(stream.read_bytes())).run()
    except Exception:  # noqa: BLE001 - a broken CMap: the font is skipped
        return {}
    return {int(k): v for k, v in cmap.cid2unichr.items() if isinstance(v, str)}


def _encoding_name(font: pikepdf.Dictionary) -> tuple[str, dict[int, str]]:
    enc = font.get("/Encoding")
    subtype = str(font.get("/Subtype"))
    if enc is None:
        if subtype == "/TrueType":
            return "none (TrueType default)", EncodingDB.get_encoding("WinAnsiEncoding")
        return "built-in", EncodingDB.get_encoding("StandardEncoding")
    if isinstance(enc, pikepdf.Name):
        return str(enc)[1:], EncodingDB.get_encoding(str(enc)[1:])
    base = str(enc.get("/BaseEncoding", "/StandardEncoding"))[1:]
    diff: list[object] = []
    for item in enc.get("/Differences", []):
        diff.append(LIT(str(item)[1:]) if isinstance(item, pikepdf.Name) else int(item))
    label = f"{base}+Differences" if "/BaseEncoding" in enc else "Differences"
    return label, EncodingDB.get_encoding(base, diff)


def font_codes(resname: str, font: pikepdf.Object) -> FontCodes | None:
    """The code maps of a font resource, or None when its codes cannot be inverted."""
    if not isinstance(font, pikepdf.Dictionary):
        return None
    subtype = str(font.get("/Subtype", "/Type1"))[1:]
    base = str(font.get("/BaseFont", "/-"))[1:]
    tounicode = _tounicode(font)
    if subtype == "Type0":
        enc = font.get("/Encoding")
        if str(enc) != "/Identity-H" or not tounicode:
            return None
        desc = font.DescendantFonts[0]
        kind = "CID TrueType" if str(desc.get("/Subtype")) == "/CIDFontType2" else "CID Type 0"
        return FontCodes(font.objgen, resname, base, kind, "Identity-H", True, True, tounicode)
    label, by_encoding = _encoding_name(font)
    to_text = dict(by_encoding)
    to_text.update(tounicode)
    if not to_text:
        return None
    return FontCodes(font.objgen, resname, base, subtype, label, bool(tounicode), False, to_text)


def canvas_fonts(resources: pikepdf.Object | None) -> dict[str, FontCodes]:
    """Resource name -> code maps, for the fonts of a resource dictionary that can be inverted."""
    fonts = resources.get("/Font", {}) if isinstance(resources, pikepdf.Dictionary) else {}
    out: dict[str, FontCodes] = {}
    for name, font in fonts.items() if isinstance(fonts, pikepdf.Dictionary) else ():
        codes = font_codes(name, font)
        if codes is not None:
            out[name] = codes
    return out


def canvases(page: pikepdf.Page) -> list[tuple[object, pikepdf.Object | None, str]]:
    """Where a page's text can be: the page itself and the form XObjects it draws (one level)."""
    resources = page.obj.get("/Resources")
    out: list[tuple[object, pikepdf.Object | None, str]] = [(page, resources, "page")]
    xobjects = resources.get("/XObject", {}) if isinstance(resources, pikepdf.Dictionary) else {}
    for name, xobj in xobjects.items() if isinstance(xobjects, pikepdf.Dictionary) else ():
        if isinstance(xobj, pikepdf.Stream) and str(xobj.get("/Subtype")) == "/Form":
            out.append((xobj, xobj.get("/Resources", resources), f"form {name}"))
    return out


def _strings(operands: list[object]) -> list[bytes]:
    out = []
    for op in operands:
        if isinstance(op, pikepdf.String):
            out.append(bytes(op))
        elif isinstance(op, pikepdf.Array):
            out.extend(bytes(x) for x in op if isinstance(x, pikepdf.String))
    return out


def collect_used(pdf: pikepdf.Pdf) -> dict[tuple[int, int], set[int]]:
    """Per font object: every code shown in it anywhere on the document's pages."""
    used: dict[tuple[int, int], set[int]] = {}
    for page in pdf.pages:
        for target, resources, _ in canvases(page):
            try:
                _, shows = canvas_shows(target, resources)
            except Exception:  # noqa: BLE001 - an unreadable stream adds nothing
                continue
            for show in shows:
                used.setdefault(show.font.key, set()).update(show.codes)
    return used


@dataclass
class Show:
    index: int  # position in the instruction list
    block: int  # which BT ... ET
    font: FontCodes
    text: str
    codes: list[int]


def canvas_shows(target: object, resources: pikepdf.Object | None) -> tuple[list, list[Show]]:
    """A content stream's instructions and its text-showing operators with their font and text."""
    fonts = canvas_fonts(resources)
    instructions = list(pikepdf.parse_content_stream(target))
    shows: list[Show] = []
    current: FontCodes | None = None
    block = 0
    for i, (operands, op) in enumerate(instructions):
        name = str(op)
        if name == "BT":
            block += 1
        elif name == "Tf" and operands:
            current = fonts.get(str(operands[0]))
        elif name in SHOW_OPS:
            if current is None:
                continue
            strings = _strings(list(operands))
            codes = [c for data in strings for c in current.split(data)]
            text = "".join(current.decode(d) for d in strings)
            shows.append(Show(i, block, current, text, codes))
    return instructions, shows


# ------------------------------------------------------------------ planted items
@dataclass
class Item:
    kind: str  # PERSON | PHONE | EMAIL | IBAN | BSN
    words: list[str]  # the planted line, as words
    probes: list[str]
    value: str


def _iban(rng: random.Random, bank: str) -> str:
    account = "".join(rng.choice("0123456789") for _ in range(10))
    digits = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    check = 98 - int(digits) % 97
    return f"NL{check:02d}{bank}{account}"


def _bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 6)
        total = sum((9 - i) * d[i] for i in range(8))
        last = total % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


def candidates(kind: str, rng: random.Random) -> list[Item]:
    """Versions of one planted item, most natural first; the first one the font can write wins."""
    firsts, lasts = FIRST[:], LAST[:]
    rng.shuffle(firsts)
    rng.shuffle(lasts)
    out: list[Item] = []
    if kind == "PERSON":
        for first in firsts:
            for last in lasts:
                full = f"{first} {last}"
                for lead in PERSON_LEADS:
                    out.append(Item(kind, [*lead, first, last], [full, last], full))
    elif kind == "PHONE":
        number = "06" + "".join(rng.choice("0123456789") for _ in range(8))
        for lead in (["Telefoon:"], ["telefoon"], ["tel."], ["mobiel"]):
            out.append(Item(kind, [*lead, number[:2] + "-" + number[2:]], [number[:2] + "-" + number[2:]], number))
            out.append(Item(kind, [*lead, number], [number], number))
    elif kind == "EMAIL":
        for first in firsts:
            for last in lasts:
                for domain in DOMAINS:
                    mail = f"{first[0].lower()}.{last.lower()}@{domain}"
                    for lead in (["E-mail:"], ["e-mail:"], ["mail"]):
                        out.append(Item(kind, [*lead, mail], [mail], mail))
    elif kind == "IBAN":
        for bank in BANKS:
            iban = _iban(rng, bank)
            for lead in (["IBAN:"], ["IBAN"], ["rekeningnummer"]):
                out.append(Item(kind, [*lead, iban], [iban], iban))
    elif kind == "BSN":
        bsn = _bsn(rng)
        for lead in (["BSN:"], ["BSN"], ["burgerservicenummer"], ["burgerservicenummer:"]):
            out.append(Item(kind, [*lead, bsn], [bsn], bsn))
    return out


def encode(item: Item, font: FontCodes) -> list[object] | None:
    """TJ array elements writing the item in ``font``; None when a character is missing."""
    chars = font.chars()
    parts: list[object] = []
    for i, word in enumerate(item.words):
        if i:
            if " " in chars:
                parts.append(pikepdf.String(chars[" "]))
            else:
                parts.append(-GAP)
        try:
            parts.append(pikepdf.String(b"".join(chars[c] for c in word)))
        except KeyError:
            return None
    return parts


# ------------------------------------------------------------------ one document
def _usable(show: Show, used: dict) -> bool:
    return len(used.get(show.font.key, ())) >= 12


def choose_canvas(pdf: pikepdf.Pdf, used: dict) -> tuple[int, int] | None:
    """(page, canvas) among the first 12 pages with the most fonts that can write and the most text."""
    best, best_score = None, 0
    for n, page in enumerate(list(pdf.pages)[:12]):
        for c, (target, resources, _) in enumerate(canvases(page)):
            try:
                _, shows = canvas_shows(target, resources)
            except Exception:  # noqa: BLE001
                continue
            shows = [s for s in shows if _usable(s, used)]
            fonts = {s.font.key for s in shows}
            chars = sum(len(s.text) for s in shows)
            score = len(fonts) * 1000 + min(chars, 900)
            if chars >= 60 and score > best_score:
                best, best_score = (n, c), score
    return best


def runs(shows: list[Show], start: int, need: int) -> list[Show] | None:
    """``shows[start]`` and the shows after it in the same text object, until ``need`` characters."""
    run, total = [], 0
    for show in shows[start:]:
        if show.block != shows[start].block:
            return None
        run.append(show)
        total += len(show.text)
        if total >= need:
            return run
    return None


def _blank(operands: list[object], op: str) -> list:
    """The instruction with its string emptied (a quote operator still moves to the next line)."""
    if op == '"':
        return [
            pikepdf.ContentStreamInstruction([operands[0], operands[1], pikepdf.String(b"")], pikepdf.Operator('"'))
        ]
    if op == "'":
        return [pikepdf.ContentStreamInstruction([pikepdf.String(b"")], pikepdf.Operator("'"))]
    return [pikepdf.ContentStreamInstruction([pikepdf.String(b"")], pikepdf.Operator("Tj"))]


def _write(operands: list[object], op: str, parts: list[object]) -> list:
    """The instruction showing ``parts`` instead (a quote operator still moves to the next line)."""
    tj = pikepdf.ContentStreamInstruction([pikepdf.Array(parts)], pikepdf.Operator("TJ"))
    if op in ("'", '"'):
        return [*_blank(operands, op), tj]
    return [tj]


def plant_document(src: Path, rng: random.Random) -> tuple[bytes, list[dict], int] | None:
    """The planted one-page copy of ``src``, the planted rows and the page number, or None."""
    pdf = pikepdf.open(src)
    used = collect_used(pdf)
    chosen = choose_canvas(pdf, used)
    if chosen is None:
        return None
    pageno, canvas_no = chosen
    page = pdf.pages[pageno]
    target, resources, where = canvases(page)[canvas_no]
    instructions, shows = canvas_shows(target, resources)
    for show in shows:
        show.font.used = used.get(show.font.key, set())
    fonts_order: list[tuple[int, int]] = []
    for show in sorted(shows, key=lambda s: -len(s.text)):
        if _usable(show, used) and show.font.key not in fonts_order:
            fonts_order.append(show.font.key)
    taken: set[int] = set()
    edits: dict[int, list] = {}
    rows: list[dict] = []
    kinds = ["PERSON", "EMAIL", "PHONE", "IBAN", "BSN", "PERSON"]
    for n, kind in enumerate(kinds):
        shift = n % max(1, len(fonts_order))
        for key in fonts_order[shift:] + fonts_order[:shift]:  # every font of the page gets something
            planted = _plant_one(kind, key, shows, instructions, taken, edits, rows, rng, n % 2 == 1)
            if planted is not None:
                rows.append({**planted, "where": where})
                break
    if not rows:
        return None
    rebuilt = []
    for i, instr in enumerate(instructions):
        rebuilt.extend(edits.get(i, [instr]))
    data = pikepdf.unparse_content_stream(rebuilt)
    if isinstance(target, pikepdf.Page):
        target.obj.Contents = pdf.make_stream(data)
    else:
        target.write(data)
    keep = pdf.pages[pageno]
    for i in reversed(range(len(pdf.pages))):
        if pdf.pages[i].objgen != keep.objgen:
            del pdf.pages[i]
    buf = io.BytesIO()
    pdf.save(buf, deterministic_id=True)
    return buf.getvalue(), rows, pageno + 1


def _inplace(text: str, run: list[Show], instructions: list) -> dict[int, list] | None:
    """Edits that write ``text`` code by code into the glyph slots of ``run``, keeping every TJ
    number and positioning operator of the producer (each op in its own font); None if impossible."""
    pos = 0
    edits: dict[int, list] = {}
    for show in run:
        cmap = show.font.chars()
        operands, op = instructions[show.index]
        op = str(op)
        elements = list(operands[0]) if op == "TJ" else [operands[2] if op == '"' else operands[0]]
        new: list[object] = []
        for el in elements:
            if not isinstance(el, pikepdf.String):
                new.append(el)
                continue
            seg = b""
            for _ in show.font.split(bytes(el)):
                if pos >= len(text):
                    break
                ch = text[pos]
                pos += 1
                if ch in cmap:
                    seg += cmap[ch]
                elif ch == " ":  # no word space in this font: a kerning gap, as TeX writes it
                    new += [pikepdf.String(seg), -GAP] if seg else [-GAP]
                    seg = b""
                else:
                    return None
            new.append(pikepdf.String(seg))
        edits[show.index] = _write(list(operands), op, new)
    return edits if pos >= len(text) else None


def _plant_one(
    kind: str,
    key: tuple[int, int],
    shows: list[Show],
    instructions: list,
    taken: set[int],
    edits: dict[int, list],
    rows: list[dict],
    rng: random.Random,
    inplace_first: bool,
) -> dict | None:
    """Write one item of ``kind`` over a run of shows that starts in font ``key``; its manifest row.

    Two ways: ``whole`` (the first show of the run gets the item as one TJ array, the rest of the
    run is emptied) and ``inplace`` (the item's codes go into the run's own glyph slots, keeping the
    producer's kerning and per-glyph positioning; the run's later shows may be in other fonts).
    """
    starts = [i for i, s in enumerate(shows) if s.font.key == key and s.index not in taken and s.text.strip()]
    if not starts:
        return None
    font = shows[starts[0]].font
    methods = ["inplace", "whole"] if inplace_first else ["whole", "inplace"]
    for item in candidates(kind, rng):
        if any(r["kind"] == kind and (item.value in r["value"] or r["value"] in item.value) for r in rows):
            continue
        text = " ".join(item.words)
        parts = encode(item, font)
        if parts is None:
            continue
        options = []
        for i in starts:
            run = runs(shows, i, len(text) + 2)
            if run and not any(s.index in taken for s in run):
                options.append((len(run), -len(run[0].text), i, run))
        for method in methods:
            for *_, run in sorted(options, key=lambda o: o[:3]):
                if method == "whole":
                    operands, op = instructions[run[0].index]
                    new = {run[0].index: _write(list(operands), str(op), parts)}
                    for show in run[1:]:
                        operands2, op2 = instructions[show.index]
                        new[show.index] = _blank(list(operands2), str(op2))
                else:
                    new = _inplace(text, run, instructions)
                    if new is None:
                        continue
                edits.update(new)
                taken.update(s.index for s in run)
                return {
                    "kind": kind,
                    "value": item.value,
                    "text": text,
                    "probes": item.probes,
                    "font": font.base,
                    "font_kind": font.kind,
                    "encoding": font.encoding,
                    "tounicode": "yes" if font.tounicode else "no",
                    "operator": str(instructions[run[0].index][1]),
                    "method": method,
                    "shows": len(run),
                    "replaced": "".join(s.text for s in run).strip()[:60],
                }
    return None


# ------------------------------------------------------------------ checking and gold
def _evaluator(path: Path = EVALUATOR):
    """The shared evaluator module: its readers and probe rules count the gold and check read-back."""
    sys.path.insert(0, str(path.parent))
    import evaluate  # type: ignore[import-not-found]

    return evaluate


def readable(path: Path, probe: str, ev) -> bool:
    """Whether PDFium and one other independent reader (pdfplumber, pdftotext) read the probe back.

    PDFium is the evaluator's reader of keep probes; the second reader may differ because some
    producers' word gaps are lost by one of them (pdfminer joins the words of AFP Type3 fonts).
    """
    p = {"text": probe, "word": True}
    pdfium, _ = ev.text_pdfium(path)
    if ev.count_in(pdfium, p) < 1:
        return False
    others = (ev.text_pdfplumber, ev.text_pdftotext)
    return any(ev.count_in(ev.norm(read(path)), p) >= 1 for read in others)


def gold_for(name: str, path: Path, rows: list[dict], corpus_gold: dict, ev) -> dict:
    """Gold in the evaluator's format: planted redact probes, corpus keep probes counted on the copy."""
    text, pages = ev.text_pdfium(path)
    keep = []
    for entry in corpus_gold.get("keep", []):
        probes = [{**p, "after": ev.count_in(text, p)} for p in entry["probes"]]
        probes = [p for p in probes if p["after"] > 0]
        if probes:
            keep.append({**entry, "probes": probes})
    redact = [
        {"kind": r["kind"], "value": r["value"], "probes": [{"text": t, "word": True, "after": 0} for t in r["probes"]]}
        for r in rows
    ]
    return {
        "doc": name,
        "pages": pages,
        "redact": redact,
        "keep": keep,
        "note": "planted by scripts/plant_corpus.py; keep probes recounted on the copy",
    }


MANIFEST_FIELDS = [
    "file",
    "source",
    "producer",
    "page",
    "where",
    "kind",
    "text",
    "font",
    "font_kind",
    "encoding",
    "tounicode",
    "operator",
    "method",
    "shows",
    "replaced",
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT / "eval" / "real" / "pdfs"))
    ap.add_argument("--gold", default=None, help="corpus gold folder (default: CORPUS/../gold)")
    ap.add_argument("--manifest", default=None, help="corpus manifest (default: CORPUS/../manifest.csv)")
    ap.add_argument("--out", default=str(ROOT / "eval" / "real" / "planted"))
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--evaluator", default=str(EVALUATOR), help="the shared evaluate.py (default: %(default)s)")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"no corpus at {corpus}: fetch it first (eval/real/README.md)", file=sys.stderr)
        return 0
    gold_dir = Path(args.gold) if args.gold else corpus.parent / "gold"
    manifest = Path(args.manifest) if args.manifest else corpus.parent / "manifest.csv"
    producers: dict[str, str] = {}
    if manifest.is_file():
        with manifest.open(newline="", encoding="utf-8") as fh:
            producers = {r["file"]: r.get("producer") or r.get("creator") or "" for r in csv.DictReader(fh)}
    out = Path(args.out)
    (out / "pdfs").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    ev = _evaluator(Path(args.evaluator))
    table: list[dict] = []
    docs = probes = 0
    for src in sorted(corpus.glob("*.pdf")):
        rng = random.Random(f"{args.seed}:{src.name}")
        try:
            planted = plant_document(src, rng)
        except Exception as exc:  # noqa: BLE001 - a file this script cannot handle is reported, not fatal
            print(f"{src.name}: not planted ({type(exc).__name__}: {exc})", file=sys.stderr)
            continue
        if planted is None:
            print(f"{src.name}: not planted (no font it can write in)", file=sys.stderr)
            continue
        data, rows, pageno = planted
        name = src.stem + "__planted.pdf"
        target = out / "pdfs" / name
        target.write_bytes(data)
        good = [r for r in rows if all(readable(target, p, ev) for p in r["probes"])]
        if len(good) < len(rows):
            lost = [r["text"] for r in rows if r not in good]
            print(f"{src.name}: not read back, dropped from gold: {lost}", file=sys.stderr)
        if not good:
            target.unlink()
            continue
        gold_src = gold_dir / (src.stem + ".json")
        corpus_gold = json.loads(gold_src.read_text(encoding="utf-8")) if gold_src.is_file() else {}
        gold = gold_for(name, target, good, corpus_gold, ev)
        (out / "gold" / (src.stem + "__planted.json")).write_text(json.dumps(gold, indent=1, ensure_ascii=False))
        for r in good:
            table.append(
                {
                    "file": name,
                    "source": src.name,
                    "producer": producers.get(src.name, ""),
                    "page": pageno,
                    **{k: r[k] for k in MANIFEST_FIELDS if k in r},
                    "kind": r["kind"],
                }
            )
        docs += 1
        probes += sum(len(r["probes"]) for r in good)
        print(
            f"{src.name}: p.{pageno}, {len(good)} item(s) in {sorted({(r['font_kind'], r['encoding']) for r in good})}",
            file=sys.stderr,
        )
    with (out / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=MANIFEST_FIELDS)
        writer.writeheader()
        writer.writerows(table)
    print(json.dumps({"documents": docs, "items": len(table), "redact_probes": probes, "out": str(out)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
