"""A ranking claim ("mUSE achieves a higher average than XLM-R distilled from SBERT-paraphrases",
"XLM is better than both mBERT and MMTE") read from table cells.

Each side of the claim is a noun phrase: the names it holds pick the rows (or columns) on that side,
and its other words ("paraphrases", "distilled") choose among rows of one model family.  Every loser
named is compared with the winner in one column (or row); a loser whose cells disagree among
themselves decides nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from synth.extract.vocabulary import find_entities, match_language_code
from synth.verify.claim_facts import NUMBER_WORDS, Sides, names_found, side_terms, unknown_names
from synth.verify.tables import (CellView, TableCheck, TableView, caption_head, header_names, is_all_column_cell,
                                 is_language, other_languages)
from synth.verify.settings import SETTINGS
from synth.verify.written import written


def _split_in(name: str, side: frozenset[str]) -> bool:
    """Whether a hyphenated name's parts are all terms of one side ("EN-BERT": "EN-", "BERT")."""
    parts = [p for p in name.split("-") if p]
    terms = {t.strip("-") for t in side}
    return len(parts) >= 2 and all(p in terms for p in parts)


def _own(cell: CellView, same_col: bool, unknown: set[str] = frozenset()) -> tuple[frozenset[str], frozenset[str]]:
    """The names and all terms of what a cell is about within its column (its row) or row (its column);
    ``unknown``: names the vocabulary lacks, found in the header as words ("SelfAtt-Graph")."""
    names = cell.row_names if same_col else cell.col_names
    header = " ".join(cell.cell.row_header if same_col else cell.cell.column_header)
    names = names | {u for u in unknown if written(u, header)}
    return names, _header_terms(header) | names


@lru_cache(maxsize=65536)  # every ranking claim reads the same table headers, pair after pair
def _header_terms(header: str) -> frozenset[str]:
    return frozenset(side_terms(header))


_PLAIN = frozenset({"ours", "our", "baseline", "default", "original", "standard"})


def _plain(terms: frozenset[str], names: frozenset[str]) -> bool:
    """A row label with nothing but the family's name and a word like "(Ours)" or "baseline"."""
    lowered = {n.lower() for n in names}
    return not {t for t in terms if t not in names and t.lower() not in lowered} - _PLAIN


def _datasets(names) -> set[str]:
    return {e.name for n in names for e in find_entities(n) if e.kind == "dataset" and e.name == n}


_SETTING_LABEL = re.compile(r"^\(\w+\)$")  # "(pl)", "(ml)": a row's fine-tuning setting


def _setting(row_header: list[str]) -> str | None:
    """The setting in brackets a row's label ends in ("(ml)" of "UnicoderxDAE SC / (ml)"), if any."""
    return row_header[-1].strip() if row_header and _SETTING_LABEL.match(row_header[-1].strip()) else None


def in_labelled_setting(check: TableCheck) -> bool:
    """Whether a check reads rows labelled with a setting in brackets ("UnicoderxDAE SC / (ml)")."""
    return any(_setting(c.cell.row_header) for c in check.cells)


def _other_settings(a: list[str], b: list[str]) -> bool:
    """Two rows labelled with different settings in brackets as their last part."""
    return _setting(a) is not None and _setting(b) is not None and _setting(a) != _setting(b)


_WITH_AUXILIARY = re.compile(r"\((\w{2,3})[-,+](\w{2,3})\)")
_ALONE = re.compile(r"\((\w{2,3})\)")


def _source_alone(a: list[str], b: list[str]) -> str | None:
    """The source language when two column headers differ only in "(en-fr)" against "(en)": training on the
    source with an auxiliary language against training on the source alone."""
    if len(a) != len(b):
        return None
    differing = [(x.strip(), y.strip()) for x, y in zip(a, b) if x != y]
    if len(differing) != 1:
        return None
    pair, alone = _WITH_AUXILIARY.fullmatch(differing[0][0]), _ALONE.fullmatch(differing[0][1])
    if pair and alone and pair.group(1) == alone.group(1) and (code := match_language_code(alone.group(1))):
        return code
    return None


# "On SIB-200's twelve Afro-Asiatic African languages": a group of languages, counted, named by capitalised words
_LANGUAGES_COUNTED = re.compile(rf"\b(?P<n>\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\s+(?:[A-Z][\w.-]*\s+){{0,3}}"
                                r"languages\b")


def languages_counted(claim: str) -> int | None:
    """How many languages the claim says its group has ("twelve Afro-Asiatic African languages": 12), if it says."""
    m = _LANGUAGES_COUNTED.search(claim)
    if m is None:
        return None
    n = m.group("n")
    return int(n) if n.isdigit() else NUMBER_WORDS.index(n) + 2


