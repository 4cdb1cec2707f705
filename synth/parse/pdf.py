"""Read a PDF with PyMuPDF into a ParsedPaper: sentences in reading order with page and bbox.

PyMuPDF returns text blocks in content-stream order, which for LaTeX two-column papers is column by
column; we keep that order.  A paragraph broken across a column or page boundary is re-joined when
the first block does not end a sentence and the next starts in lowercase.  Rotated lines (the arXiv
margin stamp) are kept out of the prose but read for the arXiv id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from synth.errors import SynthError
from synth.parse.normalize import COMPOUND_PREFIX, LINE_HYPHEN, clean, join_lines, resolve_line_hyphens, word_counts
from synth.parse.sections import heading_kind
from synth.parse.sentences import split_sentences
from synth.parse.tables import (
    CAPTION,
    OTHER_CAPTION,
    PageLayout,
    choose_tables,
    has_dense_numeric_grid,
    page_layout,
)
from synth.records import BBox, PageError, ParsedPaper, Section, Sentence

PARSER_VERSION = "parse-25"  # 3: tables, table text kept out of sentences; 4: caption-less grids, sub-tables; 5: group
# labels spread; 6: words broken across blocks joined; 7: group labels centred between rows; 8: column group labels
# ("XNLI (Acc)") head every column of their group; 9: a hyphen kept at a line end dropped where the paper prints
# the joined word more often ("Chat-" + "GPT"), no sentence continued into a caption, group labels spread past a
# row labelled alone ("Random"); 10: a figure in the other column no longer hides a table below its caption;
# 11: a block starting with a model name's subscript ("SC , the hyper-parameters") continues the sentence before it;
# 12: a group label over one of its repeated sub-columns ("DE" over "P R F1") heads them all; 13: a group label
# centred over more columns than it covers heads them, even one nearer to the next label; 14: a row whose nearest
# label columns hold only ditto marks ("-") is named by the label columns further left; 15: a header row between two
# blocks of rows heads only the rows below it (XTREME Tables 20, 21); 16: a footnote mark after a sentence's full stop
# ends that sentence ("(cosine similarity).6 Artetxe, ..."); 17: a spacing accent joined to the letter after it
# ("Agi´c" → "Agić"); 18: a footnote set between the two halves of a sentence no longer cuts it ("We obtained a
# three-vote consen-" | "1http://www.anc.org/" | "sus for 93% of the data."), "XLM-" | "R" keeps its hyphen, "etc."
# before a capitalised word ends a sentence; 19: a sentence may start with a name in lower case ("mBERT and
# DistilmBERT use [...]"); 20: a row label column whose few labels repeat ("bBPE") is read with the label column
# beyond a column of whole numbers ("RoBERTa | 1 | bBPE"); the first line of a column name set on two ("XLM-R" over
# "base") heads no column beside it ("MLP"); 21: blocks set one under another whose columns stand elsewhere than the
# first's are read with their own columns (BUFFET's per-language tables); 22: a block opening on a bracket goes on
# with the unfinished sentence before it ("multilingual BERT1" | "(mBERT)."); 23: a leftmost column of distinct small
# whole numbers under a word ("LAYER" over 0, 1, 2) names the rows of a table with no other row labels ("LAYER 2");
# labels centred beside a group of rows ("IE.Romance", "RRT" beside Romanian's train, dev and test rows) name every
# row; 24: a block ending on a word no sentence ends on ("either (1) on the") goes on in the next ("English set");
# 25: a code in a header row ("ISO 639-1 code") does not start the table's body
ARXIV_STAMP = re.compile(r"arXiv:\s*(\d{4}\.\d{4,5})(v\d+)?")
SUBSCRIPT_WORD = re.compile(r"[A-Za-z]{1,5}")  # "SC", "LC", "base": a model's subscript, never a footnote mark
SUBSCRIPT_SIZE = 0.85  # of the block's largest font
FOOTNOTE_SIZE = 0.9  # of the body text's font: a footnote is set smaller
FOOTNOTE_MARK = re.compile(r"\d{1,2}|[*†‡§¶]")  # a footnote's raised mark
MAX_PAGES = 300  # a longer PDF is read up to here; the rest is reported as a page error


class UnreadablePdf(SynthError):
    """The file is not a PDF we can read (empty, corrupt, encrypted)."""


@dataclass
class _Line:
    text: str
    bbox: BBox


@dataclass
class _Block:
    page: int
    lines: list[_Line]
    bold: bool
    size: float
    text: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)
    subscript_first: bool = False  # starts with a lowered short word ("Unicoder^xFNP" then "_SC , the ...")
    marked_first: bool = False  # starts with a raised number or symbol set smaller than the rest ("^4To allow")


@dataclass(frozen=True)
class PdfFacts:
    """What the PDF says about itself, for papers with no metadata file."""

    title: str | None
    arxiv_id: str | None
    arxiv_version: str | None
    pages: int


def open_pdf(path: Path) -> pymupdf.Document:
    if path.stat().st_size == 0:
        raise UnreadablePdf("empty file (0 bytes)")
    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as exc:  # PyMuPDF raises several types for damaged files
        raise UnreadablePdf(f"not a readable PDF ({exc})") from None
    if doc.needs_pass:
        doc.close()
        raise UnreadablePdf("encrypted PDF (password required)")
    if doc.page_count == 0:
        doc.close()
        raise UnreadablePdf("damaged or truncated PDF: no readable pages")
    return doc


def _page_blocks(page: pymupdf.Page, page_no: int) -> tuple[list[_Block], list[str], list[BBox]]:
    blocks: list[_Block] = []
    rotated: list[str] = []
    images: list[BBox] = []
    for b in page.get_text("dict")["blocks"]:
        if b.get("type") != 0:
            images.append(tuple(b["bbox"]))
            continue
        lines: list[_Line] = []
        sizes: list[float] = []
        first_sizes: list[float] = []
        first_span: tuple[str, float] | None = None  # the block's first printed span and its size
        bold = True
        for line in b["lines"]:
            text = "".join(s["text"] for s in line["spans"])
            if not text.strip():
                continue
            if tuple(round(v) for v in line["dir"]) != (1, 0):
                rotated.append(text)
                continue
            lines.append(_Line(text, tuple(line["bbox"])))
            for s in line["spans"]:
                if s["text"].strip():
                    sizes.append(s["size"])
                    first_span = first_span or (s["text"].strip(), s["size"])
                    if len(lines) == 1:
                        first_sizes.append(s["size"])
                    bold = bold and bool(s["flags"] & 16 or "Bold" in s["font"] or "Medi" in s["font"])
        if lines:
            block = _Block(page_no, lines, bold, max(sizes) if sizes else 0.0)
            block.text, block.spans = join_lines([ln.text for ln in lines])
            block.subscript_first = (len(lines) > 1 and bool(SUBSCRIPT_WORD.fullmatch(lines[0].text.strip()))
                                     and max(first_sizes) < SUBSCRIPT_SIZE * block.size)
            block.marked_first = (first_span is not None and bool(FOOTNOTE_MARK.fullmatch(first_span[0]))
                                  and first_span[1] < SUBSCRIPT_SIZE * block.size)
            blocks.append(block)
    return blocks, rotated, images


def _inside(box: BBox, region: BBox) -> bool:
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return region[0] - 1 <= x <= region[2] + 1 and region[1] - 1 <= y <= region[3] + 1


def _without_tables(blocks: list[_Block], regions: list[BBox]) -> list[_Block]:
    """Blocks with the lines that lie inside a table dropped: table text is not prose."""
    if not regions:
        return blocks
    out = []
    for block in blocks:
        lines = [ln for ln in block.lines if not any(_inside(ln.bbox, r) for r in regions)]
        if len(lines) == len(block.lines):
            out.append(block)
        elif lines:
            kept = _Block(block.page, lines, block.bold, block.size)
            kept.text, kept.spans = join_lines([ln.text for ln in lines])
            out.append(kept)
    return out


def _bbox_of(block: _Block, start: int, end: int) -> BBox:
    boxes = [ln.bbox for ln, (a, b) in zip(block.lines, block.spans) if a < end and b > start]
    if not boxes:
        boxes = [ln.bbox for ln in block.lines]
    return (
        round(min(b[0] for b in boxes), 2),
        round(min(b[1] for b in boxes), 2),
        round(max(b[2] for b in boxes), 2),
        round(max(b[3] for b in boxes), 2),
    )


def _body_size(page_blocks: dict[int, list[_Block]]) -> float:
    """The font size most of the paper's text is set in."""
    chars: dict[float, int] = {}
    for blocks in page_blocks.values():
        for b in blocks:
            chars[round(b.size, 1)] = chars.get(round(b.size, 1), 0) + len(b.text)
    return max(chars, key=chars.get) if chars else 0.0


