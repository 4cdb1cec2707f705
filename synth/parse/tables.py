"""Tables from PDF pages by word geometry, only on pages that have a table caption or a numeric grid.

PyMuPDF's ``Page.find_tables`` took about 1.4 s a page on the shared corpus (158 s for the 16 papers
when run on every page, 134 s on caption pages alone), so it is not used.  Instead, on a page with
a caption ("Table 2:" / "Table 2." at the start of a line) the words of the page are read once
(``get_text("words")``; decimals come back intact, e.g. "79.2"), cut into *chunks* at wide gaps,
chunks are grouped into rows by vertical position, and the rows next to the caption are taken up
to the first prose line, caption, image or wide vertical gap.  Columns are the x-intervals that the
chunks of the numeric rows occupy; header rows (the rows above the first numeric row) give each
column a header path, top level first, a header that spans several columns applying to each of them.
Single-chunk rows without numbers inside the body are row groups ("Translate-train").

Which side of its caption a table sits on (ACL: above, ICML: below) is decided per paper by majority,
because a caption between two tables otherwise grabs the wrong one.

A page with no caption is still read when its lines hold a dense numeric grid (a table continued from
or onto another page): runs of rows with a row label and three or more numbers become a table, named
after the nearest caption on the following pages (captions under tables) or the preceding ones, unless
a figure caption or image touches them (plots and heatmaps).  Sub-table captions ("(a) ...") go into
the table's caption, and a row label wrapped over two lines around its numbers is joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from synth.parse.normalize import clean
from synth.parse.numbers import parse_cell
from synth.records import BBox, Table, TableCell


@lru_cache(maxsize=65536)
def _cell(text: str):
    """parse_cell, also reading a change set in brackets under a score: "(+2.5)"."""
    m = re.fullmatch(r"\(\s*([+\-−–]\d+(?:\.\d+)?)\s*\)", text.strip())
    return parse_cell(m.group(1) if m else text)


read_cell = _cell

CAPTION = re.compile(r"^\s*Table\s+(\d+|[IVX]+|[A-Z]\d+)\s*[:.|]")
OTHER_CAPTION = re.compile(r"^\s*(?:Table|Figure|Fig\.)\s+(?:\d+|[IVX]+|[A-Z]\d+)\s*[:.|]")
MAX_ROW_GAP = 28.0  # vertical gap (pt) that ends a table
MAX_FIRST_GAP = 24.0  # caption to first row


@dataclass
class Chunk:
    text: str
    bbox: BBox
    block: int
    line: int
    words: list[tuple] = field(default_factory=list)
    prose: bool = False  # from a prose line of a prose paragraph

    @property
    def yc(self) -> float:
        return (self.bbox[1] + self.bbox[3]) / 2

    @property
    def height(self) -> float:
        return self.bbox[3] - self.bbox[1]


@dataclass
class Row:
    chunks: list[Chunk]
    prose: bool = False
    source: int = -1  # index of the page row this one was cut from
    _numeric: int | None = None

    @property
    def y0(self) -> float:
        return min(c.bbox[1] for c in self.chunks)

    @property
    def y1(self) -> float:
        return max(c.bbox[3] for c in self.chunks)

    @property
    def yc(self) -> float:
        return sum(c.yc for c in self.chunks) / len(self.chunks)

    def numeric(self) -> int:
        if self._numeric is None:
            self._numeric = sum(_cell(c.text) is not None for c in self.chunks)
        return self._numeric


@dataclass
class Caption:
    label: str
    text: str
    bbox: BBox


@dataclass
class Candidate:
    """The rows a caption would own on one side of it."""

    caption: Caption
    side: str  # "above" | "below"
    rows: list[Row]
    numeric: int
    subcaptions: list[str] = field(default_factory=list)  # "(a) Subj./verb/obj. order." under sub-tables


@dataclass
class PageLayout:
    page: int
    width: float
    captions: list[Caption] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    stops: list[tuple[float, float, float, float]] = field(default_factory=list)  # images, other captions


def _union(boxes: list[BBox]) -> BBox:
    return (
        round(min(b[0] for b in boxes), 2),
        round(min(b[1] for b in boxes), 2),
        round(max(b[2] for b in boxes), 2),
        round(max(b[3] for b in boxes), 2),
    )


def has_table_caption(page_text: str) -> bool:
    return any(CAPTION.match(line) for line in page_text.splitlines())


def _words_to_lines(words: list[tuple]) -> dict[tuple[int, int], list[tuple]]:
    lines: dict[tuple[int, int], list[tuple]] = {}
    for w in words:
        lines.setdefault((w[5], w[6]), []).append(w)
    for ws in lines.values():
        ws.sort(key=lambda w: w[0])
    return lines


def _is_prose_line(ws: list[tuple]) -> bool:
    if len(ws) < 5:
        return False
    width = ws[-1][2] - ws[0][0]
    gaps = [b[0] - a[2] for a, b in zip(ws, ws[1:])]
    alpha = sum(bool(re.search(r"[A-Za-z]{2}", w[4])) and _cell(w[4]) is None for w in ws)
    return width > 110 and max(gaps) < 9 and alpha >= 0.7 * len(ws)


def _chunks(ws: list[tuple], block: int, line: int) -> list[Chunk]:
    out: list[list[tuple]] = [[ws[0]]]
    for prev, w in zip(ws, ws[1:]):
        h = max(1.0, w[3] - w[1])
        gap = w[0] - prev[2]
        two_numbers = gap > 1.0 and _NUMBER.fullmatch(prev[4]) and _NUMBER.fullmatch(w[4])
        if gap > max(4.5, 0.55 * h) or two_numbers:
            out.append([w])
        else:
            out[-1].append(w)
    return [_chunk(g, block, line) for g in out]


_NUMBER = re.compile(r"[+\-−–]?\d[\d,]*(?:\.\d+)?%?[†‡*∗⋆]*|[+\-−–]?\.\d+")


def _chunk(ws: list[tuple], block: int, line: int) -> Chunk:
    return Chunk(clean(" ".join(w[4] for w in ws)), _union([tuple(w[:4]) for w in ws]), block, line, list(ws))


def page_layout(page, page_no: int, image_boxes: list[BBox] = ()) -> PageLayout:  # page: pymupdf.Page
    """Captions, rows and stop boxes (images, figure captions) of a page; tables are chosen later."""
    layout = PageLayout(page=page_no, width=page.rect.width)
    words = [w for w in page.get_text("words") if w[4].strip()]
    lines = _words_to_lines(words)
    prose_lines_in_block: dict[int, int] = {}
    prose_line: dict[tuple[int, int], bool] = {}
    for key, ws in lines.items():
        prose_line[key] = _is_prose_line(ws)
        prose_lines_in_block[key[0]] = prose_lines_in_block.get(key[0], 0) + prose_line[key]
    chunks: list[Chunk] = []
    blocks: dict[int, list[tuple[int, int]]] = {}
    for key in lines:
        blocks.setdefault(key[0], []).append(key)
    caption_lines: set[tuple[int, int]] = set()
    for block, keys in blocks.items():
        keys.sort(key=lambda k: k[1])
        for i, key in enumerate(keys):
            text = clean(" ".join(w[4] for w in lines[key]))
            if text == "Table" and i + 1 < len(keys):  # "Table" alone on a line, "3: ..." on the next
                text += " " + clean(" ".join(w[4] for w in lines[keys[i + 1]]))
            m = CAPTION.match(text)
            if m:
                # the caption runs to the end of its block, and on through blocks of prose lines that
                # start right under it at the same left edge
                cap_keys = keys[i:]
                bottom, left = max(lines[k][0][3] for k in cap_keys), lines[keys[i]][0][0]
                for other in sorted(blocks, key=lambda b: lines[blocks[b][0]][0][1]):
                    first = lines[min(blocks[other], key=lambda k: k[1])]
                    words_per_line = sum(len(lines[k]) for k in blocks[other]) / len(blocks[other])
                    if (other != block and 0 <= first[0][1] - bottom < 5 and abs(first[0][0] - left) < 4
                            and words_per_line >= 4):
                        extra = sorted(blocks[other], key=lambda k: k[1])
                        cap_keys = cap_keys + extra
                        bottom = max(lines[k][0][3] for k in extra)
                cap_words = [w for k in cap_keys for w in lines[k]]
                caption_lines.update(cap_keys)
                layout.captions.append(Caption(
                    label=f"Table {m.group(1)}",
                    text=clean(" ".join(" ".join(w[4] for w in lines[k]) for k in cap_keys)),
                    bbox=_union([tuple(w[:4]) for w in cap_words]),
                ))
                break
            if OTHER_CAPTION.match(text):
                caption_lines.update(keys[i:])
                layout.stops.append(_union([tuple(w[:4]) for k in keys[i:] for w in lines[k]]))
                break
    for key, ws in lines.items():
        if key in caption_lines:
            continue
        prose = prose_line[key] and prose_lines_in_block.get(key[0], 0) >= 2
        for chunk in _chunks(ws, *key):
            chunk.prose = prose
            chunks.append(chunk)
    # images end a table, except thin ones: table rules are sometimes drawn as images
    layout.stops.extend(b for b in image_boxes if b[2] - b[0] > 15 and b[3] - b[1] > 15)
    chunks.sort(key=lambda c: (c.yc, c.bbox[0]))
    rows: list[Row] = []
    for c in chunks:
        tol = max(2.5, 0.35 * c.height)
        # a row is made of chunks on one horizontal band; two-column prose shares bands, which the
        # caller separates by x-range
        for row in reversed(rows[-6:]):
            if abs(row.yc - c.yc) <= tol:
                row.chunks.append(c)
                break
        else:
            rows.append(Row([c]))
    for i, row in enumerate(rows):
        row.source = i
        row.chunks.sort(key=lambda c: c.bbox[0])
        row.prose = any(c.prose for c in row.chunks)
    layout.rows = rows
    return layout


def _x_range(caption: Caption, width: float) -> tuple[float, float]:
    x0, _, x1, _ = caption.bbox
    mid = width / 2
    if x1 - x0 > 0.55 * width or (x0 < mid - 20 and x1 > mid + 20) or abs((x0 + x1) / 2 - mid) < 0.08 * width:
        return 0.0, width
    return (0.0, mid + 4) if (x0 + x1) / 2 < mid else (mid - 4, width)


def _restrict(row: Row, lo: float, hi: float) -> Row | None:
    inside = [c for c in row.chunks if lo <= (c.bbox[0] + c.bbox[2]) / 2 <= hi]
    if not inside:
        return None
    # a row with numbers in separate cells is a table row, whatever its label looks like
    numbers = sum(_cell(c.text) is not None for c in inside)
    return Row(inside, prose=any(c.prose for c in inside) and numbers == 0, source=row.source)


COLUMN_SLACK = 8.0  # a figure in the other column may start a few points inside a column's range


def _blocked(stops: list[BBox], y_from: float, y_to: float, lo: float, hi: float) -> bool:
    a, b = sorted((y_from, y_to))
    return any(s[1] < b and s[3] > a and s[0] < hi - COLUMN_SLACK and s[2] > lo + COLUMN_SLACK for s in stops)


SUBCAPTION = re.compile(r"^\(([a-h])\)\s+\S")


def _is_subcaption_row(row: Row) -> bool:
    """A row of sub-table captions, "(a) Subj./verb/obj. order.  (b) Adjective/noun order."."""
    return row.numeric() == 0 and all(SUBCAPTION.match(c.text) for c in row.chunks)


def candidates(layout: PageLayout) -> list[tuple[Candidate | None, Candidate | None]]:
    """For each caption, the table rows above it and below it."""
    out = []
    for cap in layout.captions:
        lo, hi = _x_range(cap, layout.width)
        others = [c.bbox for c in layout.captions if c is not cap] + layout.stops
        pair = []
        for side in ("above", "below"):
            if side == "above":
                seq = [r for r in reversed(layout.rows) if r.y1 <= cap.bbox[1] + 1]
                edge = cap.bbox[1]
            else:
                seq = [r for r in layout.rows if r.y0 >= cap.bbox[3] - 1]
                edge = cap.bbox[3]
            taken: list[Row] = []
            subcaptions: list[str] = []
            for row in seq:
                r = _restrict(row, lo, hi)
                if r is None:
                    continue
                near = r.y1 if side == "above" else r.y0
                gap = abs(edge - near)
                if gap > (MAX_FIRST_GAP if not taken else MAX_ROW_GAP) or r.prose:
                    break
                if _blocked(others, edge, near, lo, hi):
                    break
                edge = r.y0 if side == "above" else r.y1
                if _is_subcaption_row(r):
                    subcaptions.extend(c.text for c in r.chunks)
                    continue
                taken.append(r)
            if side == "above":
                taken.reverse()
            numeric = sum(r.numeric() for r in taken)
            pair.append(Candidate(cap, side, taken, numeric, subcaptions) if numeric >= 2 else None)
        out.append((pair[0], pair[1]))
    return out


def _columns(rows: list[Row]) -> list[tuple[float, float]]:
    spans = sorted((c.bbox[0], c.bbox[2]) for r in rows if len(r.chunks) >= 2 for c in r.chunks)
    cols: list[list[float]] = []
    for x0, x1 in spans:
        if cols and x0 < cols[-1][1] - 0.25 * min(x1 - x0, cols[-1][1] - cols[-1][0]):
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return [(a, b) for a, b in cols]


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return min(a[1], b[1]) - max(a[0], b[0])


def _column_of(chunk: Chunk, cols: list[tuple[float, float]]) -> int:
    span = (chunk.bbox[0], chunk.bbox[2])
    best = max(range(len(cols)), key=lambda i: (_overlap(span, cols[i]), -abs(sum(span) / 2 - sum(cols[i]) / 2)))
    return best


def _placed(row: Row, cols: list[tuple[float, float]]) -> dict[int, list[Chunk]]:
    """A row's chunks by the column each falls into."""
    placed: dict[int, list[Chunk]] = {}
    for chunk in row.chunks:
        placed.setdefault(_column_of(chunk, cols), []).append(chunk)
    return placed


