"""The probability that a page is an article, from its generic features
(:mod:`newsspider.extract.pagefeatures`), by a small gradient-boosted tree ensemble.

The trees are trained by ``benchmarks/train_pagetype.py`` (scikit-learn, there
only) and shipped as JSON in ``data/pagetype_model.json``: per tree, flat arrays of
node feature index (``-1`` at a leaf), split threshold, left and right child and
leaf value. Evaluating them is a few hundred comparisons in pure Python
(tens of microseconds a page), so no numerical library is needed at run time.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "data" / "pagetype_model.json"


@dataclass(frozen=True, slots=True)
class Tree:
    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def leaf_value(self, x: list[float]) -> float:
        node = 0
        feature, threshold, left, right = self.feature, self.threshold, self.left, self.right
        while feature[node] >= 0:
            node = left[node] if x[feature[node]] <= threshold[node] else right[node]
        return self.value[node]


@dataclass(frozen=True, slots=True)
class Model:
    #: Feature names, in the order of the vectors the trees read.
    features: tuple[str, ...]
    #: Log-odds before the first tree (the training set's prior).
    init: float
    learning_rate: float
    #: Below this probability of "article", a page is taken for something else: the
    #: threshold that kept 99.5% of the articles of every training set in
    #: cross-validation grouped by site.
    threshold: float
    trees: tuple[Tree, ...]

    def probability(self, x: list[float]) -> float:
        """P(article) for a feature vector in :attr:`features` order."""
        score = self.init + self.learning_rate * sum(tree.leaf_value(x) for tree in self.trees)
        return 1.0 / (1.0 + math.exp(-score))


def load(path: Path = MODEL_FILE) -> Model:
    data = json.loads(path.read_text("utf-8"))
    trees = tuple(Tree(tuple(t["feature"]), tuple(t["threshold"]), tuple(t["left"]), tuple(t["right"]),
                       tuple(t["value"])) for t in data["trees"])
    return Model(tuple(data["features"]), float(data["init"]), float(data["learning_rate"]),
                 float(data["threshold"]), trees)


@functools.cache
def model() -> Model:
    """The shipped model, read once per process."""
    return load()
