"""The real client and `synth report` against a fake arXiv on 127.0.0.1 (faults included), the cache
on a second run, and --offline without a corpus proving that no socket is opened."""

import json
import shutil
import socket

import pytest

from synth.cli import report as report_module
from synth.cli.app import main
from synth.retrieve.arxiv_client import FetchError, parse_arxiv_id

QUESTION = ("How does the robustness of multilingual encoders in zero-shot cross-lingual transfer vary on "
            "XTREME-R across language families or typological features?")


def test_server_faults_503_429_cut_truncated_and_hang(fake_arxiv, make_client, clock):
    fake_arxiv.fault("/api/query", "503", "429:5")
    fake_arxiv.fault("/pdf/1809.05053", "cut", "truncated", "hang:2")
    client = make_client(fake_arxiv.api, fake_arxiv.pdf, timeout=0.3)
    entry = client.lookup(parse_arxiv_id("1809.05053"))
    assert entry.title.startswith("XNLI") and entry.versioned == "1809.05053v1"
    assert fake_arxiv.requests_to("/api/query") == 3 and clock.slept == [3.0, 5.0]
    path, digest = client.pdf(entry)
    assert path.read_bytes() == (fake_arxiv.papers_dir / "1809.05053.pdf").read_bytes()
    reasons = [e.split(": ", 1)[1] for e in client.events]
    assert reasons[0].startswith("HTTP 503") and reasons[1].startswith("HTTP 429")
    assert "connection failed (RemoteProtocolError" in reasons[2] or "truncated (" in reasons[2]
    assert "truncated PDF" in reasons[3] and "timed out (ReadTimeout)" in reasons[4]
    assert fake_arxiv.requests_to("/pdf/1809.05053") == 4 and client.requests == 7


def test_server_pdf_failure_after_retries(fake_arxiv, make_client):
    fake_arxiv.fault("/pdf/1901.07291", "503", "503", "503")
    client = make_client(fake_arxiv.api, fake_arxiv.pdf, max_retries=2)
    with pytest.raises(FetchError, match="gave up after 3 attempts: HTTP 503"):
        client.pdf(client.lookup(parse_arxiv_id("1901.07291")))


@pytest.fixture
def live(monkeypatch, fake_arxiv, make_client, tmp_path):
    """`synth report` wired to the fake arXiv, with the fake clock; returns the clients it made."""
    monkeypatch.setenv("SYNTH_ARXIV_API", fake_arxiv.api)
    monkeypatch.setenv("SYNTH_ARXIV_PDF", fake_arxiv.pdf)
    made = []

    def make(settings, on_event=None):
        client = make_client(settings.arxiv_api, settings.arxiv_pdf, settings.cache_dir, settings.offline,
                             timeout=0.3, on_event=on_event)
        made.append(client)
        return client

    monkeypatch.setattr(report_module, "make_client", make)
    return made


