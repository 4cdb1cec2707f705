"""Did a run learn its task, and had it stopped learning?  Read from its results and log.

A run whose source-language (English) test accuracy stays near the share of the most frequent label
has not learned the task: its target-language accuracies then say nothing about robust transfer, and
a delta against it measures which run left the majority-class plateau, not robustness.  A run whose
English dev accuracy still rose sharply at its last evaluation was stopped before converging.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from synth.verify.experiment.runlog import LOG, read_events

MIN_LEARNED = 5.0  # points above the majority-class share on English test rows
STILL_RISING = 2.0  # points gained on English dev between the last two evaluations


def majority_share(labels: list[int]) -> float:
    """Accuracy (points) of always answering the most frequent label."""
    if not labels:
        raise ValueError("no labels")
    return 100.0 * Counter(labels).most_common(1)[0][1] / len(labels)


@dataclass(frozen=True)
class RunDiagnosis:
    run_id: str
    source_accuracy: float  # points, English test rows
    majority: float  # points, the same rows
    rising: tuple[int, float, float] | None = None  # (last step, previous dev, last dev) in points

    @property
    def learned(self) -> bool:
        return self.source_accuracy >= self.majority + MIN_LEARNED

    def describe(self) -> str:
        out = [f"{self.run_id}: English test accuracy {self.source_accuracy:.2f} vs {self.majority:.2f} for the "
               f"majority class — {'learned the task' if self.learned else 'did not learn the task'}"]
        if self.rising:
            step, before, last = self.rising
            out.append(f"English dev accuracy still rising at its last evaluation (step {step}: "
                       f"{before:.1f} → {last:.1f}), so the budget stopped it before convergence")
        return "; ".join(out)


def dev_still_rising(run_dir: Path) -> tuple[int, float, float] | None:
    devs = [e for e in read_events(Path(run_dir) / LOG) if e.get("event") == "dev"]
    by_step = {int(e["step"]): 100.0 * float(e["accuracy"]) for e in devs if "step" in e and "accuracy" in e}
    if len(by_step) < 2:
        return None
    steps = sorted(by_step)
    before, last = by_step[steps[-2]], by_step[steps[-1]]
    return (steps[-1], before, last) if last - before >= STILL_RISING else None


def diagnose(run_id: str, run_dir: Path, results: dict, setting: str, source_set: str,
             source_labels: list[int]) -> RunDiagnosis:
    """``source_set``: the English rows of ``setting`` ("en", or "en-en" in the generalized setting)."""
    accuracy = 100.0 * float(results["accuracy"][setting][source_set])
    return RunDiagnosis(run_id, accuracy, majority_share(source_labels), dev_still_rising(run_dir))
