"""Claims checked against table cells: a value read from the right cell, a difference between two
cells, an average over cells — each recomputed from the printed numbers before any verdict.

A cell is *about* a claim when the names in its row and column headers, together with the table
caption and the paper's title, cover every dataset, method and language the claim names and one of
the models it names.  Only such cells are read, so a number elsewhere in the table never counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from statistics import mean

from synth.analyze.typology import iso3_language
from synth.extract.vocabulary import (DATASET_LANGUAGE, PRETRAINING_CORPORA, canonical, find_entities, kind_of,
                                     match_language_code)
from synth.parse.numbers import parse_cell
from synth.parse.tables import DITTO
from synth.records import Table, TableCell
from synth.verify.arithmetic import decimals, difference_matches, values_match
from synth.verify.cell_pairs import split_pair_cells
from synth.verify.slots import Slot
from synth.verify.score_kinds import readable_in, refutable_by
from synth.verify.settings import SETTINGS
from synth.verify.written import written

_WORD = re.compile(r"[^\W_]+")
_AVERAGED_TABLE = re.compile(r"^\s*(?:Table\s+\d+\s*[.:]?\s*)?(?:\S+\s+)?(?:macro-|micro-)?(?:average|averaged|mean)\b",
                             re.IGNORECASE)
# ("Average Cross-lingual Perf.": an average column named by what it averages)
_AVG = re.compile(r"^\s*(avg\.?|average|mean)(?:\s*$|\s*[/(]|\s+(?:[\w-]+\s+){0,2}(?:perf\.?|performances?|scores?|"
                  r"results?)\s*$)", re.IGNORECASE)


# sizes of a model; XGLUE's generators, Unicoder-xDAE and Unicoder-xFNP, are Unicoders
_VARIANT = re.compile(r"\s+(Base|Large|XL|XXL|Small)$|(?<=^Unicoder)-x(?:DAE|FNP)$")


def family(name: str) -> str:
    """"XLM-R Large" → "XLM-R", "Unicoder-xDAE" → "Unicoder": the model family a variant belongs to."""
    return _VARIANT.sub("", name)


# "Parameters", "Layers", "Vocab size": a model's make-up, not its results
_MAKE_UP = re.compile(r"^(?:params?|parameters|layers|langs|vocab(?:ulary)?(?:\s+size)?|heads|hidden(?:\s+size)?|"
                      r"dim(?:ension)?s?|steps|epochs|batch(?:\s+size)?)\b", re.IGNORECASE)


_MAKE_UP_TABLE = re.compile(r"\bmodel\s+sizes?\b|\bsizes?\s+of\s+(?:the\s+)?models?\b|\bmodel\s+architectures?\b",
                            re.IGNORECASE)


def _is_count_column(cell: TableCell) -> bool:
    """"#lg", "#params", "# M", "Layers": columns that count things rather than report results."""
    return any(h.strip().startswith("#") or _MAKE_UP.match(h.strip()) for h in cell.column_header)


_TASK_ABBREVIATIONS = frozenset({"POS", "NER"})


def header_names(parts: list[str]) -> set[str]:
    """Canonical entity names (and language codes) a header path names, with model families."""
    return set(_header_names(tuple(parts)))


@lru_cache(maxsize=65536)  # the same header paths are read for every claim and every row of a table
def _header_names(parts: tuple[str, ...]) -> frozenset[str]:
    if any(_FLORES.match(p.strip()) for p in parts):  # "Acehnese (Arabic) | ace_Arab": the brackets give the script
        parts = tuple(_BRACKETED.sub("", p) for p in parts)
    names = {e.name for e in find_entities(" ".join(parts))}
    names |= {family(n) for n in names} | {DATASET_LANGUAGE[n] for n in names if n in DATASET_LANGUAGE}
    for part in parts:
        code = match_language_code(part.strip().rstrip("*†‡§"))  # "ja*": a footnote mark, not part of the code
        if code:
            names.add(code)
        elif (_ISO3_HEADER.fullmatch(part.strip()) and part.strip() not in _ISO3_WORDS
              and (iso3 := iso3_language(part.strip()))):
            names.add(iso3)  # "DEU", "HIN", "ell": a table's ISO 639-3 column labels
        elif _FLORES.match(part.strip()):
            names.add(part.strip())
        elif _SUPERVISED_HEADER.fullmatch(part.strip()):  # "Supervised": trained in the language it is tested on
            names.add("supervised")
        elif part.strip() in _METRIC_LETTERS:  # "P", "R" beside "F1"
            names.add(_METRIC_LETTERS[part.strip()])
        elif "+" in part:  # "en + ru": a language and its auxiliary
            codes = [match_language_code(p.strip()) for p in part.split("+")]
            if all(codes):
                names.update(codes)
        words = part.split()
        # "XLM-7 CC": a row label ending in the corpus it was trained on, as a header abbreviates it
        # (not a task a header abbreviates as its dataset: "mBERT NER")
        if len(words) >= 2 and words[-1] not in _TASK_ABBREVIATIONS and (corpus := canonical("dataset", words[-1])):
            names.add(corpus)
    # "Vietnamese / vie_Latn": the code is the named language's second name, no other language
    if any(kind_of(n) == "language" for n in names):
        names = {n for n in names if not _FLORES.match(n)}
    return frozenset(names)


_ISO3_HEADER = re.compile(r"[A-Z]{3}|[a-z]{3}")
# rather words, in capitals ("LAT", "MON"); in lower case, as Tatoeba's columns print them ("mon", "lit"), codes
_ISO3_WORDS = {"CAT", "HAT", "IND", "LAT", "MAR", "ORI", "PAN", "QUE", "SOM", "LIT", "MON", "SIN"}
_METRIC_LETTERS = {"P": "precision", "Prec.": "precision", "R": "recall", "Rec.": "recall"}
# FLORES-200 / SIB-200 language codes ("pap_Latn"): a language, known to the vocabulary or not
_FLORES = re.compile(r"^[a-z]{3}_[A-Z][a-z]{3}$")
_SUPERVISED_HEADER = re.compile(r"(?:fully\s+)?supervised", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\([^)]*\)")


def averages_only(table: Table) -> bool:
    """A table whose caption says every cell is an average ("Average number of tokens per sentence",
    "Macro-average POS accuracies"), not one with an average column."""
    return bool(_AVERAGED_TABLE.match(table.caption or ""))


def is_average_cell(cell: TableCell) -> bool:
    """A cell of an "Avg." column (or of an average row)."""
    return any(_AVG.match(h) for h in (*cell.column_header, *cell.row_header[-1:]))


def is_all_column_cell(cell: TableCell) -> bool:
    """A cell of a column over all the table's languages ("All" over "(56)", after columns of families of 34, 12
    and 5): where two systems are ranked on average, it ranks them as an average column does (a score claimed
    for some of those languages is no such average)."""
    return cell.column_header[:1] == ["All"] and all(_COUNT_PART.match(h) for h in cell.column_header[1:])


_COUNT_PART = re.compile(r"^\(\d+\)$")


def is_language(name: str) -> bool:
    return kind_of(name) == "language" or bool(_FLORES.match(name))


@dataclass(frozen=True)
class CellView:
    cell: TableCell
    row_names: frozenset[str]
    col_names: frozenset[str]
    is_average: bool
    part: str = ""  # the metric of one half of a two-metric cell ("UAS" of "38.12/28.04"): never paired with the other

    @property
    def names(self) -> frozenset[str]:
        return self.row_names | self.col_names

    @property
    def headers(self) -> str:
        """Its row and column header paths as one text."""
        return " ".join((*self.cell.row_header, *self.cell.column_header))

    def label(self) -> str:
        c = self.cell
        row = [p for p in c.row_header if p.strip() not in DITTO]  # "- / -": as in the first row, which says nothing
        return f"[{' / '.join(row) or c.row} × {' / '.join(c.column_header) or c.column}]"


_ONE_WORD = re.compile(r"[A-Za-z]+")


def _joined(parts: tuple[str, ...], printed) -> list[str]:
    out, i = list(parts), 0
    while i < len(out) - 1:
        a, b = out[i].strip(), out[i + 1].strip()
        lead = _ONE_WORD.match(b)
        if _ONE_WORD.fullmatch(a) and lead and " " not in b and printed(a + lead.group(0)):
            out[i:i + 2] = [a + b]
        else:
            i += 1
    return out


def headers_joined(table: Table, text: str) -> Table:
    """The table with names the parser split over two header lines ("Afro" over "XLMR-61") joined again where the
    paper's ``text`` prints them whole ("AfroXLMR-61")."""
    words = sorted(set(re.findall(r"[A-Za-z]+", text)))

    def printed(start: str) -> bool:  # a word of the text begins so
        i = bisect_left(words, start)
        return i < len(words) and words[i].startswith(start)

    joined = lru_cache(maxsize=None)(lambda parts: _joined(parts, printed))
    cells = []
    for c in table.cells:
        rows, cols = joined(tuple(c.row_header)), joined(tuple(c.column_header))
        changed = rows != c.row_header or cols != c.column_header
        cells.append(c.model_copy(update={"row_header": rows, "column_header": cols}) if changed else c)
    return table if all(a is b for a, b in zip(cells, table.cells)) else table.model_copy(update={"cells": cells})


_MONOLINGUAL = re.compile(r"\bmonolingual\b", re.IGNORECASE)
_LANGUAGE_BERT = re.compile(r"\b(?:[A-Z]{2}-BERT|BERT-[a-z]{2})\b")  # "EN-BERT", "BERT-en": one language's BERT


def _multilingual_bert(c: CellView) -> CellView:
    """A "BERT" row scored on another language than English is multilingual BERT (XTREME's appendix
    tables print "BERT" for mBERT), unless its headers call it monolingual ("Monolingual baselines / BERT",
    "Some POS Results for EN-BERT", "BERT-en")."""
    if _MONOLINGUAL.search(c.headers) or _LANGUAGE_BERT.search(c.headers):
        return c
    if "BERT" in c.row_names and _non_english(c.col_names):
        return replace(c, row_names=c.row_names | {"mBERT"})
    if "BERT" in c.col_names and _non_english(c.row_names):
        return replace(c, col_names=c.col_names | {"mBERT"})
    return c


