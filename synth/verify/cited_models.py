"""Which model a cited work stands for in one paper: "mBERT (Devlin et al., 2018)" in the text makes the row
"Devlin et al. (2018)" of the paper's table mBERT's row.

Tables of results often label the rows of earlier systems by their citation; the paper's own sentences say
which model each citation is.  A citation the paper gives two different models ("BERT (Devlin et al., 2019)",
"mBERT (Devlin et al., 2019)") stands for neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from synth.extract.vocabulary import find_entities

_AUTHORS = r"(?P<author>[A-Z][\w'-]+)(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'-]+)?"
_YEAR = r"(?P<year>(?:19|20)\d\d[a-z]?)"
# "mBERT (Devlin et al., 2018)", "XLM (Lample and Conneau, 2019)": a model, then its citation in brackets
_MODEL_CITED = re.compile(rf"(?P<before>[\w-]+(?:\s+[\w-]+)?)\s*\({_AUTHORS},?\s+{_YEAR}[;)]")
# a row label that is a citation: "Devlin et al. (2018)", "Lample and Conneau (2019)†"
_CITATION_LABEL = re.compile(rf"^\s*{_AUTHORS},?\s+\({_YEAR}\)\W*$")


def cited_models(sentences: Iterable[str]) -> dict[tuple[str, str], str]:
    """(first author, year) -> the one model the paper's sentences write right before that citation."""
    found: dict[tuple[str, str], set[str]] = {}
    for text in sentences:
        for m in _MODEL_CITED.finditer(text):
            models = [e for e in find_entities(m.group("before")) if e.kind == "model"]
            if models:
                found.setdefault((m.group("author"), m.group("year")), set()).add(models[-1].name)
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def label_model(label: str, models: dict[tuple[str, str], str]) -> str | None:
    """The model a row label that is a citation stands for, if the paper says."""
    m = _CITATION_LABEL.match(label)
    return models.get((m.group("author"), m.group("year"))) if m else None