def _covered(chunk: Chunk, cols: list[tuple[float, float]]) -> list[int]:
    span = (chunk.bbox[0], chunk.bbox[2])
    hit = [i for i, c in enumerate(cols) if _overlap(span, c) > 0.3 * min(c[1] - c[0], span[1] - span[0])]
    return hit or [_column_of(chunk, cols)]


def _aligned(span: tuple[float, float], col: tuple[float, float]) -> bool:
    return abs((span[0] + span[1]) / 2 - (col[0] + col[1]) / 2) <= 3 or abs(span[0] - col[0]) <= 2


def _split_header(chunk: Chunk, cols: list[tuple[float, float]]) -> list[Chunk]:
    """A header chunk that runs over several columns is cut into one piece per column when each
    piece sits centred (or left-aligned) on its column: "XNLI PAWS-X XQuAD" set with narrow gaps.
    A spanning group header ("Pair sentence" over XNLI and PAWS-X) is not aligned and stays whole."""
    if len(chunk.words) < 2 or len(_covered(chunk, cols)) < 2:
        return [chunk]
    groups: list[tuple[int, list[tuple]]] = []
    for w in chunk.words:
        span = (w[0], w[2])
        col = max(range(len(cols)), key=lambda i: _overlap(span, cols[i]))
        if groups and (groups[-1][0] == col or w[4].startswith("(")):  # "XNLI (Acc)": one label
            groups[-1][1].append(w)
        else:
            groups.append((col, [w]))
    if len(groups) < 2 or len({g[0] for g in groups}) < len(groups):
        return [chunk]
    if not all(_aligned((ws[0][0], ws[-1][2]), cols[col]) for col, ws in groups):
        return [chunk]
    return [_chunk(ws, chunk.block, chunk.line) for _, ws in groups]


