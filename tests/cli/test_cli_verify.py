"""`synth verify` end to end on the seed claim set and on bad claim files."""

import json
from pathlib import Path

import pytest

from synth.cli.app import main

SEED = Path(__file__).resolve().parents[2] / "claims" / "seed_report.yaml"


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, papers_dir, session_cache):
    out = tmp_path_factory.mktemp("verify") / "seed"
    return out, ["verify", str(SEED), "--corpus", str(papers_dir), "--offline", "--cache-dir", str(session_cache),
                 "--out", str(out)]


def test_seed_claims_json_contract(seed_run, capsys):
    out, args = seed_run
    assert main(args) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [f"seed-{i:02d}" for i in range(1, 13)]
    for r in rows:
        assert set(r) >= {"id", "claim", "verdict", "confidence", "evidence", "experiment", "basis"}
        assert r["verdict"] in ("supported", "contradicted", "not_in_corpus") and r["experiment"] is None
        assert all(set(e) >= {"paper", "page", "quote"} for e in r["evidence"])
    by_id = {r["id"]: r for r in rows}
    # the robust-training numbers live only in 2104.08645, which the offline corpus lacks
    assert by_id["seed-01"]["verdict"] == "not_in_corpus" and by_id["seed-02"]["verdict"] == "not_in_corpus"
    assert by_id["seed-04"]["verdict"] == "not_in_corpus"
    report = json.loads((out / "report.json").read_text())
    assert report["missing"] == ["2104.08645", "2104.07412"]
    md = (out / "report.md").read_text()
    assert "2104.08645" in md and "### seed-01 — not_in_corpus" in md


def test_markdown_output(seed_run, capsys):
    _, args = seed_run
    assert main(args + ["--format", "md"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("| id | verdict | confidence |") and len(lines) == 14


@pytest.mark.parametrize("name,content,needle", [
    ("empty.yaml", "", "no claims"),
    ("bad.jsonl", '{"id": "a", "claim": "XLM-R beats mBERT."}\nnot json\n', "bad.jsonl:2: not valid JSON"),
])
def test_bad_claim_files_exit_2_with_one_line(tmp_path, papers_dir, name, content, needle, capsys):
    f = tmp_path / name
    f.write_text(content)
    assert main(["verify", str(f), "--corpus", str(papers_dir), "--offline"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and needle in err


def test_experiment_mode_needs_an_out_dir(tmp_path, capsys):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "a", "claim": "Robust training improves PAWS-X accuracy by 2.1 points."}\n')
    assert main(["verify", str(f), "--mode", "experiment", "--offline"]) == 2
    assert "--out DIR is required" in capsys.readouterr().err


def test_experiment_mode_reports_claims_it_cannot_run(tmp_path, session_cache, capsys):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "code", "claim": "The code is available at https://github.com/uclanlp/Robust-XLT ."}\n')
    out = tmp_path / "out"
    assert main(["verify", str(f), "--mode", "experiment", "--offline", "--out", str(out),
                 "--cache-dir", str(session_cache)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["verdict"] is None and row["experiment"]["verdict"] == "not_run"
    assert "no task synth can run" in row["experiment"]["reason"]
    assert "## Verification by experiment" in (out / "report.md").read_text()
    assert main(["log", str(out), "code"]) == 0
    assert "claim code: not_run" in capsys.readouterr().out
