"""The pipeline's ``tok2vec`` with its embedding folded into its first layer and kept per word.

spaCy's ``tok2vec`` (``Tok2Vec.v2`` over ``MultiHashEmbed.v2`` without static vectors) embeds each
token from four of its word's attributes (NORM, PREFIX, SUFFIX, SHAPE): each attribute's value is hashed
four times into its table and the four rows summed, the attributes' vectors are put side by side, and a
maxout layer (``Maxout`` with ``normalize``: a matrix product, the bias, the best of its pieces, a layer
norm) mixes them into one vector; the encoder (convolutions over the neighbouring tokens) then reads
those vectors. Two facts make most of the embedding's work unnecessary (issue 13, round 18):

- The maxout's matrix product is linear in the side-by-side vectors, so each table's rows can be
  multiplied by their part of the maxout's weights once, when the model is loaded: a token's product
  is then the sum of sixteen rows of those tables (``gather_add``, as the hash tables are read) instead
  of a 256 x 192 product per token. The same arithmetic in another order: the vectors differ from
  spaCy's by float rounding (a few millionths after the layer norm).
- The embedding reads nothing but the four attributes, so a word's vector is the same wherever the word
  stands: it is computed the first time the word's four values are seen and then kept (per process,
  up to :data:`KEEP` words; then the memo starts again).

The encoder runs as spaCy runs it, and the vectors are set as the component sets them (``doc.tensor``),
where the NER reads them. Any other architecture (static vectors, character embeddings, another
encoder) or spaCy version is left to the component itself (:meth:`Folded.for_pipe` returns None).
``tests/detect/test_ner_decode.py`` compares the vectors with spaCy's and the entities with spaCy's on
texts of the test corpora.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
from spacy import about
from spacy.tokens import Doc

KEEP = 100_000  # words whose vectors are kept (64 floats each: ~26 MB, and the keys ~10 MB, at most)
_SPACY = ("3.8.",)  # the versions whose tok2vec layers this module reads


def _layers(model: Any, name: str) -> list[Any]:
    """Every layer under ``model`` (itself included) named ``name``, depth first."""
    found = [model] if model.name == name else []
    for layer in model.layers:
        found += _layers(layer, name)
    return found


class Folded:
    """The tok2vec component's vectors for a Doc, its embedding folded (module docstring)."""

    def __init__(self, pipe: Any) -> None:
        model = pipe.model
        embed, self.encoder = model.layers
        self.features = embed.layers[0]
        self.ops = model.ops
        hashembeds = _layers(embed, "hashembed")
        maxout = _layers(embed, "maxout")[0]
        self.norm = _layers(embed, "layernorm")[0]
        n_out, pieces, n_in = (maxout.get_dim(d) for d in ("nO", "nP", "nI"))
        weights = maxout.get_param("W").reshape(n_out * pieces, n_in)
        self.bias = np.ascontiguousarray(maxout.get_param("b").reshape(n_out * pieces), dtype="f")
        self.shape = (n_out, pieces)
        tables = []
        self.seeds: list[int] = []
        self.rows: list[int] = []
        self.offsets: list[int] = []
        column = offset = 0
        for he in hashembeds:
            table = he.get_param("E")
            rows, width = table.shape
            tables.append(table @ weights[:, column : column + width].T)
            self.seeds.append(int(he.attrs["seed"]))
            self.rows.append(rows)
            self.offsets.append(offset)
            column += width
            offset += rows
        self.table = np.ascontiguousarray(np.concatenate(tables), dtype="f")  # (sum of rows, nO * nP)
        self.width = n_out
        self.memo: dict[Any, int] = {}  # a word's four values (bytes) -> its row in self.vectors
        self.lock = threading.Lock()  # a Dask worker with several threads shares the detector
        self.vectors = np.zeros((1024, n_out), dtype="f")

    @classmethod
    def for_pipe(cls, pipe: Any) -> Folded | None:
        """The folded component, or None when it is not the kind this module reads."""
        try:
            if not about.__version__.startswith(_SPACY) or type(pipe).__name__ != "Tok2Vec":
                return None
            model = pipe.model
            if len(model.layers) != 2:
                return None
            embed = model.layers[0]
            names = [layer.name for layer in embed.layers]
            if len(names) != 5 or names[0] != "extract_features" or names[1] != "list2ragged":
                return None
            if names[4] != "ragged2list" or not names[3].startswith("with_array(maxout>>layernorm"):
                return None
            hashembeds = _layers(embed, "hashembed")
            maxouts, norms = _layers(embed, "maxout"), _layers(embed, "layernorm")
            if not hashembeds or len(maxouts) != 1 or len(norms) != 1:
                return None
            attrs = embed.layers[0].attrs.get("columns")
            if attrs is None or len(attrs) != len(hashembeds):
                return None
            # the tables in column order, side by side as wide as the maxout reads
            columns = [_layers(embed.layers[2], "ints-getitem")[i].attrs.get("index") for i in range(len(hashembeds))]
            if columns != [(slice(0, None), i) for i in range(len(hashembeds))]:
                return None
            if sum(he.get_dim("nO") for he in hashembeds) != maxouts[0].get_dim("nI"):
                return None
            if _layers(model, "static_vectors") or _layers(model, "charembed"):
                return None
            return cls(pipe)
        except (AttributeError, KeyError, ValueError, IndexError, TypeError):
            return None

    def __call__(self, doc: Doc) -> Doc:
        """Set the document's vectors as the component would."""
        if len(doc) == 0:
            doc.tensor = self.ops.alloc2f(0, self.width)
            return doc
        with self.lock:
            embedded = self.embedded(doc)
        doc.tensor = self.encoder.predict([embedded])[0]
        return doc

    def embedded(self, doc: Doc) -> Any:
        """Each token's embedding (the input of the encoder): its word's, kept or computed now."""
        features = np.ascontiguousarray(self.features.predict([doc])[0], dtype="uint64")  # (tokens, attributes)
        keys = features.view(np.dtype((np.void, features.dtype.itemsize * features.shape[1]))).ravel()
        memo = self.memo
        known = len(memo)
        if known + len(keys) > KEEP:  # start the memo again (a document's words always fit)
            memo.clear()
            known = 0
        index = np.empty(len(keys), dtype=np.intp)
        firsts: list[int] = []  # the first token of each word not seen before, in the order of their rows
        words: list[Any] = keys.tolist()  # each token's four values as one key
        for i, key in enumerate(words):
            at = memo.get(key)
            if at is None:
                at = memo[key] = known + len(firsts)
                firsts.append(i)
            index[i] = at
        if firsts:
            end = known + len(firsts)
            if end > len(self.vectors):
                grown = np.zeros((max(end, 2 * len(self.vectors)), self.width), dtype="f")
                grown[:known] = self.vectors[:known]
                self.vectors = grown
            self.vectors[known:end] = self._compute(features[firsts])
        return self.vectors[index]

    def _compute(self, features: Any) -> Any:
        """The embedding of each row of attribute values: folded tables, bias, best piece, layer norm."""
        keys = [
            self.ops.hash(np.ascontiguousarray(features[:, i]), seed) % rows + offset
            for i, (seed, rows, offset) in enumerate(zip(self.seeds, self.rows, self.offsets))
        ]
        summed = self.ops.gather_add(self.table, np.ascontiguousarray(np.concatenate(keys, axis=1), dtype="uint32"))
        summed += self.bias
        best, _ = self.ops.maxout(summed.reshape(-1, *self.shape))
        return self.norm.predict(best)
