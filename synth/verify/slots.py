"""Whose number is which in a claim that gives several: "a P@1 of 25.4 for Thai, compared with 73.9 for
Spanish", "MurilBERT reaches 65.5%, far above XLM-R's 24.6%", "XLM-R (14.1%) scores below mBERT (17.6%)".

Each number is attached to the languages or models written right after it ("25.4 for Thai") or, failing
that, to the last one named between it and the previous number ("XLM-R's 24.6").  A table then reads
each number only from cells of its own entity, never from those of the claim's other entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from synth.extract.vocabulary import PRETRAINING_CORPORA, find_entities
from synth.parse.numbers import NumberMention
from synth.verify.written import places

# a corpus: what a model was pretrained on ("Wikipedia-pretrained XLM-7"); a dataset: what a score is measured on
# ("64.8% accuracy on KLUE-NLI and 62.3% on ParsiNLU")
_KINDS = ("language", "model", "corpus", "dataset")
# what may sit between a number and the "for Thai" that owns it: a unit, a metric word, a bracket ("13.7 GiB) of")
# ("65.8% zero-shot XNLI accuracy on Russian": the setting and the benchmark too, never a verb: "when trained on")
_AFTER = re.compile(r"^\s*(?:%|\)|points?|pp\.?|accuracy|F1|BLEU|UAS|LAS|EM|[KMGT]i?B|zero-shot|few-shot|test|"
                    r"(?-i:[A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)|\s)*\s*(?:for|on|in|with|of)\s+(?:the\s+)?",
                    re.IGNORECASE)
# where a number's clause starts: what is named before it belongs to another statement
# (not the comma of a thousands separator: "23,408 million tokens")
_BOUNDARY = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[;:]|\b(?:while|whereas|but|than|versus|vs\.?|compared with)\b",
                       re.IGNORECASE)
_CLAUSE_BOUNDARY = re.compile(r"[;:]|\b(?:while|whereas|but|than|versus|vs\.?|compared with)\b", re.IGNORECASE)
_SUBJECT_VERB = re.compile(r"\s+(?:is|was|are|were|gives?|gave|brings?|brought|yields?|helps?|helped)\b")
_MODIFIERS = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")  # "for the simple MLP", "for zero-shot GPT-4"
_PAIR = re.compile(r"\s*/\s*")  # "61.81/52.45": a UAS/LAS pair
# "27.2 F1 (15.0 EM) on Bengali": a score and the other metric's in brackets, one pair
_BRACKET_OPEN = re.compile(r"\s*%?\s*(?:[A-Za-z][\w-]*\s*)?\(\s*")
_BRACKET_CLOSE = re.compile(r"\s*%?\s*(?:[A-Za-z][\w-]*\s*)?\)")
# "0.42 UAS and 0.35 LAS on English": two metrics' scores of one thing, one pair
_METRIC_WORD = r"(?:UAS|LAS|F1|EM|BLEU|accuracy|precision|recall)"
_METRIC_AND = re.compile(rf"\s*%?\s*(?P<metric>{_METRIC_WORD})\s+and\s+", re.IGNORECASE)
_METRIC_NEXT = re.compile(rf"\s*%?\s*(?P<metric>{_METRIC_WORD})\b", re.IGNORECASE)
_JOINED = re.compile(r"^\s*(?:-|–|→|to|and)\s*$")  # "English-Russian", "English to Chinese": one end each
# "at 52.97 when trained on English alone and at 54.72 ...": a training language is the previous number's
# condition, not the owner of the next one
_TRAINED_ON = re.compile(r"\b(?:(?:pre-?|fine-?)?trained|tuned)\s+(?:only\s+|solely\s+)?(?:on|in)\s+(?:the\s+)?$",
                         re.IGNORECASE)


_VS_AFTER = re.compile(r"\s*%?\s*(?:vs\.?|versus)\s", re.IGNORECASE)


def _opens_vs_pair(text: str, n: NumberMention) -> bool:
    """"[...] 17.18 points above the RNN-Stack parser (37.03 vs 19.85)": the bracket's first number is the first
    side's, not that of the name written last before it."""
    return text[:n.start].rstrip().endswith("(") and bool(_VS_AFTER.match(text, n.end))


def _metric_pair(text: str, a: NumberMention, b: NumberMention) -> bool:
    """"0.42 UAS and 0.35 LAS": the scores of two metrics, joined by "and"."""
    first, second = _METRIC_AND.fullmatch(text[a.end:b.start]), _METRIC_NEXT.match(text, b.end)
    return bool(first and second and first["metric"].lower() != second["metric"].lower())


@dataclass(frozen=True)
class Slot:
    own: frozenset[str]  # the names written with this number
    others: frozenset[str]  # names the claim writes with its other numbers, and not with this one


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str
    kind: str