# "Comparison between adversarial training (AT) and multi-task learning (MTL)": what the headers abbreviate
_DEFINED = re.compile(r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})\s*\(([A-Z][A-Za-z]{1,5})\)")


def _defined_abbreviations(caption: str) -> dict[str, frozenset[str]]:
    out = {}
    for m in _DEFINED.finditer(caption):
        names = frozenset(e.name for e in find_entities(m.group(1)))
        if names:
            out[m.group(2)] = names
    return out


def _spelled_out(parts, defined: dict[str, frozenset[str]]) -> frozenset[str]:
    """The names a caption gives the abbreviations a header path uses ("AT" for adversarial training)."""
    return frozenset(n for p in parts for n in defined.get(p.strip(), ()))


def _non_english(names) -> bool:
    return any(n != "en" and is_language(n) for n in names)


@dataclass(frozen=True)
class TableView:
    paper: str
    table: Table
    context_names: frozenset[str]  # caption and paper title
    cells: tuple[CellView, ...]
    count_cells: tuple[CellView, ...] = ()  # cells of columns that count things ("Parameters"): read for counts only

    @classmethod
    def build(cls, paper: str, table: Table, title: str, mentions: str = "",
              extra: frozenset[str] = frozenset()) -> "TableView":
        """``mentions``: the paper's sentences that refer to the table ("Table 3 reports MLQA results of
        models fine-tuned on SQuAD"), whose names describe it as its caption does; ``extra``: more names
        of the whole table (name-like words of its caption)."""
        context = header_names([x for x in (table.label, table.caption, title, mentions) if x]) | extra
        # "Some POS Results for EN-BERT": one language's BERT, not the multilingual BERT of the paper's title
        if any(_LANGUAGE_BERT.search(" ".join((*c.row_header, *c.column_header))) for c in table.cells):
            context.discard("mBERT")
        defined = _defined_abbreviations(table.caption or "")
        every = tuple(
            _multilingual_bert(CellView(c, frozenset(header_names(c.row_header) | _spelled_out(c.row_header, defined)),
                                        frozenset(header_names(c.column_header) | _spelled_out(c.column_header, defined)),
                                        is_average_cell(c), part))
            for c, part in split_pair_cells(table.cells, table.caption or "")
            if c.value is not None
        )
        # "Details on model sizes": every column is a model's make-up ("L", "Hm", "#params"), none a result
        make_up = bool(_MAKE_UP_TABLE.search(caption_head(table.caption)))
        cells = tuple(c for c in every if not make_up and not _is_count_column(c.cell))
        counted = tuple(c for c in every if make_up or _is_count_column(c.cell))
        # a table of real languages' scores that names no model, of a paper about BERT: multilingual BERT's
        if ("BERT" in context and not _MONOLINGUAL.search(" ".join(x for x in (table.caption, mentions) if x))
                and not any(kind_of(n) == "model" for c in cells for n in c.names)
                and sum(_non_english(c.names) for c in cells) >= 3):
            context.add("mBERT")
        return cls(paper=paper, table=table, context_names=frozenset(context), cells=cells, count_cells=counted)

    @property
    def all_names(self) -> set[str]:
        out = set(self.context_names)
        for c in (*self.cells, *self.count_cells):
            out |= c.names
        return out


@dataclass(frozen=True)
class TableCheck:
    agrees: bool
    description: str
    cells: tuple[CellView, ...]
    # a disagreement in the very row that bears out the claim's other numbers: it outweighs their support
    decisive: bool = False


@dataclass(frozen=True)
class ClaimNumbers:
    values: list[tuple[float, int, str]]  # (value, decimals, text)
    deltas: list[tuple[float, int, str]]
    endpoints: list[tuple[float, int, str]] = ()  # the two scores of a stated change ("from 64.7 to 73.0")
    slots: dict[str, Slot] = field(default_factory=dict)  # whose number is which, by printed text
    metrics: dict[str, str] = field(default_factory=dict)  # the metric written after a number ("5.2 UAS")
    kinds: dict[str, str] = field(default_factory=dict)  # numbers that are no score ("for 68.3% of examples")


_SYSTEM_NAME = re.compile(r"\d|-|[a-z][A-Z]")  # "AfroXLMR-61", "SelfAtt-Graph", "MurilBERT"


def cell_prints(cell: CellView, value: float, dec: int) -> bool:
    """Whether a cell prints the value; "69.2 / 51.6" (F1 / EM) prints both of its numbers."""
    parsed = parse_cell(cell.cell.text)
    printed = (parsed.values or (parsed.value,)) if parsed else (cell.cell.value,)
    return any(v is not None and values_match(value, dec, v, decimals(cell.cell.text)) for v in printed)


def _same_scale(claimed: float, printed: float | None) -> bool:
    """A claimed fraction (.63) is not contradicted by a percentage or a count (24.1), nor the reverse."""
    return printed is not None and (abs(claimed) <= 1) == (abs(printed) <= 1)


def _is_count_cell(c: CellView) -> bool:
    """A whole number above 100 ("392,702", "5,010"): a count, which a claimed score with decimals is not."""
    return c.cell.value is not None and abs(c.cell.value) > 100 and not re.search(r"\d\.\d", c.cell.text)


def _with_unknown(c: CellView, unknown: set[str]) -> CellView:
    """The cell with the claim's names the vocabulary lacks that its row or column headers print."""
    def printed(headers: list[str]) -> frozenset[str]:
        text = " ".join(headers)
        return frozenset(u for u in unknown if written(u, text))
    rows, cols = printed(c.cell.row_header), printed(c.cell.column_header)
    return replace(c, row_names=c.row_names | rows, col_names=c.col_names | cols) if rows or cols else c