def _block_sockets(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("a socket was opened offline")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_live_report_with_faults_seeds_cache_and_offline_rerun(live, fake_arxiv, tmp_path, session_cache,
                                                               monkeypatch, capsys):
    # The parse and embedding caches of the session are shared; arXiv answers start cold.
    cache = tmp_path / "cache"
    for ns in ("parsed", "embeddings"):
        if (session_cache / ns).is_dir():
            shutil.copytree(session_cache / ns, cache / ns)
    fake_arxiv.fault("/api/query", "503")
    fake_arxiv.fault("/pdf/2003.11080", "429:4")
    fake_arxiv.fault("/pdf/1911.02116", "truncated", "truncated", "truncated", "truncated", "truncated")
    out = tmp_path / "r"
    args = ["report", "-q", QUESTION, "--out", str(out), "--cache-dir", str(cache), "--max-papers", "3",
            "--paper", "1809.05053v2", "--paper", "2104.08645", "--paper", "not-an-id", "--paper", "1234.56789"]
    assert main(args) == 0, capsys.readouterr().err
    data = json.loads((out / "report.json").read_text())
    first_requests = live[0].requests
    assert first_requests > 10

    assert len(data["query_plan"]) == len(data["queries"]) >= 5 and data["queries"][0].startswith('abs:"multilingual')
    assert all(q["why"] and q["results"] is not None for q in data["query_plan"])
    ids = {p["id"] for p in data["papers"]}
    assert {"2003.11080", "1809.05053"} <= ids and "1911.02116" not in ids
    failed = {f["id"]: f["reason"] for f in data["failed"]}
    assert "gave up after 5 attempts: truncated PDF" in failed["1911.02116v1"]
    assert failed["2104.08645"] == "not found on arXiv (2104.08645)"
    assert failed["not-an-id"].startswith("malformed arXiv id 'not-an-id'")
    assert failed["1234.56789"].startswith("withdrawn (1234.56789v1")
    assert set(data["missing"]) >= {"2104.08645", "1234.56789", "1911.02116v1"}
    xnli = next(p for p in data["papers"] if p["id"] == "1809.05053")
    assert xnli["version"] == "v2" and xnli["metadata_from"] == "arxiv" and xnli["source"].endswith("/pdf/1809.05053v2")
    rows = {r["paper"]: r for r in data["ranking"]}
    assert rows["1809.05053"]["kept_because"] == "seed (--paper 1809.05053v2)"
    assert rows["2003.11080"]["kept_because"].startswith("found by ") and rows["2003.11080"]["matched_queries"]
    notes = " ".join(data["notes"])
    assert "HTTP 503" in notes and "(Retry-After)" in notes and "retried" in notes
    md = (out / "report.md").read_text()
    assert "## Queries" in md and "## Papers that could not be obtained" in md and "withdrawn" in md
    assert "why kept" in md and "seed (--paper 1809.05053v2)" in md
    assert "arXiv: retry" in capsys.readouterr().err  # retries logged live on stderr too

    # Second run: only the PDF that failed is asked for again (failures are not cached), and now arrives.
    out2 = tmp_path / "r2"
    assert main(args[:3] + ["--out", str(out2)] + args[5:]) == 0
    assert live[1].requests == 1 and fake_arxiv.log[-1] == "/pdf/1911.02116v1"
    again = json.loads((out2 / "report.json").read_text())
    ids = {p["id"] for p in again["papers"]}
    assert ids == {p["id"] for p in data["papers"]} | {"1911.02116"}

    # Third identical run: everything from the cache, no request at all.
    served = len(fake_arxiv.log)
    assert main(args[:3] + ["--out", str(tmp_path / "r3")] + args[5:]) == 0
    assert live[2].requests == 0 and len(fake_arxiv.log) == served
    third = json.loads((tmp_path / "r3" / "report.json").read_text())
    assert [r["paper"] for r in third["ranking"]] == [r["paper"] for r in again["ranking"]]

    # Offline, no corpus, sockets blocked: the cached search serves the same report.
    attempts = _block_sockets(monkeypatch)
    out4 = tmp_path / "r4"
    assert main(args[:3] + ["--out", str(out4), "--offline"] + args[5:]) == 0
    offline = json.loads((out4 / "report.json").read_text())
    assert attempts == [] and live[3].requests == 0 and live[3]._http is None
    assert {p["id"] for p in offline["papers"]} == ids and offline["provenance"]["offline"] is True


def test_offline_empty_cache_no_corpus_one_error_no_socket(tmp_path, monkeypatch, capsys):
    attempts = _block_sockets(monkeypatch)
    code = main(["report", "-q", QUESTION, "--offline", "--cache-dir", str(tmp_path / "empty"),
                 "--paper", "2104.08645"])
    err = capsys.readouterr().err
    assert code == 1 and attempts == [] and err.count("\n") == 1
    assert "offline: no --corpus given" in err and str(tmp_path / "empty") in err
    assert "holds no arXiv results" in err and "2104.08645" in err


def test_query_with_no_results_and_bad_seed_still_build(live, fake_arxiv, tmp_path, session_cache):
    out = tmp_path / "r"
    assert main(["report", "-q", "zzqx frobnication wibble", "--out", str(out), "--cache-dir", str(session_cache),
                 "--paper", "2999.99999v3"]) == 0
    data = json.loads((out / "report.json").read_text())
    assert data["papers"] == [] and data["ranking"] == [] and data["claims"] == []
    assert all(q["results"] == 0 for q in data["query_plan"]) and data["query_plan"]
    assert any("no results" in n for n in data["notes"])
    assert data["failed"] == [{"id": "2999.99999v3", "kind": "paper", "reason": "not found on arXiv (2999.99999v3)"}]


def test_seed_in_local_corpus_is_not_fetched(live, fake_arxiv, papers_dir, tmp_path, session_cache):
    out = tmp_path / "r"
    assert main(["report", "-q", QUESTION, "--corpus", str(papers_dir), "--out", str(out), "--cache-dir",
                 str(session_cache), "--max-papers", "1", "--paper", "2003.11080v2", "--paper", "2104.08645"]) == 0
    data = json.loads((out / "report.json").read_text())
    assert len(data["papers"]) == 16 and fake_arxiv.requests_to("/pdf/") == 0
    rows = {r["paper"]: r for r in data["ranking"]}
    assert rows["2003.11080"]["kept_because"] == "seed (--paper 2003.11080v2); found in the local corpus"
    assert rows["1911.02116"]["kept_because"].startswith("in the local corpus")
    assert data["missing"] == ["2104.08645"]
