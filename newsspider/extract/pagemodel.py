"""The probability that a page is an article, from its generic features
(:mod:`newsspider.extract.pagefeatures`), by a small forest of extremely randomised
trees.

The trees are trained by ``benchmarks/train_pagetype.py`` (scikit-learn, there
only) and shipped as JSON in ``data/pagetype_model.json``, each a nested list
(:data:`Node`). Evaluating them is about a thousand comparisons in
pure Python (a fraction of a millisecond a page), so no numerical library is
needed at run time. A forest, not boosted trees: in cross-validation grouped by
site it dropped a few more of the other pages at the same share of articles kept;
extremely randomised trees (split thresholds drawn at random), not a random
forest: more again on sites the model was not trained on (see the training script).
Their 128 leaves a tree lie deeper than the forest's 64: 0.045 against 0.039 ms a
trafeval vector (best of 6 interleaved passes), under 1% of ``classify.early_type``.
200 trees, not 100 (the training script says why): 0.067 against 0.036 ms a vector
on the 3,265 bench pages' (best of 5, one run), and the file, nested lists, loads in
6.8 ms against 7.5 for the 100 trees as flat arrays.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "data" / "pagetype_model.json"


#: A tree, as the file holds it: at a leaf, the leaf's share of articles (a number);
#: at a split, ``[feature index, threshold, subtree at or under it, subtree over it]``.
#: Nested lists, which ``json.loads`` builds in C, not flat arrays of nodes: a walk
#: reads one list a node, not four arrays, and the file loads with nothing to convert
#: (see :func:`load`).
Node = float | list


@dataclass(frozen=True, slots=True)
class Model:
    #: Feature names, in the order of the vectors the trees read.
    features: tuple[str, ...]
    #: Below this probability of "article", a page is taken for something else: the
    #: threshold that kept 99.5% of the articles of every training set (those the
    #: hand rules of ``classify.marked_kind`` leave) in cross-validation grouped by
    #: site (see the training script).
    threshold: float
    trees: tuple[Node, ...]

    def vector(self, features: dict[str, float]) -> list[float]:
        """The features the trees read, in their order, rounded to 4 decimals: the trees
        split halfway between such values, so float precision never tips a comparison."""
        return [round(features[name], 4) for name in self.features]

    def probability(self, x: list[float]) -> float:
        """P(article) for a feature vector in :attr:`features` order: the mean of the
        trees' leaves, each tree walked inline (one Python call a page, not one a tree:
        0.051 -> 0.046 ms a vector on wcxb's pages, both in one run)."""
        total = 0.0
        for node in self.trees:
            while node.__class__ is list:
                node = node[2] if x[node[0]] <= node[1] else node[3]
            total += node
        return total / len(self.trees)

    def least(self, x: list[float]) -> float:
        """The least P(article) the trees can answer for ``x`` whatever the values of its
        features not known yet (NaN): each tree's smallest leaf among those the known
        features lead to (both ways at a split on an unknown one); :meth:`probability`
        where all are known. ``classify.early_type`` asks it before computing the
        dearest features (``pagefeatures.LATER``): 0.17 ms a vector with the text model
        and the links unknown, 0.12 with the links alone (2,419 bench pages' vectors,
        against 0.07 for :meth:`probability`)."""
        unknown = {i for i, value in enumerate(x) if value != value}
        total = 0.0
        for tree in self.trees:
            least = math.inf
            stack = [tree]
            while stack:
                node = stack.pop()
                while node.__class__ is list:
                    if node[0] in unknown:
                        stack.append(node[3])
                        node = node[2]
                    else:
                        node = node[2] if x[node[0]] <= node[1] else node[3]
                least = min(least, node)
            total += least
        return total / len(self.trees)


def load(path: Path = MODEL_FILE) -> Model:
    data = json.loads(path.read_text("utf-8"))
    return Model(tuple(data["features"]), float(data["threshold"]), tuple(data["trees"]))


@functools.cache
def model() -> Model:
    """The shipped model, read once per process."""
    return load()