def check_table(view: TableView, required: set[str], models: set[str], numbers: ClaimNumbers,
                wants_average: bool, languages: set[str], missing, excluded: set[str] = frozenset(),
                ranking: tuple[str, str] | None = None, claim_languages: set[str] | None = None,
                metrics: set[str] = frozenset(), datasets: set[str] = frozenset(),
                unknown: set[str] = frozenset(), words: set[str] = frozenset(),
                monolingual: bool = False, claim_words: Sequence[str] = (),
                alternatives: frozenset[str] = frozenset(), compared: frozenset[str] | None = None,
                auxiliary: frozenset[str] = frozenset(), in_language: bool | None = None) -> list[TableCheck]:
    """Checks of the claim's numbers against one table.  ``required`` are the non-model names the
    claim uses, ``models`` its model/method names; ``missing(required, available)`` says which
    required names are not covered (it knows model variants and the soft source language).  Cells
    whose headers name something in ``excluded`` (another setting than the claim's) are not about
    the claim; a claimed value printed only there is reported as belonging to that setting.
    ``ranking`` is the claim's (winner, loser), which fixes the sign of a difference.  A value is only
    read from cells whose headers name no language outside ``claim_languages`` (all the claim names),
    when given; ``metrics`` are the claim's metrics.  Cells whose headers name a dataset other than
    the claim's ``datasets`` belong to another block of the table ("QADSM / UnicoderLC" under XNLI's).
    ``unknown``: names the vocabulary lacks (where one heads a column, only that column is read);
    ``words``: words that may label the rows whose mean the claim gives; ``numbers.slots``: the entity
    each number belongs to, whose cells alone it is read from.  ``monolingual``: the claim is about one
    language alone, so an English column of a pair ("EN-DE") is not its own.  ``compared``: the names of the two
    conditions a claim compares one system under ("when fine-tuned on [...] than when transferred");
    ``auxiliary``: languages the claim trains with as auxiliaries, never one side of a difference; ``in_language``:
    see ``_difference_checks``."""
    if unknown:  # "SelfAtt-Graph" heading a column names it as the vocabulary's names do
        view = replace(view, cells=tuple(_with_unknown(c, unknown) for c in view.cells))
    # a claim about UAS alone reads only the UAS half of "49.27/37.62" cells, whatever number it gives
    named_parts = set(metrics) & {c.part for c in view.cells}
    if len(named_parts) == 1:
        view = replace(view, cells=tuple(c for c in view.cells if c.part in ("", *named_parts)))
    # "averages 76.3% over the Japonic, Koreanic and Uralic language families": rows (or columns) the claim
    # names by their labels, whose mean it gives
    # (not a word of a longer label the claim writes: "Default" of "Default anchors")
    written = " ".join(claim_words)
    # (however punctuated: "OURS" of "(OURS, NO DICTIONARY)")
    longer = {p for c in view.cells for p in c.cell.row_header
              if len(parts := LABEL_WORD.findall(p.lower())) > 1 and f" {' '.join(parts)} " in f" {written} "}
    row_labels = {w for w in words if any(w in c.cell.row_header for c in view.cells)
                  and not any(w.lower() in LABEL_WORD.findall(p.lower()) for p in longer)}
    col_labels = {w for w in words if any(w in c.cell.column_header for c in view.cells)}
    averaged = wants_average and (len(row_labels) >= 2 or len(col_labels) >= 2)
    # "for the Turkic language family": a row label the claim writes picks the rows it heads, not those that
    # list it as an attribute of something else ("Kazakh / kaz_Cyrl / Turkic / Asia 1" is one member)
    if row_labels and not averaged:
        view = replace(view, cells=tuple(
            c for c in view.cells if row_labels & {*c.cell.row_header[:1], *_own_label(c)[-1:]}
            or any(_names_any(m, c.row_names) for m in models) or any(u in " ".join(c.cell.row_header) for u in unknown)))
    # (the auxiliary languages a claim trains with are no languages it averages over: "with unlabeled French or
    # Russian [...] raises average cross-lingual UAS over the 29 languages")
    overall = (wants_average and len(set(languages) - set(auxiliary)) < 2 and not averages_only(view.table)
               and not averaged)

    def pool(slot: Slot | None, metric: str | None = None) -> tuple[list[CellView], list[CellView], set[str]]:
        """(cells about the claim in its setting, cells about it in another setting, the models asked
        for) for one number: with a slot, only its own entity's cells, never the claim's other ones."""
        own_unknown = {n for n in slot.own if not kind_of(n) and not is_language(n)} if slot else set()
        avoid = slot.others if slot else frozenset()
        req = required - avoid
        mods = {m for m in models if not _names_any(m, avoid)} if slot else models
        if slot and not mods and not own_unknown:
            mods = models
        claimed_model = any(kind_of(m) == "model" for m in mods)
        own_languages = {n for n in slot.own if is_language(n)} if slot else set()
        # (a system's name the vocabulary lacks is about a claim naming no model or method: "AfroXLMR-61 averages
        # 77.3%"; beside a model, it may name what the model beats: "XLM outperforms both MUSE and Concat"; a task's
        # acronym, "NER", names rows of every system)
        wanted = req | mods | own_unknown | (set() if mods else {u for u in unknown - avoid if _SYSTEM_NAME.search(u)})

        def names_of(c: CellView) -> set[str]:
            return set(c.names) | {u for u in own_unknown if u in c.headers}

        def about(c: CellView) -> bool:
            names = names_of(c)
            available = names | view.context_names
            return (bool(names & wanted) and not missing(req, available)
                    and (not mods or (own_unknown and own_unknown <= names) or len(missing(mods, available)) < len(mods))
                    and not _names_other_side(c, avoid, slot.own if slot else frozenset())
                    and (not own_languages or bool(c.names & own_languages))  # "63.0% on English": its cell names it
                    # a row of another model is not the claim's, whatever the caption names ("mBERT and XLM-R ..."),
                    # nor whatever setting the claim names with it ("TRANSLATE-TEST / RoBERTa" for BERT-en's)
                    and not (claimed_model and _other_models(c.names, mods) and not _names_any_cell(c, {
                        m for m in mods if kind_of(m) != "method"})))

        # a cell of a language the claim does not name is about something else ("average" is no language);
        # of a two-metric cell, only the half of the metric written after the number ("28.04 LAS")
        candidates = [c for c in view.cells if about(c) and not other_datasets(c.names, datasets)
                      and (not metric or c.part in ("", metric))
                      and (claim_languages is None or not other_languages(c.names, claim_languages, monolingual))]
        # in a table with a column of the claimed metric ("XNLI Acc." next to "Kendall's Tau"), only that column
        if any(c.names & metrics for c in candidates):
            candidates = [c for c in candidates if c.names & metrics]
        candidates = headed_by(candidates, unknown)
        # ("AN" heading a row and a column: the AN-AN cell, not the "NA | AN" one)
        crossing = {id(c) for c in diagonal([c.cell for c in view.cells], set(unknown))}
        candidates = [c for c in candidates if id(c.cell) in crossing]
        # "average accuracy" with fewer than two languages named: only an average column speaks to it
        # (unless the caption says every cell is an average: "Average number of tokens per sentence")
        if overall and not own_languages:  # "versus 63.0% on English" is no average
            candidates = _overall_cells(candidates)
        return ([c for c in candidates if not c.names & excluded], [c for c in candidates if c.names & excluded],
                mods | own_unknown)

    checks: list[TableCheck] = []
    if averaged:  # the claimed number is a mean over the labelled cells, never one cell's
        return _label_average_checks(pool(None)[0], row_labels, col_labels, numbers)
    differing: list[tuple[str, list[CellView]]] = []  # a number no cell prints, with the cells that could
    rows: set[int] = set()  # rows printing a claimed number
    found: dict[str, CellView] = {}  # a slotted number's agreeing cell
    pools: dict[str, list[CellView]] = {}  # a slotted number's own cells
    given_away: list[TableCheck] = []  # a slotted number printed where the claim's other number belongs
    borne: set[str] = set()  # the claimed numbers a cell prints
    for value, dec, text in numbers.values:
        slot = numbers.slots.get(text)
        kind = numbers.kinds.get(text)  # a share or a correlation, no score
        relevant, elsewhere, mods = pool(slot, numbers.metrics.get(text))
        if slot:
            pools[text] = relevant
        agreeing = [c for c in relevant if cell_prints(c, value, dec)
                    and readable_in(kind, f"{view.table.caption or ''} {c.headers}")]
        rows |= {c.cell.row for c in relevant if any(cell_prints(c, v, d) for v, d, _ in numbers.values)}
        misplaced = [c for c in elsewhere if cell_prints(c, value, dec)]
        if agreeing:
            borne.add(text)
            if slot:
                found[text] = agreeing[0]
            checks.append(TableCheck(True, f"claimed {text} = cell {agreeing[0].label()} {agreeing[0].cell.text}",
                                     (agreeing[0],)))
        elif misplaced and len(mods) <= 1:
            other = ", ".join(sorted(misplaced[0].names & excluded))
            checks.append(TableCheck(False, f"claimed {text} is printed for another setting ({other}): "
                                     f"{misplaced[0].label()} {misplaced[0].cell.text}", (misplaced[0],)))
        # "the Wikipedia-pretrained XLM-7 [...] 80.0%, ahead of the 77.5% of CommonCrawl-trained BERT" where 80.0 is
        # XLM-7 CC's: the number printed for the claim's own model with what the claim gives its other number
        elif slot and (given := [c for c in view.cells if cell_prints(c, value, dec) and _names_any_cell(c, slot.own)
                                 and _names_any_cell(c, slot.others & PRETRAINING_CORPORA)]):
            theirs = ", ".join(sorted(n for n in slot.others & PRETRAINING_CORPORA if _names_any_cell(given[0], {n})))
            given_away.append(TableCheck(False, f"claimed {text} is printed with {theirs}, which the claim gives its "
                                         f"other number: {given[0].label()} {given[0].cell.text}", (given[0],)))
        # (a "∆" column's change is no score a claimed value could be)
        elif ((comparable := [c for c in relevant if _same_scale(value, c.cell.value) and not _is_change_cell(c)
                              and not (dec and _is_count_cell(c))
                              and (kind is None or refutable_by(kind, f"{view.table.caption or ''} {c.headers}"))
                              and not any(cell_prints(c, v, d) for v, d, t in numbers.values if t != text)])
              # (two models named together by one row, "XLM-R ←SBERT-paraphrases", are one system)
              and (len(mods) <= 1 or (comparable := [c for c in comparable if not missing(mods, set(c.row_names))]))
              and _within_range(value, view)):
            differing.append((text, comparable))
    # where a claimed number is printed in a row ("80.3 recall" in XLM-R's zero-shot row), a number that
    # disagrees is read in that row only: the claim is about it, and its other columns may not be parsed
    agreed_rows = {c.cells[0].cell.row for c in checks if c.agrees}
    decimals_of = {text: dec for _, dec, text in numbers.values}
    for text, comparable in differing:
        # (or in the row the claim names right by the number: "Urdu hypotheses 13.2 tokens" beside the Premise row
        # bearing out its other number)
        around = _words_around(claim_words, text)
        worded = [c for c in comparable if rows and c.cell.row not in rows and _row_worded(c, around)]
        shown = (worded or [c for c in comparable if not rows or c.cell.row in rows])[:3]
        if shown:
            # (the row the claim names by its number refutes it above the other number's support)
            checks.append(TableCheck(False, f"claimed {text}, but the table prints "
                                     + ", ".join(f"{c.label()} {c.cell.text}" for c in shown), tuple(shown),
                                     decisive=bool(worded)))
            # "[mT5] reaches 48.1% macro accuracy, against 42.6% for English-only fine-tuning": the row printing
            # 42.6 prints no 48.1 anywhere; half a claim read in a row that refutes its other half bears out nothing
            # (a score, written with its decimals: "50, 100 and 150" warm-up iterations are no row's scores)
            if (len(numbers.values) == 2 and not numbers.slots.get(text) and decimals_of.get(text)
                    and {c.cell.row for c in shown} <= agreed_rows):
                checks = [c for c in checks if not c.agrees]
                agreed_rows = set()
    checks += _named_column_refutations(view, numbers, checks, borne, claim_words)
    swapped = _sibling_conflict(numbers, found, pools)
    if swapped is not None:
        checks = [c for c in checks if not c.agrees] + [swapped]
    if given_away:  # the claim's other number, borne out alone, does not bear out the claim
        checks = [c for c in checks if not c.agrees] + given_away
    if wants_average and numbers.values and len(languages) >= 2:
        checks.extend(_average_checks(view, models, languages, numbers, missing, datasets))
    for delta, dec, text in numbers.deltas:
        computed = _difference_checks(view, required, models, delta, dec, text, missing, excluded, ranking,
                                      [*numbers.values, *numbers.endpoints], overall=overall, datasets=datasets,
                                      languages=claim_languages or set(), slot=numbers.slots.get(text),
                                      claim_words=claim_words, unknown=unknown,
                                      metric=numbers.metrics.get(text),
                                      ends=tuple(numbers.endpoints) if len(numbers.endpoints) == 2 else (),
                                      alternatives=alternatives, compared=compared, auxiliary=auxiliary,
                                      averaged=wants_average,
                                      row_labels=frozenset(row_labels) if not averaged else frozenset(),
                                      in_language=in_language)
        # "mUSE loses only 0.11" against a "Difference" column printing mUSE's -0.19: the table's own difference
        checks.extend(computed or _printed_difference_checks(pool(numbers.slots.get(text))[0], delta, dec, text, languages,
                                                               claim_words, auxiliary))
    return checks


