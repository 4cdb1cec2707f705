"""Robust-training gain per language from run directories: the committed smoke runs, and runs built in
the real format with known per-row correctness (gains, intervals, correlation with typology, grouping by
budget, unfinished / unpaired / duplicate / mismatched runs)."""

import json

import pytest
from runfiles import LANGUAGES, REDUCED_RUNS, SMOKE_RUNS, bits, write_run

from synth.analyze import analyze_runs
from synth.analyze.figures import PNG_MAGIC
from synth.analyze.robust import find_runs, robust_gains
from synth.analyze.typology import distances


def test_committed_smoke_runs_give_per_language_gains_that_match_results():
    found = analyze_runs([SMOKE_RUNS])
    assert [(g.task, g.method, g.budget, g.seeds) for g in found.gains] == [
        ("pawsx", "rs_da", "smoke", [1]), ("xnli", "rs_da", "smoke", [1])]
    xnli = found.gains[1]
    results = {}
    for run_id in xnli.baseline_runs + xnli.robust_runs:
        results[run_id] = json.loads((SMOKE_RUNS / run_id / "results.json").read_text())["accuracy"]["standard"]
    base, robust = results[xnli.baseline_runs[0]], results[xnli.robust_runs[0]]
    assert [r.language for r in xnli.languages] == LANGUAGES["xnli"]
    for row in xnli.languages:
        assert row.baseline == pytest.approx(100 * base[row.language], abs=0.01)
        assert row.robust == pytest.approx(100 * robust[row.language], abs=0.01)
        assert row.gain == pytest.approx(row.robust - row.baseline, abs=0.02)
        assert row.ci_low <= row.gain <= row.ci_high and row.rows == 24
    targets = [r for r in xnli.languages if r.language != "en"]
    assert xnli.mean_gain == pytest.approx(sum(r.gain for r in targets) / len(targets), abs=0.02)
    syntactic = next(c for c in xnli.correlations if c.distance == "syntactic")
    assert syntactic.n == 14 and syntactic.ci_low <= syntactic.rho <= syntactic.ci_high
    assert "rs_da" in syntactic.measure or "RS-DA" in syntactic.measure
    assert "4-bit" in xnli.weights_note and xnli.test_rows == 24
    assert any("one seed" in n for n in xnli.notes) and any("14 XNLI target languages" in n for n in xnli.notes)
    pawsx = found.gains[0]  # both runs answer every row alike: the gain is 0 everywhere, no correlation
    assert all(r.gain == 0 for r in pawsx.languages) and all(c.rho is None for c in pawsx.correlations)
    assert any("no rank correlation is defined" in n for n in pawsx.notes)
    for g in found.gains:
        assert found.figures[g.figure].startswith("iVBORw0KGgo")  # base64 of the PNG magic
    assert not found.skipped
    import base64
    assert base64.b64decode(found.figures[xnli.figure]).startswith(PNG_MAGIC)


