"""spaCy's greedy NER decoding, the same decisions with the per-token work done in bulk.

spaCy's NER component (``TransitionBasedParser.v2``, ``state_type = "ner"``) reads a text
token by token: at each token it scores the moves (B-, I-, L-, U-label, O) from three token
features and takes the best valid one. spaCy 3.8's compiled loop takes and releases the GIL
inside its ``nogil`` part, per hidden unit and per move validity check (``perf``: the mutex
calls under ``take_gil``/``drop_gil`` were 28 % of the samples), about 16 microseconds a token:
half the pipeline's time on a page. This module makes the same decisions with the same arithmetic:

- Outside an entity the features are the token itself and two padding slots (``E(0)`` and
  the token before count only while an entity is open), so the scores of the move at every
  token where no entity is open are computed at once, as one matrix product.
- Only inside an entity (a few tokens a page) is a token scored on its own, with the
  entity's first token and the token before as features, as spaCy does.
- So of the lower layer's three feature slots (spaCy computes all three for every token, one
  product) only the token's own slot is computed for every token; the other two only for the
  rows an entity reads (:class:`_Features`): a third of the product.

The features are summed in spaCy's order, the maxout and the output layer are the model's
own parameters through thinc's ``gemm`` (the BLIS routine spaCy's loop calls), and the
validity rules are spaCy's (``_parser_internals/ner.pyx``). A decision whose best valid
score is within :data:`MARGIN` of the next is not taken on this arithmetic: the whole text
then goes through spaCy's own component, as does any pipeline this module does not know
(other architectures, preset entities, another spaCy version). ``tests/detect/test_ner_decode.py``
compares the entities with spaCy's on texts of the test corpora.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy import about
from spacy.tokens import Doc, Span

MARGIN = 1e-3  # a decision closer than this between two valid moves is left to spaCy's own loop
_SPACY = ("3.8.",)  # the versions whose NER transition rules this module mirrors


class Decoder:
    """The NER component's decisions for a Doc that has been through the pipeline up to the NER."""

    def __init__(self, ner: Any) -> None:
        model = ner.model
        self.ner = ner
        self.t2v, lower, upper = model.layers
        self.lower = lower
        self.ops = model.ops
        self.bias = np.ascontiguousarray(lower.get_param("b"), dtype="f")  # (nO, nP)
        n_f, n_o, n_p, n_i = lower.get_param("W").shape
        self.slots = [  # each feature slot's weights, (nO * nP, nI): spaCy's one product cut in three
            np.ascontiguousarray(lower.get_param("W")[f].reshape(n_o * n_p, n_i), dtype="f") for f in range(n_f)
        ]
        self.pad = np.ascontiguousarray(lower.get_param("pad")[0], dtype="f")  # (nF, nO, nP)
        self.hidden = (n_o, n_p)
        self.W = np.ascontiguousarray(upper.get_param("W"), dtype="f")  # (classes, nO)
        self.b = np.ascontiguousarray(upper.get_param("b"), dtype="f")
        self.unseen = sorted(model.attrs.get("unseen_classes", ()))
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.kind = [n.split("-", 1)[0] for n in names]  # B, I, L, U, O (M: missing, never valid)
        self.label = [n.split("-", 1)[1] if "-" in n else "" for n in names]
        self.n = len(names)
        self.out = self.kind.index("O")

    @classmethod
    def for_pipe(cls, ner: Any) -> Decoder | None:
        """A decoder for the component, or None when it is not the kind this module mirrors."""
        try:
            model = ner.model
            if not about.__version__.startswith(_SPACY) or type(ner.moves).__name__ != "BiluoPushDown":
                return None
            if ner.cfg.get("beam_width", 1) != 1 or not model.attrs.get("has_upper"):
                return None
            lower, upper = model.layers[1], model.layers[2]
            if lower.name != "precomputable_affine" or lower.get_dim("nF") != 3 or upper.name != "linear":
                return None
            decoder = cls(ner)
        except (AttributeError, KeyError, ValueError, IndexError, TypeError):
            return None
        ok = decoder.W.shape[0] == decoder.n and decoder.kind.count("O") == 1
        ok = ok and set(decoder.kind) <= {"B", "I", "L", "U", "O", "M"}
        return decoder if ok else None

    def __call__(self, doc: Doc) -> Doc:
        """Set the document's entities as the NER component would."""
        spans = self.entities(doc)
        if spans is None:
            return self.ner(doc)  # type: ignore[no-any-return]
        doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in spans], default="outside")
        return doc

    def entities(self, doc: Doc) -> list[tuple[int, int, str]] | None:
        """(start token, end token, label) of each entity, or None when spaCy's loop must decide."""
        n = len(doc)
        if n == 0:
            return []
        if doc.has_annotation("ENT_IOB"):
            return None  # preset entities: spaCy's rules for them are not mirrored here
        tokvecs = self.t2v.predict([doc])
        cached = _Features(self, tokvecs)  # spaCy's (n + 1, 3, nO, nP), row 0 the padding, made as read
        space = doc.to_array("IS_SPACE").astype(bool)
        starts = doc.to_array("SENT_START")
        next_starts = np.zeros(n, dtype=bool)
        next_starts[:-1] = starts[1:] == 1
        last = np.zeros(n, dtype=bool)
        last[-1] = True
        # outside an entity: the token, then E(0) and the token before as padding
        summed = (cached.own + self.pad[1]) + self.pad[2]
        scores = self._scores(summed)
        valid = np.zeros((n, self.n), dtype=bool)
        for c, (kind, label) in enumerate(zip(self.kind, self.label)):
            if kind == "O":
                valid[:, c] = True
            elif kind == "B" and label:
                valid[:, c] = ~last & ~next_starts & ~space
            elif kind == "U" and label:
                valid[:, c] = ~space
        choice = self._choose(scores, valid)
        if choice is None:
            return None
        found: list[tuple[int, int, str]] = []
        begins = np.flatnonzero(choice != self.out)
        i = 0
        for b in begins.tolist():
            if b < i:
                continue  # inside the entity just read
            c = int(choice[b])
            if self.kind[c] == "U":
                found.append((b, b + 1, self.label[c]))
                i = b + 1
                continue
            end = self._inside(cached, b, self.label[c], n, next_starts)
            if end is None:
                return None
            found.append((b, end, self.label[c]))
            i = end
        return found

    def _inside(self, cached: _Features, start: int, label: str, n: int, next_starts: Any) -> int | None:
        """The end of the entity opened at ``start``: tokens are read one by one until an L move."""
        j = start + 1
        while j < n:
            summed = (cached.own[j] + cached.row(start + 1, 1)) + cached.row(j, 2)  # token, E(0), token before
            scores = self._scores(summed[None])
            valid = np.zeros((1, self.n), dtype=bool)
            for c, (kind, lab) in enumerate(zip(self.kind, self.label)):
                if lab and lab == label and kind == "L":
                    valid[0, c] = True
                elif lab and lab == label and kind == "I":
                    valid[0, c] = j < n - 1 and not next_starts[j]
            choice = self._choose(scores, valid)
            if choice is None:
                return None
            if self.kind[int(choice[0])] == "L":
                return j + 1
            j += 1
        return None  # spaCy never leaves an entity open at the end

    def _scores(self, summed: Any) -> Any:
        """The moves' scores from summed features (rows, nO, nP), as spaCy's ``predict_states``."""
        unmaxed = summed + self.bias
        hidden = unmaxed[..., 0]
        for piece in range(1, unmaxed.shape[-1]):  # maxout (a reduction over an axis of two is slow in NumPy)
            hidden = np.maximum(hidden, unmaxed[..., piece])
        scores = self.ops.gemm(np.ascontiguousarray(hidden, dtype="f"), self.W, trans2=True)
        scores += self.b
        if self.unseen:
            scores[:, self.unseen] = scores.min(axis=1, keepdims=True)
        return scores

    @staticmethod
    def _choose(scores: Any, valid: Any) -> Any:
        """The first best valid move per row, or None when two valid moves are within the margin."""
        if not np.isfinite(scores).all():
            return None
        masked = np.where(valid, scores, -np.inf)
        choice = masked.argmax(axis=1)
        if masked.shape[1] > 1:
            top2 = np.partition(masked, -2, axis=1)[:, -2:]
            contested = np.isfinite(top2[:, 0]) & (top2[:, 1] - top2[:, 0] < MARGIN)
            if contested.any():
                return None
        return choice