def _named_column_refutations(view: TableView, numbers: ClaimNumbers, checks: list[TableCheck], borne: set[str],
                               claim_words: Sequence[str]) -> list[TableCheck]:
    """"German gets a Kendall's tau of 0.84 [...], alongside [...] 71.1% zero-shot XNLI accuracy": in the one row
    bearing out a claimed number, the column whose header the claim writes by another of its numbers ("Kendall’s Tau
    Distance") refutes that number where it prints a different one, above the support."""
    rows = {c.cells[0].cell.row for c in checks if c.agrees}
    if len(rows) != 1:
        return []
    out = []
    for value, dec, text in numbers.values:
        around = _words_around(claim_words, text)
        if text in borne or not around:
            continue
        named = [c for c in view.cells if c.cell.row in rows and _same_scale(value, c.cell.value)
                 and len(_column_words(c) & around) >= 2]
        if len(named) == 1 and not cell_prints(named[0], value, dec):
            out.append(TableCheck(False, f"claimed {text}, but the row bearing out the claim's other number prints "
                                         f"{named[0].label()} {named[0].cell.text}", (named[0],), decisive=True))
    return out


def _row_worded(c: CellView, words: set[str]) -> bool:
    """Whether ``words`` (the claim's, around one of its numbers) write a word of the cell's row label, by its first
    five letters ("hypotheses" for "Hypothesis")."""
    stems = {w[:5] for w in words if len(w) >= 4}
    return any(w.lower()[:5] in stems for p in c.cell.row_header for w in re.findall(r"[^\W\d_]{4,}", p))


def _column_words(c: CellView) -> set[str]:
    return {w for p in c.cell.column_header for w in re.findall(r"[^\W\d_]{3,}", p.lower())}


def _words_around(claim_words: Sequence[str], number: str, before: int = 5, after: int = 3) -> set[str]:
    """The claim's words just before and after a number it gives ("a Kendall's tau of 0.84"): what it is a number
    of; none where the number is not among the words once."""
    parts = LABEL_WORD.findall(number.lower())
    starts = [i for i in range(len(claim_words) - len(parts) + 1) if list(claim_words[i:i + len(parts)]) == parts]
    if len(starts) != 1 or not parts:
        return set()
    i = starts[0]
    return set(claim_words[max(0, i - before):i]) | set(claim_words[i + len(parts):i + len(parts) + after])


_DIFFERENCE_HEADER = re.compile(r"^(?:Difference|Diff\.?)$", re.IGNORECASE)  # "∆" heads averages as well


def _printed_difference_checks(cells: list[CellView], delta: float, dec: int, text: str,
                               languages: set[str], claim_words: Sequence[str],
                               auxiliary: frozenset[str] = frozenset()) -> list[TableCheck]:
    """A claimed difference read from cells under a difference header, in a row whose label the claim
    writes ("XLM-R ←SBERT-paraphrases" is not the claim's "XLM-R student distilled from SBERT-nli-stsb");
    a claim about some languages is not about a difference over all of them."""
    written = " ".join(claim_words).lower()
    printed = [c for c in cells if c.cell.column_header and _DIFFERENCE_HEADER.match(c.cell.column_header[-1].strip())
               and (not languages or set(c.names) & languages)
               and all(w.lower() in written for p in c.cell.row_header for w in re.findall(r"[\w-]{3,}", p))]
    # "(en,de) - en" under its target language's row: the row must name a language of the claim's own
    # (a group of rows, "IE.Germanic Family", need not be written)
    # (and with the claim's auxiliary language in its header: "(en,la) - en" in the ru row is Latin helping Russian)
    printed += [c for c in cells if _is_subtraction_cell(c) and set(c.row_names) & (set(languages) - {"en"} - auxiliary)
                and auxiliary <= c.col_names
                and all(w.lower() in written for p in c.cell.row_header[-1:] for w in re.findall(r"[\w-]{3,}", p))]
    if len({c.cell.row for c in printed}) != 1:
        return []  # the difference of one row, or nothing to say
    agreeing = [c for c in printed if values_match(abs(delta), dec, abs(c.cell.value), decimals(c.cell.text))]
    if agreeing:
        return [TableCheck(True, f"claimed {text} = printed difference {agreeing[0].label()} {agreeing[0].cell.text}",
                           (agreeing[0],))]
    return [TableCheck(False, f"claimed {text}, but the table prints the difference {printed[0].label()} "
                              f"{printed[0].cell.text}", (printed[0],))]


def _ranked_pair(a: CellView, a_own: set[str], b: CellView, b_own: set[str],
                 ranking: tuple[str, str] | None, same_col: bool) -> tuple[CellView, CellView] | None:
    """(winner's cell, loser's cell) when exactly one of the two names the claim's winner or loser as its own
    and the other names the other side with no word of its own (XLM-R Base's cell, "XLM-R (base)", is also
    XLM-R's; "XLM-R" is not XLM-R Base's, while a header naming XLM-R and another model is something else again)."""
    if ranking is None:
        return None
    win, lose = ranking
    for x, x_own, y in ((a, a_own, b), (b, b_own, a)):
        if not _header_words(y, same_col) <= _header_words(x, same_col):
            continue
        if lose in x_own and win in y.names and lose not in y.names:
            return y, x
        if win in x_own and lose in y.names and win not in y.names:
            return x, y
    return None


def direction_checks(view: TableView, required: set[str], models: set[str], sign: int, missing,
                     excluded: set[str] = frozenset(), datasets: set[str] = frozenset(),
                     languages: set[str] = frozenset(), auxiliary: frozenset[str] = frozenset()) -> list[TableCheck]:
    """A change without a number ("adversarial training with Russian raises Korean UAS"): the sign of each
    with/without difference ("(en-ru)" against "(en)") the claim's names pick out."""
    word = "rises" if sign > 0 else "falls"
    checks = _difference_checks(view, required, models, None, 0, word, missing, excluded, None,
                                datasets=datasets, languages=languages, sign=sign, auxiliary=auxiliary)
    # "adding unlabeled Latin as the auxiliary language lowers [...] on Portuguese": the pt row's "(en,la) - en"
    # cells print the change itself
    tested = set(languages) - {"en"} - auxiliary
    printed = [c for c in view.cells if auxiliary and _is_subtraction_cell(c) and set(c.row_names) & tested
               and auxiliary <= c.col_names and c.cell.value]
    return checks + [TableCheck((c.cell.value > 0) == (sign > 0), f"printed difference {c.label()} {c.cell.text}; "
                                f"the claim says it {word}", (c,)) for c in printed]


def headed_by(cells: list, unknown: set[str], headers=lambda c: c.headers) -> list:
    """In a table with a row or column headed by a name the claim gives and the vocabulary lacks ("NER"
    beside "POS"), only the cells under that header.  Of several such names, the cells headed by the most
    of them: "SelfAtt-Graph" and "RNN-Graph" heading two columns keep both, whatever order the names come in."""
    # (a name alone in brackets heads its cell too: "Supervised (RNN-Graph)"; not a cited author, "(Guo et al., 2015)")
    counts = [sum(name in (words := headers(c).split()) or f"({name})" in words for name in unknown) for c in cells]
    most = max(counts, default=0)
    return [c for c, n in zip(cells, counts) if n == most] if most else cells


def diagonal(cells: list, names: set[str]) -> list:
    """In a table whose rows and columns are labelled alike (fine-tuning on "AN" or "NA" languages against
    evaluating on them), a claim naming one label only ("both fine-tuned and evaluated on AN languages") is about
    the cell it heads twice; other tables' cells are left as they are."""
    def parts(headers: list[str]) -> set[str]:
        return {w for h in headers for w in h.split()}
    both = {n for n in names if any(n in parts(c.row_header) for c in cells) and any(n in parts(c.column_header)
                                                                                      for c in cells)}
    if len(both) != 1:
        return cells
    name = next(iter(both))
    return [c for c in cells if name in parts(c.row_header) and name in parts(c.column_header)]


def _label_average_checks(cells: list, row_labels: set[str], col_labels: set[str],
                          numbers: ClaimNumbers) -> list[TableCheck]:
    """A claimed mean over labelled rows (or columns), recomputed in each column (row) that has them all."""
    by_rows = len(row_labels) >= 2
    labels = row_labels if by_rows else col_labels
    groups: dict[tuple[int, str], list[CellView]] = {}
    for c in cells:
        if labels & set(c.cell.row_header if by_rows else c.cell.column_header):
            groups.setdefault((c.cell.column if by_rows else c.cell.row, c.part), []).append(c)
    checks = []
    for group in groups.values():
        if len(group) != len(labels):
            continue
        avg = mean(c.cell.value for c in group)
        dec = max(decimals(c.cell.text) for c in group)
        for value, vdec, text in numbers.values:
            checks.append(TableCheck(values_match(value, vdec, round(avg, dec + 1), dec),
                                     f"mean of {len(group)} cells " + " + ".join(f"{c.label()} {c.cell.text}" for c in group)
                                     + f" = {avg:.{dec + 1}f}; claimed {text}", tuple(group)))
    return checks


def _names_any(name: str, names) -> bool:
    """Whether ``names`` hold ``name`` or another variant of its model family."""
    return name in names or family(name) in {family(n) for n in names}


def _names_any_cell(c: CellView, names) -> bool:
    """Whether a cell's headers name any of ``names`` (a model by family, so "XLM-R ←SBERT-nli-stsb" names
    XLM-R; an unknown name literally)."""
    return any(_names_any(n, c.names) or (not kind_of(n) and not is_language(n) and n in c.headers) for n in names)


def _names_other_side(c: CellView, others, own) -> bool:
    """Whether a cell is about another number's entity: it names one of ``others`` (by family), or, where the
    other is a variant of the same family as its ``own`` ("XLM-R" beside "XLM-R base"), that variant and none of
    its own (XLM-R base's column also names XLM-R)."""
    kin = {family(o) for o in own}
    apart = {n for n in others if family(n) not in kin}
    return _names_any_cell(c, apart) or any(n in c.names and not c.names & own for n in set(others) - apart)


