"""Whose number is whose in "0.21 and 0.54 UAS ... by using French and Russian, respectively"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from synth.extract.vocabulary import find_entities
from synth.parse.numbers import find_numbers

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_KINDS = ("language", "model", "dataset", "method", "metric")


@dataclass(frozen=True)
class Respective:
    kind: str  # the kind of entity the numbers belong to
    pairs: tuple[tuple[str, float, str], ...]  # (printed text, value, entity name), in the sentence's order


def respective(text: str) -> Respective | None:
    """The one-to-one pairing of the numbers and the entities of one kind listed before "respectively";
    None when there is no such list or the counts do not line up (then nobody can say whose is whose)."""
    m = _RESPECTIVELY.search(text)
    if not m:
        return None
    head = text[:m.start()]
    values = [(n.text, v) for n in find_numbers(head) if not n.count
              for v in ((n.value,) if n.value is not None else (n.delta,) if n.delta is not None else ())]
    if len(values) < 2:
        return None
    ents = find_entities(head)
    for kind in _KINDS:
        names = list(dict.fromkeys(e.name for e in ents if e.kind == kind))
        if len(names) == len(values):
            return Respective(kind, tuple((t, v, name) for (t, v), name in zip(values, names)))
    return None
