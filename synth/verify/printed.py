"""Where each number is printed: one index from value to the evidence units that print it.

Two questions are asked of it many times a claim: does a paper print this number anywhere (to tell a
claimed number the paper gives from one it never prints), and which sentences print any of a claim's
numbers (to find the runs of sentences that gather them). Both were scans over every unit; sorted by
value, each is a range lookup.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterable, Sequence

from synth.parse.numbers import find_numbers
from synth.verify.arithmetic import decimals, values_match
from synth.verify.evidence import Unit

NEAR = 0.05  # the relative closeness at which a sentence "prints" a claimed value, for finding candidates
WIDEST_MATCH = 0.5 + 1e-6  # values_match never accepts a difference larger than half a unit


class PrintedValues:
    """The numbers printed by each unit (sentence text, or a table row's text and cells), sorted by value.

    Reading numbers is the slow part (about 4 s over the shared corpus), so each part is read on first use:
    a paper's units when a number is first looked up in that paper, every sentence when sentences are
    first looked up by value."""

    def __init__(self, units: Sequence[Unit], numeric_text: Sequence[Unit] = ()):
        """``numeric_text``: units that are never evidence (the text of tables the parser missed), read only for
        what a paper prints, never for the sentences that print a value."""
        self._units = [*units, *numeric_text]
        self._evidence = len(units)
        self._position = {id(u): i for i, u in enumerate(self._units)}
        self._of_paper: dict[str, list[int]] = {}
        for i, unit in enumerate(self._units):
            self._of_paper.setdefault(unit.paper, []).append(i)
        self._own: dict[int, frozenset[float]] = {}  # unit position -> the numbers its own text prints
        self._papers: dict[str, tuple[list[float], list[tuple[float, int, int]]]] = {}
        self._sentences: tuple[list[float], list[tuple[float, int]]] | None = None

    def _own_values(self, i: int) -> frozenset[float]:
        if i not in self._own:
            self._own[i] = frozenset(v for m in find_numbers(self._units[i].text)
                                     for v in (m.value, *m.values) if v is not None)
        return self._own[i]

    def _paper(self, paper: str) -> tuple[list[float], list[tuple[float, int, int]]]:
        if paper not in self._papers:
            entries = sorted({(v, decimals(m.text), i) for i in self._of_paper.get(paper, ())
                              for text in (self._units[i].text, *self._units[i].cells)
                              for m in find_numbers(text) for v in (m.value, *m.values) if v is not None})
            self._papers[paper] = ([e[0] for e in entries], entries)
        return self._papers[paper]

    def _near(self, paper: str, value: float) -> list[tuple[float, int, int]]:
        """The paper's (value, decimals, unit position) entries close enough to ``value`` to match it."""
        keys, entries = self._paper(paper)
        return entries[bisect_left(keys, value - WIDEST_MATCH):bisect_right(keys, value + WIDEST_MATCH)]

    def in_paper(self, paper: str, value: float, dec: int) -> bool:
        """Whether the paper prints the number anywhere (sentence, caption or cell), up to the coarser precision."""
        return any(values_match(value, dec, v, d) for v, d, _ in self._near(paper, value))

    def units_printing(self, paper: str, value: float, dec: int) -> list[Unit]:
        """The units of the paper (sentences, or table rows with their cells) that print the number."""
        return [self._units[i] for i in sorted({i for v, d, i in self._near(paper, value)
                                                if values_match(value, dec, v, d)})]

    def prints(self, unit: Unit, values: Iterable[float]) -> bool:
        """Whether the unit's own text prints a number within NEAR of any of the values."""
        own = self._own_values(self._position[id(unit)])
        return any(abs(v - w) <= NEAR * max(1.0, abs(w)) for v in own for w in values)

    def sentences_printing(self, values: Iterable[float]) -> list[Unit]:
        """The sentence units whose text prints a number within NEAR of any of the values, in reading order."""
        if self._sentences is None:
            entries = sorted((v, i) for i, u in enumerate(self._units[:self._evidence]) if u.table is None
                             for v in self._own_values(i))
            self._sentences = ([e[0] for e in entries], entries)
        keys, entries = self._sentences
        found = {i for w in values for tol in (NEAR * max(1.0, abs(w)),)
                 for _, i in entries[bisect_left(keys, w - tol):bisect_right(keys, w + tol)]}
        return [self._units[i] for i in sorted(found)]

    def together(self, paper: str, values: Sequence[tuple[float, int]], skip=lambda unit: False) -> list[Unit]:
        """The units of the paper (sentences, or table rows with their cells) that each print every value, in
        reading order; units ``skip`` is true of (the claim's own sentence) do not count."""
        common = {i for i in self._of_paper.get(paper, ()) if not skip(self._units[i])}
        for value, dec in values:
            units = {i for v, d, i in self._near(paper, value) if values_match(value, dec, v, d)}
            common &= units
            if not common:
                return []
        return [self._units[i] for i in sorted(common)]