def _sibling_conflict(numbers: ClaimNumbers, found: dict[str, CellView],
                      pools: dict[str, list[CellView]]) -> TableCheck | None:
    """"MurilBERT reaches 65.5%, far above XLM-R's 24.6%" where the table prints XLM-R's 24.6 and, in the
    same column, MurilBERT's 23.5: the number the claim gives its own entity is not that entity's."""
    if not found:
        return None
    for value, dec, text in numbers.values:
        slot = numbers.slots.get(text)
        if slot is None or text in found:
            continue
        for sibling_text, sibling in found.items():
            beside = [c for c in pools[text] if c is not sibling
                      and (c.cell.column == sibling.cell.column or c.cell.row == sibling.cell.row)
                      and _same_scale(value, c.cell.value)]
            if len(beside) == 1:
                own = ", ".join(sorted(slot.own))
                return TableCheck(False, f"claimed {text} for {own}, but the table prints {beside[0].label()} "
                                         f"{beside[0].cell.text}, beside {sibling.label()} {sibling.cell.text} "
                                         f"(the claim's {sibling_text})", (beside[0], sibling))
    return None


RANGE_SLACK = 1.25


def _within_range(value: float, view: TableView) -> bool:
    """A claimed score far outside every number the table prints (71.8 against a table of gaps from 2
    to 30, "132 languages" against accuracies) is about something else, not a changed number."""
    printed = [abs(c.cell.value) for c in view.cells if c.cell.value is not None and _same_scale(value, c.cell.value)]
    return bool(printed) and min(printed) / RANGE_SLACK <= abs(value) <= max(printed) * RANGE_SLACK


def _average_checks(view: TableView, models: set[str], languages: set[str], numbers: ClaimNumbers,
                    missing, datasets: set[str] = frozenset()) -> list[TableCheck]:
    by_row: dict[tuple[int, str], list[CellView]] = {}
    # where rows name the claim's model, only those rows are its ("Unicoder", not the "M-BERT" row of the caption's table)
    own_rows = bool(models) and any(not missing(models, set(c.row_names)) for c in view.cells)
    for c in view.cells:
        # a mean over the claim's languages in its dataset's cells, not in another dataset's block ("POS / M-BERT")
        if other_datasets(c.names, datasets) or (datasets and missing(datasets, set(c.names | view.context_names))):
            continue
        scope = set(c.row_names) if own_rows else set(c.row_names | view.context_names)
        if c.col_names & languages and (not models or not missing(models, scope)):
            by_row.setdefault((c.cell.row, c.part), []).append(c)
    checks = []
    for cells in by_row.values():
        langs = set().union(*(c.col_names & languages for c in cells))
        if langs != languages:
            continue
        avg = mean(c.cell.value for c in cells)
        dec = max(decimals(c.cell.text) for c in cells)
        for value, vdec, text in numbers.values:
            ok = values_match(value, vdec, round(avg, dec + 1), dec)
            checks.append(TableCheck(ok, f"mean of {len(cells)} cells "
                                     + " + ".join(f"{c.label()} {c.cell.text}" for c in cells)
                                     + f" = {avg:.{dec + 1}f}; claimed {text}", tuple(cells)))
    return checks


def _overall_cells(cells: list[CellView]) -> list[CellView]:
    """For a claim about an average over languages it does not name: the average cells where the table
    has them, else the cells of no single language."""
    averages = [c for c in cells if c.is_average]
    return averages or [c for c in cells if not any(is_language(n) for n in c.names)]


def other_languages(names, claim_languages: set[str], monolingual: bool = False) -> set[str]:
    """Languages in ``names`` the claim does not name; English, the usual source language that
    headers like "trained on English data" name, does not count unless English is apart for the claim
    (``monolingual``: it is about one language alone, or transfers from another source language)."""
    return {n for n in names if is_language(n)} - set(claim_languages) - (set() if monolingual else {"en"})


def other_datasets(names, claim_datasets: set[str]) -> set[str]:
    """Datasets in ``names`` the claim does not name, when it names any."""
    return {n for n in names if kind_of(n) == "dataset"} - set(claim_datasets) if claim_datasets else set()


def _other_models(names, models: set[str]) -> set[str]:
    """Models in ``names`` of no family the claim names."""
    ours = {family(m) for m in models}
    return {n for n in names if kind_of(n) == "model" and family(n) not in ours}


_CITATION = re.compile(r"\bet al\b|\((?:19|20)\d\d[a-z]?\)")


def cites(header: str) -> bool:
    """Whether a header names a cited work ("Huang et al. (2019)", "Lample and Conneau (2019)")."""
    return bool(_CITATION.search(header))


def cited_row(c: CellView) -> bool:
    """A row of a system the paper cites ("Huang et al. (2019)"), unless the row is known to be a model's
    ("Devlin et al. (2018)" where the paper writes "mBERT (Devlin et al., 2018)")."""
    return cites(" ".join(c.cell.row_header)) and not any(kind_of(n) == "model" for n in c.row_names)


def _header_words(c: CellView, row: bool) -> set[str]:
    """The words of a cell's row header (``row``) or column header, lower-cased."""
    return set(_WORD.findall(" ".join(c.cell.row_header if row else c.cell.column_header).lower()))


_LABEL_STOP = frozenset("with without of on in the a an and or to for by from w wo".split())


LABEL_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # "fine-tune" is one word of a label


def _row_words(c: CellView) -> set[str]:
    """The words of a row's own label (the last of its header path with words: "Human", not its group's;
    "Sep L1-3", not the "-" of a label column it leaves empty)."""
    for label in reversed(c.cell.row_header):
        words = {w for w in LABEL_WORD.findall(label.lower()) if w not in _LABEL_STOP}
        if words:
            return words
    return set()


def _own_label(c: CellView) -> list[str]:
    """A row's header path without trailing ditto marks ("Default anchors / - / -": as in the first row)."""
    parts = list(c.cell.row_header)
    while parts and parts[-1].strip() in DITTO:
        parts.pop()
    return parts


def _claim_words_for(word: str, claim_words: Sequence[str]) -> set[str]:
    """The claim's words for a label's word: itself; else, part by part, "sequentially" for
    "sequential", "tuning" for "tune" (a shared stem of up to five letters), "cross-entropy" for "CE"
    (its initials)."""
    if word in claim_words:
        return {word}
    # "LAYER 1" for "ELMo's first LSTM layer"
    if word in _ORDINAL_OF and _ORDINAL_OF[word] in claim_words:
        return {_ORDINAL_OF[word]}
    parts = {q for c in claim_words for q in c.split("-")}
    found: set[str] = set()
    for p in word.split("-"):
        stem = p[:5].rstrip("e") if len(p) >= 4 else None
        hits = {q for q in parts if q == p or (stem and q.startswith(stem))}
        hits |= {c for c in claim_words if len(p) <= 4 and "-" in c and "".join(x[0] for x in c.split("-") if x) == p}
        if 2 <= len(p) <= 4 and p.isalpha():  # "ENG." for "English", "TGT." for "target"
            hits |= {q for q in parts if len(q) > len(p) and q[0] == p[0] and _abbreviates(p, q)}
        if not hits:
            return set()
        found |= hits
    return found


_ORDINAL_OF = {"1": "first", "2": "second", "3": "third", "4": "fourth", "5": "fifth", "6": "sixth"}


def _abbreviates(short: str, word: str) -> bool:
    """Whether ``short``'s letters occur in ``word`` in order ("tgt" in "target")."""
    it = iter(word)
    return all(ch in it for ch in short)


_TURNS = frozenset({"than", "instead", "over", "versus", "vs", "against"})


def _first_at(found: set[str], claim_words: Sequence[str]) -> int:
    """Where the claim first uses one of ``found`` (its words, or parts of them)."""
    return min((i for i, c in enumerate(claim_words) if c in found or any(q in found for q in c.split("-"))),
               default=len(claim_words))


def _side_by_side(a: CellView, b: CellView) -> bool:
    """Two cells under the same header in the two halves of a table set side by side, in rows labelled apart."""
    return (a.cell.column != b.cell.column and bool(a.cell.column_header)
            and a.cell.column_header == b.cell.column_header and bool(a.cell.row_header)
            and bool(b.cell.row_header) and a.cell.row_header != b.cell.row_header)


FROM_REACH = 8  # words between "from" and the label it introduces ("from separate bottom-three layers (Sep L1-3)")


# "swapping A for B", "replacing A with B", "A replaced by B": B is what the change brings
_REPLACING = {"swap", "swaps", "swapping", "swapped", "replace", "replaces", "replacing", "replaced",
              "exchange", "exchanges", "exchanging", "exchanged"}


def _from_to(claim_words: Sequence[str], first: int, second: int) -> bool:
    """"from A to B" or "swapping A for B": the claim's change is B's score less A's, the second-worded row
    is its subject."""
    before, between = claim_words[max(0, first - FROM_REACH):first], claim_words[first:second]
    if "from" in before and "to" in between:
        return True
    linked = {"for", "with", "by"} & set(between)
    return bool(linked) and bool(_REPLACING & {*before, *between})


def _worded_by(words: set[str], claim_words: Sequence[str]) -> set[str]:
    """The claim's words for a row label ("Sequential fine-tune with CE" in "sequentially fine-tuning ...
    cross-entropy"), empty unless every word of the label has one."""
    found = [_claim_words_for(w, claim_words) for w in words]
    return set().union(*found) if found and all(found) else set()


def caption_head(caption: str | None) -> str:
    """What a table is, by the first sentence of its caption without its label ("Table 7: African-centric
    Evaluation based on script on SIB-200. The number of languages per script [...]")."""
    return re.sub(r"^\s*Table\s+\d+\s*[.:]?\s*", "", caption or "").split(". ")[0]


