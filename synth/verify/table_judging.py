"""The text verifier's checks against a paper's tables: comparisons, directions and rankings read from cells
(``_judge_table_comparison``, ``_judge_table_direction``, ``_judge_labelled_ranking``) and the numeric check of
a claim against the cells of its entities (``_judge_tables``), with the narrowing of each table to the rows and
columns a claim is about."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from synth.extract.vocabulary import DATASET_LANGUAGE, PRETRAINING_CORPORA, canonical, find_entities, kind_of
from synth.records import Evidence, Table, TableCell
from synth.verify.arithmetic import decimals, number_agrees, printed_numbers, values_match
from synth.verify.claim_facts import (
    CITATION, GENERIC_METHODS, SOFT_NAMES, ClaimFacts, Sides, content_words, missing_names, instrumental_methods,
    auxiliary_languages, is_candidate, is_position, is_reference, names_found, negated, one_word_variants,
    prefixed_names, same_variant, suffixed_variants, languages_tested,
)
from synth.verify.counts import Count, counts_in
from synth.verify.directions import claimed_directions, directions_in_order, other_direction_only, table_directions
from synth.verify.evidence import cells_quote
from synth.verify.owners import swapped_cell
from synth.verify.quotes import quote_on_page
from synth.verify.rankings import counts_group, in_labelled_setting, languages_counted, ranking_checks
from synth.verify.scripts import claimed_scripts, header_scripts
from synth.verify.slots import Slot, number_slots
from synth.verify.score_kinds import kinds_of
from synth.verify.respective import respective
from synth.verify.role_rows import (RoleTable, claimed_configurations, direction_cell, role_check,
                                    role_check_by_direction, role_table)
from synth.verify.stance import LOWER_IS_BETTER
from synth.verify.judgement import Finding, Judgement
from synth.verify.runs import DISTINCT_NUMBER
from synth.verify.table_counts import counts_in_row
from synth.verify.unit_names import names_of_cell
from synth.verify.tables import (
    LABEL_WORD, SAME_LANGUAGE, labelled_ranking_checks, CellView, ClaimNumbers, TableCheck, TableView, caption_head,
    cell_prints, check_table, cited_row, cites, direction_checks, family, is_language, worded_block,
)
from synth.verify.written import written

# a table of counts ("Average number of tokens per sentence"), where no claimed score is read
_COUNT_TABLE = re.compile(r"\b(?:number|numbers|statistics|sizes?)\s+of\b|\bstatistics\b", re.IGNORECASE)
_REMOVED = re.compile(r"\b(?:NO|[Nn]o|[Ww]/[Oo]|[Ww]ithout)\s+([A-Za-z]+)")  # "OURS, NO POS", "w/o dictionary"
_WITHOUT_ANY = re.compile(r"\b(?:without|no)\s+(?:any\s+)?([A-Za-z]+)", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][\w.-]*\w")  # words that may label a table's rows or columns
_OURS = re.compile(r"\b(?:ours|our\s+(?:model|method|approach|system))\b", re.IGNORECASE)
_COMPOUND_LABEL = re.compile(r"[a-z][a-z]+(?:[-;][a-z]+)+")  # a row label like "lang-pos;no-random"
_THAN = re.compile(r"\b(?:(?P<up>higher|better|stronger|more)|lower|worse|weaker|less)\b[^.;]*?\bthan\b", re.IGNORECASE)
_LANGUAGE_GROUP = re.compile(r"\b([A-Z][a-z]{3,}(?:an|ic|ese))\s+languages\b")  # "African languages", "Indic languages"


def respective_slots(text: str) -> dict[str, Slot]:
    """Slots from "0.48 and 0.61 points ... French and Russian ..., respectively": each number its entity."""
    resp = respective(text)
    if resp is None or resp.kind not in ("language", "model"):
        return {}
    names = {name for _, _, name in resp.pairs}
    return {t: Slot(frozenset({name}), frozenset(names - {name})) for t, _, name in resp.pairs if names - {name}}


_METRIC_AFTER = re.compile(r"\s*(?:%|percentage\s+points?|points?)?\s*(?:of\s+|in\s+)?([\w@-]+(?:\s+\w+)?)")


def metrics_written_after(text: str, numbers) -> dict[str, str]:
    """The metric each number is given in, where one follows it: "5.2 UAS and 2.6 LAS points",
    "13.0 points of F1"."""
    out = {}
    for n in numbers:
        digits = re.match(r"[^\d]*[\d.,]+", text[n.start:])  # the number's own text may hold its metric
        m = _METRIC_AFTER.match(text, n.start + digits.end() if digits else n.end)
        found = find_entities(m.group(1)) if m else []
        if found and found[0].start == 0 and found[0].kind == "metric":
            out[n.text] = found[0].name
    return out


@lru_cache(maxsize=65536)  # the same row headers are read for every claim
def _header_variants(headers: str) -> tuple[tuple[str, str], ...]:
    ents = find_entities(headers)
    return tuple((one_word_variants(ents) | suffixed_variants(headers, ents)).items())


def another_variant(headers: str, claimed: dict[str, str]) -> bool:
    """Headers writing another variant of a family the claim writes a variant of ("UnicoderLC" for a claimed
    "UnicoderSC", "SBERT-large-nli-stsb" for "SBERT-paraphrases"): its cells are not the claim's."""
    return any(name in claimed.values() and not any(same_variant(text, t) for t in claimed)
               for text, name in _header_variants(headers))


def _difference_of_others(value: float, dec: int, values: list[tuple[float, int, str]]) -> bool:
    """"From 89.1% to 73.9%, a gap of 15.2 points": the claimed number is the gap between two others."""
    return any(values_match(value, dec, round(abs(a - b), max(da, db)), max(da, db))
               for i, (a, da, _) in enumerate(values) for b, db, _ in values[i + 1:])