def _mentions(text: str, unknown: set[str]) -> list[_Mention]:
    found = [_Mention(e.start, e.end, e.name, "corpus" if e.name in PRETRAINING_CORPORA else e.kind)
             for e in find_entities(text) if e.kind in _KINDS or e.name in PRETRAINING_CORPORA]
    for name in unknown:  # "MurilBERT": a system the vocabulary does not know is still a model
        for m in places(name, text):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(_Mention(m.start(), m.end(), name, "model"))
    return sorted(found, key=lambda m: m.start)


def _group(mentions: list[_Mention], first: _Mention, text: str) -> list[_Mention]:
    """``first`` and the mentions of its kind joined to it ("English-Russian")."""
    group = [first]
    for m in mentions:
        if m.start > group[-1].end and m.kind == first.kind and _JOINED.match(text[group[-1].end:m.start]):
            group.append(m)
    return group


def number_slots(text: str, numbers: list[NumberMention], unknown: set[str] = frozenset()) -> dict[str, Slot]:
    """The slot of each number (keyed by its printed text) for the kinds the claim varies across its
    numbers, and the languages written right after a number ("63.0% on English") whatever the others;
    numbers nothing is written with get no slot."""
    numbers = sorted((n for n in numbers if n.value is not None or n.delta is not None), key=lambda n: n.start)
    if len(numbers) < 2:
        return {}
    mentions = _mentions(text, unknown)
    owned: dict[str, dict[str, set[str]]] = {n.text: {} for n in numbers}
    explicit: dict[str, set[str]] = {}  # "versus 63.0% on English": a language written right after its number
    following_owned: dict[str, bool] = {}  # numbers owned by what is written right after them
    for kind in _KINDS:
        of_kind = [m for m in mentions if m.kind == kind]
        varied = len({m.name for m in of_kind}) >= 2
        if not varied and kind != "language":
            continue
        for i, n in enumerate(numbers):
            upto = numbers[i + 1].start if i + 1 < len(numbers) else len(text)
            after = _AFTER.match(text[n.end:upto])
            following = [m for m in of_kind if after and m.start >= n.end + after.end() and m.end <= upto
                         and _MODIFIERS.fullmatch(text[n.end + after.end():m.start])]
            if following:
                group = _group(of_kind, following[0], text)
                following_owned[n.text] = True
                if kind == "language":
                    explicit[n.text] = {m.name for m in group}
                if not varied:
                    continue
            elif not varied or _opens_vs_pair(text, n):
                continue
            else:
                since = max([numbers[i - 1].end if i else 0,
                             *(b.end() for b in _BOUNDARY.finditer(text, 0, n.start))])
                def named_since(start: int) -> list[_Mention]:
                    return [m for m in of_kind if start <= m.start and m.end <= n.start and not (
                        m.kind == "language" and _TRAINED_ON.search(text, max(0, m.start - 40), m.start))]

                before = named_since(since)
                if not before and not i:
                    # "Latin is the most helpful of [...] languages, adding 1.03 UAS [...] against 0.97 for Russian":
                    # the first number's owner may be the subject of its clause, named before a comma (not "In
                    # zero-shot parsing from English, the parser obtains 28.18")
                    start = max((b.end() for b in _CLAUSE_BOUNDARY.finditer(text, 0, n.start)), default=0)
                    before = [m for m in named_since(start) if _SUBJECT_VERB.match(text, m.end)]
                group = _group(of_kind, before[-1], text) if before else []
            if group:
                owned[n.text][kind] = {m.name for m in group}
    # "61.81/52.45 with unlabeled Russian", "15.5 F1 (6.9 EM) on Telugu": the two halves of a pair are one entity's,
    # the one written after it (not "French", named before the pair); "XLM-R's 61.60/52.41": the one written before
    for a, b in zip(numbers, numbers[1:]):
        if (_PAIR.fullmatch(text[a.end:b.start]) or (_BRACKET_OPEN.fullmatch(text[a.end:b.start])
                                                      and _BRACKET_CLOSE.match(text, b.end))
                or _metric_pair(text, a, b)):
            if following_owned.get(b.text):
                owned[a.text] = {k: set(v) for k, v in owned[b.text].items()}
                if b.text in explicit:
                    explicit.setdefault(a.text, explicit[b.text])
            elif owned[a.text]:
                owned[b.text] = {k: set(v) for k, v in owned[a.text].items()}
    slots = {}
    for n in numbers:
        own = set().union(*owned[n.text].values()) if owned[n.text] else set()
        if not own:
            continue
        others = set()
        for kind, names in owned[n.text].items():
            for other in numbers:
                if other.text != n.text:
                    others |= owned[other.text].get(kind, set()) - names
        if others:
            slots[n.text] = Slot(frozenset(own), frozenset(others))
    for t, langs in explicit.items():
        slots.setdefault(t, Slot(frozenset(langs), frozenset()))
    return slots
