"""Tables and table-cell claims on real shared papers (expectations checked by reading the PDFs)."""

import sys
from pathlib import Path

import pytest

from synth.extract.claims import extract_claims
from synth.parse.pdf import parse_pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(papers_dir):
    out = {}
    for pid in ("2003.11080", "1911.02116", "1809.05053", "1901.07291", "1906.01502", "2101.11112"):
        parsed, _ = parse_pdf(papers_dir / f"{pid}.pdf", pid)
        out[pid] = (parsed, extract_claims(parsed))
    return out


def _cell(claims, table, row, column_part):
    hits = [c for c in claims if c.table == table and c.row and row in c.row.split(" / ")
            and column_part in (c.column or "")]
    return hits


def test_xtreme_main_results_per_task_averages(corpus):
    parsed, claims = corpus["2003.11080"]
    expected = {("mBERT", "XNLI"): 65.4, ("mBERT", "PAWS-X"): 81.9, ("mBERT", "POS"): 71.5, ("mBERT", "NER"): 62.2,
                ("mBERT", "Tatoeba"): 38.7, ("XLM-R Large", "XNLI"): 79.2, ("XLM-R Large", "PAWS-X"): 86.4,
                ("XLM-R Large", "XQuAD"): 76.6, ("XLM-R Large", "BUCC"): 66.0, ("XLM-R Large", "Avg"): 68.2}
    for (row, column), value in expected.items():
        hits = [c for c in _cell(claims, "Table 2", row, column) if c.page == 6]
        assert hits, (row, column)
        assert hits[0].value == value and hits[0].kind == "numeric"
    c = next(c for c in _cell(claims, "Table 2", "XLM-R Large", "XNLI") if c.page == 6)
    assert (c.model, c.dataset, c.metric) == ("XLM-R Large", "XNLI", "accuracy")
    assert c.text.startswith("Table 2 | ") and c.text.endswith("| 79.2")
    assert c.id.startswith("2003.11080:p6:t") and c.source.bbox is not None
    assert "XNLI" in c.column and "Pair sentence" in c.column  # multi-level header path
    assert ":r" in c.id and c.id.split(":")[-1].startswith("r")


def test_table_text_does_not_leak_into_sentences(corpus):
    parsed, claims = corpus["2003.11080"]
    assert not any(s.text.startswith("XQuAD 87,599") or "64.5 / 49.4 61.4" in s.text for s in parsed.sentences)
    assert not any(not c.table and "59.8 65.4 81.9" in c.text for c in claims)


@pytest.mark.parametrize("pid,table,row,expected", [
    ("1911.02116", "Table 1", "XLM-R", {"en": 89.1, "fr": 84.1, "sw": 73.9, "ur": 73.8}),
    ("1901.07291", "Table 1", "XLM (MLM+TLM)", {"en": 85.0, "fr": 78.7, "de": 77.8, "ur": 67.3}),
])
def test_xnli_per_language_accuracy(corpus, pid, table, row, expected):
    _, claims = corpus[pid]
    for lang, value in expected.items():
        hits = [c for c in claims if c.table == table and c.row and row in c.row.split(" / ")
                and c.languages == [lang]]
        assert any(c.value == value for c in hits), (lang, [c.value for c in hits])
    assert all(c.metric == "accuracy" and c.dataset == "XNLI" for c in hits)


def test_tables_found_in_at_least_five_papers(corpus):
    with_tables = [pid for pid, (parsed, claims) in corpus.items() if any(c.table for c in claims)]
    assert len(with_tables) >= 5
    for parsed, _ in corpus.values():
        for t in parsed.tables:
            assert t.label and t.label.startswith("Table ") and t.caption and t.bbox and t.cells


def test_statistics_tables_give_no_claims(corpus):
    _, claims = corpus["2101.11112"]  # Table 2 counts entities: not a result
    assert not any(c.table == "Table 2" for c in claims)


def test_extraction_quality_floor():
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_extract_quality import LABELS, score_paper, totals

    results = [score_paper(f) for f in sorted(LABELS.glob("*.yaml"))]
    t = totals(results)
    assert t["cells"]["labels"] >= 280
    assert t["cells"]["precision"] >= 0.97 and t["cells"]["recall"] >= 0.93
    s = t["sentences"]
    assert s["labels"] >= 40 and len({r["paper"] for r in results if r["sentences"]["labels"]}) >= 3
    assert s["precision"] >= 0.9 and s["recall"] >= 0.85 and s["field_accuracy"] >= 0.9
