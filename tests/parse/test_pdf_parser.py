"""The PDF parser on real shared papers and on broken files built here."""

import pytest
from pdfs import write_encrypted, write_image_only, write_paper, write_truncated

from synth.parse.pdf import UnreadablePdf, parse_pdf


@pytest.fixture(scope="module")
def xlmr(papers_dir):
    return parse_pdf(papers_dir / "1911.02116.pdf", "1911.02116")


def test_xlmr_sentence_with_page_and_right_column_bbox(xlmr):
    parsed, facts = xlmr
    hits = [s for s in parsed.sentences if s.text.startswith("Our best model XLM-RoBERTa (XLM-R) outperforms mBERT")]
    assert len(hits) == 1
    s = hits[0]
    assert s.text.endswith("by up to 23% accuracy on low-resource languages.")
    assert s.page == 1 and s.section_kind == "introduction"
    x0, y0, x1, y1 = s.bbox
    assert x0 > 300 and x1 < 560 and y0 < y1  # right-hand column of page 1
    assert facts.arxiv_id == "1911.02116" and facts.arxiv_version == "v2"
    assert facts.title == "Unsupervised Cross-lingual Representation Learning at Scale"


def test_xlmr_sections_in_order(xlmr):
    parsed, _ = xlmr
    kinds = [s.kind for s in parsed.sections]
    assert kinds[:2] == ["abstract", "introduction"]
    assert "references" in kinds and "conclusion" in kinds
    assert kinds.index("conclusion") < kinds.index("references")
    assert parsed.pages == 12 and len(parsed.page_text) == 12


def test_xnli_paper_dehyphenation_and_ligatures(papers_dir):
    parsed, _ = parse_pdf(papers_dir / "1809.05053.pdf", "1809.05053")
    text = " ".join(s.text for s in parsed.sentences)
    assert "\ufb01" not in text and "\ufb02" not in text
    assert "cross-lingual" in text
    assert all(s.page >= 1 for s in parsed.sentences)
    assert [s.index for s in parsed.sentences] == list(range(len(parsed.sentences)))
    # p.9 breaks "TRANS-" | "LATE TEST" across two text blocks; the paper prints "TRANSLATE" elsewhere
    assert any(s.text.startswith("Within translation, TRANSLATE TEST appears") for s in parsed.sentences)
    assert not any(s.text.startswith("LATE TEST") for s in parsed.sentences)
    # p.9: a sentence cut at "other lan-" does not run on into the caption of Table 5
    assert not any("lan-Table 5" in s.text or "lanTable" in s.text for s in parsed.sentences)
    assert any(s.text.startswith("Table 5: Validation accuracy") for s in parsed.sentences)


def test_a_block_starting_with_a_subscript_continues_the_sentence(papers_dir):
    # XGLUE p.7 sets "Unicoder^xFNP_SC": the lowered "SC" starts the next text block
    parsed, _ = parse_pdf(papers_dir / "2004.01401.pdf", "2004.01401")
    texts = [s.text for s in parsed.sentences]
    assert any(t.startswith("For UnicoderxF NP SC , the hyper-parameters are set as follows: 1,024 hidden size") for t in texts)
    assert "For UnicoderxF NP" not in texts
    assert not any(t.startswith("SC ") for t in texts)


def test_a_block_ending_on_a_word_no_sentence_ends_on_goes_on_in_the_next(papers_dir):
    # XLM-R p.4: "We fine-tune multilingual models either (1) on the" | "English set to evaluate [...]"
    parsed, _ = parse_pdf(papers_dir / "1911.02116.pdf", "1911.02116")
    texts = [s.text for s in parsed.sentences]
    assert any(t.startswith("We fine-tune multilingual models either (1) on the English set") for t in texts)
    assert not any(t.startswith("English set to evaluate") for t in texts)


def test_a_footnote_between_two_halves_of_a_sentence_does_not_cut_it(papers_dir):
    # XNLI p.4 sets footnote 1 ("1http://www.anc.org/") at the foot of the left column, between "We obtained a
    # three-vote consen-" and "sus for 93% of the data." at the top of the right one; p.8 sets footnote 4 between
    # "For X-BiLSTMs," and "we perform model selection [...]"
    parsed, _ = parse_pdf(papers_dir / "1809.05053.pdf", "1809.05053")
    texts = [s.text for s in parsed.sentences]
    assert "We obtained a three-vote consensus for 93% of the data." in texts
    assert "For X-BiLSTMs, we perform model selection on the XNLI validation set in each target language." in texts
    assert "1http://www.anc.org/" in texts  # the footnote stays a passage of its own
    assert not any(t.startswith(("sus for", "we perform model selection")) for t in texts)