_MISSING = {"n/a", "na", "nan", "none", "-", "—", "–"}
DITTO = {"-", "—", "–", '"', "〃"}  # "as in the row above"; never "NA", which is also a word order


_SIZE_LABEL = re.compile(r"\d+(?:\.\d+)?\s?[kKMB]")


def _is_label(text: str) -> bool:
    return _cell(text) is None and bool(re.search(r"[A-Za-z]{2}|[A-Za-z]\d|^[A-Za-z]$", text)) \
        and text.strip().lower() not in _MISSING


def _is_code_column(texts: list[str]) -> bool:
    """A column of class codes or ticks ("Joshi's class" 0-5, "in XLM-R? ✓"), not of scores."""
    def code(text: str) -> bool:
        t = text.strip()
        return len(t) <= 1 and not t.isalpha() or t.isdigit() and int(t) <= 10

    return bool(texts) and all(code(t) for t in texts)


def _is_attribute_column(texts: list[str]) -> bool:
    """A label column whose few labels repeat down the rows ("WordPiece", "bBPE", "SPM" under
    "tokenization"): it describes each row, it does not name it."""
    return len(texts) >= 4 and len(set(texts)) * 2 <= len(texts)


def _row_label_columns(column: int, label_cols: set[int], code_cols: set[int],
                       attribute_cols: set[int] = frozenset(), whole_cols: set[int] = frozenset()) -> list[int]:
    """The label columns that name a value's row: the run nearest to its left, and further label
    columns beyond it when only code columns lie between (a language name, then its family), or when
    the run only describes the row and whole numbers lie between ("RoBERTa | 1 | bBPE": the model,
    its number of languages, its tokenisation)."""
    run: list[int] = []
    j = column - 1
    while j >= 0 and j not in label_cols:
        j -= 1
    while j >= 0 and (j in label_cols or j in code_cols
                      or (j in whole_cols and bool(run) and set(run) <= attribute_cols)):
        if j in label_cols:
            run.insert(0, j)
        j -= 1
    return run


