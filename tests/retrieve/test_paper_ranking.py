import pytest

from synth.records import Paper
from synth.retrieve.embedder import Embedder
from synth.retrieve.ranking import key_terms, lexical_overlap, rank_papers
from synth.store import Cache

QUESTION = ("How does the robustness of multilingual encoders in zero-shot cross-lingual transfer vary on "
            "XTREME-R across language families or typological features?")


def test_key_terms_drop_stopwords_keep_names():
    terms = key_terms(QUESTION)
    assert "xtreme-r" in terms and "zero-shot" in terms and "cross-lingual" in terms
    assert "how" not in terms and "the" not in terms and "across" not in terms


def test_lexical_overlap_stems_plurals():
    share, matched = lexical_overlap(["encoders", "families"], "a multilingual encoder for language family data")
    assert matched == ["encoders", "families"] and share == 1.0


def _paper(pid, title, abstract):
    return Paper(id=pid, title=title, abstract=abstract, source=f"/tmp/{pid}.pdf", pdf_sha256="0" * 64)


@pytest.fixture(scope="module")
def embedder(tmp_path_factory):
    return Embedder("sentence-transformers/all-MiniLM-L6-v2", Cache(tmp_path_factory.mktemp("emb")), offline=True)


def test_relevant_paper_ranks_first(embedder):
    papers = [
        _paper("cook", "Slow Cooking for Beginners", "Recipes for stews and braises."),
        _paper("xlt", "Robust Zero-shot Cross-lingual Transfer of Multilingual Encoders",
               "We study robustness of mBERT and XLM-R across typologically diverse language families."),
        _paper("vision", "Image Segmentation with Convolutions", "Pixel-level labels for street scenes."),
    ]
    ranking = rank_papers(QUESTION, papers, {}, embedder)
    assert [r.paper for r in ranking][0] == "xlt"
    assert [r.rank for r in ranking] == [1, 2, 3]
    top = ranking[0]
    assert top.semantic > ranking[1].semantic and "zero-shot cross-lingual transfer" in top.matched_terms
    assert ranking[0].score >= ranking[1].score >= ranking[2].score


def test_embeddings_are_cached(embedder, monkeypatch):
    first = embedder.encode(["a cached sentence about XNLI"])
    from synth.retrieve import embedder as embedder_module

    monkeypatch.setattr(embedder_module, "_load", lambda *a: pytest.fail("model used despite cache"))
    again = embedder.encode(["a cached sentence about XNLI"])
    assert (first == again).all() and abs(float(first[0] @ first[0]) - 1.0) < 1e-5


def test_default_question_ranks_benchmark_and_encoder_papers_above_loosely_related(papers_dir, session_cache):
    from synth.retrieve.corpus import load_corpus
    from synth.retrieve.queries import plan_queries

    cache = Cache(session_cache)
    corpus = load_corpus(papers_dir, cache)
    papers = [cp.paper for cp in corpus.papers]
    first_pages = {cp.paper.id: cp.parsed.page_text[0] for cp in corpus.papers}
    embedder = Embedder("sentence-transformers/all-MiniLM-L6-v2", cache, offline=True)
    ranking = rank_papers(QUESTION, papers, first_pages, embedder, plan_queries(QUESTION))
    rank = {r.paper: r.rank for r in ranking}
    central = ["2003.11080", "1911.02116", "1809.05053", "1906.01502", "2004.01401", "1901.07291"]
    loose = ["1706.04902", "2101.11112", "2004.09813"]
    assert max(rank[p] for p in central) < min(rank[p] for p in loose), rank
    xtreme = next(r for r in ranking if r.paper == "2003.11080")
    assert "XTREME" in xtreme.matched_terms and "cross-lingual transfer" in xtreme.matched_terms
    assert any(q.startswith("XTREME / XTREME-R") for q in xtreme.matched_queries)


def test_bm25_rewards_rare_named_terms_and_saturates():
    from synth.retrieve.queries import TermGroup
    from synth.retrieve.ranking import bm25_scores

    groups = [TermGroup("XTREME", ("XTREME",), 2.0), TermGroup("transfer", ("cross-lingual transfer",), 1.0)]
    docs = [("XTREME benchmark", "cross-lingual transfer " * 3), ("Other", "cross-lingual transfer " * 30),
            ("Other", "cross-lingual transfer"), ("Unrelated", "cooking")]
    scores, matched = bm25_scores(groups, docs)
    assert scores[0] > scores[1] > scores[2] > scores[3] == 0.0
    assert scores[1] < 2 * scores[2]  # saturation: ten times the mentions is not ten times the score
    assert matched[0] == ["XTREME", "cross-lingual transfer"] and matched[3] == []


def test_alias_matching_rules():
    from synth.retrieve.ranking import alias_pattern

    assert alias_pattern("typological").search("transfer works best between typologically similar languages")
    assert alias_pattern("cross-lingual transfer").search("zero-shot cross\nlingual transfer")
    assert alias_pattern("XLM").search("cross-lingual language models (XLMs)")
    assert not alias_pattern("XLM").search("an xlm model") and not alias_pattern("mBERT").search("MBERTA")