def _monotone_xnli(tmp_path, seeds=(1, 2), rows=40):
    """Robust gains that grow with syntactic distance to English: k-th closest language gains k rows."""
    order = sorted((lang for lang in LANGUAGES["xnli"] if lang != "en"), key=lambda g: distances(g)["syntactic"])
    base = {lang: bits(rows // 2, rows) for lang in LANGUAGES["xnli"]}
    robust = {"en": bits(rows // 2, rows)} | {lang: bits(rows // 2 + k, rows) for k, lang in enumerate(order, 1)}
    for seed in seeds:
        write_run(tmp_path, "xnli", "baseline", seed, base)
        write_run(tmp_path, "xnli", "rs_da", seed, robust)
    return order


def test_gain_grows_with_syntactic_distance_over_seeds(tmp_path):
    order = _monotone_xnli(tmp_path)
    (gain,), skipped = robust_gains(find_runs([tmp_path])[0])
    assert not skipped and gain.seeds == [1, 2] and gain.test_rows == 40
    by_lang = {r.language: r for r in gain.languages}
    for k, lang in enumerate(order, 1):
        assert by_lang[lang].baseline == 50.0 and by_lang[lang].gain == pytest.approx(100 * k / 40)
    assert by_lang["en"].gain == 0
    assert gain.mean_gain == pytest.approx(100 * 7.5 / 40)
    assert gain.ci_low <= gain.mean_gain <= gain.ci_high and gain.ci_low > 0
    syntactic = next(c for c in gain.correlations if c.distance == "syntactic")
    assert syntactic.rho == pytest.approx(1.0) and syntactic.n == 14
    assert not any("one seed" in n for n in gain.notes)


def test_budgets_are_never_pooled_and_odd_runs_are_skipped_with_reasons(tmp_path):
    smoke, reduced, other = tmp_path / "smoke", tmp_path / "reduced", tmp_path / "other"
    langs = {lang: bits(6, 10) for lang in LANGUAGES["pawsx"]}
    better = {lang: bits(8, 10) for lang in LANGUAGES["pawsx"]}
    write_run(smoke, "pawsx", "baseline", 1, langs)
    write_run(smoke, "pawsx", "rs_da", 1, better)
    write_run(reduced, "pawsx", "baseline", 1, langs, budget="reduced")
    write_run(reduced, "pawsx", "baseline", 2, langs, budget="reduced")
    write_run(reduced, "pawsx", "rs_da", 1, better, budget="reduced")
    write_run(reduced, "pawsx", "rs_da", 2, better, budget="reduced", status="running")
    write_run(reduced, "pawsx", "adversarial", 3, better, budget="reduced")  # no baseline with seed 3
    write_run(other, "pawsx", "rs_da", 1, better)  # the smoke rs_da run again, in another directory
    write_run(reduced, "pawsx", "rs_rp", 1, {lang: bits(5, 8) for lang in LANGUAGES["pawsx"]}, budget="reduced")
    found = analyze_runs([smoke, reduced, other])
    assert sorted((g.budget, g.method, tuple(g.seeds)) for g in found.gains) == [
        ("reduced", "rs_da", (1,)), ("smoke", "rs_da", (1,))]
    assert all(g.mean_gain == pytest.approx(20.0) for g in found.gains)
    reasons = {s.run.split("-t")[0]: s.reason for s in found.skipped}
    assert reasons["pawsx-rs_da-multilingual-e5-small-reduced-s2"].startswith("unfinished: results.json status")
    assert "no baseline run with seed 3" in reasons["pawsx-adversarial-multilingual-e5-small-reduced-s3"]
    assert "no robust-method run with seed 2" in reasons["pawsx-baseline-multilingual-e5-small-reduced-s2"]
    assert "different rows" in reasons["pawsx-rs_rp-multilingual-e5-small-reduced-s1"]
    assert "already read from" in reasons["pawsx-rs_da-multilingual-e5-small-smoke-s1"]
    assert any("never pooled" in c for c in found.caveats)
    assert any("had not finished" in c for c in found.caveats)


def test_interrupted_run_without_results_and_empty_dirs(tmp_path):
    write_run(tmp_path, "pawsx", "baseline", 1, {"en": "10", "de": "01"}, status=None)
    found = analyze_runs([tmp_path, tmp_path / "absent"])
    assert not found.gains and found.skipped[0].reason.startswith("unfinished: no results.json")
    assert analyze_runs([]).caveats == []


def test_committed_reduced_runs_leave_out_seeds_that_did_not_learn():
    # reports/seed-claims-reduced: PAWS-X RS-DA seeds 1 and 3 never left the majority class (English
    # 56.00 and 56.25 vs 56.25); XNLI runs all learned (English 50-57 vs 34.25)
    found = analyze_runs([REDUCED_RUNS])
    by_task = {g.task: g for g in found.gains}
    assert by_task["pawsx"].seeds == [2] and by_task["xnli"].seeds == [1, 2, 3]
    left_out = sorted(s.run.split("-multilingual")[0] + s.run.split("reduced")[1][:3]
                      for s in found.skipped if s.reason.startswith("left out (rule 0)"))
    assert left_out == ["pawsx-baseline-s1", "pawsx-baseline-s3", "pawsx-rs_da-s1", "pawsx-rs_da-s3"]
    assert all("did not learn" in s.reason or "partner did not learn" in s.reason for s in found.skipped)
    assert any(n.startswith("2 of the 2 runs were still improving") for n in by_task["pawsx"].notes)