def _owner_set_aside(facts: ClaimFacts, sides: Sides, view: TableView) -> Sides:
    """"XTREME's translate-test baseline scores higher than its translate-train baseline": the owner both sides
    share, named in the possessive on one side and the table's own name, tells neither side apart."""
    owners = {n for n in sides.winner_names - sides.loser_names if n in view.context_names
              and re.search(rf"(?<![\w-]){re.escape(n)}['’]s\b", facts.text)}
    if not owners or not re.search(r"\b(?:its|their)\b", facts.text) or not sides.winner_names - owners:
        return sides
    return replace(sides, winner_names=sides.winner_names - owners, winner=sides.winner - owners)


def _printed_in_two_rows(view: TableView, numbers: ClaimNumbers, checks: list[TableCheck]) -> bool:
    """Whether every claimed decimal score (three or more) is printed in one column of the table, in at most two
    rows other than the rows of the cells that disagree with the claim."""
    # (a claimed number that is the gap between two others, "26.0 exact match (64.1 vs 38.1)", is no cell's)
    scores = [(v, d, t) for v, d, t in numbers.values if not _difference_of_others(v, d, numbers.values)]
    claimed = [(v, d) for v, d, text in scores if DISTINCT_NUMBER.search(text)]
    if len(claimed) < 3 or len(claimed) != len(scores):
        return False
    refuting = {c.cell.row for check in checks if not check.agrees for c in check.cells}
    by_column: dict[int, list[CellView]] = {}
    for c in view.cells:
        if c.cell.row not in refuting:
            by_column.setdefault(c.cell.column, []).append(c)
    for cells in by_column.values():
        rows = [{c.cell.row for c in cells if cell_prints(c, v, d)} for v, d in claimed]
        if all(rows) and len(set().union(*rows)) <= 2:
            return True
    return False


DECISIVE_CELL = 0.95  # above any table support (0.9 to 0.93)


def _counts_beside(facts: ClaimFacts, cell: TableCell) -> tuple[Count, ...]:
    """Of a claim giving several counts, each another row's ("the Russian portion holds 23,408 million tokens
    (278.0 GiB) and the Vietnamese portion 24,757 million"), those written closest to the claimed number the
    cell prints; none where that number is not the closest one to them."""
    spans = [(n.start, n.end, n) for n in facts.numbers if n.value is not None]
    own = [n for _, _, n in spans if values_match(n.value, decimals(n.text), cell.value, decimals(cell.text))]
    if len(own) != 1:
        return ()
    out = []
    part = _parts(facts.text)
    for count in facts.counts:
        at = facts.text.find(count.text)
        if at < 0:
            continue
        # ("4,285 million Greek tokens (46.9 GiB) and 2,736 million Turkish tokens (20.9 GiB)": the number of the
        # count's own part of a list, however near the one before it)
        same = [sp for sp in spans if part[sp[0]] == part[at]]
        nearest = min(same or spans, key=lambda s: min(abs(s[0] - at - len(count.text)), abs(at - s[1])))
        if nearest[2] is own[0]:
            out.append(count)
    return tuple(out)


def _parts(text: str) -> list[int]:
    """For each character, which part of the text it is in: parts end at a comma, a semicolon or "and" outside
    brackets."""
    ends = {m.start() for m in re.finditer(r",(?!\d{3})|;|\band\b", text)}  # (not a thousands separator)
    out, part, depth = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if i in ends and depth == 0:
            part += 1
        out.append(part)
    return out


def _headers_of(check: TableCheck) -> str:
    """The row and column labels of the cells a check read, as one text."""
    return " ".join(p for x in check.cells for p in (*x.cell.row_header, *x.cell.column_header))


def _narrow(by_loser: dict, keep) -> None:
    """Keep, for each loser, only the (view, check) pairs ``keep`` accepts, where it accepts any."""
    for loser, checks in by_loser.items():
        kept = [(v, c) for v, c in checks if keep(v, c)]
        if kept:
            by_loser[loser] = kept


def _settled(checks: list, keep) -> list:
    """Where the (view, check) pairs disagree, those ``keep`` accepts if they agree among themselves; else all."""
    if len({c.agrees for _, c in checks}) > 1:
        kept = [(v, c) for v, c in checks if keep(v, c)]
        if kept and len({c.agrees for _, c in kept}) == 1:
            return kept
    return checks


def _captioned_otherwise(view: TableView, claim: str) -> bool:
    """Whether the table's caption names, beyond its first word, a capitalised word the claim does not write
    ("Comparisons (UAS%/LAS%) on Google Universal Dependency Treebanks"); acronyms (metrics) are not counted."""
    words = [m.group(0) for m in re.finditer(r"\b[A-Z][a-z]{2,}\b", caption_head(view.table.caption)) if m.start()]
    return any(w.lower() not in claim.lower() for w in words)


_SUPERVISED = re.compile(r"(?<![\w-])(un)?supervised\b", re.IGNORECASE)


def _supervision_differs(claim: str, caption: str) -> bool:
    """A claim about supervised MT against a table of "Results on unsupervised MT" (or the other way round)."""
    ours = {bool(m.group(1)) for m in _SUPERVISED.finditer(claim)}
    theirs = {bool(m.group(1)) for m in _SUPERVISED.finditer(caption)}
    return len(ours) == 1 and len(theirs) == 1 and ours != theirs