_INDEX_HEADER = re.compile(r"[A-Za-z][A-Za-z ]{0,20}")
MAX_INDEX = 100


def _index_column_header(body: list[tuple[str | None, dict[int, list[Chunk]]]], headers: dict[int, list[str]],
                         label_cols: set[int], width: int) -> str | None:
    """The header of a leftmost column of distinct small whole numbers that numbers the rows of a table with no
    other row labels ("LAYER" over 0, 1, 2 beside per-language scores): those numbers name rows, they are no
    scores.  None where the column is something else."""
    texts = [" ".join(c.text for c in placed[0]).strip() for _, placed in body if 0 in placed]
    head = " ".join(headers.get(0, [])).strip()
    if (label_cols or width < 3 or len(texts) < 2 or len(texts) != len(body) or not _INDEX_HEADER.fullmatch(head)
            or not all(t.isdigit() and int(t) <= MAX_INDEX for t in texts) or len(set(texts)) != len(texts)):
        return None
    return head


def _attach_wrapped_labels(rows: list[Row]) -> tuple[list[Row], bool]:
    """A row label set on two lines beside one row of numbers ("Translate-train" above the numbers'
    centre line, "(multi-task)" below) comes back as one-chunk rows that overlap the numbers row
    vertically.  They are joined into that row's label instead of being read as row groups.  A group
    label centred between two rows ("mBERT" beside its "each" and "en" rows) is joined into both; the
    second value says whether the table has such a label, i.e. centres its group labels vertically."""
    def piece(row: Row) -> bool:
        return len(row.chunks) == 1 and row.numeric() == 0

    out: list[Row] = []
    pieces: dict[int, list[Chunk]] = {}
    for i, row in enumerate(rows):
        if row.numeric() < 1:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(rows) and piece(rows[j]) and rows[j].y1 > row.y0 and rows[j].y0 < row.y1 \
                    and rows[j].chunks[0].bbox[2] < row.chunks[0].bbox[0]:
                pieces.setdefault(i, []).append(rows[j].chunks[0])
    used = [id(c) for cs in pieces.values() for c in cs]
    for i, row in enumerate(rows):
        if piece(row) and id(row.chunks[0]) in used:
            continue
        if i in pieces:
            row = Row(sorted(pieces[i], key=lambda c: c.yc) + row.chunks, prose=row.prose, source=row.source)
        out.append(row)
    return out, len(used) > len(set(used))


def _spread_group_labels(body: list[tuple[str | None, dict[int, list[Chunk]]]], label_cols: set[int],
                         centred: bool = False) -> None:
    """A leftmost label column filled in only some rows, beside a label column filled in every row,
    names groups of rows ("NER" beside M-BERT / XLM-R / Unicoder): each row without it takes the
    group's label.  Labels printed in a group's first row run down to the next label; labels set
    in its middle row (the first rows have none), or in a table that ``centred`` its labels, go to the
    rows nearest them vertically."""
    if len(label_cols) < 2:
        return
    first = min(label_cols)
    by_group: dict[str | None, list[dict[int, list[Chunk]]]] = {}
    for grp, placed in body:  # never across a row group ("QG" below the understanding tasks)
        if any(i not in label_cols for i in placed):
            by_group.setdefault(grp, []).append(placed)
    for rows in by_group.values():
        # a row with a label of its own alone ("Random" above the groups) need not fill the inner column
        inner = [i for i in label_cols if i != first and all(i in placed or first in placed for placed in rows)
                 and sum(i in placed for placed in rows) * 2 > len(rows)]
        labelled = [k for k, placed in enumerate(rows) if first in placed]
        if not inner or len(labelled) < 2 or len(labelled) == len(rows):
            continue  # one label alone (a closing "AVG" row) names no groups

        def yc(placed: dict[int, list[Chunk]]) -> float:
            return (placed[inner[0]] if inner[0] in placed else placed[first])[0].yc

        for k, placed in enumerate(rows):
            if first in placed:
                continue
            if labelled[0] == 0 and not centred:
                source = max(j for j in labelled if j < k)
            else:
                source = min(labelled, key=lambda j: (abs(yc(rows[j]) - yc(placed)), j))
                # the other labels centred beside the group ("IE.Romance", "RRT" beside Romanian's train, dev
                # and test rows) name its every row too
                for i in label_cols - {first, *inner}:
                    if i in rows[source] and i not in placed:
                        placed[i] = rows[source][i]
            placed[first] = rows[source][first]