def test_a_footnote_set_in_two_blocks_is_one_passage(papers_dir):
    # BUFFET p.5: footnote 4 runs on in a second block ("in the original instruction."); XLM-R's "R" after a
    # hyphen at a block's end stays a name's suffix (SIB-200 p.8: "XLM-" | "R and its script")
    parsed, _ = parse_pdf(papers_dir / "2305.14857.pdf", "2305.14857")
    texts = [s.text for s in parsed.sentences]
    assert any(t.startswith("4For example, an instruction for PAWS-X") and t.endswith("in the original instruction.")
               for t in texts)
    sib, _ = parse_pdf(papers_dir / "2309.07445.pdf", "2309.07445")
    assert any("pre-training corpus of XLM-R and its script is included." in s.text for s in sib.sentences)


def test_generated_paper_metadata_from_pdf(tmp_path):
    pdf = write_paper(tmp_path / "p.pdf", "Robust Transfer Across Languages",
                      ["We find that XLM-R outperforms mBERT by 2.1 points on PAWS-X. It is robust."],
                      arxiv_stamp="arXiv:2104.08645v2 [cs.CL] 18 Apr 2021", headings={0: "1 Introduction"})
    parsed, facts = parse_pdf(pdf, "p")
    assert facts.title == "Robust Transfer Across Languages"
    assert (facts.arxiv_id, facts.arxiv_version) == ("2104.08645", "v2")
    texts = [s.text for s in parsed.sentences if s.section_kind == "introduction"]
    assert texts == ["We find that XLM-R outperforms mBERT by 2.1 points on PAWS-X.", "It is robust."]
    assert not any("arXiv" in s.text for s in parsed.sentences)  # the margin stamp is not prose


@pytest.mark.parametrize("make,reason", [
    (lambda p: p.write_bytes(b"") or p, "empty file"),
    (lambda p: p.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50) or p, "not a readable PDF"),
    (write_encrypted, "encrypted"),
])
def test_unreadable_files_raise_clear_errors(tmp_path, make, reason):
    path = tmp_path / "bad.pdf"
    make(path)
    with pytest.raises(UnreadablePdf, match=reason):
        parse_pdf(path, "bad")


def test_truncated_pdf(tmp_path, papers_dir):
    path = write_truncated(tmp_path / "t.pdf", papers_dir / "1911.02116.pdf")
    try:
        parsed, _ = parse_pdf(path, "t")
    except UnreadablePdf as exc:
        assert "damaged" in str(exc) or "not a readable PDF" in str(exc)
    else:  # PyMuPDF may repair part of it: then what is kept must be real text
        assert parsed.sentences


def test_page_without_text_layer_is_reported(tmp_path):
    parsed, _ = parse_pdf(write_image_only(tmp_path / "scan.pdf"), "scan")
    assert parsed.sentences == []
    assert [(e.page, e.reason) for e in parsed.page_errors] == [(1, "no text layer (scanned image or empty page)")]


def test_very_long_pdf_is_bounded(tmp_path):
    import pymupdf

    from synth.parse import pdf as pdf_module

    doc = pymupdf.open()
    for i in range(pdf_module.MAX_PAGES + 5):
        doc.new_page().insert_text((72, 72), f"Page {i + 1} reports 85.{i % 10} accuracy on XNLI.")
    path = tmp_path / "long.pdf"
    doc.save(path)
    parsed, facts = parse_pdf(path, "long")
    assert facts.pages == pdf_module.MAX_PAGES + 5
    assert max(s.page for s in parsed.sentences) == pdf_module.MAX_PAGES
    assert "synth reads the first" in parsed.page_errors[0].reason


def test_a_block_opening_on_a_bracket_goes_on_with_the_sentence_before(papers_dir):
    # Dufter and Schütze p.1 set "multilingual BERT1" (a footnote mark) at a block's end and "(mBERT)." in the next
    parsed, _ = parse_pdf(papers_dir / "2005.00396.pdf", "2005.00396")
    texts = [s.text for s in parsed.sentences]
    assert "A simple multilingual model is multilingual BERT1 (mBERT)." in texts
    assert "(mBERT)." not in texts
    # an equation's number stays apart from the formula before it
    survey, _ = parse_pdf(papers_dir / "1706.04902.pdf", "1706.04902")
    assert "(6)" in [s.text for s in survey.sentences]
