"""`synth report`, `claims`, `log` end to end on the shared corpus, offline, as a new user runs them."""

import json
import re
import shutil

import pytest
from pdfs import write_paper

from synth.cli.app import main

QUESTION = ("How does the robustness of multilingual encoders in zero-shot cross-lingual transfer vary on "
            "XTREME-R across language families or typological features?")


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory, papers_dir, session_cache):
    out = tmp_path_factory.mktemp("reports") / "r1"
    code = main(["report", "--question", QUESTION, "--corpus", str(papers_dir), "--offline", "--out", str(out),
                 "--cache-dir", str(session_cache)])
    assert code == 0
    return out


def test_report_writes_three_files(report_dir):
    for name in ("report.md", "report.html", "report.json"):
        assert (report_dir / name).stat().st_size > 1000


def test_report_json_lists_all_papers_ranked_and_claims_with_pages(report_dir):
    data = json.loads((report_dir / "report.json").read_text())
    assert data["question"] == QUESTION
    assert len(data["papers"]) == 16 and len(data["ranking"]) == 16
    assert sorted(r["rank"] for r in data["ranking"]) == list(range(1, 17))
    assert all(0 < r["score"] < 1 for r in data["ranking"])
    paper_ids = {p["id"] for p in data["papers"]}
    assert len(data["claims"]) > 100
    paper_claims = [c for c in data["claims"] if not c["id"].startswith("synth:finding:")]
    for claim in paper_claims:
        assert claim["paper"] in paper_ids and claim["page"] >= 1 and claim["text"]
        assert claim["kind"] in ("numeric", "qualitative")
    assert any(c["kind"] == "numeric" and c["dataset"] == "XNLI" for c in data["claims"])
    assert data["provenance"]["offline"] is True
    assert any("not yet verified" in n for n in data["notes"])


def test_claims_in_report_point_at_text_on_their_page(report_dir, papers_dir):
    import pymupdf

    from synth.parse.normalize import normalize_for_match

    data = json.loads((report_dir / "report.json").read_text())
    files = {p["id"]: p["source"] for p in data["papers"]}
    paper_claims = [c for c in data["claims"] if c["paper"] is not None]  # synth's own findings have none
    for claim in paper_claims[::25]:
        with pymupdf.open(files[claim["paper"]]) as doc:
            page = normalize_for_match(doc[claim["page"] - 1].get_text()).replace("- ", "").replace(" ", "")
        # a table-cell claim's text joins its headers; the cell itself is what is printed on the page
        quote = claim["source"]["quote"] if claim.get("table") else claim["text"]
        words = normalize_for_match(quote).replace("- ", "").replace(" ", "")
        assert words[:40].replace("-", "") in page.replace("-", ""), claim["id"]


def test_html_shows_ranking_and_sortable_claims_table(report_dir):
    html = (report_dir / "report.html").read_text()
    assert "<table id=\"papers-table\"" in html and "<table id=\"claims-table\"" in html
    assert "XTREME: A Massively Multilingual Multi-task Benchmark" in html
    assert re.search(r'href="[^"]*2003\.11080\.pdf#page=\d+"', html)
    assert "<script src" not in html and "<link " not in html  # self-contained


