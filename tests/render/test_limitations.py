"""The limitations section says when runs did not learn their task or were stopped while improving,
and says nothing about it when every run converged."""

from synth.records import ExperimentVerdict, Provenance, Report
from synth.render.limitations import limitations


def _report(**verdict_fields) -> Report:
    verdict = ExperimentVerdict(claim_id="c1", verdict="inconclusive", reason="rule 1", budget="budget reduced",
                                **verdict_fields)
    return Report(question="q", experiment_verdicts=[verdict], verify_mode="experiment", budget="reduced",
                  provenance=Provenance(synth_version="0", command="synth verify", offline=True,
                                        embedding_model="m", python="3.11"))


def test_unlearned_and_still_rising_runs_are_stated():
    text = " ".join(limitations(_report(unlearned_runs=["a", "b"], rising_runs=["a", "c", "d"])))
    assert "2 run(s) did not learn their task" in text and "rule 0" in text
    assert "3 run(s) were still improving" in text


def test_nothing_said_when_every_run_learned_and_converged():
    text = " ".join(limitations(_report()))
    assert "did not learn" not in text and "still improving" not in text
