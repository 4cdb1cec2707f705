"""What the text verifier has found for one claim so far: supports and contradictions, each with its basis
and evidence, and where the claim comes from."""

from __future__ import annotations

from dataclasses import dataclass, field

from synth.records import Evidence
from synth.verify.evidence import Unit


@dataclass
class Finding:
    kind: str  # support | contradict
    strength: float
    basis: list[str]
    evidence: list[Evidence]
    unit: Unit | None = None


@dataclass
class Judgement:
    support: list[Finding] = field(default_factory=list)
    contradict: list[Finding] = field(default_factory=list)
    source: tuple[str, int, str] | None = None  # the claim's own sentence, never evidence for itself
    papers: frozenset[str] = frozenset()  # the papers the claim attributes itself to; empty: all
    # papers with a sentence naming what the claim names, printing some of its counts and another count of a thing
    # it counts ("XLM-R Base (L = 12, H = 768, A = 12, 270M params)" for a claimed 125M)
    counted_otherwise: set[str] = field(default_factory=set)
    # tables read by the settings their rows give two roles (role_rows.py): the generic reading leaves them alone
    read_by_roles: set[int] = field(default_factory=set)

    def in_scope(self, paper: str) -> bool:
        return not self.papers or paper in self.papers

    def is_source(self, unit: Unit) -> bool:
        return self.source is not None and (unit.paper, unit.page, unit.quote) == self.source

    def joinable(self, unit: Unit) -> bool:
        """Whether the sentence before ``unit`` may be joined to it: not when it is the claim's own."""
        return unit.previous is not None and (
            self.source is None or (unit.paper, *unit.previous) != self.source)