class TableChecks:
    """The checks over tables, mixed into TextVerifier: they use its table views (``tables``), its index, its
    per-paper names (``_own_names``, ``_own_models``, ``_abstract_names``), its caches of table directions
    (``_directions``) and of role tables (``_role_tables``), and its other checks (``_anchored``, ``_has_subject``,
    ``_ranking``, ``_implied_dataset``, ``_printed_in``, ``_printed_together``, ``_cited_row_prints``,
    ``_paper_sentences``, ``_title``)."""

    def _judge_table_comparison(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A comparison without numbers ("XLM-R outperforms mBERT on Japanese POS", "XLM is better than
        both mBERT and MMTE on average") read from the cells."""
        sides = facts.sides
        unknown = facts.unknown | prefixed_names(facts.text)
        if sides is None or not (sides.winner_names or sides.winner & unknown) or not (
                sides.loser_names or sides.loser & unknown):
            return
        required = facts.key_names - sides.winner_names - sides.loser_names
        group_size = languages_counted(facts.text)
        labels = self._label_words(facts)
        by_loser: dict[frozenset[str], list[tuple[TableView, TableCheck]]] = {}
        for view in self._views_about(facts, judgement):
            view = self._average_of_named(facts, self._aliased_rows(view, facts.aliases))
            view = self._rows_labelled(view, labels)
            found = ranking_checks(view, _owner_set_aside(facts, sides, view),
                                   (required - self._own_source(facts, view.paper)
                                    - self._implied_dataset(view, judgement)), missing_names,
                                   facts.excluded_settings,
                                   facts.wants_average, facts.names["dataset"], unknown,
                                   languages=facts.names["language"], sources=facts.transfer[0],
                                   monolingual=facts.english_apart, tested=languages_tested(facts.text),
                                   auxiliary=auxiliary_languages(facts.text), group=group_size)
            for loser, checks in found.items():
                by_loser.setdefault(loser, []).extend((view, c) for c in checks)
        # "word-embedding-based": where some of the tables comparing the pair label its cells in the claim's words
        # ("Multilingual Word Embeddings"), those cells are the claim's, not an mBERT table's
        claimed = content_words(facts.text.replace("-", " "))
        _narrow(by_loser, lambda v, c: len(claimed & content_words(_headers_of(c).replace("-", " "))) >= 2)
        # "averaged over SIB-200's 56 African languages": where some of the tables comparing the pair are about the
        # group of languages the claim names (an "African-centric Evaluation"), those are the claim's
        group = _LANGUAGE_GROUP.search(facts.text)
        if group:
            stem = group.group(1)[:5].lower()
            _narrow(by_loser, lambda v, c: stem in (v.table.caption or "").lower() or stem in _headers_of(c).lower())
        # (and cells under a label the claim writes, "Atlantic-Congo", over other tables' groups and averages)
        _narrow(by_loser, lambda v, c: any(w in x.cell.row_header or w in x.cell.column_header
                                           for x in c.cells for w in labels))
        # (and a column headed by the size of the group the claim counts, "Afro A. (12)" for "twelve Afro-Asiatic
        # African languages", is theirs, not an average over all of a table's languages)
        if group_size is not None:
            _narrow(by_loser, lambda v, c: all(counts_group(x, group_size) for x in c.cells))
        # several cells may compare a pair (layers, variants): only a unanimous reading decides; where the tables
        # disagree, rows of a setting in brackets ("(ml)" for multi-language fine-tuning), which the claim names
        # no more than any other, give way to the tables without such rows (XGLUE's main table)
        for loser, checks in by_loser.items():
            checks = _settled(checks, lambda v, c: not in_labelled_setting(c))
            # (and where they still disagree, a table whose caption names a resource the claim does not, "Comparisons
            # [...] on Google Universal Dependency Treebanks", gives way to the paper's other tables)
            by_loser[loser] = _settled(checks, lambda v, c: not _captioned_otherwise(v, facts.text))
        verdicts = {loser: {c.agrees for _, c in checks} for loser, checks in by_loser.items()}
        decided = {loser: v.pop() for loser, v in verdicts.items() if len(v) == 1}
        if not decided:
            return
        against = [loser for loser, ok in decided.items() if not ok]
        if not against and len(decided) < len(verdicts):
            return
        chosen = against or list(decided)
        for loser in chosen:
            for view, check in by_loser[loser][:2]:  # unanimous: each check agrees unless ``against``
                self._record_cells(judgement, view, check, (0.85, 0.8), [f"compared in table cells: {check.description}"])

    @staticmethod
    def _rows_labelled(view: TableView, words: set[str]) -> TableView:
        """"On SIB-200's three Tai-Kadai languages": the row the claim's one label word heads ("Tai-Kadai"), not
        the table's other rows, where some label heads rows."""
        labels = {w for w in words if any(c.cell.row_header[:1] == [w] for c in view.cells)}
        if len(labels) != 1:
            return view
        return replace(view, cells=tuple(c for c in view.cells if c.cell.row_header[:1] == list(labels)))

    def _judge_table_direction(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A change stated without a number, read from with/without cells; only a unanimous reading decides."""
        if facts.is_numeric or not facts.direction.sign or facts.sides is not None or negated(facts.text):
            return
        models = facts.names["model"] | (facts.names["method"] - GENERIC_METHODS)
        found = []
        for view in self._views_about(facts, judgement):
            if not self._same_table_metric(facts, view):
                continue
            view = worded_block(view, facts.text)  # "with multilingual word embeddings as input"
            # lower is better for perplexity, error or distance: a falling cell is no fall in quality
            found += [(view, c) for c in direction_checks(
                view, facts.key_names - models, models, facts.direction.sign, missing_names,
                excluded=facts.excluded_settings, datasets=facts.names["dataset"], languages=facts.names["language"],
                auxiliary=auxiliary_languages(facts.text))
                # (what the caption's first sentence says the table reports: "languages are sorted by the
                # word-ordering distance" later on names no metric)
                if not LOWER_IS_BETTER.search(" ".join((caption_head(view.table.caption or ""),
                                                        *(x.headers for x in c.cells))))]
        if not found or len({c.agrees for _, c in found}) != 1:
            return
        for view, check in found[:2]:
            self._record_cells(judgement, view, check, (0.8, 0.75), [f"recomputed from table cells: {check.description}"])

    def _judge_labelled_ranking(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """One model under two settings the table labels ("ENG. ICL" / "TGT. ICL") ranked by the claim in its
        own words ("higher with English instructions than with target-language ones"); unanimous cells decide."""
        m = _THAN.search(facts.text)
        models = facts.names["model"]
        if m is None or len(models) != 1 or negated(facts.text):
            return
        # (with the codes of the languages it names, which head a table's columns: "Greek" is "el")
        # (only those it tests: "machine-translated into English" heads no column of the claim's)
        languages = languages_tested(facts.text) or facts.names["language"]
        words = LABEL_WORD.findall(facts.text.lower()) + sorted(n.lower() for n in languages)
        before = LABEL_WORD.findall(facts.text[:m.end() - len("than")].lower())
        after = LABEL_WORD.findall(facts.text[m.end():].lower())
        better, worse = (before, after) if m.group("up") else (after, before)
        (model,) = models
        found = [(view, c) for view in self._views_about(facts, judgement)
                 for c in labelled_ranking_checks(view, model, better, worse, words)]
        if not found or len({c.agrees for _, c in found}) != 1:
            return
        for view, check in found[:2]:
            self._record_cells(judgement, view, check, (0.85, 0.8), [f"compared in table cells: {check.description}"])

    def _judge_role_rows(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A claim about rows that set two roles ("pretraining only the encoder with MLM [...] than [...] both encoder
        and decoder with MLM"), read from the rows of the settings it gives each role under the column of its
        translation direction (role_rows.py); the generic reading then leaves that table alone."""
        directions = directions_in_order(facts.text)
        if len(directions) not in (1, 2):
            return
        numbers = [n for n in facts.numbers if n.value is not None and not is_reference(facts.text, n)]
        for view in self.tables:
            table = (self._role_table(view) if judgement.in_scope(view.paper)
                     and not _supervision_differs(facts.text, view.table.caption or "") else None)
            configs = claimed_configurations(facts.text, table) if table else []
            if not configs or len(set(configs)) != len(configs) or any(c not in table.rows for c in configs):
                continue
            # the settings are the rows' names, and the paper's own model ("XLM gets 0.6 BLEU more [...]") need not
            # be named; every other name must be the table's ("CLM-pretraining" is a setting's)
            settings = {s for c in configs for s in c}
            own = self._own_models.get(view.paper, frozenset()) | self._own_source(facts, view.paper)
            headers = " ".join([view.table.caption or "", *(c.headers for c in view.cells)])
            if missing_names(facts.key_names - own - settings, view.all_names) or not all(
                    names_found({u}, headers) or settings & set(u.split("-")) for u in facts.unknown):
                continue
            if len(directions) == 2:  # one configuration's two numbers, one per direction
                cells = [direction_cell(table.rows[configs[0]], d) for d in directions] if len(configs) == 1 else [None]
                check = role_check_by_direction(numbers, configs[0], cells) if None not in cells else None
            else:
                cells = [direction_cell(table.rows[c], directions[0]) for c in configs]
                check = role_check(facts.text, numbers, configs, cells) if None not in cells else None
            if check is not None:
                judgement.read_by_roles.add(id(view.table))
                self._record_cells(judgement, view, check, (0.92, 0.9),
                                   [f"read from rows by role: {check.description}"])

    def _role_table(self, view: TableView) -> RoleTable | None:
        """The table's rows by role settings (role_rows.py), read once: the corpus's tables live as long as the
        verifier."""
        if id(view.table) not in self._role_tables:
            self._role_tables[id(view.table)] = role_table(view)
        return self._role_tables[id(view.table)]

    def _judge_tables(self, facts: ClaimFacts, judgement: Judgement) -> None:
        self._judge_role_rows(facts, judgement)
        if not facts.is_numeric:
            self._judge_labelled_ranking(facts, judgement)
        if not facts.is_numeric and (facts.names["dataset"] or facts.unknown or prefixed_names(facts.text)
                                     or facts.names["language"] or facts.names["metric"]):
            self._judge_table_comparison(facts, judgement)
        self._judge_table_direction(facts, judgement)
        # a claim its authors are named for ("Ahmad et al. find ... Portuguese (0.144)") is read only in their
        # tables, which anchors its numbers as a model or dataset name would
        if not facts.is_numeric or not (self._anchored(facts) or judgement.papers):
            return
        # "XLM-R fine-tuned on NLI data without distillation": a table need not name what was left out
        # (nor the model the claim's setting swaps out: "When [...] with XLM-R instead of mBERT, [...]")
        models = (facts.names["model"] - facts.replaced) | (facts.names["method"] - GENERIC_METHODS - facts.left_out)
        required = facts.key_names - models - facts.left_out - facts.replaced
        numbers = ClaimNumbers(
            values=[(n.value, decimals(n.text), n.text) for n in facts.numbers
                    if n.delta is None and n.value is not None and n.qualifier is None
                    and not is_reference(facts.text, n) and not is_candidate(facts.text, n)
                    and not is_position(facts.text, n)],
            deltas=[(n.delta, decimals(n.text), n.text) for n in facts.numbers if n.delta is not None],
            endpoints=[(v, decimals(n.text), n.text) for n in facts.numbers if n.delta is not None for v in n.values],
            slots=number_slots(facts.text, facts.numbers, facts.unknown) | respective_slots(facts.text),
            metrics=metrics_written_after(facts.text, facts.numbers),
            kinds=kinds_of(facts.text, facts.numbers),
        )
        # "XLM models trained on CC": a corpus the claim writes as a table abbreviates it is one of its datasets
        abbreviated = {d for u in facts.unknown if (d := canonical("dataset", u)) in PRETRAINING_CORPORA}
        # a measurement with a noun ("16.8 tokens long") is read only from a table about that noun
        measured = [c.noun for c in counts_in(facts.text) if c.noun and any(n.text == c.text for n in facts.numbers)]
        all_models, all_required = models, required
        scripts = claimed_scripts(facts.text)
        for view in self.tables:
            if not judgement.in_scope(view.paper) or id(view.table) in judgement.read_by_roles:
                continue
            # "the XLM-R paper's CC-100 statistics": its tables need not name the model the paper is called by
            # (and, in a paper the claim names, a table naming no dataset is on the one the paper works with)
            own_source = self._own_source(facts, view.paper) | self._implied_dataset(view, judgement)
            models, required = all_models - own_source, all_required - own_source
            view = self._in_own_voice(view, models)
            if view.paper in judgement.papers:
                view = self._ours_rows(view, models)
            view = self._aliased_rows(view, facts.aliases)
            # "annotators matched the consensus label 85% of the time": a claim naming no model or method, nor
            # whose work it reports, is about no model's cells
            if not models and not facts.unknown and not judgement.papers:
                view = replace(view, cells=tuple(c for c in view.cells if not any(kind_of(n) == "model" for n in c.names)))
            # "Lample et al. (2016) / each": a cited work's row is no result of a model the claim names without
            # citing that work
            if models and not CITATION.search(facts.text):
                view = replace(view, cells=tuple(c for c in view.cells if not cited_row(c) or any(
                    u in " ".join(c.cell.row_header) for u in facts.unknown)))
            view = self._ablations_named(facts, view)
            if SAME_LANGUAGE.search(facts.text):  # in a transfer matrix, only cells trained and tested alike
                view = replace(view, cells=tuple(c for c in view.cells if not any(map(is_language, c.row_names))
                                                 or not any(map(is_language, c.col_names))
                                                 or c.row_names & c.col_names))
            # "averages 77.3% on the four Arabic-script languages": a column of scripts' averages ("Arab (4)") is read
            # under the claim's scripts alone, each the average the claim gives
            wants_average = facts.wants_average
            if scripts and any(header_scripts(c.cell.column_header) for c in view.cells):
                view = replace(view, cells=tuple(c for c in view.cells
                                                 if header_scripts(c.cell.column_header) & scripts))
                wants_average = False
            if facts.left_out:  # "TLM alone, without MLM": rows naming MLM report another setting
                view = replace(view, cells=tuple(c for c in view.cells if not facts.left_out & c.row_names))
            if facts.replaced:  # "with XLM-R instead of mBERT": mBERT's rows are no side of the claim's change
                view = replace(view, cells=tuple(c for c in view.cells if not facts.replaced & c.row_names))
            if facts.variants:
                view = replace(view, cells=tuple(c for c in view.cells
                                                 if not another_variant(" ".join(c.cell.row_header), facts.variants)))
            # "extra anchors via dictionary code-switching": in the paper the claim names, the means it names may
            # go unnamed in a table whose rows it words as the table labels them
            means = (instrumental_methods(facts.text) - view.all_names) if view.paper in judgement.papers else set()
            # "on Common Crawl instead of Wikipedia (Wu et al.'s Wiki-CC setting)": a row label the claim gives in
            # brackets names the corpora it glosses
            # (even where the caption names them too: the glossed row's cells need not)
            if self._glossed_row(facts, view):
                means |= facts.names["dataset"] & PRETRAINING_CORPORA
                required = required - means
            if missing_names(facts.key_names - means - facts.left_out - facts.replaced - own_source, view.all_names):
                continue
            if not self._names_unknown_in(facts, view) or not self._same_table_metric(facts, view):
                continue
            if self._about_another_language(facts, view) or self._label_on_another_page(facts, view):
                continue
            if measured and not self._about_nouns(view, measured):
                continue
            if numbers.deltas and not self._has_subject(facts):
                numbers = ClaimNumbers(values=numbers.values, deltas=[], slots=numbers.slots)
            # "knn-replace reaches a multilinguality score of .74": a claim naming no model names its row
            labels = set() if models - means else self._row_labels_named(facts, view)
            checks = check_table(view, required, (models - means) | labels, numbers, wants_average,
                                 facts.names["language"] - SOFT_NAMES, missing_names,
                                 excluded=facts.excluded_settings, ranking=self._ranking(facts),
                                 # (the language of a benchmark the claim names is the claim's: "on KLUE-NLI")
                                 claim_languages=facts.names["language"] | {
                                     DATASET_LANGUAGE[d] for d in facts.names["dataset"] if d in DATASET_LANGUAGE},
                                 metrics=facts.names["metric"],
                                 datasets=facts.names["dataset"] | abbreviated, unknown=facts.unknown | labels,
                                 words=self._label_words(facts), monolingual=facts.english_apart,
                                 claim_words=self._label_claim_words(facts, view, judgement),
                                 alternatives=self._change_ends(facts),
                                 compared=self._conditions_compared(facts),
                                 auxiliary=auxiliary_languages(facts.text),
                                 in_language=facts.in_language_first)
            # a row named by a label alone is anchored too loosely to say which cell disagrees, unless the claim
            # gives the label as the name of what it describes ("the bottom three layers language-specific (Sep L1-3)")
            if labels and not all(re.search(rf"\(\s*{re.escape(label)}\s*\)", facts.text) for label in labels):
                checks = [c for c in checks if c.agrees]
            if facts.counts:
                checks = self._with_row_counts(view, checks, facts)
            # "52.97 UAS / 41.73 LAS ... and 54.72 / 47.34": cells bearing out some of the claimed numbers support
            # nothing while another claimed number is printed nowhere in the paper (or only in a row of other
            # things: "97.5" for Human against a claimed Dutch score of mBERT)
            if not facts.wants_average and any(c.agrees for c in checks) and not all(
                    self._printed_for(facts, view.paper, v, d) or _difference_of_others(v, d, numbers.values)
                    for v, d, _ in numbers.values):
                checks = [c for c in checks if not c.agrees]
            # "reaches 38.5 BLEU and beats [...] Sennrich et al. by more than 6 BLEU": cells bearing out the scores
            # say nothing of a claimed difference that no cell gives, where a sentence of the paper prints those
            # scores with another difference ("reaches 38.5 BLEU, outperforming [...] by more than 4 BLEU")
            read = {t for c in checks for t in self._claimed_in(facts, c)}
            if (any(c.agrees for c in checks) and numbers.deltas and not read & {t for _, _, t in numbers.deltas}
                    and self._margin_printed_otherwise(facts, view.paper, judgement)):
                checks = [c for c in checks if not c.agrees]
            # "the back-translation ensemble of Sennrich et al. (2016) stands at 33.9 BLEU": the row citing the work
            # the claim cites prints it, so other rows' cells are no refutation
            if any(not c.agrees for c in checks) and self._cited_row_prints(facts, view, numbers):
                checks = [c for c in checks if c.agrees]
            # "71.2 precision and 74.3 recall" printed together in one row of another of the paper's tables (an
            # ablation the claim names in words): that row may be the claim's, so these cells refute nothing
            if any(not c.agrees for c in checks) and self._printed_together(view.paper, numbers, judgement):
                checks = [c for c in checks if c.agrees]
            # "75.6 vs 51.4 [F1] and 64.1 vs 38.1 [EM]" printed in two other rows of the column it reads ("Monolingual"
            # and "Monolingual few-shot", which the claim words as mBERT fine-tuned on Finnish data): those rows
            # may be the claim's, so the cells of the row it names refute nothing
            if any(not c.agrees for c in checks) and _printed_in_two_rows(view, numbers, checks):
                checks = [c for c in checks if c.agrees]
            # the table that bears out more of the claim's numbers is the better evidence ("13.0% F1-score
            # and 11.1% accuracy" both in the MLQA table, one of them by chance in another)
            borne = {t for c in checks if c.agrees for t in self._claimed_in(facts, c)}
            support_strength = 0.9 + 0.01 * min(max(len(borne) - 1, 0), 3)
            self._judge_metric_halves(facts, view, checks, judgement)
            for check in checks:
                ev = self._cells_evidence(view, check)
                if ev is None:
                    continue
                basis = [f"recomputed from table cells: {check.description}"]
                swapped = swapped_cell(facts, [c.cell for c in check.cells]) if check.agrees else None
                if swapped and len(check.cells) == 1:
                    judgement.contradict.append(Finding("contradict", 0.75, [*basis, swapped], [ev]))
                elif not swapped:
                    (judgement.support if check.agrees else judgement.contradict).append(
                        Finding("support" if check.agrees else "contradict", support_strength if check.agrees
                                else DECISIVE_CELL if check.decisive else 0.75, basis, [ev]))

    def _printed_for(self, facts: ClaimFacts, paper: str, value: float, dec: int) -> bool:
        """Whether the paper prints a claimed number in a sentence, or in a table row naming one of the claim's models,
        languages or names the vocabulary lacks (any row, where the claim names none)."""
        ours = facts.names["model"] | facts.names["language"]
        if not ours and not facts.unknown:
            return self._printed_in(paper, value, dec)
        return any(u.table is None or ours & ({e.name for e in u.entities} | {
            n for c in u.table.cells if c.row == u.row for n in names_of_cell(c)})
            or any(written(n, u.text) for n in facts.unknown)
            for u in self._printed.units_printing(paper, value, dec))

    def _margin_printed_otherwise(self, facts: ClaimFacts, paper: str, judgement: Judgement) -> bool:
        """Whether a sentence of the paper prints every claimed score with a difference that is not the claimed
        one, or with several differences."""
        scores = [n for n in facts.numbers if n.delta is None and n.value is not None]
        deltas = [n for n in facts.numbers if n.delta is not None]
        if not scores or not deltas:
            return False
        for unit in self._paper_sentences({paper}, judgement):
            printed = printed_numbers(unit.text, differences=False)
            given = [p for p in printed if p.how == "delta"]
            # (or with several differences, whose owners the cells cannot tell: "outperforming Artetxe and Schwenk
            # (2018) and Devlin et al. (2018) by 11.1% and 3.6% accuracy respectively")
            if given and all(any(number_agrees(n.value, decimals(n.text), p, False) for p in printed) for n in scores) \
                    and (len(given) >= 2 or not any(number_agrees(n.delta, decimals(n.text), p, True, n.qualifier,
                                                                  n.strict) for n in deltas for p in given)):
                return True
        return False

    @staticmethod
    def _conditions_compared(facts: ClaimFacts) -> frozenset[str] | None:
        """The names on the two sides of a comparison of one system under two conditions ("higher on XNLI when
        fine-tuned on the machine-translated Hindi training set than when transferred zero-shot from English"),
        which name no model or method; None for a claim comparing no such conditions."""
        if facts.sides is None:
            return None
        names = facts.sides.winner_names | facts.sides.loser_names
        return None if any(kind_of(n) in ("model", "method") for n in names) else names

    @staticmethod
    def _with_row_counts(view: TableView, checks: list[TableCheck], facts: ClaimFacts) -> list[TableCheck]:
        """"Averages 6.91% [...] attested in 31 languages": a row bearing out the claimed score is read for the
        claimed counts too, under the columns their nouns name; a count it prints otherwise ("#Lang.: 30") turns
        the row's support into a contradiction."""
        out = []
        for check in checks:
            counts = (facts.counts if len(facts.counts) == 1 else _counts_beside(facts, check.cells[0].cell)
                      ) if check.agrees and len(check.cells) == 1 else ()
            counted = counts_in_row(view, check.cells[0], counts) if counts else []
            wrong = [c for c in counted if not c.agrees]
            out.extend(wrong or [check, *counted])
        return out

    @staticmethod
    def _label_claim_words(facts: ClaimFacts, view: TableView, judgement: Judgement) -> list[str]:
        """The claim's words as a table's labels may print them: in the table of the paper the claim
        attributes itself to, "their parser" (for "Schuster et al.'s parser") is the row labelled "OURS"."""
        words = LABEL_WORD.findall(facts.text.lower())
        if view.paper in judgement.papers:
            words = ["ours" if w == "their" else w for w in words]
        return words

    @staticmethod
    def _change_ends(facts: ClaimFacts) -> frozenset[str]:
        """"Falls by 15.8 points from English to Swahili and to Urdu": a change from one thing to several, each
        its own pair with the first (not "better to Dutch than to German", a comparison of the two)."""
        source, targets = facts.transfer
        return targets if source and len(targets) >= 2 and facts.comparison is None and facts.sides is None \
            else frozenset()

    @staticmethod
    def _claimed_in(facts: ClaimFacts, check: TableCheck) -> set[str]:
        """The claim's numbers a table check reads ("...; claimed 2.6 LAS points")."""
        return {n.text for n in facts.numbers if f"claimed {n.text}" in check.description}

    def _judge_metric_halves(self, facts: ClaimFacts, view: TableView, checks: list[TableCheck],
                             judgement: Judgement) -> None:
        """"By 5.2 UAS and 3.6 LAS": where one metric of two-metric cells bears out its number, the other
        metric of the same cells failing the claim's other number is a contradiction, above any support."""
        def positions(c: TableCheck) -> frozenset[tuple[int, int]]:
            return frozenset((x.cell.row, x.cell.column) for x in c.cells)

        def parts(c: TableCheck) -> frozenset[str]:
            return frozenset(x.part for x in c.cells)

        agreeing = [(positions(c), parts(c), self._claimed_in(facts, c)) for c in checks
                    if c.agrees and "" not in parts(c)]
        for check in checks:
            claimed = self._claimed_in(facts, check)
            if not check.agrees and claimed and any(positions(check) == where and not parts(check) & metric
                                                    and not claimed & borne for where, metric, borne in agreeing):
                self._record_cells(judgement, view, check, (0.0, 0.95), [
                    f"recomputed from table cells: {check.description}",
                    "the other metric of the same cells bears out the claim's other number"])

    @staticmethod
    def _about_another_language(facts: ClaimFacts, view: TableView) -> bool:
        """A table whose caption names one language and whose cells name none ("breakdowns on dependency
        directions for Czech") is about that language alone, not about a claim that does not name it."""
        named = {n for n in view.context_names if is_language(n) and n not in SOFT_NAMES}
        return (len(named) == 1 and not named & facts.names["language"]
                and not any(is_language(n) for c in view.cells for n in c.names))

    def _label_on_another_page(self, facts: ClaimFacts, view: TableView) -> bool:
        """A table continued over several pages ("Table 8" on pages 17 to 20), where another page prints a label
        the claim writes ("Tai-Kadai") and this one does not: the claim's rows are on that page, not this one."""
        words = self._label_words(facts)
        if not words or not view.table.label:
            return False

        def printed(v: TableView) -> set[str]:
            headers = " ".join(p for c in v.cells for p in (*c.cell.row_header, *c.cell.column_header))
            return {w for w in words if written(w, headers)}

        ours = printed(view)
        return any(printed(v) - ours for v in self.tables
                   if v.paper == view.paper and v.table.label == view.table.label and v.table.page != view.table.page)

    @staticmethod
    def _ours_rows(view: TableView, models: set[str]) -> TableView:
        """In the table of a paper the claim attributes itself to ("Schuster et al.'s aligned-ELMo parser"),
        the rows the paper labels as its own ("OURS") carry the models the claim gives it."""
        own = frozenset(m for m in models if kind_of(m) == "model")
        if not own or not any(_OURS.search(" ".join(c.cell.row_header)) for c in view.cells):
            return view
        cells = tuple(replace(c, row_names=c.row_names | own) if _OURS.search(" ".join(c.cell.row_header)) else c
                      for c in view.cells)
        return replace(view, cells=cells)

    @staticmethod
    def _row_labels_named(facts: ClaimFacts, view: TableView) -> set[str]:
        """Compound row labels ("knn-replace", "lang-pos;no-random") the claim writes as a word of its own, and
        labels made of names the vocabulary lacks that the claim writes whole ("(PUNCT, VERB, punct)")."""
        words = set(LABEL_WORD.findall(facts.text.lower())) | {w.lower() for w in _COMPOUND_LABEL.findall(facts.text)}
        written = " ".join(facts.text.split())
        return {part for c in view.cells for part in c.cell.row_header
                if (_COMPOUND_LABEL.fullmatch(part) and part.lower() in words)
                or (" " in part.strip() and " ".join(part.split()) in written and any(u in part for u in facts.unknown)
                    and not cites(part))}  # ("Wu and Dredze (2019)" is a cited system: rows citing it are read as such)

    @staticmethod
    def _aliased_rows(view: TableView, aliases: dict[str, str]) -> TableView:
        """"fastText trained on the concatenated corpora (Concat)": rows and columns labelled by the claim's
        own short name for a model carry the model."""
        if not aliases:
            return view

        def named(c: CellView) -> frozenset[str]:
            labels = {p.strip() for p in (*c.cell.row_header, *c.cell.column_header)}
            return frozenset(name for alias, name in aliases.items() if alias in labels)

        if not any(named(c) for c in view.cells):
            return view
        return replace(view, cells=tuple(replace(c, row_names=c.row_names | named(c)) for c in view.cells))

    @staticmethod
    def _label_words(facts: ClaimFacts) -> set[str]:
        """Capitalised words that are no entity or name ("Japonic", "Uralic"): they may label table rows."""
        return {w for w in _CAPITALISED.findall(facts.text) if w not in facts.unknown and not find_entities(w)}

    def _in_own_voice(self, view: TableView, models: set[str]) -> TableView:
        """A table of the paper whose own model the claim names (XLM in the XLM paper) reports that
        model where its rows name no other: the model joins the table's names, and the rows of cited
        baselines ("Sennrich et al. (2016)") are left out."""
        own = {m for m in models if family(m) in {family(n) for n in self._own_models.get(view.paper, ())}}
        if not own:
            return view
        cells = tuple(c for c in view.cells if c.names & own or not cited_row(c))
        return replace(view, context_names=view.context_names | own, cells=cells)

    @staticmethod
    def _ablations_named(facts: ClaimFacts, view: TableView) -> TableView:
        """"OURS, NO DICTIONARY": a row of an ablation is the claim's only when the claim names what it removes; and
        a claim "without any POS tags" is about the rows that remove them, where the table has such rows."""
        words = set(re.findall(r"[a-z]+", facts.text.lower()))

        def removed(c: CellView) -> set[str]:
            return {w.lower() for label in c.cell.row_header for w in _REMOVED.findall(label)}

        cells = [c for c in view.cells if all(w in words or w.rstrip("s") in words for w in removed(c))]
        # (not a row label the claim gives in brackets: "(OURS, NO DICTIONARY) is 5.2 LAS points ahead of [...] (OURS,
        # NO POS)" compares two ablations, each removing one thing)
        claimed = {m.group(1).lower() for m in _WITHOUT_ANY.finditer(re.sub(r"\([^()]*\)", " ", facts.text))}
        if claimed and any(claimed <= removed(c) for c in cells):  # (a cited work's row is what it is compared with)
            cells = [c for c in cells if claimed <= removed(c) or cited_row(c)]
        return replace(view, cells=tuple(cells))

    @staticmethod
    def _glossed_row(facts: ClaimFacts, view: TableView) -> bool:
        """Whether the claim gives, in brackets, a name the vocabulary lacks that labels a row of the table."""
        glossed = {u for u in facts.unknown if re.search(rf"\([^)]*(?<![\w-]){re.escape(u)}(?![\w-])[^)]*\)", facts.text)}
        return any(u in c.cell.row_header for c in view.cells for u in glossed)

    @staticmethod
    def _about_nouns(view: TableView, nouns: list[str]) -> bool:
        """Whether a table's caption or headers speak of what a measurement counts ("tokens")."""
        text = " ".join([view.table.caption or "", *(c.headers for c in view.cells)]).lower()
        return all(noun.lower()[:5] in text for noun in nouns)

    @staticmethod
    def _metrics_of(view: TableView) -> set[str]:
        return {n for n in view.all_names if kind_of(n) == "metric"}

    @staticmethod
    def _same_table_metric(facts: ClaimFacts, view: TableView) -> bool:
        """A claimed precision is not checked against a table of F1 scores, nor a claimed score against a
        table of counts ("Average number of tokens per sentence")."""
        ours, theirs = facts.names["metric"], TableChecks._metrics_of(view)
        if ours and not theirs:  # (what the table is, its caption's first sentence says: "[...] Evaluation based
            # on script on SIB-200. The number of languages per script [...]" is a table of scores)
            return not _COUNT_TABLE.search(caption_head(view.table.caption))
        return not ours or not theirs or bool(ours & theirs)

    @staticmethod
    def _average_of_named(facts: ClaimFacts, view: TableView) -> TableView:
        """"A higher average on EN-EN, ES-ES and AR-AR": in a table whose language columns are exactly the
        claim's languages, the average column is the average over them, so its cells name them."""
        ours = facts.names["language"]
        if not facts.wants_average or len(ours) < 2:
            return view
        theirs = {n for c in view.cells if not c.is_average for n in c.col_names if is_language(n)}
        if theirs != ours:
            return view
        return replace(view, cells=tuple(replace(c, col_names=c.col_names | ours) if c.is_average else c
                                         for c in view.cells))

    def _views_about(self, facts: ClaimFacts, judgement: Judgement):
        """The tables in the claim's scope that name all its key names and print its unknown ones (not the
        name of the paper they are in: "the XLM-R paper's CC-100 statistics")."""
        return (view for view in self.tables
                if judgement.in_scope(view.paper) and id(view.table) not in judgement.read_by_roles
                and not missing_names(facts.key_names - self._own_source(facts, view.paper)
                                      - self._implied_dataset(view, judgement), view.all_names)
                and self._names_unknown_in(facts, view) and not self._other_direction_only(facts, view.table))

    def _other_direction_only(self, facts: ClaimFacts, table: Table | None) -> bool:
        """Whether the table reports only the other translation direction of the claim's (see directions.py)."""
        if table is None or not (claimed := claimed_directions(facts.text)):
            return False
        if id(table) not in self._directions:  # the corpus's tables live as long as the verifier
            self._directions[id(table)] = table_directions(table)
        return other_direction_only(claimed, self._directions[id(table)])

    def _own_source(self, facts: ClaimFacts, paper: str) -> frozenset[str]:
        """The names the claim gives its source by that are the paper's own ("the XLM-R paper")."""
        return facts.source_only & (self._own_names.get(paper, set()) | self._abstract_names.get(paper, set()))

    def _names_unknown_in(self, facts: ClaimFacts, view: TableView) -> bool:
        """Names the vocabulary does not know ("POS", "STS") must be printed in the table, its caption
        or the paper's title, or the table is about something else."""
        context = " ".join(x for x in (view.table.caption, self._title(view.paper)) if x)
        headers = " ".join(c.headers for c in (*view.cells, *view.count_cells))
        return names_found(facts.unknown, f"{context} {headers}")

    def _cells_evidence(self, view: TableView, check: TableCheck) -> Evidence | None:
        parsed = self.index.docs.parsed.get(view.paper)
        parts = [c.cell.text for c in check.cells]
        if parsed is None or not all(quote_on_page(p, parsed, view.table.page) for p in parts):
            return None
        return Evidence(paper=view.paper, page=view.table.page, quote=cells_quote([c.cell for c in check.cells]), bbox=view.table.bbox,
                        table=" ".join(x for x in (view.table.label, (view.table.caption or "")[:120]) if x))

    def _record_cells(self, judgement: Judgement, view: TableView, check: TableCheck,
                      strengths: tuple[float, float], basis: list[str]) -> None:
        """Add a table check as a support (agreeing) or a contradiction, with (support, contradiction)
        ``strengths``, unless its cells are not on their page."""
        ev = self._cells_evidence(view, check)
        if ev is not None:
            (judgement.support if check.agrees else judgement.contradict).append(Finding(
                "support" if check.agrees else "contradict", strengths[0] if check.agrees else strengths[1], basis, [ev]))