_CHANGE_HEADER = re.compile(r"^\s*(?:[∆Δ]|diff\.?|difference|gain)\s*$", re.IGNORECASE)
# "fine-tuned and tested on the same CoNLL language": a transfer matrix's diagonal
SAME_LANGUAGE = re.compile(r"\bsame\s+(?:[\w-]+\s+)?language\b(?!\s+famil)", re.IGNORECASE)
# "(en,de) - en": the score of one setting minus another's, printed as a column
_SUBTRACTION_HEADER = re.compile(r"^\s*\([^)]*\)\s*[-−–]\s*\(?[\w-]+\)?\s*$")


def _is_subtraction_cell(c: CellView) -> bool:
    return any(_SUBTRACTION_HEADER.match(h) for h in (*c.cell.column_header, *c.cell.row_header))


def _is_change_cell(c: CellView) -> bool:
    """A cell of a "∆" column (or row): a change, not a score."""
    return (any(_CHANGE_HEADER.match(h) for h in (*c.cell.column_header[-1:], *c.cell.row_header[-1:]))
            or _is_subtraction_cell(c))


def _apart_at(a: CellView, b: CellView) -> int:
    """Where the label paths of two rows of a group (one label apart) first differ."""
    return next(i for i, (x, y) in enumerate(zip(a.cell.row_header, b.cell.row_header)) if x != y)


def _extends(a: CellView, b: CellView) -> bool:
    """Whether one of two rows of a group extends the other's label by words of its own ("mBERT, multi-task" of
    "mBERT", "English Target FT" of "Target FT"; not "MLM CLM" of "CLM CLM")."""
    i = _apart_at(a, b)
    x, y = (f" {' '.join(LABEL_WORD.findall(c.cell.row_header[i].lower()))} " for c in (a, b))
    return x in y or y in x


def _differing_words(a: CellView, b: CellView) -> tuple[set[str], set[str]]:
    """The words of the one label two rows of a group differ in ("TGT. FT" and "ENG. FT" above "mT5"),
    each row's own."""
    i = _apart_at(a, b)

    def words(c: CellView) -> set[str]:
        return {w for w in LABEL_WORD.findall(c.cell.row_header[i].lower()) if w not in _LABEL_STOP}
    return words(a) - words(b), words(b) - words(a)


def labelled_ranking_checks(view: TableView, model: str, better: Sequence[str], worse: Sequence[str],
                            claim_words: Sequence[str]) -> list[TableCheck]:
    """"ChatGPT scores higher with English instructions (English ICL) than with target-language ones": two
    rows of the model one label apart ("ENG. ICL" / "TGT. ICL"), each label worded by one side of the
    claim only (``better``, ``worse``: the claim's words before and after "than"), compared in every column
    whose header the claim words ("Avg. gen": "average generation"; a language's code, among ``claim_words``)."""
    cells = [c for c in view.cells if _names_any(model, c.row_names)]
    checks = []
    for a in cells:
        for b in cells:
            if a.cell.column != b.cell.column or a.cell.row == b.cell.row or a.part != b.part:
                continue
            if not _one_label_apart(a.cell.row_header, b.cell.row_header) or _is_change_cell(a):
                continue
            own_a, own_b = _differing_words(a, b)
            if not (own_a and own_b and _worded_by(own_a, better) and _worded_by(own_b, worse)
                    and not _worded_by(own_a, worse) and not _worded_by(own_b, better)):
                continue
            column = {w for h in a.cell.column_header for w in LABEL_WORD.findall(h.lower()) if w not in _LABEL_STOP}
            if not column or not _worded_by(column, claim_words):
                continue
            # a language's column is read only for a language the claim names ("it" abbreviates "instructions")
            languages = {n.lower() for n in a.col_names if is_language(n)}
            if languages and not languages & set(claim_words):
                continue
            ok = a.cell.value > b.cell.value
            checks.append(TableCheck(ok, f"{a.label()} {a.cell.text} {'>' if ok else '≤'} {b.label()} {b.cell.text}",
                                     (a, b)))
    return checks


def _labels_by_group(view: TableView) -> dict[tuple[str, ...], set[str]]:
    """Each group of rows (the header path above a row's own label) with the labels of its rows."""
    groups: dict[tuple[str, ...], set[str]] = {}
    for x in view.cells:
        if x.cell.row_header:
            groups.setdefault(tuple(x.cell.row_header[:-1]), set()).add(x.cell.row_header[-1])
    return groups


def _group_words(group: tuple[str, ...]) -> set[str]:
    return {w for label in group for w in LABEL_WORD.findall(label.lower()) if w not in _LABEL_STOP}


def _worded_across_groups(groups: dict[tuple[str, ...], set[str]], a: CellView, b: CellView,
                          claim_words: Sequence[str]) -> tuple[set[str], set[str]]:
    """Two rows of two groups ("BiLSTM-last" under "Machine translation baselines (TRANSLATE TEST)" against
    "X-BiLSTM-last" under "... multilingual sentence encoders"): the claim's words for each row's own label,
    where the claim tells apart the groups holding a row of that label ("TRANSLATE TEST", not "TRAIN");
    empty sets otherwise.  ``groups``: the table's ``_labels_by_group``."""
    if len(a.cell.row_header) < 2 or len(b.cell.row_header) < 2 or a.cell.row_header[:-1] == b.cell.row_header[:-1]:
        return set(), set()
    # a pair one group holds ("XLM-7 CC" and "XLM-7 Wiki" under "translate-train-all") is read within that group
    if any({a.cell.row_header[-1], b.cell.row_header[-1]} <= labels for labels in groups.values()):
        return set(), set()
    found = []
    for c in (a, b):
        label, group = c.cell.row_header[-1], tuple(c.cell.row_header[:-1])
        words = _worded_by({w for w in LABEL_WORD.findall(label.lower()) if w not in _LABEL_STOP}, claim_words)
        namesakes = [g for g, labels in groups.items() if label in labels and g != group]
        own = _group_words(group)
        if not words or any(not {w for w in own - _group_words(g) if _claim_words_for(w, claim_words)}
                            for g in namesakes):
            return set(), set()
        found.append(words)
    a_words, b_words = found
    return (a_words, b_words) if a_words - b_words and b_words - a_words else (set(), set())


def worded_block(view: TableView, claim: str) -> TableView:
    """In a table of blocks under two or more top column headers ("Multilingual Word Embeddings" beside
    "Multilingual BERT"), the cells of the one block whose header the claim writes out word for word ("with
    multilingual word embeddings as input"); the view as it is when the claim writes none of them, or several."""
    words = set(LABEL_WORD.findall(claim.lower()))
    blocks = {c.cell.column_header[0] for c in view.cells if len(c.cell.column_header) >= 2}
    written = [b for b in blocks if len(_group_words((b,))) >= 2 and _group_words((b,)) <= words]
    if len(blocks) < 2 or len(written) != 1:
        return view
    return replace(view, cells=tuple(c for c in view.cells
                                     if len(c.cell.column_header) >= 2 and c.cell.column_header[0] == written[0]))


def _one_label_apart(a: list[str], b: list[str]) -> bool:
    """Two header paths of one group of rows: the same but for one label ("Sep L1-3 / -" and "Sep L1-6 / -")."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def _clause_subject(mine: set[str], theirs: set[str], claim_words: Sequence[str], number: str) -> bool | None:
    """Whether the clause stating a change ("yet the Serbian data take up 3.0 GiB more") names the row worded by
    ``mine`` and not the one worded by ``theirs`` (True), the reverse (False), or not one alone (None)."""
    parts = LABEL_WORD.findall(number.lower())
    at = next((i for i in range(len(claim_words) - len(parts) + 1)
               if list(claim_words[i:i + len(parts)]) == parts), None)
    if at is None or not parts:
        return None
    start = max((i + 1 for i, w in enumerate(claim_words[:at]) if w in _CLAUSE_OPENERS), default=None)
    if start is None:
        return None
    clause = set(claim_words[start:at])
    has_mine, has_theirs = bool(clause & mine), bool(clause & theirs)
    return has_mine if has_mine != has_theirs else None


_CLAUSE_OPENERS = {"yet", "but", "while", "whereas", "although", "though"}


def _printed_as(a: CellView, b: CellView, ends: tuple) -> bool:
    """Whether ``a`` prints the first and ``b`` the second of two stated scores, both precise."""
    return (len(ends) == 2 and all(dec > 0 for _, dec, _ in ends)
            and cell_prints(a, ends[0][0], ends[0][1]) and cell_prints(b, ends[1][0], ends[1][1]))


def _among_words(claim_words: Sequence[str]) -> set[str]:
    """The words after "among"/"within" ("transfer among SVO languages"): a group on both sides of a transfer."""
    out = set()
    for i, w in enumerate(claim_words[:-1]):
        if w in ("among", "within"):
            out.add(claim_words[i + 2] if claim_words[i + 1] == "the" and i + 2 < len(claim_words) else claim_words[i + 1])
    return out


def _diagonal_check(a: CellView, b: CellView, among: set[str], delta: float, dec: int, text: str,
                    claim_words: Sequence[str]) -> TableCheck | None:
    """"17.33 points higher for transfer among SVO languages than among SOV languages": two cells of a
    transfer matrix each naming one group in its row and its column, the group the claim writes first as the
    gainer.  Only a match bears anything out: the claim's words say which cells, not that no others exist."""
    groups = [_groups_within(c, among) for c in (a, b)]
    if any(len(g) != 1 for g in groups) or groups[0] == groups[1]:
        return None
    (ga,), (gb,) = groups
    if _first_at({gb.lower()}, claim_words) < _first_at({ga.lower()}, claim_words):
        a, b = b, a
    d = max(decimals(a.cell.text), decimals(b.cell.text))
    diff = round(a.cell.value - b.cell.value, d)
    if not (difference_matches(delta, dec, a.cell.value, b.cell.value, d) and diff * delta > 0):
        return None
    return TableCheck(True, f"{a.label()} {a.cell.text} − {b.label()} {b.cell.text} = {diff:g}; claimed {text}", (a, b))


