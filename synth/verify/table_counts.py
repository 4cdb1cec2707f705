"""Counts a claim states, read from one row of a table: "1,094 PER mentions against 25,875 ORG
mentions" from the row "UN | PER 1,094 | ORG 25,875"; "701 training, 99 development and 204 test
sentences" from "Total | TRAIN 701 | DEV 99 | TEST 204"; "XLM-R-Large has 816,143,506 parameters" from
the cell of the row "XLM-R-Large" under "Parameters"; a model's settings ("6 layers ..., dropout 0.2, a
learning rate of 0.0001 and batches of 80") from the rows its group label heads in a table of settings."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from os.path import commonprefix

from synth.extract.vocabulary import find_entities
from synth.parse.numbers import MAGNITUDES
from synth.verify.arithmetic import decimals, values_match
from synth.verify.claim_facts import content_words
from synth.verify.counts import Count, exact_count
from synth.verify.tables import CellView, TableCheck, TableView

_WORD = re.compile(r"[a-z]+")
_SCORE = re.compile(r"[-+]?\d*\.\d+\W*")  # a decimal without a unit ("47.2", ".37")


def _header_words(cell: CellView) -> set[str]:
    return {w for w in _WORD.findall(" ".join(cell.cell.column_header).lower()) if len(w) >= 2}


# "Tokens (M)", "Params (in millions)": a header unit that scales the column's cells
_HEADER_SCALE = re.compile(r"\((?:in\s+)?(k|m|b|thousands?|millions?|billions?)\)", re.IGNORECASE)
_MANTISSA = re.compile(r"\d[\d,]*(?:\.\d+)?")


def header_scale(cell: CellView) -> float:
    """The factor a column header's unit gives its cells (1 when it gives none)."""
    m = _HEADER_SCALE.search(" ".join(cell.cell.column_header))
    return MAGNITUDES[m.group(1).lower().rstrip("s")] if m else 1.0


def _count_printed(count: Count, cell: CellView) -> bool:
    """The cell prints the count, in the unit its header gives ("23,408 million tokens" under "Tokens (M)":
    23408; "24,757 tokens" is not printed there)."""
    value, dec = cell.cell.value, decimals(cell.cell.text)
    scale = header_scale(cell)
    if scale == 1.0:
        return values_match(count.value, decimals(count.text), value, dec)
    written = _MANTISSA.search(count.text)
    if not written or not float(written.group().replace(",", "")):
        return False
    # the claim's precision in the header's unit: "23.4 billion" is 23400 ± 50 million
    step = count.value / float(written.group().replace(",", "")) * 10 ** -decimals(count.text) / scale
    return abs(count.value / scale - value) <= max(0.5 * step, 0.5 * 10 ** -dec) + 1e-9


def _names_header(count: Count, words: set[str]) -> bool:
    """"99 development" names the column "DEV", "1,094 PER mentions" the column "PER"."""
    own = [w.lower() for w in (*count.words, count.noun or "") if w]
    return any(x.startswith(w) or (len(x) >= 3 and w.startswith(x)) for w in words for x in own if len(w) >= 2)


def counts_in_row(view: TableView, anchor: CellView, counts: Sequence[Count]) -> list[TableCheck]:
    """Each claimed count read from the cell of the anchor's row under the column its noun names, the first such
    after the anchor ("31 languages" under "#Lang.", right of the "Avg. Freq." cell bearing out the claim's 6.91%;
    a table printed in two halves side by side has a second "#Lang." column further on)."""
    row, column = anchor.cell.row, anchor.cell.column
    checks = []
    for count in counts:
        # (a count is a whole number, never the anchor's own cell: "4-grams" names the column "4-gram / unseen")
        under = [c for c in (*view.cells, *view.count_cells)
                 if c.cell.row == row and c.cell.value is not None and c.cell.column != column
                 and not _SCORE.match(c.cell.text) and _names_header(count, _header_words(c))]
        # (a table printed in two halves gives each half's row its own label: "fa Persian" beside "sa Sanskrit")
        under = [c for c in under if c.cell.row_header == anchor.cell.row_header] or under
        if under:
            cell = min(under, key=lambda c: (c.cell.column < column, abs(c.cell.column - column)))
            agrees = _count_printed(count, cell)
            checks.append(TableCheck(agrees, f"claimed {count.text} {count.noun or ''}".rstrip()
                                     + (" = " if agrees else ", but the row prints ") + f"{cell.label()} {cell.cell.text}",
                                     (cell,), decisive=not agrees))
    return checks


def count_row_checks(view: TableView, counts: Sequence[Count]) -> list[TableCheck]:
    """One check per row printing every claimed count: it agrees when each count sits in a column its
    words name (or no column is named by them), and disagrees when a count sits in the column another
    count's words name (the two swapped)."""
    rows: dict[int, list[CellView]] = {}
    for c in (*view.cells, *view.count_cells):
        if c.cell.value is not None:
            rows.setdefault(c.cell.row, []).append(c)
    checks = []
    for cells in rows.values():
        placed = []
        for count in counts:
            found = [c for c in cells if values_match(count.value, decimals(count.text), c.cell.value,
                                                      decimals(c.cell.text))]
            if not found:
                break
            placed.append((count, found))
        else:
            named = [c for c in cells if any(_names_header(k, _header_words(c)) for k in counts)]
            chosen, swapped = [], None
            for count, found in placed:
                own = [c for c in found if _names_header(count, _header_words(c))]
                # "42,135 entity mentions" under "All" names no column; under "PER" it would be another count's
                others = [c for c in found if any(_names_header(k, _header_words(c)) for k in counts if k is not count)]
                if named and not own and len(others) == len(found):
                    swapped = (count, found[0])
                chosen.append(own[0] if own else found[0])
            if len({id(c) for c in chosen}) < len(chosen):
                continue  # two counts read from one cell
            if swapped:
                count, cell = swapped
                checks.append(TableCheck(False, f"claimed {count.text} is printed under {cell.label()}, "
                                                f"not under the column its words name", tuple(chosen)))
            else:
                checks.append(TableCheck(True, "every claimed count in one row: " + ", ".join(
                    f"{k.text} = {c.label()} {c.cell.text}" for (k, _), c in zip(placed, chosen)), tuple(chosen)))
    return checks