def _footnote_flags(blocks: list[_Block], body_size: float) -> list[bool]:
    """Which blocks are footnotes: one starts with its raised mark, set smaller than the body text, and may go
    on in the smaller blocks right after it."""
    flags, in_note = [], False
    for b in blocks:
        in_note = b.size < FOOTNOTE_SIZE * body_size and (b.marked_first or in_note)
        flags.append(in_note)
    return flags


def _continues(prev: str, nxt: str) -> bool:
    if not prev or not nxt:
        return False
    if OTHER_CAPTION.match(nxt):
        return False  # "... on other lan-" then a table's caption: the sentence goes on elsewhere
    return ((prev[-1] not in ".!?:" and (nxt[0].islower() or _BRACKET_GOES_ON.match(nxt) is not None
                                         and (prev[-1].isalnum() or prev[-1] == ",") and len(prev) > 3))
            or (_DANGLING.search(prev) is not None and nxt[0].isalpha())
            or _broken_word(prev, nxt, set()) is not None)


# a word no sentence ends on ("either (1) on the" | "English set to evaluate [...]"): the next block goes on with it
_DANGLING = re.compile(r"\s(?:the|a|an|of|to|on|in|for|with|and|or|by|from|than|at)$")


# a bracket that goes on with the sentence before it ("multilingual BERT1" | "(mBERT)."), not an equation's number
# ("(6)"), a panel label ("(a) Word, par.") or a formula ("(i,j)∈E")
_BRACKET_GOES_ON = re.compile(r"\((?![A-Za-z]\))[A-Za-z][^()]*\)(?:[\s.,;:]|$)")


