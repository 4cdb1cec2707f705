import json

from pdfs import write_paper

from synth.retrieve.corpus import load_corpus, read_metadata
from synth.store import Cache


def test_shared_corpus_uses_papers_json(papers_dir, session_cache):
    corpus = load_corpus(papers_dir, Cache(session_cache))
    assert len(corpus.papers) == 16 and corpus.unreadable == []
    by_id = {cp.paper.id: cp.paper for cp in corpus.papers}
    xtreme = by_id["2003.11080"]
    assert xtreme.title.startswith("XTREME: A Massively Multilingual Multi-task Benchmark")
    assert xtreme.year == 2020 and xtreme.metadata_from == "papers.json" and xtreme.pages == 20
    assert xtreme.abstract and "across 40 languages and 9 tasks" in xtreme.abstract
    assert "multilingual representations" in xtreme.abstract  # "multi-" + "lingual" at a line end
    assert "ahmad2019_conll_unlabeled_auxiliary_languages" in by_id
    assert len(xtreme.pdf_sha256) == 64


def test_second_load_reads_the_cache(papers_dir, session_cache, monkeypatch):
    load_corpus(papers_dir, Cache(session_cache))
    from synth.retrieve import corpus as corpus_module

    def must_not_parse(*args, **kwargs):
        raise AssertionError("parsed again despite a warm cache")

    monkeypatch.setattr(corpus_module, "parse_pdf", must_not_parse)
    assert len(load_corpus(papers_dir, Cache(session_cache)).papers) == 16


def test_bad_files_are_listed_with_reasons_and_the_rest_kept(tmp_path):
    write_paper(tmp_path / "good.pdf", "A Good Paper on XNLI", ["XLM-R reaches 80.9 accuracy on XNLI."],
                arxiv_stamp="arXiv:1911.02116v2 [cs.CL] 8 Apr 2020")
    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "corrupt.pdf").write_bytes(b"%PDF-1.5\nthis is not really a pdf\n" * 20)
    (tmp_path / "notes.txt").write_text("ignored: not a PDF")
    corpus = load_corpus(tmp_path, Cache(tmp_path / "cache"))
    assert [cp.paper.id for cp in corpus.papers] == ["good"]
    paper = corpus.papers[0].paper
    assert paper.title == "A Good Paper on XNLI" and paper.arxiv_id == "1911.02116" and paper.version == "v2"
    assert paper.metadata_from == "pdf"
    reasons = {u.path.rsplit("/", 1)[-1]: u.reason for u in corpus.unreadable}
    assert reasons["empty.pdf"] == "empty file (0 bytes)"
    assert reasons["corrupt.pdf"].startswith("not a readable PDF")


def test_metadata_entries_keyed_by_file(tmp_path):
    (tmp_path / "papers.json").write_text(json.dumps([{"id": "x1", "file": "a.pdf", "title": "T"}, {"id": "no-file"}]))
    assert read_metadata(tmp_path) == {"a.pdf": {"id": "x1", "file": "a.pdf", "title": "T"}}