def counts_beside(view: TableView, counts: Sequence[Count]) -> list[TableCheck]:
    """Where a row prints one exact claimed count under the column its words name ("21,253" under "|Train|" for
    "21,253 English training sentences"), the other counts read from that row under theirs ("974 development
    sentences" against "|Dev| 3,974"): one check per such row."""
    checks = []
    for anchor in (*view.cells, *view.count_cells):
        for count in counts:
            if (anchor.cell.value is None or not exact_count(count.text) or not _count_printed(count, anchor)
                    or not _names_header(count, _header_words(anchor))):
                continue
            others = counts_in_row(view, anchor, [k for k in counts if k is not count])
            if len(others) == len(counts) - 1:
                agrees = all(c.agrees for c in others)
                said = [f"claimed {count.text} = {anchor.label()} {anchor.cell.text}", *(c.description for c in others)]
                checks.append(TableCheck(agrees, "; ".join(said), (anchor, *(cell for c in others for cell in c.cells)),
                                         decisive=not agrees))
    return checks


def language_counts(text: str, counts: Sequence[Count]) -> list[tuple[str, Count]] | None:
    """Each count of a claim with the one language named between it and the count before ("German Wikipedia had
    about 2.37 million articles and French Wikipedia about 2.16 million"), a count that writes no noun taking the
    noun of the one before; None unless every count has its own language."""
    languages = [e for e in find_entities(text) if e.kind == "language"]
    pairs, start, noun = [], 0, None
    for count in counts:
        at = text.find(count.text, start)
        named = {e.name for e in languages if start <= e.start < at}
        noun = count.noun or noun
        if at < 0 or len(named) != 1 or noun is None:
            return None
        pairs.append((named.pop(), count if count.noun else replace(count, noun=noun, words=(noun,))))
        start = at + len(count.text)
    return pairs if len({language for language, _ in pairs}) == len(pairs) else None


def count_cell_checks(view: TableView, count: Count, models: set[str]) -> list[TableCheck]:
    """One check per cell in a row of one of ``models`` under the column the count's words name: it
    agrees when the cell prints the count."""
    checks = []
    for c in (*view.cells, *view.count_cells):
        # a count of "entries" is not under the column "EN": a header word must have three letters
        # (a table whose column headers were printed on the page before: "Slovak (sk) / train" labels its row)
        words = {w for w in (_header_words(c) or _WORD.findall(" ".join(c.cell.row_header[-1:]).lower())) if len(w) >= 3}
        if c.cell.value is None or not models & c.row_names or not _names_header(count, words):
            continue
        # "47.2" under "Para." (paraphrase) is a score, not a count of parameters; under "articles (in millions)", a
        # count
        if _SCORE.fullmatch(c.cell.text.strip()) and header_scale(c) == 1.0:
            continue
        ok = _count_printed(count, c)
        checks.append(TableCheck(ok, f"claimed {count.text} {'=' if ok else '≠'} {c.label()} {c.cell.text}", (c,)))
    return checks


SETTINGS_LISTED = 4  # settings a claim must list for one group of a settings table to bear them all out
SHARED_PREFIX = 6  # letters a group label's word shares with the claim's ("self-attention", "self-attentive")


def _shares_prefix(word: str, words: set[str]) -> bool:
    return any(len(commonprefix([word, w])) >= min(SHARED_PREFIX, len(word)) for w in words)


def group_setting_checks(view: TableView, values: Sequence[tuple[float, int]], claim: str) -> list[TableCheck]:
    """A table of settings ("Hyper-parameters in our experiments": rows "Self-Attention / dropout",
    "Self-Attention / batch size" under one column): the claim's values, every one of them, in distinct
    cells of the one column within the rows of a group the claim names ("their self-attentive encoder").
    Several values listed together are unlikely to meet by chance, so only agreement is read."""
    if len(values) < SETTINGS_LISTED:
        return []
    claim_words = content_words(claim)
    groups: dict[tuple[int, str], list[CellView]] = {}
    for c in view.cells:
        if c.cell.value is not None and len(c.cell.row_header) >= 2:
            groups.setdefault((c.cell.column, c.cell.row_header[0]), []).append(c)
    checks = []
    for (_, label), cells in groups.items():
        if not any(_shares_prefix(w, claim_words) for w in content_words(label)):
            continue
        chosen: list[CellView] = []
        for value, dec in values:
            found = [c for c in cells if c not in chosen and values_match(value, dec, c.cell.value, decimals(c.cell.text))]
            if not found:
                break
            chosen.append(found[0])
        else:
            checks.append(TableCheck(True, f"every claimed setting in the rows of \"{label}\": " + ", ".join(
                f"{c.label()} {c.cell.text}" for c in chosen), tuple(chosen)))
    return checks