def counts_group(cell: CellView, size: int) -> bool:
    """A cell of a column headed by the size of a group of languages ("Afro A." over "(12)")."""
    return f"({size})" in cell.cell.column_header


def ranking_checks(view: TableView, sides: Sides, required: set[str], missing, excluded: set[str],
                   average_only: bool, datasets: set[str] = frozenset(), unknown: set[str] = frozenset(),
                   languages: set[str] | None = None, sources: set[str] = frozenset(),
                   monolingual: bool = False, tested: frozenset[str] = frozenset(),
                   auxiliary: frozenset[str] = frozenset(),
                   group: int | None = None) -> dict[frozenset[str], list[TableCheck]]:
    """Checks per loser (the loser's names): the best-described winner cell against the best-described
    loser cell of each column (or row) where both appear and everything else the claim names is shared.
    Cells about a dataset the claim does not name (by their headers, else by the caption) are left out:
    "XLM beats mBERT on XTREME" is about XTREME's overall table, not its XNLI table.  With ``languages``
    (all the claim names), cells of other languages are left out: a claim naming none is about the
    overall score, not any one language's ("Arabic-Arabic", ``monolingual``: not EN-AR's either).  ``sources``: the
    languages a claimed transfer starts from; ``tested``: those it names otherwise, whose own cells, where the table
    has them, rank the pair, never an average column ("For English news classification") or the column of a language
    named only as a source or a translation's target.  A ``group`` of languages the claim counts ("twelve Afro-Asiatic
    languages") is averaged in a column headed by its size ("(12)").  Two ``auxiliary`` languages (trained on
    unlabeled) as the two sides are read in the columns that name them, never as two rows of test languages.  Two cells of one column in
    blocks of two datasets ("NER / XLM-Rbase" against "POS / M-BERT") are never compared."""
    first = caption_head(view.table.caption)
    caption = _datasets(header_names([first])) | unknown_names(first)  # "POS results (Accuracy)": about POS
    # a side named only by a name the vocabulary lacks ("SelfAtt-Graph outperforms RNN-Stack")
    side_unknown = (sides.winner | sides.loser) & unknown
    # ("EN-BERT", which the sides read as "EN-" and "BERT")
    side_unknown |= {u for u in unknown if any(_split_in(u, side) for side in (sides.winner, sides.loser))}
    winners = set(sides.winner_names) | (sides.winner & unknown)
    losers = set(sides.loser_names) | (sides.loser & unknown)
    # ("GPT-4 classifies SIB-200 topics more accurately": the table's own dataset, named by its title, is no side)
    whole = view.context_names - {n for c in view.cells for n in c.names}
    winners, losers = (side - whole if side - whole else side for side in (winners, losers))
    # "Comparisons of different encoders (averaged results over all languages)": every cell is an average
    averaged = bool(re.search(r"\baverage", view.table.caption or "", re.IGNORECASE))
    cells = [c for c in view.cells if not c.names & excluded
             and (c.is_average or is_all_column_cell(c.cell) or averaged or not average_only
                  or (group is not None and counts_group(c, group)))
             and (languages is None or not other_languages(c.names, languages, monolingual))]
    if tested and not average_only and any(c.names & tested for c in cells):
        # ("On French XNLI, [...] higher when the test data are machine-translated into English than when [...]": only
        # French cells; English, the usual source, where the claim does not name it)
        kept = tested | sources | auxiliary | ({"en"} if "en" not in (languages or set()) else set())
        cells = [c for c in cells if not (c.is_average or is_all_column_cell(c.cell))
                 and not {n for n in c.names if is_language(n)} - kept]
    only_winner, only_loser = sides.winner - sides.loser, sides.loser - sides.winner
    side_languages = {n for n in winners | losers if is_language(n)}
    # ("benefits more from unlabeled French than from unlabeled Russian": the "(en-fr)" and "(en-ru)" columns)
    auxiliary_sides = bool(auxiliary) and winners | losers <= auxiliary
    found: dict[frozenset[str], list[tuple[int, TableCheck]]] = defaultdict(list)
    for a in cells:
        for b in cells:
            # (a table printed in two halves side by side repeats its headers: "Tokens (M)" for cs and for sk)
            halves = (a.cell.column_header and a.cell.column_header == b.cell.column_header and a.row_names != b.row_names
                      and any(map(is_language, a.row_names)) and any(map(is_language, b.row_names)))
            same_col = (a.cell.column == b.cell.column or halves) and a.cell.row != b.cell.row
            same_row = a.cell.row == b.cell.row and a.cell.column != b.cell.column
            if not (same_col or same_row) or a.part != b.part:
                continue
            if auxiliary_sides and (not same_row or (tested and not a.row_names & tested)):
                continue  # (and on the rows of the language the claim tests: "For French test data")
            if same_col and _other_settings(a.cell.row_header, b.cell.row_header):
                continue  # "UnicoderxDAE SC / (ml)" against "UnicoderxF NP SC / (pl)": two settings, not the claim's pair
            a_sets, b_sets = (_datasets(c.row_names if same_col else c.col_names) for c in (a, b))
            if a_sets and b_sets and a_sets != b_sets:
                continue
            a_names, a_terms = _own(a, same_col, side_unknown)
            b_names, b_terms = _own(b, same_col, side_unknown)
            if same_row and (source := _source_alone(a.cell.column_header, b.cell.column_header)):
                # "(en-fr)" against "(en)": French as the auxiliary against the source language alone
                a_names, b_names = a_names - {source}, b_names | {source}
            # a name on both sides ("on Hindi" for translate-train and translate-test) is the cells' shared condition;
            # so is a language the two cells share, on whichever side the claim says it ("EN-BERT fine-tuned on Dutch
            # outscoring Lample et al." in the NL column)
            shared = (a.col_names & b.col_names) if same_col else (a.row_names & b.row_names)
            # (and, down a column, a language the header of both rows' block names: "Translate everything to English
            # and use English-only model" over "BERT-en" and "RoBERTa", for "the English-only BERT scores higher than
            # RoBERTa"; not one each row's own label names, "English FT" against "English Target FT")
            carried = (header_names([p for p in a.cell.row_header if p in b.cell.row_header])
                       if same_col and side_languages - shared else set())
            both = (winners & losers) | ((shared | carried) & side_languages)
            hit = frozenset(losers & b_names) - (both if losers - both else frozenset())
            if (missing(winners - both or winners, set(a_names)) or a_names & (losers - winners - both) or not hit
                    or b_names & (winners - losers - both)):
                continue
            if both and not losers - both and missing(both, set(b_names)):
                continue  # "the XLM-R student distilled from SBERT-nli-stsb": both its names, not mBERT's row
            if missing((required - losers - winners) | (both if winners - both else set()),
                       set(shared | view.context_names | (a.names & b.names))):
                continue
            # a caption naming the claim's dataset may name others too ("fine-tuned on the English SQuAD")
            named = _datasets(a.names | b.names)
            if datasets and ((named - datasets - unknown) if named else (caption - datasets - unknown
                                                                         and not caption & datasets)):
                continue
            if ((a.names & SETTINGS) ^ (b.names & SETTINGS)) - winners - losers:
                continue  # zero-shot against in-language training is not the claim's comparison, unless it says so
            if unknown - side_unknown and not all(names_found(unknown - side_unknown, f"{first} {c.headers}")
                                                  for c in (a, b)):
                continue  # "higher NER F1": only the NER cells
            # two variants of one family ("UnicoderSC" vs "UnicoderLC"): their own words decide; a row labelled by
            # the family alone ("SelfAtt-Relative (Ours)") is the plain one the claim sets a variant against
            if winners & losers:
                plain_a, plain_b = _plain(a_terms, a_names | b_names), _plain(b_terms, a_names | b_names)
                if not ((a_terms & only_winner or plain_a) and (b_terms & only_loser or plain_b)) or (plain_a and plain_b):
                    continue
            if same_col and sources & shared and (languages or set()) - sources:
                # rows are fine-tuning languages: "fine-tuned on Spanish" is read along the ES row (unless the
                # claim names no other language: "English NER [...] fine-tuned on the English data" is the en column)
                continue
            ok = a.cell.value > b.cell.value
            # a row naming more than the claim's side ("XLM (MLM+TLM)" for a claimed "XLM (MLM)", "XLM-R Base"
            # for "XLM-R") fits less than the row naming just it
            extra = (a_names - sides.winner - required) | (b_names - sides.loser - required)
            fit = len(a_terms & sides.winner) + len(b_terms & sides.loser) - len(extra)
            # (a column whose own header names what the claim compares on, "XNLI Acc.", over one the caption alone
            # puts under it, "Kendall's Tau Distance" in a table of "word order metric and XNLI zero-shot accuracies")
            fit += sum(not is_language(n) for n in required & a.names & b.names)
            found[hit].append((fit, TableCheck(
                ok, f"{a.label()} {a.cell.text} {'>' if ok else '≤'} {b.label()} {b.cell.text}", (a, b))))
    return {hit: [c for fit, c in pairs if fit == max(f for f, _ in pairs)] for hit, pairs in found.items()}

