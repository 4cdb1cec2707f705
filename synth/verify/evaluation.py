"""Score the text verifier against a hand-labelled claim set (YAML: claims with `expected` and `type`)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from synth.records import TextVerdict
from synth.verify.text import TextVerifier

VERDICTS = ("supported", "contradicted", "not_in_corpus")


@dataclass(frozen=True)
class LabelledClaim:
    id: str
    claim: str
    expected: str
    type: str
    paper: str | None
    page: int | None


@dataclass
class Scores:
    results: list[tuple[LabelledClaim, TextVerdict]]

    @property
    def accuracy(self) -> float:
        return sum(c.expected == v.verdict for c, v in self.results) / len(self.results)

    def accuracy_by(self, key: str) -> dict[str, tuple[int, int]]:
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for c, v in self.results:
            k = getattr(c, key)
            out[k][0] += c.expected == v.verdict
            out[k][1] += 1
        return {k: (a, n) for k, (a, n) in sorted(out.items())}

    def confusion(self) -> Counter:
        return Counter((c.expected, v.verdict) for c, v in self.results)

    def table(self) -> str:
        lines = [f"{'expected':<15} " + " ".join(f"{v:>14}" for v in VERDICTS) + f" {'accuracy':>9}"]
        conf = self.confusion()
        for e in VERDICTS:
            row = [conf[(e, v)] for v in VERDICTS]
            n = sum(row)
            lines.append(f"{e:<15} " + " ".join(f"{x:>14}" for x in row) + f" {conf[(e, e)] / n if n else 0:>9.2f}")
        lines.append(f"overall accuracy {self.accuracy:.3f} on {len(self.results)} claims")
        lines.append("by type: " + ", ".join(f"{k} {a}/{n}" for k, (a, n) in self.accuracy_by("type").items()))
        return "\n".join(lines)


def load_labels(path: Path) -> list[LabelledClaim]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [LabelledClaim(id=str(c["id"]), claim=c["claim"], expected=c["expected"], type=c.get("type", ""),
                          paper=c.get("paper"), page=c.get("page")) for c in doc["claims"]]


def evaluate(verifier: TextVerifier, labels: list[LabelledClaim]) -> Scores:
    return Scores([(c, verifier.verify(c.id, c.claim)) for c in labels])