def test_claims_command_prints_the_same_table(report_dir, capsys):
    assert main(["claims", str(report_dir)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].startswith("| id | paper | page |")
    assert table.strip() in (report_dir / "report.md").read_text()
    data = json.loads((report_dir / "report.json").read_text())
    sentence_claims = [c for c in data["claims"] if c["table"] is None]
    table_claims = len(data["claims"]) - len(sentence_claims)
    ids = {c["id"] for c in sentence_claims}
    rows = [line for line in table.splitlines() if line.startswith("| ") and line.split("|")[1].strip() in ids]
    assert len(rows) == len(sentence_claims)
    assert f"Claims read from table cells ({table_claims} in" in table


def test_claims_csv_and_html(report_dir, capsys):
    assert main(["claims", str(report_dir), "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].startswith("id,paper,page,kind,verdict")
    assert main(["claims", str(report_dir), "--format", "html"]) == 0
    assert "<table id=\"claims-table\"" in capsys.readouterr().out


def test_claims_rerenders_without_recomputing(report_dir, tmp_path, capsys):
    copy = tmp_path / "copy"
    shutil.copytree(report_dir, copy)
    data = json.loads((copy / "report.json").read_text())
    data["claims"] = [c for c in data["claims"] if c["table"] is None][:1]
    (copy / "report.json").write_text(json.dumps(data))
    assert main(["claims", str(copy)]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 3


def test_log_says_there_are_no_runs(report_dir, capsys):
    assert main(["log", str(report_dir)]) == 0
    assert "No verification runs" in capsys.readouterr().out


def test_corpus_with_bad_files_and_script_title(tmp_path, session_cache, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_paper(corpus / "evil.pdf", "Evil", ["We find that XLM-R improves XNLI accuracy by 2.1 points over mBERT."])
    (corpus / "papers.json").write_text(json.dumps([{"id": "evil", "file": "evil.pdf",
                                                     "title": "<script>alert('x')</script> Robust XNLI"}]))
    (corpus / "zero.pdf").write_bytes(b"")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00\xff junk" * 100)
    out = tmp_path / "out"
    assert main(["report", "-q", "robust XNLI transfer", "--corpus", str(corpus), "--offline", "--out", str(out),
                 "--cache-dir", str(session_cache)]) == 0
    html = (out / "report.html").read_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    data = json.loads((out / "report.json").read_text())
    reasons = {u["path"].rsplit("/", 1)[-1]: u["reason"] for u in data["unreadable"]}
    assert reasons["zero.pdf"] == "empty file (0 bytes)" and "not a readable PDF" in reasons["broken.pdf"]
    assert "zero.pdf" in (out / "report.md").read_text()
    assert [c["paper"] for c in data["claims"]] == ["evil"]


@pytest.mark.parametrize("args,needle", [
    (["report", "--question", "q", "--corpus", "/nonexistent/dir", "--offline"], "does not exist"),
    (["report", "--question", "   ", "--corpus", "."], "must not be empty"),
    (["report", "--question", "q", "--frobnicate"], "No such option"),
    (["report"], "Missing option"),
    (["claims", "/nonexistent/report"], "does not exist"),
])
def test_bad_usage_is_one_line_and_exit_2(args, needle, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and needle in err and err.startswith("synth: error:")


def test_offline_without_corpus_names_what_is_missing(capsys):
    assert main(["report", "--question", "q", "--offline"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--corpus" in err and "offline" in err


def test_claims_on_a_directory_without_report(tmp_path, capsys):
    assert main(["claims", str(tmp_path)]) == 1
    assert "no report.json" in capsys.readouterr().err


def test_help_exits_zero(capsys):
    assert main(["--help"]) == 0
    assert "report" in capsys.readouterr().out
    assert main(["report", "--help"]) == 0
    assert "--corpus" in capsys.readouterr().out


def test_report_analyses_xnli_transfer_gap_against_typology(report_dir):
    data = json.loads((report_dir / "report.json").read_text())
    analysis = data["analysis"]
    xnli = {(c["model"], c["distance"]): c for c in analysis["correlations"] if c["dataset"] == "XNLI"}
    for model in ("mBERT", "XLM-R"):
        for kind in ("syntactic", "genetic"):
            c = xnli[(model, kind)]
            assert c["n"] == 14 and c["ci_low"] <= c["rho"] <= c["ci_high"]
    assert sorted(p.name for p in (report_dir / "figures").iterdir()) == sorted(
        f"{n}.png" for n in analysis["figures"])
    html = (report_dir / "report.html").read_text()
    assert 'id="correlations-table"' in html and "data:image/png;base64," in html
    findings = [c for c in data["claims"] if c["id"].startswith("synth:finding:")]
    assert any("grows with syntactic distance" in c["text"] and c["model"] == "XLM-R" for c in findings)
    assert "## Synthesis" in (report_dir / "report.md").read_text()
