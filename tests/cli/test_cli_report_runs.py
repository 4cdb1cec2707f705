"""`synth report` with experiment runs: --runs DIR, --verify experiment|all, --budget, and the limitations
section, on small corpora built by the test and the committed smoke runs."""

import json
import re
from pathlib import Path

import pytest
from pdfs import write_paper
from runfiles import SMOKE_RUNS

from synth.cli.app import main

ROBUST = "Randomized smoothing with data augmentation (RS-DA) improves PAWS-X accuracy by 2.1 points over standard fine-tuning."
OTHER = "XLM-R improves XNLI accuracy by 3.2 points over mBERT in zero-shot transfer."
TINY = dict(encoder="synth/tiny-random-bert", steps=4, eval_every=2, micro_batch=8, train_limit=64, dev_limit=16,
            test_limit=12, generalized_limit=3)


def _corpus(tmp_path: Path, sentences: list[str]) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_paper(corpus / "robust.pdf", "Robust Cross-lingual Transfer", sentences)
    return corpus


def _report(tmp_path, corpus, cache, *extra) -> tuple[int, Path]:
    out = tmp_path / "out"
    code = main(["report", "-q", "robust cross-lingual transfer on PAWS-X and XNLI", "--corpus", str(corpus),
                 "--offline", "--out", str(out), "--cache-dir", str(cache), *extra])
    return code, out


def _links(markdown: str) -> list[str]:
    return re.findall(r"\]\(([^)#]+/results\.json)\)", markdown)


def test_runs_option_adds_robust_gains_with_relative_links(tmp_path, session_cache):
    corpus = _corpus(tmp_path, [OTHER])
    code, out = _report(tmp_path, corpus, session_cache, "--runs", str(SMOKE_RUNS))
    assert code == 0
    data = json.loads((out / "report.json").read_text())
    gains = data["analysis"]["robust_gains"]
    assert [(g["dataset"], g["method"], g["budget"]) for g in gains] == [("PAWS-X", "rs_da", "smoke"),
                                                                         ("XNLI", "rs_da", "smoke")]
    assert data["analysis"]["runs_dirs"] == [str(SMOKE_RUNS)] and data["verify_mode"] == "none"
    md = (out / "report.md").read_text()
    links = _links(md)
    assert len(links) == 4 and all(not link.startswith("/") and (out / link).is_file() for link in links)
    assert "## Robust training per language, from experiment runs" in md and "| gain vs distance |" in md
    for g in gains:
        assert (out / "figures" / f"{g['figure']}.png").is_file() and f"figures/{g['figure']}.png" in md
    html = (out / "report.html").read_text()
    assert 'id="robust-table-2"' in html and html.count('alt="robust_') == 2
    limits = md[md.index("## Limitations of this report"):md.index("## Claims")]
    assert "No claim was verified (--verify none)" in limits
    assert "XNLI multilingual-e5-small rs_da vs baseline at budget smoke: 1 seed (1), 8 optimizer steps, 24 test rows" in limits
    assert "4-bit" in limits and "No experiment runs are part" not in limits


def test_verify_experiment_without_robust_claims_starts_no_run(tmp_path, session_cache):
    corpus = _corpus(tmp_path, [OTHER])
    code, out = _report(tmp_path, corpus, session_cache, "--verify", "experiment", "--budget", "reduced")
    assert code == 0
    data = json.loads((out / "report.json").read_text())
    assert data["experiment_verdicts"] == [] and not (out / "runs").exists()
    assert any("no runs were started" in n and "budget reduced" in n for n in data["notes"])
    md = (out / "report.md").read_text()
    assert "no claim named a robust-training method together with PAWS-X or XNLI, so no run was started" in md
    assert "No experiment runs are part of this report" in md


def test_verify_experiment_reruns_only_robust_training_claims(tmp_path, session_cache, monkeypatch):
    from synth.cli.report import build_report
    from synth.render.files import write_report
    from synth.settings import Settings

    monkeypatch.setenv("SYNTH_EXPERIMENT_EXECUTOR", "local")
    corpus = _corpus(tmp_path, [ROBUST, OTHER])
    data_dir = Path(__file__).resolve().parents[2].parent / "shared" / "data"
    settings = Settings.resolve(cache_dir=session_cache, offline=True, data_dir=data_dir)
    out = tmp_path / "out"
    report = build_report("robust transfer", corpus, settings, None, verify="all", budget="smoke", out=out,
                          experiment_overrides=dict(TINY))
    sentences = {c.text: c.id for c in report.claims if c.table is None and c.paper}
    robust_id = next(cid for text, cid in sentences.items() if "RS-DA" in text)
    assert any("XNLI" in text for text in sentences)  # the other delta sentence is there, and not run
    assert [v.claim_id for v in report.experiment_verdicts] == [robust_id]
    (v,) = report.experiment_verdicts
    assert v.verdict == "inconclusive" and v.spec.task == "pawsx" and len(v.runs) == 2
    assert sorted(p.name for p in (out / "runs").iterdir()) == sorted(v.runs)
    (gain,) = report.analysis.robust_gains  # the runs just made feed the per-language analysis
    assert gain.task == "pawsx" and sorted(gain.baseline_runs + gain.robust_runs) == sorted(v.runs)
    assert report.verify_mode == "all" and report.text_verdicts
    files = write_report(report, out)
    md = files["md"].read_text()
    assert "## Verification by experiment" in md and f"> {ROBUST}" in md
    assert "Experiment verification ran 1 of 1 claim(s) at budget smoke (inconclusive 1)" in md
    assert all((out / link).is_file() for link in _links(md))


def test_runs_directory_without_runs_is_said(tmp_path, session_cache):
    corpus = _corpus(tmp_path, [OTHER])
    empty = tmp_path / "no-runs"
    empty.mkdir()
    code, out = _report(tmp_path, corpus, session_cache, "--runs", str(empty))
    assert code == 0
    data = json.loads((out / "report.json").read_text())
    assert any(n.startswith(f"No experiment run was found in {empty}") for n in data["notes"])


@pytest.mark.parametrize("args,needle", [
    (["--verify", "sometimes"], "Invalid value for '--verify'"),
    (["--budget", "huge"], "Invalid value for '--budget'"),
    (["--runs", "/nonexistent/runs"], "does not exist"),
])
def test_bad_report_options_exit_2(args, needle, capsys):
    assert main(["report", "-q", "q", "--corpus", ".", "--offline", *args]) == 2
    assert needle in capsys.readouterr().err


def test_report_help_documents_experiment_options(capsys):
    assert main(["report", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for needle in ("[none|text|experiment|all]", "--budget [smoke|reduced|full]", "--runs DIR", "OUT/runs/"):
        assert needle in text
