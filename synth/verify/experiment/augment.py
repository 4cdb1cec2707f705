"""RS-DA: randomized smoothing with data augmentation (Huang et al. 2021, arXiv 2104.08645).

Each English training pair is copied n times (10 for PAWS-X, 3 for XNLI in the paper); in each copy
every whitespace-separated word that has counter-fitted synonym neighbours is replaced by a member of
``{word} ∪ neighbours`` drawn uniformly; other words and the label are kept.  Copies are generated
lazily and deterministically: copy ``k`` of example ``i`` under seed ``s`` is always the same text, so
a run that samples from the n× set never has to materialise it and a resumed run sees the same data.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from synth.errors import SynthError
from synth.store import sha256_file
from synth.verify.experiment.data import Example

NEIGHBORS_FILE = Path("robust_xlt") / "counterfitted_neighbors.json"


class Neighbors:
    """Word → synonym neighbours (only words with at least one neighbour are kept)."""

    def __init__(self, table: dict[str, list[str]], sha256: str | None = None, source: str | None = None):
        self.table = {w: list(ns) for w, ns in table.items() if ns}
        self.sha256 = sha256
        self.source = source

    @classmethod
    def load(cls, path: Path) -> "Neighbors":
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SynthError(f"cannot read the synonym table {path}: {exc}") from None
        if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
            raise SynthError(f"{path}: expected a JSON object word -> list of neighbours")
        return cls(raw, sha256_file(Path(path)), str(path))

    def __contains__(self, word: str) -> bool:
        return word in self.table

    def __len__(self) -> int:
        return len(self.table)


def perturb_sentence(sentence: str, neighbors: Neighbors, rng: np.random.Generator) -> str:
    """One RS-DA copy of a sentence: split on single spaces, as the reference does, so spacing is kept."""
    words = sentence.split(" ")
    out = []
    for word in words:
        choices = neighbors.table.get(word)
        if choices:
            j = int(rng.integers(0, len(choices) + 1))
            out.append(word if j == 0 else choices[j - 1])
        else:
            out.append(word)
    return " ".join(out)


def copy_rng(seed: int, index: int, copy: int) -> np.random.Generator:
    return np.random.default_rng([seed, index, copy, 0x525344])  # "RSD"


def perturb_example(example: Example, neighbors: Neighbors, seed: int, index: int, copy: int) -> Example:
    """Copy ``copy`` of training example ``index`` (both sentences perturbed, label kept)."""
    rng = copy_rng(seed, index, copy)
    return Example(perturb_sentence(example.text_a, neighbors, rng),
                   perturb_sentence(example.text_b, neighbors, rng), example.label)


def augment(examples: list[Example], neighbors: Neighbors, copies: int, seed: int) -> list[Example]:
    """The whole n× augmented set, copy-major per example (as the reference writes it)."""
    return [perturb_example(e, neighbors, seed, i, k) for i, e in enumerate(examples) for k in range(copies)]