def _broken_word(prev: str, nxt: str, words: set[str]) -> str | None:
    """A word broken across two blocks ("TRANS-" | "LATE TEST"): the pair joined, else None.  Capitals
    lose the hyphen only when the paper prints the whole word elsewhere ("TRANSLATE", not "BERTLARGE"), and
    never before one letter ("XLM-" | "R": a name's suffix)."""
    m = re.search(r"([A-Za-z]+)-$", prev)
    if not m or not nxt[0].isalpha():
        return None
    head = m.group(1)
    tail = re.match(r"[A-Za-z]+", nxt).group(0)
    if head.isupper() and tail.isupper() and len(tail) > 1 and head + tail in words:
        return prev[:-1] + nxt
    if head[-1].islower() and tail.islower():
        return prev[:-1] + nxt if head.lower() not in COMPOUND_PREFIX else prev[:-1] + LINE_HYPHEN + nxt
    return prev[:-1] + LINE_HYPHEN + nxt


def parse_pdf(path: Path, paper_id: str) -> tuple[ParsedPaper, PdfFacts]:
    """Parse every page; a page that fails is recorded in ``page_errors`` and the rest kept."""
    doc = open_pdf(path)
    try:
        return _parse_document(doc, paper_id)
    finally:
        doc.close()


def _parse_document(doc: pymupdf.Document, paper_id: str) -> tuple[ParsedPaper, PdfFacts]:
    sentences: list[Sentence] = []
    sections: list[Section] = []
    page_errors: list[PageError] = []
    page_text: list[str] = []
    arxiv_id = arxiv_version = None
    title: str | None = None
    section, section_kind = None, "other"
    carry: tuple[str, int, BBox] | None = None  # unfinished sentence from the previous block

    def emit(text: str, page: int, bbox: BBox) -> None:
        sentences.append(
            Sentence(paper=paper_id, page=page, index=len(sentences), text=resolve_line_hyphens(text, counts),
                     bbox=bbox, section=section, section_kind=section_kind)
        )

    n_pages = min(doc.page_count, MAX_PAGES)
    if doc.page_count > MAX_PAGES:
        page_errors.append(PageError(page=MAX_PAGES + 1, reason=f"not read: the PDF has {doc.page_count} pages, "
                                                                 f"synth reads the first {MAX_PAGES}"))
    page_blocks: dict[int, list[_Block]] = {}
    layouts: list[PageLayout] = []
    for page_no in range(1, n_pages + 1):
        try:
            page = doc[page_no - 1]
            blocks, rotated, images = _page_blocks(page, page_no)
        except Exception as exc:
            page_errors.append(PageError(page=page_no, reason=f"could not read page text ({exc})"))
            page_text.append("")
            continue
        page_text.append(clean(" ".join(b.text for b in blocks)))
        if not blocks:
            page_errors.append(PageError(page=page_no, reason="no text layer (scanned image or empty page)"))
        for line in rotated:
            m = ARXIV_STAMP.search(line)
            if m and arxiv_id is None:
                arxiv_id, arxiv_version = m.group(1), m.group(2)
        if page_no == 1 and blocks:
            top = max(b.size for b in blocks[:8])
            title = " ".join(b.text for b in blocks[:8] if b.size == top)
        page_blocks[page_no] = blocks
        # Table detection only where a table caption starts a line or the lines hold a dense numeric
        # grid (it costs a second text pass).
        lines = [(ln.text, ln.bbox) for b in blocks for ln in b.lines]
        if any(CAPTION.match(text) or text.strip() == "Table" for text, _ in lines) or has_dense_numeric_grid(lines):
            try:
                layouts.append(page_layout(page, page_no, images))
            except Exception as exc:
                page_errors.append(PageError(page=page_no, reason=f"tables not read ({exc})"))
    body_size = _body_size(page_blocks)
    for page_no, blocks in page_blocks.items():
        # footnotes last: the two halves of a sentence a footnote is set between are read as one quote
        flags = _footnote_flags(blocks, body_size)
        ordered = [b for b, note in zip(blocks, flags) if not note] + [b for b, note in zip(blocks, flags) if note]
        page_text[page_no - 1] = clean(" ".join(b.text for b in ordered))
    tables = choose_tables(paper_id, layouts)
    regions: dict[int, list[BBox]] = {}
    for table in tables:
        if table.bbox:
            regions.setdefault(table.page, []).append(table.bbox)
    words = set(re.findall(r"[A-Za-z]+", " ".join(page_text)))
    counts = word_counts(page_text)
    page_text = [resolve_line_hyphens(t, counts) for t in page_text]
    title = resolve_line_hyphens(title, counts) if title else title

    def read(block: _Block, carry: tuple[str, int, BBox] | None) -> tuple[str, int, BBox] | None:
        """Emit the block's sentences, the first finishing ``carry`` where it goes on; return its unfinished
        last one."""
        spans = split_sentences(block.text)
        for i, (a, b) in enumerate(spans):
            text, bbox = block.text[a:b], _bbox_of(block, a, b)
            if i == 0 and carry is not None:
                if (_continues(carry[0], text) or block.subscript_first) and carry[1] == block.page:
                    prev_bbox = carry[2]
                    bbox = (min(prev_bbox[0], bbox[0]), min(prev_bbox[1], bbox[1]),
                            max(prev_bbox[2], bbox[2]), max(prev_bbox[3], bbox[3]))
                    text = _broken_word(carry[0], text, words) or f"{carry[0]} {text}"
                else:
                    emit(*carry)
                carry = None
            if i == len(spans) - 1 and text[-1] not in ".!?":
                carry = (text, block.page, bbox)
            else:
                emit(text, block.page, bbox)
        return carry

    note: tuple[str, int, BBox] | None = None  # unfinished sentence of a footnote
    for page_no, blocks in page_blocks.items():
        blocks = _without_tables(blocks, regions.get(page_no, []))
        for block, footnote in zip(blocks, _footnote_flags(blocks, body_size)):
            # a footnote is read where it is set, on its own: the sentence it interrupts goes on after it
            if footnote:
                if note and block.marked_first:
                    emit(*note)
                note = read(block, None if block.marked_first else note)
                continue
            if note:
                emit(*note)
                note = None
            kind = heading_kind(block.text, block.bold)
            if kind is not None:
                if carry:
                    emit(*carry)
                    carry = None
                section, section_kind = resolve_line_hyphens(block.text, counts), kind
                sections.append(Section(title=section, kind=kind, page=page_no))
                continue
            carry = read(block, carry)
    for unfinished in (note, carry):
        if unfinished:
            emit(*unfinished)
    parsed = ParsedPaper(paper=paper_id, pages=doc.page_count, sentences=sentences, sections=sections,
                         tables=tables, page_errors=page_errors, page_text=page_text)
    return parsed, PdfFacts(title=title, arxiv_id=arxiv_id, arxiv_version=arxiv_version, pages=doc.page_count)