GROUP_REACH = 0.5  # how far beyond its own width (a share of it) a group label heads the nearest columns
GROUP_CENTRING = 0.06  # how far off the centre of its columns (a share of their width) a group label may sit


def _stacked(upper: Chunk, lower: Chunk) -> bool:
    """Two header lines of one name ("XLM-R" above "base"): the lower sits right under the upper, flush
    with its left or right edge."""
    return (0 <= lower.bbox[1] - upper.bbox[3] <= 0.5 * (upper.bbox[3] - upper.bbox[1])
            and _overlap((upper.bbox[0], upper.bbox[2]), (lower.bbox[0], lower.bbox[2])) > 0
            and (abs(upper.bbox[0] - lower.bbox[0]) <= 1 or abs(upper.bbox[2] - lower.bbox[2]) <= 1))


def _width(chunk: Chunk) -> float:
    return chunk.bbox[2] - chunk.bbox[0]


def _heads_group(label: Chunk, group: list[tuple[float, float]], cols: list[tuple[float, float]]) -> bool:
    """A label spanning several columns ("XNLI (Acc)" over fr, ru, zh, ∆) heads the outer ones of its group
    too, when it sits centred over the whole group: a label beside a column ("XLM-R-based" next to
    "GPT-3.5") is not its group label."""
    if len(_covered(label, cols)) < 2 or len(group) < 3:
        return False
    lo, hi = min(c[0] for c in group), max(c[1] for c in group)
    return abs((label.bbox[0] + label.bbox[2]) / 2 - (lo + hi) / 2) <= GROUP_CENTRING * (hi - lo)


def _centred_extension(pieces: list[Chunk], cols: list[tuple[float, float]], headed: set[int],
                       headers: dict[int, list[str]]) -> list[tuple[int, Chunk]]:
    """Columns no label of a header row heads yet, taken by the label that sits centred over them and the
    columns it covers ("Fully Supervised" over MLP, Glot-500, XLM-R (base) and XLM-R, although XLM-R lies
    nearer to the next group's label)."""
    out: list[tuple[int, Chunk]] = []
    taken = set(headed)
    for label in pieces:
        inner = _covered(label, cols)
        if len(inner) < 2 or any(headers[j] != headers[inner[0]] for j in inner):
            continue
        reach = GROUP_REACH * _width(label)
        centre = (label.bbox[0] + label.bbox[2]) / 2

        def within(j: int) -> bool:
            return (0 <= j < len(cols) and j not in taken and headers[j] == headers[inner[0]]
                    and max(label.bbox[0] - cols[j][1], cols[j][0] - label.bbox[2]) <= reach)

        best: list[int] = []
        for left in range(0, 3):
            for right in range(0, 3):
                group = list(range(inner[0] - left, inner[-1] + right + 1))
                extra = [j for j in group if j not in inner]
                if not extra or not all(within(j) for j in extra) or len(group) < 3:
                    continue
                lo, hi = cols[group[0]][0], cols[group[-1]][1]
                if abs(centre - (lo + hi) / 2) <= GROUP_CENTRING * (hi - lo) and len(group) > len(best):
                    best = group
        for j in best:
            if j not in inner and j not in taken:
                out.append((j, label))
                taken.add(j)
    return out


def _spread_over_repeats(headers: dict[int, list[str]], value_cols: list[int]) -> None:
    """Sub-columns repeated under each group ("P R F1" under DE, ES, NL, ZH) whose group label sits over one
    of them only (a narrow "DE" over "R"): the label heads its whole repeat."""
    lasts = [headers[i][-1] if headers[i] else None for i in value_cols]
    for k in (2, 3, 4):
        n = len(value_cols)
        if n < 2 * k or n % k or None in lasts[:k] or len(set(lasts[:k])) < k \
                or any(lasts[j] != lasts[j % k] for j in range(n)):
            continue
        blocks = [value_cols[b:b + k] for b in range(0, n, k)]
        labelled = [[i for i in block if len(headers[i]) == 2] for block in blocks]
        if not all(len(lab) == 1 and all(len(headers[i]) == 1 for i in block if i not in lab)
                   for block, lab in zip(blocks, labelled)):
            return
        uppers = [headers[lab[0]][0] for lab in labelled]
        if len(set(uppers)) < len(uppers):
            return
        for block, upper in zip(blocks, uppers):
            for i in block:
                headers[i] = [upper, headers[i][-1]]
        return


def _blocks_apart(rows: list[Row], body_start: int, cols: list[tuple[float, float]]) -> list[int]:
    """Where a table of blocks set one under another, each with a header row of its own, starts the blocks
    whose columns stand elsewhere than the first's (BUFFET's per-language tables: "kn" under "Transfer + Model"
    of the block above), so that read against the first block's columns, two cells of a row fall into one
    column ("Target FT" and 59.5); empty where every block's cells fall into columns of their own."""
    starts = [i for i in range(body_start + 1, len(rows)) if rows[i].numeric() == 0 and len(rows[i].chunks) > 1]
    if not starts:
        return []
    bounds = [*starts, len(rows)]
    for a, b in zip(bounds, bounds[1:]):
        for r in rows[a + 1:b]:
            # (a label and its subscript, "UnicoderxDAE" over "SC", may share a column; a value may not)
            if any(len(cs) > 1 and any(_cell(c.text) is not None for c in cs) for cs in _placed(r, cols).values()):
                return starts
    return []