class _Features:
    """spaCy's precomputed features of a Doc (the lower layer's output, row 0 the padding), made as read.

    Outside an entity only the token's own slot is read (and the padding's), so that slot is computed for
    every token at once and the other two slots only for the rows an entity reads: the same products per
    row, a third of the work (the per-row results are the same sums over the same inputs)."""

    def __init__(self, decoder: Decoder, tokvecs: Any) -> None:
        self.decoder = decoder
        self.tokvecs = np.ascontiguousarray(tokvecs, dtype="f")
        own = decoder.ops.gemm(self.tokvecs, decoder.slots[0], trans2=True)
        self.own = own.reshape(len(tokvecs), *decoder.hidden)  # (n, nO, nP): rows 1.. of slot 0
        self.rows: dict[tuple[int, int], Any] = {}

    def row(self, i: int, slot: int) -> Any:
        """spaCy's ``cached[i, slot]``: the padding's for row 0, else token ``i - 1``'s slot."""
        if i == 0:
            return self.decoder.pad[slot]
        if slot == 0:
            return self.own[i - 1]
        got = self.rows.get((i, slot))
        if got is None:
            product = self.decoder.ops.gemm(self.tokvecs[i - 1 : i], self.decoder.slots[slot], trans2=True)
            got = self.rows[i, slot] = product.reshape(*self.decoder.hidden)
        return got
