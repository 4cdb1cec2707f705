"""Whose number is whose in "0.21 and 0.54 UAS ... by using French and Russian, respectively" or
"for 400 and 500 epochs with multilingual BERT and multilingual word embeddings respectively"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from synth.extract.vocabulary import find_entities
from synth.parse.numbers import NumberMention, find_numbers
from synth.verify.claim_facts import content_words

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_KINDS = ("language", "model", "dataset", "method", "metric")


@dataclass(frozen=True)
class Respective:
    kind: str  # the kind of entity the numbers belong to
    pairs: tuple[tuple[str, float, str], ...]  # (printed text, value, entity name), in the sentence's order


def _values(numbers: list[NumberMention], counts: bool) -> list[tuple[str, float]]:
    return [(n.text, v) for n in numbers if counts or not n.count
            for v in ((n.value,) if n.value is not None else (n.delta,) if n.delta is not None else ())]


def respective(text: str) -> Respective | None:
    """The one-to-one pairing of the numbers and the entities of one kind listed before "respectively";
    None when there is no such list or the counts do not line up (then nobody can say whose is whose).
    Counts ("1024 tokens") are paired only when the scores alone do not line up."""
    m = _RESPECTIVELY.search(text)
    if not m:
        return None
    head = text[:m.start()]
    numbers = find_numbers(head)
    ents = find_entities(head)
    for counts in (False, True):
        values = _values(numbers, counts)
        if len(values) < 2:
            continue
        for kind in _KINDS:
            names = list(dict.fromkeys(e.name for e in ents if e.kind == kind))
            if len(names) == len(values):
                return Respective(kind, tuple((t, v, name) for (t, v), name in zip(values, names)))
    return None


_LIST_HEAD = re.compile(r"\b(?:with|for|on|in|by|using|from|of)\s+(?!.*\b(?:with|for|on|in|by|using|from|of)\s)",
                        re.IGNORECASE)
_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def respective_phrases(text: str) -> list[tuple[float, frozenset[str]]]:
    """(number, words that tell its phrase from the others) for "400 and 500 epochs with multilingual
    BERT and multilingual word embeddings respectively": the list after the numbers, however it is
    worded; empty when there is none or it does not line up with the numbers."""
    m = _RESPECTIVELY.search(text)
    if not m:
        return []
    head = text[:m.start()].rstrip(" ,")
    numbers = find_numbers(head)
    values = _values(numbers, counts=True)
    if len(values) < 2:
        return []
    tail = head[head.rfind(numbers[-1].text) + len(numbers[-1].text):]
    lead = _LIST_HEAD.search(tail)
    items = [x for x in _LIST_SPLIT.split(tail[lead.end():] if lead else "") if x.strip()]
    if len(items) != len(values):
        return []
    words = [content_words(x) for x in items]
    own = [frozenset(w - set().union(*(o for j, o in enumerate(words) if j != i))) for i, w in enumerate(words)]
    if not all(own):
        return []
    return [(v, o) for (_, v), o in zip(values, own)]


_CLAIM_CLAUSE = re.compile(r"[,;]\s*|\s+(?:and|while|whereas|but)\s+", re.IGNORECASE)


def attached_phrase(claim: str, value: float, phrases: list[frozenset[str]]) -> int | None:
    """Which of ``phrases`` the claim attaches ``value`` to: the one whose word is nearest the number in
    its clause ("for 400 epochs when the inputs are multilingual word embeddings"); None when the
    number is not there, its clause holds another number, or no phrase word is in it."""
    claim = re.sub(r"(\d),(\d{3})\b", r"\1\2", claim)
    for clause in _CLAIM_CLAUSE.split(claim):
        tokens = re.findall(r"[\w.-]+", clause)
        numbered = [i for i, t in enumerate(tokens) if _as_number(t) is not None]
        spots = [i for i in numbered if _as_number(tokens[i]) == value]
        if not spots:
            continue
        if len(numbered) > 1:
            return None
        best = None
        for i, token in enumerate(tokens):
            for k, words in enumerate(phrases):
                stems = content_words(token)  # "mBERT" is multilingual BERT
                if (stems & words or any(w in s for s in stems for w in words if len(w) >= 4)) and (
                        best is None or abs(i - spots[0]) < best[0]):
                    best = (abs(i - spots[0]), k)
        return None if best is None else best[1]
    return None


def _as_number(token: str) -> float | None:
    t = token.strip(".,").replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None