def _stacked_blocks(paper: str, page: int, cand: Candidate, starts: list[int]) -> Table | None:
    """One table of the blocks that start at ``starts``, each read with its own header row and columns; a block's
    rows and columns are numbered after the ones above it, as no column of one block is another's."""
    bounds = [0, *starts, len(cand.rows)]
    cells: list[TableCell] = []
    for a, b in zip(bounds, bounds[1:]):
        part = build_table(paper, page, replace(cand, rows=cand.rows[a:b]), blocks=False)
        if part is None:
            continue
        row0 = 1 + max((c.row for c in cells), default=-1)
        col0 = 1 + max((c.column for c in cells), default=-1)
        cells += [c.model_copy(update={"row": row0 + c.row, "column": col0 + c.column}) for c in part.cells]
    return _table(paper, page, cand, cells)


def _table(paper: str, page: int, cand: Candidate, cells: list[TableCell]) -> Table | None:
    """The table of a candidate's cells, under its caption (and subcaptions); None without cells."""
    if not cells:
        return None
    caption = " ".join([cand.caption.text, *cand.subcaptions])
    return Table(paper=paper, page=page, label=cand.caption.label or None, caption=caption.strip() or None,
                 bbox=_union([c.bbox for r in cand.rows for c in r.chunks]), cells=cells)


def _holds_data(row: Row) -> bool:
    """A row with a number that is no code in a header ("ISO 639-1 code": a descending "range")."""
    return any((m := _cell(c.text)) is not None and not (m.kind == "range" and m.values[0] > m.values[1])
               for c in row.chunks)


def build_table(paper: str, page: int, cand: Candidate, blocks: bool = True) -> Table | None:
    rows = cand.rows
    body_start = next((i for i, r in enumerate(rows) if _holds_data(r) and len(r.chunks) >= 2), None)
    if body_start is None:
        return None
    cols = _columns(rows[body_start:]) or _columns(rows)
    if len(cols) < 2:
        return None
    if blocks and (starts := _blocks_apart(rows, body_start, cols)):
        return _stacked_blocks(paper, page, cand, starts)
    headers: dict[int, list[str]] = {i: [] for i in range(len(cols))}

    def add_header_row(row: Row, reset: bool, below: Row | None = None) -> None:
        pieces = [piece for c in row.chunks for piece in _split_header(c, cols)]
        stacked = {id(p) for p in pieces if below is not None and any(_stacked(p, q) for q in below.chunks)}
        nearest: dict[int, tuple[Chunk, float]] = {}
        for i, col in enumerate(cols):
            best, best_key = None, None
            for piece in pieces:
                gap = max(piece.bbox[0] - col[1], col[0] - piece.bbox[2])  # < 0: they overlap
                key = (max(gap, 0.0), -_overlap((piece.bbox[0], piece.bbox[2]), col))
                if best_key is None or key < best_key:
                    best, best_key = piece, key
            if best is not None:
                nearest[i] = (best, best_key[0])

        def in_group(i: int, label: Chunk) -> bool:
            """Column ``i`` lies within reach of a group label centred over its group, under the same upper
            headers as the columns the label covers: "XLM-R-based" under "Cross-lingual" does not head
            the "Prompting" column beside it."""
            inner = _covered(label, cols)
            upper = headers[inner[0]]
            group = [cols[j] for j, (b, g) in nearest.items()
                     if b is label and g <= GROUP_REACH * _width(b) and headers[j] == upper]
            return (nearest[i][1] <= GROUP_REACH * _width(label) and headers[i] == upper
                    and all(headers[j] == upper for j in inner) and _heads_group(label, group, cols))

        def beside(i: int, label: Chunk) -> bool:
            """The first line of a name set on two ("XLM-R" over "base") beside column ``i``, not over it."""
            return id(label) in stacked and _overlap((label.bbox[0], label.bbox[2]), cols[i]) <= 0

        # decided before any header is extended, so that every column is judged by the headers above it
        heads = [(i, best) for i, (best, gap) in nearest.items()
                 if (gap <= 6 and not beside(i, best)) or in_group(i, best)]
        heads += _centred_extension(pieces, cols, {i for i, _ in heads}, headers)
        for i, best in heads:
            if reset:
                headers[i] = []
            headers[i].append(best.text)

    head = rows[:body_start]
    groups_before: list[str] = []
    left = min(c.bbox[0] for r in rows for c in r.chunks)
    while head and len(head[-1].chunks) == 1 and head[-1].chunks[0].bbox[0] - left < 3 and len(head) > 1:
        groups_before.insert(0, head.pop().chunks[0].text)
    for k, r in enumerate(head):
        add_header_row(r, reset=False, below=head[k + 1] if k + 1 < len(head) else None)
    group: str | None = groups_before[-1] if groups_before else None
    pending_header = False
    cells: list[TableCell] = []
    body: list[tuple[str | None, dict[int, list[Chunk]]]] = []
    # the column headers each body row is read under: a header row between two blocks of rows ("ka kk ko ..."
    # under "en af ar ...") heads only the rows below it
    row_headers: list[dict[int, list[str]]] = []
    body_rows, centred = _attach_wrapped_labels(rows[body_start:])
    for r in body_rows:
        if r.numeric() == 0:
            if len(r.chunks) == 1:
                group, pending_header = r.chunks[0].text, False
            else:
                add_header_row(r, reset=not pending_header)
                pending_header = True
            continue
        pending_header = False
        placed = _placed(r, cols)
        body.append((group, placed))
        row_headers.append({i: list(h) for i, h in headers.items()})
    # label columns: mostly words in the body.  A value's row header is the run of label columns
    # nearest to its left, so that side-by-side sub-tables each keep their own row labels.
    label_cols = set()
    for i in range(len(cols)):
        texts = [" ".join(c.text for c in placed[i]) for _, placed in body if i in placed]
        # "NA" is a missing value in a score column but a row label ("AN", "NA" word orders) among labels
        texts = [t for t in texts if t.strip().lower() not in _MISSING]
        # the leftmost column may label its rows by size ("1k", "25k", "Full TED2020")
        labelled = sum(_is_label(t) or (i == 0 and bool(_SIZE_LABEL.fullmatch(t.strip()))) for t in texts)
        if texts and labelled > 0.5 * len(texts):
            label_cols.add(i)
    index_header = _index_column_header(body, headers, label_cols, len(cols))
    if index_header:
        label_cols.add(0)
    _spread_group_labels(body, label_cols, centred)
    for under in row_headers:
        _spread_over_repeats(under, [i for i in range(len(cols)) if i not in label_cols])
    def texts_of(i: int) -> list[str]:
        return [" ".join(c.text for c in placed[i]) for _, placed in body if i in placed]

    code_cols = {i for i in range(len(cols)) if _is_code_column(texts_of(i))}
    attribute_cols = {i for i in label_cols if _is_attribute_column(texts_of(i))}
    whole_cols = {i for i in range(len(cols)) if (t := texts_of(i)) and all(x.strip().isdigit() for x in t)}
    for r_i, (grp, placed) in enumerate(body):
        for c_i in sorted(placed):
            if c_i in label_cols:
                continue
            run = _row_label_columns(c_i, label_cols, code_cols, attribute_cols, whole_cols)
            label = [" ".join(c.text for c in placed[i]) for i in run if i in placed]
            if index_header and run[:1] == [0] and 0 in placed:
                label[0] = f"{index_header} {label[0]}"  # "LAYER 2", not a bare "2"
            # a run of ditto marks ("-" under "Share Param": as in the first row) does not name the row: the
            # run further left does ("Default anchors")
            while label and all(t.strip() in DITTO for t in label):
                further = _row_label_columns(run[0], label_cols, code_cols)
                if not further:
                    break
                run = further + run
                label = [" ".join(c.text for c in placed[i]) for i in run if i in placed]
            row_header = ([grp] if grp else []) + label
            text = " ".join(c.text for c in placed[c_i])
            mention = _cell(text)
            cells.append(TableCell(
                row=r_i, column=c_i, text=text,
                value=mention.value if mention else None,
                row_header=row_header,
                column_header=row_headers[r_i].get(c_i, []),
                bbox=_union([c.bbox for c in placed[c_i]]),
            ))
    return _table(paper, page, cand, cells)