def _diagonal_language(c: CellView) -> str | None:
    """The one language a cell is trained and tested on, when its row and column name the same one."""
    row = {n for n in c.row_names if is_language(n)}
    return next(iter(row)) if len(row) == 1 and row == {n for n in c.col_names if is_language(n)} else None


def _mirrored(a: CellView, b: CellView, languages: set[str]) -> bool:
    """Two cells of a transfer matrix, one the other's reverse, between the claim's two languages."""
    def ends(c: CellView) -> tuple[frozenset[str], frozenset[str]]:
        return (frozenset(n for n in c.row_names if is_language(n)), frozenset(n for n in c.col_names if is_language(n)))
    (ra, ca), (rb, cb) = ends(a), ends(b)
    return len(ra) == len(ca) == 1 and ra != ca and (ra, ca) == (cb, rb) and ra | ca == set(languages)


def _groups_within(c: CellView, among: set[str]) -> set[str]:
    """The groups the claim puts "among" that a cell names in its row and its column alike."""
    return {n for n in c.row_names & c.col_names if n.lower() in among}


def _within(c: CellView, own: set[str], among: set[str]) -> bool:
    """A cell standing for a group the claim puts "among" names it in its row and its column alike."""
    return {n for n in own if n.lower() in among} <= _groups_within(c, among)


def _cited_pair(a: CellView, b: CellView, unknown: set[str], models: set[str], same_col: bool,
                claim_words: Sequence[str] = ()) -> bool:
    """One cell in the row of a work the claim cites by name ("Conneau et al. (2018b)"), the other in a row
    naming every model and method the claim names, in one column; where the claim gives the work's year, the row
    gives it too ("Artetxe et al. (2020)" is not "Artetxe and Schwenk (2018)")."""
    if not same_col or cited_row(a) == cited_row(b):
        return False
    ours, theirs = (b, a) if cited_row(a) else (a, b)
    years = {w for w in claim_words if re.fullmatch(r"(?:19|20)\d\d", w)}
    if years and not years & set(re.findall(r"(?:19|20)\d\d", " ".join(theirs.cell.row_header))):
        return False
    return bool(theirs.row_names & unknown) and bool(models) and models <= ours.row_names


def _unknown_own(x: CellView, y: CellView, unknown: set[str]) -> set[str]:
    """Names the vocabulary lacks that head ``x``'s own column (along a row), not ``y``'s."""
    def heads(c: CellView, name: str) -> bool:
        return written(name, " ".join(c.cell.column_header))
    return {u for u in unknown if heads(x, u) and not heads(y, u)}


def _system_kind(name: str, unknown: set[str], in_named_row: bool) -> str | None:
    """The kind of a name; along a row the claim names by its label, a system's where the vocabulary lacks it."""
    return kind_of(name) or ("model" if in_named_row and name in unknown else None)


_TRANSFER = frozenset({"cross-lingual transfer", "zero-shot"})


