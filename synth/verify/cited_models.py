"""Which model a cited work stands for in one paper: "mBERT (Devlin et al., 2018)" in the text makes the row
"Devlin et al. (2018)" of the paper's table mBERT's row; likewise a row label the text writes right after a
model's name ("mT5 ENGLISH FT" makes BUFFET's rows "English FT" mT5's).

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


def _label_key(label: str) -> str:
    """A row label as the text may write it: any case, any spacing ("ENGLISH  FT" is "English FT")."""
    return " ".join(label.lower().split())


def labelled_model(label: str, labelled: dict[str, str]) -> str | None:
    """The model a row label stands for where the paper writes the label after it (see ``labelled_models``)."""
    return labelled.get(_label_key(label))


LABEL_MODEL_SHARE = 0.75  # of the times the text writes a label after a model's name, the share one model must have


def labelled_models(sentences: Iterable[str], labels: Iterable[str]) -> dict[str, str]:
    """Row label (lower-cased) -> the model the paper's sentences write right before it, always or mostly ("mT5
    ENGLISH FT" six times, against one "mT0 ENGLISH FT"), for labels that name no model themselves."""
    text = " ".join(" ".join(sentences).split())
    lowered = text.lower()
    wanted = {_label_key(label) for label in set(labels)
              if not any(e.kind == "model" for e in find_entities(label))}
    wanted = {w for w in wanted if len(w) >= 4 and re.search(r"[a-z]", w)}
    counts: dict[str, dict[str, int]] = {}
    for e in find_entities(text):
        if e.kind != "model" or lowered[e.end:e.end + 1] != " ":
            continue
        after = lowered[e.end + 1:e.end + 61]
        for label in wanted:
            if after.startswith(label) and not re.match(r"[\w+]", after[len(label):len(label) + 1]):
                counts.setdefault(label, {}).setdefault(e.name, 0)
                counts[label][e.name] += 1
    out, often = {}, set()
    for label, by_model in counts.items():
        model, n = max(by_model.items(), key=lambda kv: kv[1])
        if len(by_model) == 1 or (n >= 2 and n >= LABEL_MODEL_SHARE * sum(by_model.values())):
            out[label] = model
            if n >= 2:
                often.add(label)
    # the labels of a kind the text writes only some of ("English Target FT" beside "English FT" and "Target FT",
    # all fine-tuning): those ending in the same word as a label written often after one model stand for it too
    by_last: dict[str, set[str]] = {}
    for label in often:
        by_last.setdefault(label.split()[-1], set()).add(out[label])
    for label in wanted - set(out):
        models = by_last.get(label.split()[-1], set())
        if len(label.split()) > 1 and len(models) == 1:
            out[label] = next(iter(models))
    return out
