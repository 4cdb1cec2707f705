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
    assert top.semantic > ranking[1].semantic and "cross-lingual" in top.matched_terms
    assert ranking[0].score >= ranking[1].score >= ranking[2].score


def test_embeddings_are_cached(embedder, monkeypatch):
    first = embedder.encode(["a cached sentence about XNLI"])
    from synth.retrieve import embedder as embedder_module

    monkeypatch.setattr(embedder_module, "_load", lambda *a: pytest.fail("model used despite cache"))
    again = embedder.encode(["a cached sentence about XNLI"])
    assert (first == again).all() and abs(float(first[0] @ first[0]) - 1.0) < 1e-5