def _difference_checks(view: TableView, required: set[str], models: set[str], delta: float, dec: int, text: str,
                       missing, excluded: set[str], ranking: tuple[str, str] | None,
                       values: list[tuple[float, int, str]] = (), overall: bool = False,
                       datasets: set[str] = frozenset(), languages: set[str] = frozenset(),
                       slot: Slot | None = None, sign: int = 0,
                       claim_words: Sequence[str] = (), unknown: set[str] = frozenset(),
                       metric: str | None = None, ends: tuple = (),
                       alternatives: frozenset[str] = frozenset(),
                       compared: frozenset[str] | None = None,
                       auxiliary: frozenset[str] = frozenset(), averaged: bool = False,
                       row_labels: frozenset[str] = frozenset(),
                       in_language: bool | None = None) -> list[TableCheck]:
    """A difference between two cells in one column (or one row) whose row (or column) headers name
    the two things the claim compares, e.g. two models on one language or two languages for one
    model, and that together cover everything else the claim names.  When the claim also gives the
    two scores ("from 64.7 to 73.0"), only cells printing them are its pair; with ``overall`` (a claim
    about an average over unnamed languages), only the cells ``_overall_cells`` keeps.  ``claim_words``
    (the claim's words, lower-cased) may name both rows in the table's own words ("extra anchors" over
    "default anchors"); ``unknown``: the claim's names the vocabulary lacks, which may name the two sides
    ("SelfAtt-Graph" against "RNN-Graph"); ``ends``: the two scores of a stated change, in order ("from
    73.2 to 50.9"): two cells printing them, however their rows are labelled, are the claim's pair;
    ``alternatives``: the several ends of a change from one thing ("falls by 15.8 points from English to
    Swahili and to Urdu"), each paired with that one, never with each other; ``compared``: the names of the two
    conditions a claim compares one system under, which a pair "with and without" what the claim adds must name;
    ``auxiliary``: languages the claim trains with ("unlabeled German as the auxiliary language"), whose rows
    are no side of a gain it claims for another language; ``row_labels``: labels the claim names rows by
    ("Austroasiatic"), along whose rows a system the vocabulary lacks may be one side ("XLM-R beats the MLP
    baseline"); ``in_language``: whether a claim comparing in-language training with transfer from English
    writes the in-language side first (None: it compares no such two), whose change is the first side's score
    less the second's ("Fully Supervised / XLM-R" against "Cross-lingual / XLM-R-based / eng")."""
    checks = []
    wanted = required | models | set(unknown) | set(datasets)
    named_settings = SETTINGS - excluded if excluded else set()  # "fully supervised", "zero-shot-prompted"
    claimed_model = any(kind_of(m) == "model" for m in models)
    # a claim naming languages is not borne out by the cells of others ("7% on Swahili" by Chinese cells)
    cells = [c for c in view.cells if (c.names & wanted or _worded_by(_row_words(c), claim_words))
             and not c.names & excluded
             and not other_datasets(c.names, datasets)
             and not (set(languages) - {"en"} and other_languages(c.names, languages))
             and not (slot and _names_any_cell(c, slot.others))  # "0.48 and 0.61 for French and Russian"
             and (not metric or c.part in ("", metric))  # "by 5.2 UAS": not the LAS half of a cell
             # "on French": not the average column, unless the claim gives an average
             and not (c.is_average and not averaged and set(languages) - {"en"})
             # a row of another model is not the claim's model's, whatever the caption names ("mBERT and XLM-R")
             and not (claimed_model and _other_models(c.names, models) and not _names_any_cell(c, models))]
    if overall:
        cells = _overall_cells(cells)
    among = _among_words(claim_words)
    on_diagonal = bool(SAME_LANGUAGE.search(" ".join(claim_words)))
    groups = _labels_by_group(view)
    rows = sorted({c.cell.row for c in view.cells if len(models) == 1 and not missing(models, set(c.row_names))})
    model_rows = tuple(rows) if len(rows) == 2 else None
    for i, first in enumerate(cells):
        for second in cells[i + 1:]:
            a, b = first, second  # reoriented below; the loop variables stay as they are
            same_col = a.cell.column == b.cell.column and a.cell.row != b.cell.row
            # side-by-side halves of one table ("et Estonian | 843 | 6.1" beside "sr Serbian | 843 | 9.1"): one column
            same_col = same_col or _side_by_side(a, b)
            same_row = a.cell.row == b.cell.row and a.cell.column != b.cell.column and not same_col
            if among and not (same_col or same_row) and a.part == b.part and delta is not None:
                diagonal = _diagonal_check(a, b, among, delta, dec, text, claim_words)
                if diagonal is not None:
                    checks.append(diagonal)
                continue
            # "fine-tuned and tested on the same language, higher for English than for Dutch": two cells of a
            # transfer matrix's diagonal compare two languages as two rows of one column would
            mirrored = False
            if not (same_col or same_row) and on_diagonal and _diagonal_language(a) and _diagonal_language(b):
                same_col = True
            # "fine-tuning on English and testing on Spanish gives 8.21 more than fine-tuning on Spanish and testing on
            # English": a transfer and its reverse, two cells mirrored across the diagonal
            elif not (same_col or same_row) and _mirrored(a, b, languages):
                same_col = mirrored = True
                # the transfer the claim writes first gains what it claims over the other
                start = next((i for i, w in enumerate(claim_words) if w.startswith(("fine", "train"))), 0)
                lead = next((code for w in claim_words[start:] if (code := canonical("language", w)) in languages), None)
                if lead is not None and lead not in a.row_names:
                    a, b = b, a
            if not (same_col or same_row) or a.part != b.part:
                continue
            a_own, b_own = (a.row_names - b.row_names, b.row_names - a.row_names) if same_col else \
                (a.col_names - b.col_names, b.col_names - a.col_names)
            # a system the vocabulary lacks heading one cell's own column ("Fully Supervised / MLP" beside "XLM-R"),
            # in a row the claim names by its label
            in_named_row = same_row and bool(set(a.cell.row_header[:1]) & row_labels)
            if in_named_row:
                a_own, b_own = a_own | _unknown_own(a, b, unknown), b_own | _unknown_own(b, a, unknown)
            if not (_within(a, a_own, among) and _within(b, b_own, among)):
                continue  # "among SOV languages": fine-tuned and evaluated on SOV, not SVO → SOV
            if (a_own ^ b_own) & auxiliary and any(is_language(n) for n in (a_own ^ b_own) - auxiliary - {"en"}):
                continue  # "German as the auxiliary lifts Croatian": the de row is no side of Croatian's gain
            if _is_change_cell(a) != _is_change_cell(b) or _is_subtraction_cell(a) or _is_subtraction_cell(b):
                continue  # a "∆" column holds changes: a score minus a change is nothing; an "(en,de) - en"
                # column prints the claim's difference itself
            # (English beside the auxiliary language the claim trains with, "(en-fr)" against "(en)", is the source
            # both are trained on)
            if any(kind_of(n) == "dataset" or is_language(n) for n in (a_own ^ b_own) - wanted
                   - ({"en"} if auxiliary else set())):
                continue  # "NER / XLM-R" against "QAM / M-BERT", "XLM-R / each" against "mBERT / en": two tasks'
                # or two training languages' rows, whatever the models
            # "XLM-R improves on XLM-R base": "XLM-R (base)" names XLM-R too, so only one side has a name of
            # its own; the claim's ranking says which is which
            ranked = _ranked_pair(a, a_own, b, b_own, ranking, same_col) if len(models) >= 2 else None
            if ranked:
                a, b = ranked
                a_own, b_own = (a.row_names - b.row_names, b.row_names - a.row_names) if same_col else \
                    (a.col_names - b.col_names, b.col_names - a.col_names)
            # with/without: "XLM (MLM+TLM)" vs "XLM (MLM)" differ only by what the claim adds
            elif not a_own and b_own:
                a, b, a_own, b_own = b, a, b_own, a_own
            # or "(en)" vs "(en-fr)": training on English, then adding French the claim names
            added = (a_own <= models and len(models) >= 2) or (
                a_own - {"en"} <= languages and bool(a_own - {"en"}) and bool(_header_words(b, same_col))
                and not b.is_average)
            # ("higher when fine-tuned on translated data than when transferred zero-shot" compares two settings of
            # XLM (MLM+TLM), not it with XLM (MLM))
            with_without = (not ranked and bool(a_own) and not b_own and added
                            and _header_words(b, same_col) <= _header_words(a, same_col)
                            and (compared is None or bool(a_own & compared)))
            # the claim's only model in the table's only two rows of it ("XLM-Rbase (pl)", "XLM-Rbase (ml)"):
            # two settings the claim words its own way ("all languages rather than English alone")
            # (a precise number, in an average column or one of the claim's languages: it is easily met by chance)
            settings = (same_col and not a_own and not b_own and a.row_names == b.row_names and dec > 0
                        and a.cell.row_header != b.cell.row_header and (a.cell.row, b.cell.row) == model_rows
                        and (a.is_average or bool(a.col_names & (set(languages) - {"en"}))))
            # two rows the claim words as the table labels them ("Extra anchors" against "Default anchors",
            # "XLM-R Large" against "Human"): a precise number, borne out only by a match
            # (each by words of its own: "UnicoderSC" and "UnicoderLC" are not both the claim's "Unicoder")
            # within one group of rows: "XLM-7 Wiki" of one setting is no pair with "XLM-7 CC" of another
            apart = same_col and dec > 0 and _one_label_apart(a.cell.row_header, b.cell.row_header)
            own_a, own_b = _differing_words(a, b) if apart else (set(), set())
            a_words = _worded_by(own_a, claim_words) if apart else set()
            b_words = _worded_by(own_b, claim_words) if a_words else set()
            if same_col and dec > 0 and not apart and delta is not None:
                a_words, b_words = _worded_across_groups(groups, a, b, claim_words)
            labelled = delta is not None and bool(a_words - b_words) and bool(b_words - a_words)
            # or one row marked by the claim's words, the other by no words of its own ("mBERT, multi-task" against
            # "mBERT" for "multi-task translate-train [...] lifts TyDiQA-GoldP by 9.1"), read as the claim turns
            marked = apart and delta is not None and not labelled and _extends(a, b)
            if marked:
                a_words, b_words = _worded_by(own_a, claim_words), _worded_by(own_b, claim_words)
                labelled = marked = bool(a_words) != bool(b_words)
            # the two scores of "from 73.2 to 50.9" printed in one column: two precise numbers and their
            # difference are unlikely to meet by chance, whatever the rows' labels
            stated = (not labelled and delta is not None and not ranking
                      and (_printed_as(a, b, ends) or _printed_as(b, a, ends)))
            first_side = a  # whose words a_words are, whichever way a and b are turned below
            # (one model's two settings: the claim says which it writes first)
            # ("Cross-Lingual Transfer (XLMR) / English": the transfer the claim names too)
            setting_pair = delta is not None and in_language is not None and {
                frozenset(a_own - _TRANSFER), frozenset(b_own - _TRANSFER)} == {frozenset({"supervised"}), frozenset({"en"})}
            if in_language is not None and delta is not None and not setting_pair:
                continue  # English is the source there, no side of a change between two languages
            if setting_pair and ("supervised" in a_own) != in_language:
                a, b, a_own, b_own = b, a, b_own, a_own
            # "improves on the baseline of Conneau et al. (2018b)": a cited work's row the claim names, against a
            # row naming every model or method the claim does
            cited = _cited_pair(a, b, set(unknown), models, same_col, claim_words)
            if cited and cited_row(a):  # the claim's system first: it "improves on" the cited work
                a, b, a_own, b_own = b, a, b_own, a_own
            if not (ranked or with_without or settings or labelled or stated or cited or setting_pair) and not (
                    {_system_kind(n, unknown, in_named_row) for n in a_own & wanted}
                    & {_system_kind(n, unknown, in_named_row) for n in b_own & wanted}):
                continue  # the two sides differ in one kind of thing: two models, two languages, ...
            if cited_row(a) != cited_row(b) and not cited:
                continue  # a baseline the paper cites ("Huang et al. (2019)") is not what the claim compares
            if values and not all(any(cell_prints(c, v, vd) for v, vd, _ in values) for c in (a, b)):
                continue
            if _other_models(a_own | b_own, models) and not cited:
                continue  # a difference involving a model the claim does not name is not the claim's
            if not models and not (labelled or stated) and any(kind_of(n) == "model" for n in a.names | b.names):
                continue  # "the translation system scores 10.2 BLEU higher": no model's row is the claim's
            # (not the settings the claim names: "fully supervised XLM-R outscores zero-shot-prompted GPT-3.5-Turbo")
            if not (labelled or stated or setting_pair) and any(
                    kind_of(n) == "method" for n in (a_own | b_own) - wanted - named_settings):
                continue  # "XLM-R fine-tune" against "mBERT zero-transfer": a method the claim does not compare
            available = set(a.names | b.names | view.context_names)
            chosen = (a.names | b.names) & alternatives
            if alternatives and len(chosen) != 1 and not mirrored:
                continue
            if missing((required | models) - (alternatives - chosen), available):
                continue
            # (or the other side is a system the vocabulary lacks: "XLM-R beats the MLP baseline")
            # in a row the claim names by its label ("On SIB-200's three Austroasiatic languages"), oriented as it ranks
            versus_unknown = (in_named_row and len(models) == 1 and bool((a_own | b_own) & (set(unknown) - models))
                              and bool((a_own | b_own) & models))
            if len(models) == 1 and not (labelled or stated or cited or versus_unknown) and (
                    missing(models, set(a.names | view.context_names)) or missing(models, set(b.names | view.context_names))):
                continue  # one model: both cells must be that model's (e.g. two languages, or with/without a method)
            if (len(models) >= 2 and not with_without and not (labelled or stated or ranked or cited)
                    and not (a_own & models and b_own & models)):
                continue
            if ranking and ranking[1] in a_own and ranking[0] in b_own and not setting_pair:
                a, b = b, a  # orient as winner − loser
            d = max(decimals(a.cell.text), decimals(b.cell.text))
            diff = round(a.cell.value - b.cell.value, d)
            # (a side the vocabulary lacks is known by its own header: "MLP")
            a_sides, b_sides = (a.names | a_own, b.names | b_own) if versus_unknown else (a.names, b.names)
            ranking_known = bool(ranked) or (ranking is not None and ranking[0] in a_sides and ranking[1] in b_sides)
            if versus_unknown and not ranking_known:
                continue
            # with/without is oriented by construction: adding the method must move the score the claimed way
            signed = ranking_known or with_without or cited or mirrored or setting_pair
            if delta is None:  # a direction only ("raises Korean UAS"): only a with/without pair is oriented
                if with_without and diff:
                    checks.append(TableCheck(diff * sign > 0, f"{a.label()} {a.cell.text} − {b.label()} {b.cell.text} "
                                                              f"= {diff:g}; the claim says it {text}", (a, b)))
                continue
            ok = (difference_matches(delta, dec, a.cell.value, b.cell.value, d)
                  and (not signed or diff * (delta if with_without or setting_pair else 1) > 0))
            if labelled and not ranking_known:  # the row the claim words first is its subject: "A improves over B"
                mine, theirs = (a_words, b_words) if a is first_side else (b_words, a_words)
                at_a, at_b = _first_at(mine - theirs, claim_words), _first_at(theirs - mine, claim_words)
                if marked:  # the plain row stands where the comparison turns to its other side ("than", "instead")
                    turn = _first_at(_TURNS, claim_words)
                    at_a, at_b = (at_a, turn) if mine else (turn, at_b)
                first_a = (at_a < at_b) != _from_to(claim_words, min(at_a, at_b), max(at_a, at_b))
                # "Estonian and Serbian both [...], yet the Serbian data take up 3.0 GiB more": the one row named in
                # the clause giving the change is its subject, however the rows were worded before
                subject = None if marked else _clause_subject(mine - theirs, theirs - mine, claim_words, text)
                if subject is not None:
                    first_a = subject
                ok = ok and diff * (1 if first_a else -1) * delta > 0
            if stated:  # the change is the second score less the first
                ok = ok and diff * (1 if _printed_as(b, a, ends) else -1) * delta > 0
            # (a pair of settings in a row of none of the claim's languages is met by chance alone)
            if (settings or labelled or stated or (setting_pair and not a.names & (set(languages) - {"en"}))) and not ok:
                continue  # which setting is which, the claim's words cannot say: it only bears out a match
            if (labelled or stated) and diff * delta < 0:  # shown as the claim states it: the gainer first
                a, b, diff = b, a, -diff
            checks.append(TableCheck(ok, f"{a.label()} {a.cell.text} − {b.label()} {b.cell.text} = {diff:g}; "
                                         f"claimed {text}", (a, b)))
    return checks
