"""Gold machinery shared by build.py and check_gold.py: probes are counted with the evaluator's own
functions (norm, probe_regex, count_in, extract_channels, channel_counts)."""
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from evaluate import (ALL_CHANNELS, channel_counts, count_in, extract_channels, norm,  # noqa: E402,F401
                      probe_regex)

TEXT = ("pdfium", "pdfplumber", "pdftotext")
HIDDEN = ("metadata", "outline", "annotations", "qpdf_raw", "raw_file", "prior_revisions")
PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "'t", "von", "zu", "di", "da", "du", "le", "la", "del",
             "dos", "das", "op", "in"}
CAP_PARTICLES = {"De", "Van", "Vande", "Vander", "Le", "La", "Di", "Da", "Del", "Von", "Op", "Ten", "Ter"}


def surname(value: str) -> str:
    toks = value.split()
    if len(toks) < 2:
        return value
    for i in range(1, len(toks)):
        if toks[i] in PARTICLES:
            return " ".join(toks[i:])
    if len(toks) >= 3 and toks[-2] in CAP_PARTICLES:
        return " ".join(toks[-2:])
    return toks[-1]


def mask(text: str, probes) -> str:
    """Replace every match of the given probes (longest first) by block characters."""
    for p in sorted(probes, key=lambda p: -len(p["text"])):
        rx = probe_regex(p["text"], p.get("word", False))
        text = rx.sub(lambda m: "\u2588" * len(m.group(0)), text)
    return text


def plain_probes(gold):
    return [p for it in gold["redact"] for p in it["probes"] if not p.get("shared")]


def text_of(ch, name):
    v = ch["channels"].get(name)
    return v if isinstance(v, str) else ""