# --- caption-less pages: a dense numeric grid -----------------------------------------------------

MIN_GRID_ROWS = 4  # lines of >= 3 numbers that make a page worth a table pass, and a grid a table
MAX_GRID_HEADER_ROWS = 4
_NUMERIC_TOKEN = re.compile(r"(?<!\S)[+\-−–]?\d+(?:\.\d+)?%?(?!\S)")


def has_dense_numeric_grid(lines: list[tuple[str, BBox]]) -> bool:
    """Whether a page's text lines hold a grid of numbers: at least MIN_GRID_ROWS horizontal bands with
    three or more numeric tokens.  Cheap (the lines are already read), so it can run on every page."""
    bands: dict[int, int] = {}
    for text, box in lines:
        numbers = len(_NUMERIC_TOKEN.findall(text)) if any(ch.isdigit() for ch in text) else 0
        if numbers:
            band = round((box[1] + box[3]) / 6)  # 3 pt bands
            bands[band] = bands.get(band, 0) + numbers
    return sum(n >= 3 for n in bands.values()) >= MIN_GRID_ROWS


def _is_grid_row(row: Row) -> bool:
    """Three numbers or more and a row label: tick labels of a plot have no label beside them."""
    return not row.prose and row.numeric() >= 3 and any(_is_label(c.text) for c in row.chunks)


def _grid_runs(rows: list[Row]) -> list[list[Row]]:
    """Runs of at least MIN_GRID_ROWS grid rows with no wide vertical gap between them."""
    runs: list[list[Row]] = []
    run: list[Row] = []
    for row in rows:
        if _is_grid_row(row) and (not run or row.y0 - run[-1].y1 <= MAX_ROW_GAP):
            run.append(row)
            continue
        if len(run) >= MIN_GRID_ROWS:
            runs.append(run)
        run = [row] if _is_grid_row(row) else []
    if len(run) >= MIN_GRID_ROWS:
        runs.append(run)
    return runs


def _near_stop(layout: PageLayout, y0: float, y1: float, lo: float, hi: float) -> bool:
    """A figure caption or image right above, below or over the grid: it is a plot or a heatmap."""
    return any(s[0] < hi and s[2] > lo and s[1] - MAX_ROW_GAP <= y1 and s[3] + MAX_ROW_GAP >= y0
               for s in layout.stops)


def _header_rows(layout: PageLayout, first: Row, lo: float, hi: float) -> list[Row]:
    """Up to MAX_GRID_HEADER_ROWS rows without numbers right above a grid."""
    head: list[Row] = []
    edge = first.y0
    for row in reversed([r for r in layout.rows if r.y1 <= first.y0 + 1]):
        r = _restrict(row, lo, hi)
        if r is None:
            continue
        if len(head) >= MAX_GRID_HEADER_ROWS or r.prose or edge - r.y1 > MAX_ROW_GAP or r.numeric():
            break
        head.insert(0, r)
        edge = r.y0
    return head


def _footer_bottom(layout: PageLayout, last: Row, lo: float, hi: float) -> float:
    """The bottom of the non-prose rows right under a grid (axis labels of a heatmap, notes)."""
    edge = last.y1
    for row in (r for r in layout.rows if r.y0 >= last.y1 - 1):
        r = _restrict(row, lo, hi)
        if r is None:
            continue
        if r.prose or r.y0 - edge > MAX_ROW_GAP:
            break
        edge = r.y1
    return edge


def grid_candidates(layout: PageLayout) -> list[Candidate]:
    """Tables without a caption on their page: runs of labelled numeric rows across the page or in one
    of its columns, with the header rows above them.  Each gets an empty caption; ``choose_tables``
    names it after the captioned table it continues."""
    mid = layout.width / 2
    out: list[Candidate] = []
    taken: set[int] = set()
    for lo, hi in ((0.0, layout.width), (0.0, mid + 4), (mid - 4, layout.width)):
        rows = [r for r in (_restrict(row, lo, hi) for row in layout.rows) if r is not None]
        for run in _grid_runs(rows):
            if any(id(c) in taken for r in run for c in r.chunks):
                continue
            rows_of_table = _header_rows(layout, run[0], lo, hi) + run
            if _near_stop(layout, rows_of_table[0].y0, _footer_bottom(layout, run[-1], lo, hi), lo, hi):
                continue
            taken.update(id(c) for r in run for c in r.chunks)
            box = (lo, rows_of_table[0].y0, hi, rows_of_table[0].y0)
            out.append(Candidate(Caption(label="", text="", bbox=box), "below", rows_of_table,
                                 sum(r.numeric() for r in rows_of_table)))
    return out


def _continued_caption(layouts: list[PageLayout], page: int, forward_first: bool) -> Caption | None:
    """The caption of the table that a caption-less grid continues: the first caption on the nearest
    later page when a paper puts captions under tables, else the last one on the nearest earlier page."""
    by_page = {lay.page: lay.captions for lay in layouts if lay.captions}
    steps = (1, 2, 3)
    for direction in ((1, -1) if forward_first else (-1, 1)):
        for step in steps:
            captions = by_page.get(page + direction * step)
            if captions:
                return captions[0] if direction == 1 else captions[-1]
    return None


def _grid_tables(paper: str, layouts: list[PageLayout], prefer: str) -> list[Table]:
    tables = []
    for layout in layouts:
        if layout.captions:
            continue
        for cand in grid_candidates(layout):
            caption = _continued_caption(layouts, layout.page, forward_first=prefer == "above")
            if caption is not None:
                cand.caption = Caption(caption.label, f"{caption.text} (continued)", cand.caption.bbox)
            table = build_table(paper, layout.page, cand)
            if table is not None:
                tables.append(table)
    return tables


def _with_headers_of(table: Table, earlier: list[Table]) -> Table:
    """A continued table printed without its header row takes the header of its part on the page
    before, when both have the same columns."""
    if any(c.column_header for c in table.cells):
        return table
    before = next((t for t in reversed(earlier) if t.label == table.label and t.page == table.page - 1), None)
    if before is None or {c.column for c in before.cells} != {c.column for c in table.cells}:
        return table
    headers = {c.column: c.column_header for c in before.cells}
    cells = [c.model_copy(update={"column_header": headers[c.column]}) for c in table.cells]
    return table.model_copy(update={"cells": cells})


def choose_tables(paper: str, layouts: list[PageLayout]) -> list[Table]:
    """Tables of a paper: each caption takes the side its paper's captions mostly use."""
    per_page = [(layout, candidates(layout)) for layout in layouts]
    votes = {"above": 0, "below": 0}
    for _, pairs in per_page:
        for above, below in pairs:
            if above and not below:
                votes["above"] += 1
            elif below and not above:
                votes["below"] += 1
            elif above and below:
                gap_a = above.caption.bbox[1] - above.rows[-1].y1
                gap_b = below.rows[0].y0 - below.caption.bbox[3]
                votes["above" if gap_a <= gap_b else "below"] += 0.5
    prefer = "above" if votes["above"] >= votes["below"] else "below"
    tables: list[Table] = []
    for layout, pairs in per_page:
        used: set[int] = set()  # chunks already in a table (side-by-side tables share page rows)
        for above, below in pairs:
            order = (above, below) if prefer == "above" else (below, above)
            for cand in order:
                if cand is None or any(id(c) in used for r in cand.rows for c in r.chunks):
                    continue
                table = build_table(paper, layout.page, cand)
                if table is not None:
                    used.update(id(c) for r in cand.rows for c in r.chunks)
                    tables.append(table)
                    break
    tables.extend(_grid_tables(paper, layouts, prefer))
    out: list[Table] = []
    for table in sorted(tables, key=lambda tb: tb.page):
        out.append(_with_headers_of(table, out))
    return out
