"""The text verifier: supported / contradicted / not_in_corpus, with verbatim quotes and the checks behind it.

Decision rules (a wrong "supported" is the worst error, so support needs every check to pass):
- supported — an evidence unit names every dataset, model, method and language the claim names
  (in the sentence or the two before it), its numbers agree with the claim's within rounding (for
  a numeric claim; a table recomputation counts), the direction does not oppose the claim's and a
  comparison is not reversed; for a claim without numbers the unit must also be close in meaning
  (cosine ≥ QUALITATIVE_SUPPORT), be a sentence (or two consecutive sentences that together pass),
  agree in negation and not set a claimed name aside ("rather than English").
  In a sentence, a claimed number must not follow the name of a model or language the claim does
  not name, and the model a claim compares against must be named there; a table value or difference
  is read only from cells of the claim's languages, models and metric (average cells for an average
  over unnamed languages), and a bound ("above 70%") never matches a table row.
- contradicted — a unit names the same entities and is close in meaning, but a table recomputation
  or its printed numbers disagree with the claim (on the same scale), the direction is opposite, a
  comparison is reversed, a transfer is read the other way round, or the claimed number belongs to
  another entity of the same kind (found by the number itself, however short the sentence).
- not_in_corpus — neither: nothing in the corpus addresses that entity and metric.
Counts ("17k sentences", "270M params") are matched only against printed counts, and contradicted only
by a count of the same thing.  A sentence, read with its paragraph for relatedness, contradicts a claim
when its own frame about the claim's target moves the other way or denies the claimed effect.  A claim
that names its source ("Dufter and Schütze find ...", "the XNLI paper") is read against that paper only.
A claim giving several numbers reads each from its own entity's cells ("25.4 for Thai, compared with
73.9 for Spanish"; slots.py), and a paper's own model is named by its sentences in its own voice ("we
outperform ...") and by its tables' rows that cite no one.  Two findings with their attributes swapped
("sentence-level for A, word-level for B" against the reverse) contradict (pairings.py).
Numbers and counts gathered over several sentences are read in runs.py, the thresholds in thresholds.py.
Every quote must occur on its cited page; evidence that fails this check is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from synth.extract.vocabulary import PRETRAINING_CORPORA, canonical, find_entities, kind_of
from synth.parse.numbers import Direction, NumberMention, direction_of, find_numbers
from synth.records import Evidence, TextVerdict
from synth.verify.arithmetic import Printed, decimals, number_agrees, printed_numbers, values_match
from synth.verify.aliases import declared_aliases
from synth.verify.claim_facts import (
    BRACKETED_YEAR, CITATION, CONTRAST_CLAUSE, GENERIC_METHODS, KEY_KINDS, LEADING_SETTING, RANKING_CUE, SOFT_NAMES,
    ClaimFacts, analyse, authors_action, cited_names, comparison, comparison_sides, content_words, coverage,
    looks_english, missing_names, names_action, names_authors_system, is_name, names_found, names_set_aside, negated,
    only_references, opens_on_action, set_aside, supervised_in, unknown_names, unprinted_counts_in_words, years_written,
)

from synth.verify.architectures import network_swapped
from synth.verify.assignments import given_to_others
from synth.verify.attribution import attributed_papers, titled_papers
from synth.verify.bounds import bound_opposed
from synth.verify.citations import (
    credited,
    credited_by_another,
    credited_instead,
    credited_to_another,
    done_by_another,
    filed_otherwise,
    finding_credited_to_another,
    finding_said_of_another_cited,
    finding_said_of_another_system,
    likened_works,
    listed_for_another,
    names_work,
    tool_credited_otherwise,
)
from synth.verify.cited_models import cited_models, label_model, labelled_model, labelled_models
from synth.verify.comparatives import reversed_comparative
from synth.verify.components import architecture, component_kinds, kinds_meet, other_component
from synth.verify.counts import (counts_agree, counts_in, crossed_counts, exact_count, precise_count,
                                 printed_counts)
from synth.verify.enumerations import enumeration_differs
from synth.verify.evidence import EvidenceIndex, Hit, Unit
from synth.verify.frames import (agrees, counted_among_same_words, frame, framed_readings, place_substituted,
                                 same_frame, substituted, words_frame)
from synth.verify.modifiers import based_swapped, modified_nouns, modifier_swapped
from synth.verify.judgements import fitness_denied
from synth.verify.instead import done_instead
from synth.verify.language_groups import other_group
from synth.verify.magnitude import magnitude_opposed
from synth.verify.members import members_unstated
from synth.verify.ordinals import order_given_otherwise, orders
from synth.verify.owners import metrics_after_numbers, number_listed_for_another, number_of_another, transfer_swapped
from synth.verify.pairings import (crossed_between_sentences, crossed_pairing, given_all_but_one,
                                   language_given_otherwise, paired_otherwise, said_of_the_set_aside,
                                   swapped_between_clauses)
from synth.verify.parity import parity_against_ranking, parity_denied, ranking_against_parity
from synth.verify.preferences import preference_reversed
from synth.verify.prefixed_kinds import prefixed_kind_swapped
from synth.verify.presence import absence_stated, presence_stated
from synth.verify.printed import PrintedValues
from synth.verify.quoted import quoted_given_otherwise
from synth.verify.quotes import quote_on_page, squashed
from synth.verify.slots import number_slots
from synth.verify.stages import other_stage
from synth.verify.scripts import header_scripts
from synth.verify.selection_data import held_out_language_swapped
from synth.verify.role_rows import RoleTable
from synth.verify.sharing import sharing_opposed
from synth.verify.significance import level_given_otherwise, levels
from synth.verify.sizes import data_sizes, size_given_otherwise, size_mismatch
from synth.verify.substitutes import name_substituted, same_place
from synth.verify.symbols import symbol_agreement, symbol_values
from synth.verify.respective import Respective, attached_phrase, respective, respective_phrases
from synth.verify.covariation import opposite_covariation
from synth.verify.stance import (
    affirmation, denial, holds_even_there, opposite_direction, states_direction, superlative_beaten,
    swapped_antonym, turns_down,
)
from synth.verify.judgement import Finding, Judgement
from synth.verify.runs import DISTINCT_NUMBER, RunChecks
from synth.verify.thresholds import (
    CONTENT_COVERAGE,
    NUMERIC_COVERAGE,
    QUALITATIVE_SUPPORT,
    CAPTION_SUPPORT,
    ATTRIBUTED_COVERAGE,
    CLOSE_NUMERIC,
    NUMERIC_RELATED,
    CONTRADICT_RELATED,
    DISTINCT_NUMBER_RELATED,
    FRAMED_RELATED,
    FRAMED_COVERAGE,
    REVERSAL_COVERAGE,
    NAMED_REVERSAL_COVERAGE,
    CLOSE_PARAPHRASE,
    COUNTED_CLOSE,
)
from synth.verify.unit_names import names_of_cell, row_header, unit_names
from synth.verify.table_counts import (count_cell_checks, count_row_checks, counts_beside, group_setting_checks,
                                      language_counts)
from synth.verify.tables import (
    CellView, ClaimNumbers, TableCheck, TableView, averages_only, caption_head, cites, diagonal, family, header_names,
    headed_by, headers_joined, is_average_cell, is_language, other_languages,
)
from synth.verify.versions import version_given_otherwise, versions
from synth.verify.table_judging import TableChecks, another_variant, respective_slots
from synth.verify.written import written

_CLAUSE_SPLIT = re.compile(r";|,?\s+(?:but|while|whereas|although)\s+", re.IGNORECASE)
# "we would expect [...]": a hypothesis, which states no finding
_EXPECTATION = re.compile(r"\b(?:would|might|could)\s+(?:have\s+)?(?:expect|predict|anticipate)(?:ed)?\b", re.IGNORECASE)
# "if it rested on memorising vocabulary, its scores should [...]", "were it mostly memorisation, it would [...]"
_CONDITIONAL = re.compile(r"(?:\bif|^(?:[^.;]*,\s*)?(?:were|had))\b[^.;]*,\s*[^.;]*?\b(?:should|would|will)\b",
                          re.IGNORECASE)
_TAKES_UP = re.compile(r"(?:This|These|That|Such)\s+(?:\w+\s+)?(?:is|are|was|were)\s+(?:\w+\s+)?"
                       r"(?:consistent|in line|in agreement)\s+with\b")
# ("it is often beneficial to leverage data [...]" reports an effect; "it would be beneficial" hopes for one)
_VALUE_JUDGEMENT = re.compile(r"\b(?:(?:is|are|would be|be)\s+(?:\w+\s+)?(?:valuable|desirable|preferable|worthwhile|"
                              r"crucial|essential)|(?:would|could|might|to)\s+be\s+(?:\w+\s+)?beneficial)\b",
                              re.IGNORECASE)
_BY_DOING = re.compile(r"\bby\s+([a-z]+ing)\b")
# "So far we have trained on a parallel corpus.": the setting a paper is about to leave, no finding
_SO_FAR = re.compile(r"^\s*(?:So|Thus|Up\s+(?:un)?til)\s+(?:far|now)\b", re.IGNORECASE)
MAX_CLAIM_CHARS = 1000


# the opening of an item in a list of kinds: "Canonical methods map [...]. Margin methods map [...]"
_ITEM_OPENING = re.compile(r"^\W*(?:\d+\.\s*)?(?P<kind>[A-Z][a-z]{2,}(?:-[a-z]+)?)\s+(?P<head>[a-z]{4,})\b")
_NOT_A_KIND = frozenset("""this these that those such our their the its each both other some many most all
however then thus finally first second third""".split())


def _listed_kinds(first: str, second: str) -> tuple[str, str] | None:
    """Two sentences opening with two kinds of one thing ("Canonical methods [...]. Margin methods [...]"): items
    of a list, each saying what its own kind does, not one finding over two sentences.  The two kinds as
    written ("canonical methods", "margin methods"), lower-cased."""
    a, b = _ITEM_OPENING.match(first), _ITEM_OPENING.match(second)
    if not (a and b and a.group("head") == b.group("head") and a.group("kind") != b.group("kind")
            and not {a.group("kind").lower(), b.group("kind").lower()} & _NOT_A_KIND):
        return None
    return f"{a.group('kind')} {a.group('head')}".lower(), f"{b.group('kind')} {b.group('head')}".lower()


def _kind_substituted(claim: str, sentence: str) -> bool:
    """The sentence opens with one kind of a thing and the claim names another kind of it, not this one: "Margin
    methods map [...]" for "canonical methods map [...]"."""
    opening = _ITEM_OPENING.match(sentence)
    if not opening or opening.group("kind").lower() in _NOT_A_KIND:
        return False
    head, own = opening.group("head"), opening.group("kind").lower()
    claimed = {k for k in re.findall(rf"\b([a-z][a-z-]{{2,}})\s+{head}\b", claim.lower()) if k not in _NOT_A_KIND}
    return bool(claimed) and own not in claimed


def _worded_otherwise(facts: ClaimFacts, text: str) -> bool:
    """Whether a passage close to a finding in words says its opposite in other words: an antonym, the other
    size of an effect, a judgement of fitness denied, a superlative or comparative turned round, parity for a
    ranking, another kind of thing."""
    return bool(swapped_antonym(facts, text) or magnitude_opposed(facts.text, text) or fitness_denied(facts.text, text)
                or superlative_beaten(facts, text)
                or reversed_comparative(facts.text, text) or parity_against_ranking(facts, text)
                or _kind_substituted(facts.text, text) or sharing_opposed(facts.text, text)
                or bound_opposed(facts.text, text) or order_given_otherwise(facts.text, text)
                or prefixed_kind_swapped(facts.text, text) or ranking_against_parity(facts.text, text)
                or parity_denied(facts.text, text))


def _cites_one_of(header: str, cited: set[str]) -> bool:
    """Whether a table header cites one of the works ``cited`` (first authors): "Sennrich et al. (2016)"."""
    return cites(header) and bool(cited & set(re.findall(r"[A-Z][a-z]+", header)))


TOP_K = 40
_LIST_OPENING = re.compile(r":\s+(?=\(?(?:1|i|a)\)|[A-Z])")  # "settings: (1) [...]", "tasks: XNLI, [...]"
MIN_COUNT_RELATED = 0.3  # a count of the same thing in the paper a claim names: barely about something else
SIZE_RELATED = 0.7  # a sentence giving a claimed data size's words another size this close is about the claim
OWNER_STRENGTH = 0.45  # "the number belongs to another entity" found by number alone: below any support
_DUBBED = re.compile(r"\b(?:dubbed|called|named)\s+")
_DEFINED = re.compile(r"\(([A-Z][\w-]*?)s?\)")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")
# a word every sentence has one of, and a run of figure labels none
_FUNCTION_WORD = re.compile(r"\b(?:the|a|an|of|to|in|is|are|was|were|be|for|with|on|by|as|we|that|this|it|from|and|or|"
                            r"not|at|per|over|among|between|versus|vs)\b",
                            re.IGNORECASE)
_UNSUPERVISED = re.compile(r"\bunsupervised\b", re.IGNORECASE)
_WORKHORSE_MENTIONS = 10  # sentences naming a paper's main model, twice as many as name any other
_TABLE_CITED = re.compile(r"\bTable\s+(\d+)\b")
# where a caption's sentences part ("[...] test sets. ‘†’ indicates that [...]")
_CAPTION_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘“'\"(])")
_ROADMAP = re.compile(r"(?:In\s+)?(?:Section|Sec\.|§)\s*\d+")  # "Section 4 describes [...]"
_CONTRASTED = re.compile(r"(?:In contrast|By contrast|On the other hand"
                         r"|Compar(?:ed|ing) (?:to|with) (?:it|them|this|these)|Unlike (?:it|them|this|these))\b",
                         re.IGNORECASE)
_YEAR_OR_ROUND = re.compile(r"(?:19|20)\d\d|[1-9]0+")
_PRONOUN_OPENING = re.compile(r"^(?:It|They|This|These)\s+(?!is\s+(?:also\s+)?(?:worth|important|clear)\b)[a-z]")
_ONE_SIDED = re.compile(r"\b(?:more|less)\s+(?:\w+ly|apparent|pronounced|visible|evident|marked)\b(?![^.;]*\bthan\b)",
                        re.IGNORECASE)
_TOP_RANKS = re.compile(r"\btop[\s-]+(?:\d+|two|three|four|five|ten|ranked)\b", re.IGNORECASE)
_BEST = re.compile(r"\b(?:best|highest|strongest)\b", re.IGNORECASE)
_WORST = re.compile(r"\b(?:worst|lowest|weakest)\b", re.IGNORECASE)


def table_mentions(parsed, table, with_previous: bool = False) -> str:
    """The sentences of a paper that name a table by its label ("Table 3", not "Table 31"); ``with_previous``, each
    after the sentence before it ("[...] with the same graph-based decoder. Table 3 shows [...]")."""
    if not table.label:
        return ""
    pattern = re.compile(rf"\b{re.escape(table.label)}(?!\d)")
    sentences = parsed.sentences
    return " ".join(t for i, s in enumerate(sentences) if pattern.search(s.text)
                    for t in ((sentences[i - 1].text if i else "", s.text) if with_previous else (s.text,)))


def captioned_task(caption: str, paper_datasets: set[str]) -> frozenset[str]:
    """The dataset a caption names by its task ("Table 21. NER results (F1 Score) for each language" in XTREME,
    whose NER dataset is WikiANN): only one the paper names in its text, and only when the caption names no
    dataset itself."""
    if any(e.kind == "dataset" for e in find_entities(caption)):
        return frozenset()
    found = {name for word in re.findall(r"[A-Za-z][\w-]*", caption)
             if word.isupper() and (name := canonical("dataset", word))}
    return frozenset(found & paper_datasets) if len(found) == 1 else frozenset()


def _rows_named_by_text(view: TableView, models: dict[tuple[str, str], str], labelled: dict[str, str],
                        aliases: dict[str, str]) -> TableView:
    """Rows labelled by a citation the paper's text gives a model for ("Devlin et al. (2018)" after "mBERT
    (Devlin et al., 2018)"), by a label it writes after a model's name ("English FT" after "mT5"), or by a
    short name it declares ("XLM-R-large as XLM-R") carry that model and its family."""
    def named(c: CellView) -> frozenset[str]:
        found = {m for p in c.cell.row_header if (m := label_model(p, models))}
        found |= {aliases[n] for n in c.row_names if n in aliases}
        # (a row naming a model already is that model's: "ENG. FT / mT5")
        if not any(kind_of(n) == "model" for n in c.row_names):
            found |= {m for p in c.cell.row_header if (m := labelled_model(p, labelled))}
        return frozenset(found | {family(m) for m in found})

    if not (models or labelled or aliases) or not any(named(c) for c in view.cells):
        return view
    return replace(view, cells=tuple(replace(c, row_names=c.row_names | named(c)) for c in view.cells))


_PROPER_WORD = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}\b")


def _said_of_a_language_instead(facts: ClaimFacts, unit: Unit) -> bool:
    """"Basque scores exceptionally high (≈90%)" against the claim's "the Quechuan language [...] (about 90%)": the
    sentence gives the number to a language the claim does not name, and the claim's own proper word ("Quechuan",
    a family the vocabulary lacks) is not in the sentence."""
    others = {e.name for e in unit.entities if e.kind == "language"} - facts.names["language"]
    named = {facts.text[e.start:e.end] for e in find_entities(facts.text)}
    own = {w for w in _PROPER_WORD.findall(facts.text) if not any(w in n for n in named)}
    return bool(others) and any(w not in unit.text for w in own)


def _names_a_model(unit: Unit) -> bool:
    return any(e.kind == "model" for e in unit.entities)


def _languages_of_its_own(facts: ClaimFacts, unit: Unit) -> bool:
    """A sentence whose numbers are of languages it names, none of them the claim's ("from 30.4 to 33.4 BLEU on
    English-French, and from 28.0 to 31.8 on Romanian-English" for a claim on English-German)."""
    claimed = facts.names["language"] - {"en"}
    own = {e.name for e in unit.entities if e.kind == "language"} - {"en"}
    if bool(claimed) and bool(own) and not own & claimed:
        return True
    # a transfer into another language from the claim's source ("fine-tuned using only POS-labeled Urdu [...]
    # achieves 91% accuracy on Hindi" for a claim on Urdu to English)
    source, targets = facts.transfer
    return bool(source and targets and own & source and own - claimed and not own & (targets - {"en"}))


def _distinctive(text: str) -> bool:
    """A claimed figure unlikely to recur by chance: a decimal ("1.05") or one of three digits or more that is
    neither a year nor a round number ("8,192", "250"; not "2014", "100")."""
    return bool(DISTINCT_NUMBER.search(text)) or any(len(m) >= 3 and not _YEAR_OR_ROUND.fullmatch(m)
                                                     for m in re.findall(r"\d+", text.replace(",", "")))


def _one_clause(text: str) -> bool:
    """A sentence saying one thing, not two set against each other ("[...] 104 languages using Wikipedia, while
    XLM-R [...]").  A list of citations in brackets ("(Wu and Dredze, 2019; Pires et al., 2019)") is no clause."""
    return len(_CLAUSE_SPLIT.split(BRACKETED_YEAR.sub(" ", text))) == 1


def _one_sided(facts: ClaimFacts) -> bool:
    """"come out even more clearly on the four CoNLL languages" (against "more apparent with 16 languages than with
    4"): a comparison the claim makes with one side unsaid, which its counts alone cannot bear out."""
    return bool(_ONE_SIDED.search(facts.text))


# "outperforms them", "improves over these": a comparison whose other side is named in the sentence before
_BEATS_THEM = re.compile(r"\b(?:outperform(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|"
                         r"(?:improv(?:es|ed|ing)|gains?)\s+(?:over|on|upon)|better\s+than)\s+(?:them|these|those|it)\b",
                         re.IGNORECASE)


def _workhorse_models(units, kind: str = "model") -> dict[str, str]:
    """Per paper, the model (or other ``kind`` of name) its sentences name far more often than any other (ELMo in
    a paper on aligning contextual embeddings, UD in one parsing its treebanks), if any."""
    mentions: dict[str, dict[str, int]] = {}
    for unit in units:
        if unit.table is None:
            for name in {e.name for e in unit.entities if e.kind == kind}:
                counts = mentions.setdefault(unit.paper, {})
                counts[name] = counts.get(name, 0) + 1
    found = {}
    for paper, counts in mentions.items():
        ranked = sorted(counts.values(), reverse=True) + [0]
        if ranked[0] >= _WORKHORSE_MENTIONS and ranked[0] >= 2 * ranked[1]:
            found[paper] = max(counts, key=counts.get)
    return found


def _supervision_opposed(facts: ClaimFacts, unit: Unit) -> bool:
    """A table on unsupervised training for a claim on a supervised system, or the reverse ("their supervised
    WMT'16 system" against "Table 2: Results on unsupervised MT")."""
    if unit.table is None:
        return False
    caption = unit.table.caption or ""
    claimed = (bool(supervised_in(facts.text)), bool(_UNSUPERVISED.search(facts.text)))
    captioned = (bool(supervised_in(caption)), bool(_UNSUPERVISED.search(caption)))
    return claimed in ((True, False), (False, True)) and captioned == claimed[::-1]


def _stage_opposed(facts: ClaimFacts, unit: Unit) -> bool:
    """A sentence setting numbers for one training stage, against a claim on the other ("In the fine-tuning stage
    [...]. We use Adam [...] with learning rate 1e-5" against "continuing the pre-training [...] at 1e-5")."""
    if unit.table is not None or not (facts.is_numeric or facts.counts):
        return False
    before = f"{unit.context} {unit.previous[1]}" if unit.previous else unit.context  # the sentence before is nearest
    return other_stage(facts.text, unit.text, before) is not None


def _ranked(findings: list[Finding]) -> list[Finding]:
    """Strongest first; findings of equal strength in the order the checks found them (the surer kinds of
    check run first)."""
    return sorted(findings, key=lambda f: -f.strength)


def _own_clause(facts: ClaimFacts, sentence: str) -> str:
    """Of a sentence contrasting two things in two clauses, the one naming the claim's names where only one does and
    another names something else of their kind ("[...] XNLI and parsing drops only around 1 point while NER even
    improve 1 points": NER's number is the second clause's)."""
    clauses = CONTRAST_CLAUSE.split(sentence)
    names = facts.key_names - SOFT_NAMES
    if len(clauses) < 2 or not (names or facts.unknown):
        return sentence
    named = [{e.name: e.kind for e in find_entities(c)} for c in clauses]
    # (a name the vocabulary lacks, "NER", is a dataset's, a model's or a method's)
    unknown = [{u for u in facts.unknown if written(u, c)} for c in clauses]
    naming = [i for i, n in enumerate(named) if names & set(n) or unknown[i]]
    if len(naming) != 1:
        return sentence
    own = naming[0]
    kinds = {named[own][n] for n in names & set(named[own])}
    if unknown[own]:
        kinds |= {"dataset", "model", "method"}
    others = any(kind in kinds and name not in facts.key_names
                 for i, n in enumerate(named) if i != own for name, kind in n.items())
    return clauses[own] if others else sentence


class TextVerifier(RunChecks, TableChecks):
    def __init__(self, index: EvidenceIndex):
        self.index = index
        named_datasets: dict[str, set[str]] = {}
        # the datasets the sections citing each table are about ("[...] to assess this claim on the XNLI benchmark.
        # We extend our comparison [...] in Table 5.")
        cited_topics: dict[tuple[str, str], set[str]] = {}
        for unit in index.docs.units:
            if unit.table is None:
                named_datasets.setdefault(unit.paper, set()).update(e.name for e in unit.entities if e.kind == "dataset")
                for number in _TABLE_CITED.findall(unit.text) if unit.topic else ():
                    cited_topics.setdefault((unit.paper, f"Table {number}"), set()).update(unit.topic)
        self.tables = []
        for paper, parsed in index.docs.parsed.items():
            cited = cited_models(s.text for s in parsed.sentences)  # the model each citation of the paper stands for
            # the model a row label stands for, where the text writes the label after it ("mT5 ENGLISH FT")
            labelled = labelled_models((s.text for s in parsed.sentences),
                                       (p.strip() for t in parsed.tables for c in t.cells for p in c.row_header))
            aliases = declared_aliases(s.text for s in parsed.sentences)
            text = " ".join(s.text for s in parsed.sentences)
            for table in (headers_joined(t, text) for t in parsed.tables):
                mentions = table_mentions(parsed, table)
                task = captioned_task(table.caption or "", named_datasets.get(paper, set()))
                # a table whose caption and citing sentences name no dataset is about its citing section's
                # (a corpus it names says what was pretrained on, not which benchmark it evaluates)
                described = task or any(e.kind == "dataset" and e.name not in PRETRAINING_CORPORA
                                        for e in find_entities(f"{table.caption or ''} {mentions}"))
                topic = frozenset() if described else frozenset(cited_topics.get((paper, table.label or ""), ()))
                view = TableView.build(paper, table, self._title(paper), mentions,
                                       frozenset(unknown_names(table.caption or "")) | task | topic)
                self.tables.append(_rows_named_by_text(view, cited, labelled, aliases))
        self._own_names = {paper: self._names_for(paper, parsed) for paper, parsed in index.docs.parsed.items()}
        self._own_models = {paper: frozenset(n for n in names if kind_of(n) == "model")
                            for paper, names in self._own_names.items()}
        self._workhorse = _workhorse_models(index.docs.units)
        self._workhorse_dataset = _workhorse_models(index.docs.units, "dataset")
        self._abstract_names = {
            paper: {e.name for s in parsed.sentences[:40] if s.section_kind == "abstract" for e in find_entities(s.text)}
            for paper, parsed in index.docs.parsed.items()}
        self._printed_values: PrintedValues | None = None  # built on first use
        self._texts: dict[str, str] = {}  # per paper, lower-cased, filled on first use
        self._squashed_pages: dict[str, str] = {}  # per paper, its pages as quotes.squashed reads them, on first use
        self._table_contexts: dict[tuple[str, str], str] = {}  # filled on first use
        self._directions: dict[int, frozenset[tuple[str, str]]] = {}  # per table, the directions it prints
        self._role_tables: dict[int, RoleTable | None] = {}  # per table, its rows by role settings, filled on use
        sentences = [u for u in index.docs.units if u.table is None]
        self._next = {id(a): b for a, b in zip(sentences, sentences[1:])
                      if a.paper == b.paper and b.previous is not None and b.previous[1] == a.text}
        self._previous = {id(b): a for a, b in zip(sentences, sentences[1:]) if self._next.get(id(a)) is b}

    @property
    def _printed(self) -> PrintedValues:
        if self._printed_values is None:
            self._printed_values = PrintedValues(self.index.docs.units, self.index.docs.numeric_text)
        return self._printed_values

    def _printed_in(self, paper: str, value: float, dec: int) -> bool:
        """Whether the paper prints the number anywhere: in a sentence, a caption or a table cell."""
        return self._printed.in_paper(paper, value, dec)

    # -- evidence and quotes ------------------------------------------------------------------
    def _evidence(self, unit: Unit, score: float | None) -> Evidence | None:
        parsed = self.index.docs.parsed.get(unit.paper)
        if parsed is None:
            return None
        printed = unit.cells if unit.table is not None else (unit.quote,)
        if not all(quote_on_page(p, parsed, unit.page) for p in printed):
            return None
        label = None
        if unit.table is not None:
            label = unit.table.label or unit.table.caption
        return Evidence(paper=unit.paper, page=unit.page, quote=unit.quote, bbox=unit.bbox,
                        score=None if score is None else round(score, 3), table=label)

    def _record(self, judgement: Judgement, kind: str, unit: Unit, sim: float, strength: float,
                basis: list[str]) -> bool:
        """Add a support or a contradiction resting on ``unit``, unless its quote is not on its page."""
        ev = self._evidence(unit, sim)
        if ev is None:
            return False
        (judgement.support if kind == "support" else judgement.contradict).append(Finding(kind, strength, basis, [ev], unit))
        return True

    # -- checks ---------------------------------------------------------------------------------
    def _table_context(self, unit: Unit) -> str:
        """A table's caption and the sentences of its paper citing it, each with the sentence before ("[...] with
        the same graph-based decoder. Table 3 shows the average performances"), read once per table."""
        table = unit.table
        key = (unit.paper, table.label or table.caption or "")
        if key not in self._table_contexts:
            parsed = self.index.docs.parsed.get(unit.paper)
            around = table_mentions(parsed, table, with_previous=True) if parsed else ""
            self._table_contexts[key] = f"{table.caption or ''} {around}"
        return self._table_contexts[key]

    def _numbers_agree(self, facts: ClaimFacts, unit: Unit) -> tuple[str | None, str]:
        """"all" when every claimed number is printed in the unit (within rounding, honouring "over",
        "up to" and "about"), "some" when only part of them are, "none" when numbers are printed but no
        claimed one, "bounded" when none is but a printed "up to" bounds them all, None when the unit prints
        no number."""
        if unit.table is None:
            text = _own_clause(facts, unit.text)
            printed = printed_numbers(text, differences=any(n.delta is not None for n in facts.numbers))
            # "in 157 languages" prints a count where the claim has a score ("on 157 of the 205 languages")
            printed += [Printed(c.value, decimals(c.text), "count") for c in counts_in(text)]
        else:
            # a row prints every language's number: only cells of no language the claim leaves out speak
            # to it, and to an average over languages it does not name, only the row's average cells
            ours = facts.names["language"]
            # "fine-tuned on English data, [...] on Chinese": the source's own cells are not the transfer's
            source, targets = facts.transfer
            # "fine-tuning XLM-R base on the Spanish training data": a row that names no language, nor its table
            # the claimed one, reports another setting ("XLM-Rbase (pl)")
            trained = source - {"en"} if not targets else frozenset()  # a transfer's rows are read elsewhere
            row_names = set(header_names(row_header(unit)))
            if (trained and not any(is_language(n) or n in trained for n in row_names)
                    and not trained & {e.name for e in find_entities(unit.table.caption or "")}):
                return None, f"the row names no training on {', '.join(sorted(trained))}"
            sources = source if targets and not source & targets else frozenset()
            ours = ours - sources
            row = [c for c in unit.table.cells if c.value is not None and c.row == unit.row
                   and not another_variant(" ".join(c.row_header), facts.variants) and not names_of_cell(c) & sources]
            # "UnicoderSC reaches about 88, between M-BERT and XLM-R": the number is the model's named before it
            owner = facts.number_owner
            if owner and any(family(n) != family(owner) and n in facts.names["model"]
                             for c in row for n in header_names(c.row_header)) \
                    and not any(family(n) == family(owner) for c in row for n in header_names(c.row_header)):
                row = []
            # a row of languages' cells: a claim about some of them reads their cells, not the average
            if not facts.wants_average and any(names_of_cell(c) & (ours - SOFT_NAMES) for c in row):
                row = [c for c in row if names_of_cell(c) & (ours - SOFT_NAMES)]
            elif not facts.wants_average and ours - SOFT_NAMES and any(
                    other_languages(names_of_cell(c), ours, facts.english_apart) for c in row):
                row = []  # a row of other languages' cells says nothing of the claimed one, nor does its average
            cells = [c for c in row if not other_languages(names_of_cell(c), ours, facts.english_apart)]
            cells = headed_by(cells, facts.unknown, lambda c: " ".join((*c.row_header, *c.column_header)))
            # ("AN" labelling the table's rows and its columns is the AN-AN cell, not the "NA | AN" cell of another row)
            crossing = {id(c) for c in diagonal([c for c in unit.table.cells if c.value is not None], facts.unknown)}
            cells = [c for c in cells if id(c) in crossing]
            # a row with a cell under the claimed metric ("about 73.5 F1" next to "Test P" and "Test R"): only those
            metric = facts.names["metric"]
            if any(names_of_cell(c) & metric for c in cells):
                cells = [c for c in cells if names_of_cell(c) & metric]
            # so with a column of the claimed dataset ("MNLI-m/mm" next to "QNLI" and "QQP"), even where the row's
            # cell under it prints no number ("89.8/-": no mismatched score), and a row naming none of its datasets
            datasets = facts.names["dataset"]
            if any(header_names(c.column_header) & datasets for c in unit.table.cells) and not any(
                    header_names(c.row_header) & datasets for c in row):
                cells = [c for c in cells if names_of_cell(c) & datasets]
            # a row of scripts' cells ("Latn", "Tfng"): a claim about one script reads its own column or none
            if facts.script and any(header_scripts(c.column_header) for c in cells):
                cells = [c for c in cells if facts.script in header_scripts(c.column_header)]
            # a row with cells under the claim's model or method ("MLM" next to "CLM" and "-"): only those
            subjects = {family(n) for n in facts.subjects}
            headed = [c for c in cells if {family(n) for n in header_names(c.column_header)} & subjects]
            if headed:
                cells = headed
            # unless the caption says every cell is an average ("Macro-average POS accuracies")
            if facts.wants_average and len(ours) < 2 and not averages_only(unit.table):
                cells = self._overall_row_cells(cells)
            printed = printed_numbers(" ".join(c.text for c in cells), differences=False)
        if not printed:
            return None, "no numbers in evidence"
        matched, unmatched = [], []
        for n in facts.numbers:
            claimed = n.delta if n.delta is not None else n.value
            # a bound ("above 70%") is met by many cells of a row: it must name its cell, as table checks do
            bound = unit.table is not None and n.qualifier in ("at_least", "at_most")
            hit = None if bound else next((p for p in printed if (p.how != "count" or (n.unit is None and n.qualifier is None)) and number_agrees(
                claimed, decimals(n.text), p, n.delta is not None, n.qualifier, n.strict)), None)
            (matched if hit else unmatched).append((n, hit))
        used = {id(p) for _, p in matched}
        # a claimed number is only contradicted by a printed number of its own kind left unexplained
        explained = {round(abs(p.value), 6) for _, p in matched}
        rivals = [p for p in printed if id(p) not in used and p.how in ("value", "delta")
                  and round(abs(p.value), 6) not in explained
                  and any((p.how == "delta") == (n.delta is not None) for n, _ in unmatched)]
        if not unmatched:
            return "all", "; ".join(f"claimed {n.text} matches printed {p.value:g} ({p.how})" for n, p in matched)
        shown = ", ".join(sorted({f"{p.value:g}" for p in printed if p.how == "value"})[:8])
        lost = ", ".join(n.text for n, _ in unmatched)
        if matched and not rivals:
            return "partial", f"claimed {lost} not printed here, {', '.join(n.text for n, _ in matched)} is"
        if matched:
            return "some", f"claimed {lost} not printed, while {', '.join(n.text for n, _ in matched)} is (printed: {shown})"
        # "improvements of up to 7 BLEU" bounds the claimed 4.6 BLEU; it does not gainsay it
        ceilings = [abs(v) for m in find_numbers(unit.text) if m.qualifier == "at_most" and unit.table is None
                    for v in (m.delta if m.delta is not None else m.value,) if v is not None]
        if ceilings and all(any(abs(n.delta if n.delta is not None else n.value) < c for c in ceilings)
                            for n, _ in unmatched if (n.delta if n.delta is not None else n.value) is not None):
            return "bounded", f"claimed {lost} lies within the printed bound (up to {max(ceilings):g})"
        return "none", f"claimed {lost} not among printed numbers ({shown})"

    @staticmethod
    def _overall_row_cells(cells: list) -> list:
        """A row's cells that can hold an average over unnamed languages: its average cells, else at
        most two cells (a "∆" column); a row of many unnamed columns ("swh", "tam", ...) has none."""
        averages = [c for c in cells if is_average_cell(c)]
        return averages or (cells if len(cells) <= 2 else [])

    @staticmethod
    def _respective_conflict(facts: ClaimFacts, unit: Unit, resp: Respective | None = None) -> str | None:
        """With "A and B for X and Y, respectively", the claimed number must be the one paired with the
        claimed X: "the right number on the wrong language" or "another number for the same language".
        Counts ("400 epochs", "2,048 tokens") are read too, and X and Y may be any phrases.  ``resp``: the
        unit's pairing when already read."""
        resp = resp or respective(unit.text)
        numbers = [n for n in facts.mentions if n.value is not None or n.delta is not None]
        if resp is None:
            return TextVerifier._phrase_swap(facts, unit) if numbers else None
        ours = facts.names[resp.kind]
        listed = {name for _, _, name in resp.pairs}
        if not ours & listed:
            return None
        for n in numbers:
            claimed = n.delta if n.delta is not None else n.value
            owners = {name for text, v, name in resp.pairs
                      if values_match(abs(claimed), decimals(n.text), abs(v), decimals(text))}
            if owners and not owners & ours:
                return (f"claimed {n.text} is the number the paper gives for {', '.join(sorted(owners))} "
                        f"(\"respectively\"), not for {', '.join(sorted(ours & listed))}")
        if len(facts.numbers) == 1:
            n = facts.numbers[0]
            claimed = n.delta if n.delta is not None else n.value
            theirs = [(text, name) for text, v, name in resp.pairs if name in ours
                      and not values_match(abs(claimed), decimals(n.text), abs(v), decimals(text))]
            if theirs:
                return (f"the paper gives {', '.join(f'{t} for {name}' for t, name in theirs)} "
                        f"(\"respectively\"), the claim {n.text}")
        return None

    @staticmethod
    def _phrase_swap(facts: ClaimFacts, unit: Unit) -> str | None:
        """"400 and 500 epochs with multilingual BERT and multilingual word embeddings respectively"
        against a claim that gives 400 to the word embeddings."""
        pairs = respective_phrases(unit.text)
        phrases = [words for _, words in pairs]
        for k, (value, words) in enumerate(pairs):
            said = attached_phrase(facts.text, value, phrases)
            if said is not None and said != k:
                printed = format(value, 'f').rstrip('0').rstrip('.')  # 0.00005, not 5e-05
                return (f"the paper gives {printed} for \"{' '.join(sorted(words))}\" (\"respectively\"), "
                        f"the claim for \"{' '.join(sorted(phrases[said]))}\"")
        return None

    def _direction_conflict(self, facts: ClaimFacts, unit: Unit) -> str | None:
        if facts.comparison:
            theirs = comparison(unit.text)
            if theirs and theirs == (facts.comparison[1], facts.comparison[0]):
                return f"ranking reversed: the paper says {theirs[0]} beats {theirs[1]}"
        # a table's caption speaks of all its rows ("'†' indicates that the adversarially trained model results are
        # significantly better"): of a language's row, its cells say which way it went
        if unit.table is not None and facts.names["language"] - SOFT_NAMES:
            return None
        by_clause = self._language_directions(unit.text)
        if by_clause and facts.names["language"] - SOFT_NAMES:
            return self._language_direction_conflict(facts, by_clause)
        d = direction_of(_own_clause(facts, unit.text) if unit.table is None else unit.text)
        if facts.direction.sign * d.sign < 0:
            return f"direction opposite: claim says {facts.direction.value}, paper says {d.value}"
        return None

    @staticmethod
    def _language_directions(text: str) -> list[tuple[set[str], Direction]]:
        """"F1 increased for German but dropped on Spanish and Dutch": the direction of each clause
        with the languages it names, when the sentence has two or more such clauses."""
        clauses = []
        for clause in _CLAUSE_SPLIT.split(text):
            langs = {e.name for e in find_entities(clause) if e.kind == "language"} - SOFT_NAMES
            d = direction_of(clause)
            if langs and d.sign:
                clauses.append((langs, d))
        return clauses if len(clauses) >= 2 else []

    @staticmethod
    def _language_direction_conflict(facts: ClaimFacts, by_clause: list[tuple[set[str], Direction]]) -> str | None:
        if not facts.direction.sign or len(_CLAUSE_SPLIT.split(facts.text)) > 1:
            return None  # a claim with clauses of its own is compared clause by clause elsewhere
        ours = facts.names["language"] - SOFT_NAMES
        for langs, d in by_clause:
            if langs & ours and d.sign * facts.direction.sign < 0:
                return (f"direction opposite for {', '.join(sorted(langs & ours))}: the claim says "
                        f"{facts.direction.value}, the paper says {d.value} for them")
        return None

    def _judge_unit(self, facts: ClaimFacts, hit: Hit, judgement: Judgement) -> None:
        unit = hit.unit
        sim = hit.semantic
        if (sim < NUMERIC_RELATED or self._row_left_out(facts, unit) or _supervision_opposed(facts, unit)
                or self._other_direction_only(facts, unit.table) or _stage_opposed(facts, unit)
                or (unit.table is not None and other_component(facts.text, self._table_context(unit)))):
            return
        # Numbers may rest on names given a sentence or two earlier; a paraphrase must name them itself.
        title = self._identity(unit.paper, facts)
        # the names around the sentence, and with them those of the paper's title (which names no setting of it)
        around = unit_names(unit, with_context=facts.is_numeric or bool(facts.counts)) | self._own_voice(unit)
        around |= self._workhorse_of(unit, judgement, around)
        # (but a sentence naming a model of its own speaks of that one: "we conducted an ablation study [...] with
        # mBERT model" in a paper titled "[...] Using XLM-RoBERTa Alignment")
        own_model = unit.table is None and _names_a_model(unit)
        names = around | {e.name for e in find_entities(title) if not (own_model and e.kind == "model")}
        apart = None if facts.is_numeric or facts.counts else self._setting_apart(facts, unit, names)
        if apart is not None:  # a setting said once for the paragraph
            around |= apart[0]
            names |= apart[0]
        missing = missing_names(facts.key_names, names)
        surroundings = " ".join((unit.text, unit.context, title, unit.table.caption or "" if unit.table else "",
                                 unit.topic_text))
        cover = coverage(facts.text, unit.text, self.index.word_weight)
        # ("the XGLUE paper notes that GLUE comprises [...]": the frame's words are no part of the finding; a paper's
        # own "We show that" / "Results show that" frames a result of its own, which the words must still bear out)
        if facts.finding != facts.text and not facts.framed_by_itself:
            cover = max(cover, coverage(facts.finding, unit.text, self.index.word_weight))
        if not names_found(facts.unknown, surroundings):
            # "Täckström et al. (2013) [learn] a generative target-language parser [...]" against "Cohen et al. (2011)
            # learn a generative target language parser [...]": saying the same, the sentence credits another work
            # (in the paper the claim names, the sentence need not name the model the claim's frame does: "To relate
            # word order to mBERT's zero-shot XNLI accuracy, [...] following Isozaki et al. (2010)")
            credited = (credited_instead(facts.text, unit.text)
                        if unit.table is None and not facts.is_numeric
                        and not (missing and unit.paper not in judgement.papers) else None)
            # (the cited names are what the two differ in: the rest of the claim's words must be there)
            # (by stems too, as for any opposition: "sequence-tagging" is "sequence tagging")
            uncited = (coverage(CITATION.sub(" ", facts.text), unit.text, self.index.word_weight, stems=True)
                       if credited else 0.0)
            if credited and sim >= QUALITATIVE_SUPPORT and uncited >= CONTENT_COVERAGE:
                self._record(judgement, "contradict", unit, sim, sim * 0.9, [
                    credited, f"similarity {sim:.2f}, {uncited:.0%} of the claim's content words besides the cited works"])
                return
            # "WGAN [...] was proposed by Ganin et al. (2016)" against "[...] proposed by Arjovsky et al. (2017)"
            proposer = credited_by_another(facts.text, unit.text) if unit.table is None and not missing else None
            if proposer and sim >= CONTRADICT_RELATED and cover >= REVERSAL_COVERAGE:
                self._record(judgement, "contradict", unit, sim, sim * 0.85, [
                    proposer, f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])
                return
            # "In line with Adel et al. (2018), ... GR beats GAN": a finding the paper reverses is refuted
            # whether or not that sentence names the work the claim cites
            if names_found(facts.unknown - cited_names(facts.text), surroundings):
                self._judge_reversal(facts, hit, title, judgement, cover)
            elif not missing_names(facts.key_names, unit_names(unit, with_context=True) | names):
                self._judge_name_substitution(facts, hit, judgement)
            return
        if self._judge_reversal(facts, hit, title, judgement):
            return
        if missing:
            # a finding in words may lean on the sentences before it for all but the swapped name ("News Title
            # Generation (NTG) [...]. It covers 5 languages, including German, [...] and Russian")
            # (a language the paragraph names elsewhere is still the one this sentence's list leaves out)
            paragraph = unit_names(unit)
            framed = missing if facts.is_numeric else {
                n for n in missing_names(facts.key_names, paragraph | names) | missing
                if n not in paragraph or kind_of(n) == "language"}
            self._judge_misattribution(facts, hit, framed if len(framed) == 1 else missing, judgement)
            return
        # English, a name most passages leave unsaid, is still one a passage can set "each target language" against
        # ("we perform model selection on the XNLI validation set in each target language")
        if ("en" in facts.names["language"] and "en" not in around and not facts.is_numeric
                and self._judge_substitution(facts, hit, {"en"}, judgement)):
            return
        # a name the sentences before print, where this one prints another ("[...] tokenized with UDPipe. We used
        # the biaffine parser implemented in AllenNLP")
        if self._judge_name_substitution(facts, hit, judgement):
            return
        # the setting a sentence names itself outranks one named in the sentences before it
        own = {e.name for e in unit.entities}
        # so does its dataset: "For XQuAD, ..." after a sentence on XNLI bears out nothing about XNLI
        other_dataset = unit.table is None and bool(facts.names["dataset"]) and bool(
            {e.name for e in unit.entities if e.kind == "dataset"}) and not own & facts.names["dataset"]
        # (not one the paper's title names: "Few-shot Cross-lingual Transfer" is BUFFET's theme, not this sentence's)
        written = supervised_in(unit.text)  # "Even under the fully supervised scenario": a setting no entity names
        for scope in (own | written, around | written):
            if scope & facts.excluded_settings and not scope & facts.own_settings:
                self._judge_misattribution(facts, hit, scope & facts.excluded_settings, judgement, setting=True)
                return
        named = ", ".join(sorted(facts.key_names | facts.unknown)) or "no named entities"
        conflict = self._direction_conflict(facts, unit)
        swapped = crossed_pairing(facts.text, unit.text) if not conflict and unit.table is None else None
        if swapped and sim >= CONTRADICT_RELATED and cover >= CONTENT_COVERAGE:
            self._record(judgement, "contradict", unit, sim, sim, [
                f"same entities ({named})", swapped, f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])
            return
        # two clauses moving opposite ways with their things swapped, or two datasets given each other's use: a
        # structure specific enough for fewer shared words
        crossed = (swapped_between_clauses(facts.text, unit.text) or place_substituted(facts.text, unit.text)
                   or preference_reversed(facts.text, unit.text)
                   # "for cross-lingual transfer of word embeddings" against "for cross-domain transfer of [...]"
                   or prefixed_kind_swapped(facts.text, unit.text)
                   if not conflict and unit.table is None else None)
        if crossed and cover >= REVERSAL_COVERAGE:
            self._record(judgement, "contradict", unit, sim, sim, [
                f"same entities ({named})", crossed, f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])
            return
        conflict = conflict or swapped
        # a conflict about named languages is specific enough to need fewer shared words
        needed = REVERSAL_COVERAGE if conflict and conflict.startswith("direction opposite for") else CONTENT_COVERAGE
        stemmed = coverage(facts.text, unit.text, self.index.word_weight, stems=True) if conflict else 0.0
        if conflict and sim >= CONTRADICT_RELATED and facts.subjects & names and stemmed >= needed:
            self._record(judgement, "contradict", unit, sim, sim, [
                f"same subject ({', '.join(sorted(facts.subjects & names))}) and entities ({named})", conflict,
                f"similarity {sim:.2f}, {stemmed:.0%} of the claim's content words (or their stems)"])
            return
        # "Zou et al. (2013) perform NER experiments for English and Chinese [...], while Murthy et al. use [...]
        # Spanish": the claim's name given another partner, its own partner given to someone else
        cited = frozenset(cited_names(facts.text))
        paired = (paired_otherwise(facts.text, unit.text, cited)
                  if unit.table is None and not facts.is_numeric and cited else None)
        # "the Stanford segmenter for Chinese [...], and the pythainlp package for Thai"
        paired = paired or (language_given_otherwise(facts.text, unit.text) or given_all_but_one(facts.text, unit.text)
                            if unit.table is None and not facts.is_numeric else None)
        # "Adams et al. (2017) [represent] each word pair by a single mutual vector" against "Xiao and Guo (2014)
        # represent word pairs as a mutual vector, while Adams et al. (2017) [...]"
        # "cognates (Smith et al., 2017), shared numerals (Artetxe et al., 2017)" against Smith et al.'s numerals
        paired = paired or (finding_credited_to_another(facts.text, unit.text)
                            or listed_for_another(facts.text, unit.text)
                            if unit.table is None and not facts.is_numeric and cited else None)
        # "unlike mBERT and DistilmBERT, it depends on [...]" against "mBERT and DistilmBERT use [...]"
        paired = paired or (said_of_the_set_aside(facts.text, unit.text)
                            if unit.table is None and not facts.is_numeric else None)
        if paired and sim >= CONTRADICT_RELATED and cover >= REVERSAL_COVERAGE:
            self._record(judgement, "contradict", unit, sim, sim * 0.8, [
                f"same entities ({named})", paired, f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])
            return
        # "tune all hyperparameters on the validation data of each target language" against "All hyper-parameter
        # tuning is done on English validation data"
        held_out = held_out_language_swapped(facts.text, unit.text) if unit.table is None else None
        if held_out and sim >= CONTRADICT_RELATED:
            self._record(judgement, "contradict", unit, sim, sim * 0.8, [
                f"same entities ({named})", held_out, f"similarity {sim:.2f}"])
            return
        mixup = self._respective_conflict(facts, unit) if unit.table is None else None
        if mixup:  # a specific finding: within the paper the claim names, any related sentence will do
            if sim >= (NUMERIC_RELATED if judgement.papers else CONTRADICT_RELATED):
                self._record(judgement, "contradict", unit, sim, sim * 0.9, [
                    f"same entities ({named})", mixup, f"similarity {sim:.2f}"])
            return
        if not facts.is_numeric and facts.counts:
            if unit.table is None:
                self._judge_counts(facts, hit, named, cover, conflict, judgement)
            return
        if facts.is_numeric:
            agree, why = self._numbers_agree(facts, unit)
            if agree in ("partial", "some") and self._judge_two_sentences(facts, hit, named, judgement):
                return
            owner = (number_of_another(facts, unit) or number_listed_for_another(facts, unit)
                     or self._row_number_of_another_language(facts, unit)) if agree == "all" else None
            # the claimed number credited to another cited work ("97% [...] based on Manning (2011)" for Clark
            # et al.'s): as specific as a listed owner
            credited = credited_instead(facts.text, unit.text) if agree == "all" and unit.table is None else None
            if credited and not owner and sim >= NUMERIC_RELATED:
                self._record(judgement, "contradict", unit, sim, sim * 0.85, [
                    f"same entities ({named})", credited, f"similarity {sim:.2f}"])
                return
            # the claimed number is printed, but for another model or for the transfer the other way round
            misread = owner if owner and sim >= CONTRADICT_RELATED else (
                transfer_swapped(facts, unit) if agree == "all" else None)
            if misread:
                self._record(judgement, "contradict", unit, sim, sim * 0.85, [
                    f"same entities ({named})", misread, f"similarity {sim:.2f}"])
                return
            counted, counted_why = counts_agree(facts.text, unit.text) if facts.counts else (None, "")
            if counted == "conflict" and agree != "none":  # "hidden size 768 ... 125M parameters"
                if sim >= CONTRADICT_RELATED and cover >= CONTENT_COVERAGE:
                    self._record(judgement, "contradict", unit, sim, sim * 0.8, [
                        f"same entities ({named})", counted_why, f"similarity {sim:.2f}"])
                return
            # a row prints a count under its header ("#params: 270M"), which counts_agree cannot name
            uncounted = unit.table is not None and facts.counts and counted != "all"
            # several decimals all printed where the claim's names are speak for themselves ("69.2% [...] on French,
            # 61.7% on Russian and 56.4% on Chinese" in one row), however many other words the claim has
            decimals_printed = sum(bool(DISTINCT_NUMBER.search(n.text)) for n in facts.numbers) >= 2
            # so does one figure unlikely to recur by chance ("scores above 1.05") in a sentence close in meaning
            # (of one clause: "mBERT was trained on 104 languages using Wikipedia, while XLM-R [...] on 100 languages
            # using CommonCrawl" gives the words to one thing and the figure to another)
            decimals_printed = decimals_printed or (
                unit.table is None and agree == "all" and any(_distinctive(n.text) for n in facts.numbers)
                and sim >= DISTINCT_NUMBER_RELATED and cover >= NUMERIC_COVERAGE / 2 and _one_clause(unit.text))
            if (agree == "all" and not owner and not conflict and not uncounted
                    and (self._covered_numeric(sim, cover) or decimals_printed)
                    and not only_references(facts) and not self._cited_row_unit(facts, unit) and not other_dataset
                    and not self._row_of_another_model(facts, unit)
                    # ("MLM -" for an encoder initialised with EMB and a decoder with MLM, beside "EMB EMB"; and
                    # "EMB EMB" itself; not a cited work's row, whose method the claim names: "the back-translation
                    # ensemble of Sennrich et al. (2016)")
                    and not self._row_without_claimed_unknown(facts, unit)
                    and not (self._row_without_claimed_method(facts, unit) and not cites(" ".join(row_header(unit))))
                    and not (unit.table is None and (_worded_otherwise(facts, unit.text)
                                                     # "83% of the time on the translated French" for Chinese
                                                     or _languages_of_its_own(facts, unit)
                                                     # "five [...] annotators, who labelled 2,009 sentences" against
                                                     # "four annotators [...] to label 2,009 sentences"
                                                     or unprinted_counts_in_words(facts.text, unit.text)))
                    and self._has_subject(facts) and self._anchored(facts) and self._names_compared_model(facts, unit)):
                self._record(judgement, "support", unit, sim, sim, [f"entities named: {named}", why,
                                                                  f"similarity {sim:.2f}"])
            # (a table row printing one of two compared scores holds only its own: "49 vs 41" are two layers' rows)
            elif agree == "some" and sim >= CONTRADICT_RELATED and cover >= NUMERIC_COVERAGE and unit.table is None:
                self._record(judgement, "contradict", unit, sim, sim * 0.9, [
                    f"same entities ({named}) and sentence", why, f"similarity {sim:.2f}"])
            # "Given 100K unlabeled sentences, ... about 55 LAS" against a passage printing no 100K: another setting
            # (not a sentence naming another dataset itself: "On the XQuAD test set, [...] 60%" is no XNLI figure)
            elif (agree == "none" and sim >= CONTRADICT_RELATED and (facts.key_names or facts.unknown)
                  and not other_dataset and not (facts.counts and counted in (None, "none"))
                  and self._same_metric(facts, unit) and not self._cited_row_unit(facts, unit)
                  and not self._row_without_claimed_method(facts, unit)
                  and not self._row_without_claimed_unknown(facts, unit)
                  and not (unit.table is None and _languages_of_its_own(facts, unit))
                  and (cover >= CONTENT_COVERAGE or sim >= CLOSE_PARAPHRASE
                       or (counted == "all" and sum(len(c.ends) or 1 for c in facts.counts) >= 2)  # "from 128k to 512k"
                       or (cover >= REVERSAL_COVERAGE and metrics_after_numbers(facts.text) & metrics_after_numbers(unit.text)))
                  and self._same_kind_of_number(facts, unit)):
                self._record(judgement, "contradict", unit, sim, sim * 0.8, [
                    f"same entities ({named})", why, f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])
        elif ((sim := max(sim, apart[1] if apart else 0.0)) >= QUALITATIVE_SUPPORT
              and cover >= (ATTRIBUTED_COVERAGE if judgement.papers else CONTENT_COVERAGE) and not conflict and unit.table is None
              and negated(unit.text) == negated(facts.text) and not self._sets_aside(facts, unit.text)
              and self._same_comparison(facts, unit)  # a row of numbers states no finding in words
              and states_direction(facts, unit.text, self.index.word_weight)
              and not _worded_otherwise(facts, unit.text)
              # "[...] study depth, number of parameters and attention heads" bears out what was studied, not "[...]
              # as concluding that the number of parameters is the essential factor"
              and (facts.reported is None
                   or coverage(facts.reported, unit.text, self.index.word_weight) >= CONTENT_COVERAGE)):
            turned = self._turned_down(unit) if not negated(facts.text) else None
            if turned is not None:
                # "previous hidden states can be passed [...]. However, this technique does not scale [...], so we
                # just leave the first words [...] without context": what the authors did is the second sentence
                if unit.paper in judgement.papers and _FIRST_PERSON.search(turned.text):
                    self._record(judgement, "contradict", turned, sim, sim * 0.8, [
                        f"the paper states it (\"{unit.text[:80]}...\") and then turns it down for its own work: "
                        f"\"{turned.text}\"", f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])
                return
            # "the model of Artetxe et al. (2018a) is the most robust" for Conneau et al.'s; "[...] a graph-based
            # decoder" said of SelfAtt-Graph in a sentence contrasting it with the claim's RNN-Stack
            credited = (credited_instead(facts.text, unit.text)
                        or finding_said_of_another_system(facts.text, unit.text, facts.unknown)
                        or finding_said_of_another_cited(facts.text, unit.text)
                        or tool_credited_otherwise(facts.text, unit.text)
                        # "with a self-attention network" against "RNN is utilized to record the decoding trajectory"
                        or network_swapped(facts.text, unit.text)
                        # "keeps [...] 'repeated' and 'not repeated'" against "[...] “repeated/not repeated” while in
                        # BUFFET we use “duplicated/not_duplicated”"
                        or quoted_given_otherwise(facts.text, unit.text))
            if credited:
                self._record(judgement, "contradict", unit, sim, sim * 0.85, [
                    f"same entities ({named})", credited, f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])
                return
            # "For [...] the QA tasks, we use the original BERT codebase. For all other tasks, we use the Transformers
            # library." against a claim giving the QA tasks the Transformers library
            following = self._next.get(id(unit))
            crossed = crossed_between_sentences(facts.text, unit.text, following.text) if following else None
            if crossed:
                first, second = self._evidence(unit, sim), self._evidence(following, sim)
                if first and second:
                    judgement.contradict.append(Finding("contradict", sim * 0.9, [
                        f"same entities ({named})", crossed, f"similarity {sim:.2f}"], [first, second], unit))
                return
            # "documents from 2000 to 2014" against "documents from 1994 - 2014": a year is a fact the words do not carry
            claimed_years, printed_years = years_written(facts.text), years_written(unit.text)
            # so is a count in words: "compare twelve different settings" against a passage listing nine
            if unprinted_counts_in_words(facts.text, unit.text):
                return
            if claimed_years - printed_years:
                if printed_years - claimed_years:
                    self._record(judgement, "contradict", unit, sim, sim * 0.85, [
                        f"same entities ({named})", f"claimed {', '.join(sorted(claimed_years - printed_years))}, the "
                        f"passage prints {', '.join(sorted(printed_years - claimed_years))}",
                        f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])
                return
            lifted = f" (the finding read without its opening \"{apart[2]}\")" if (
                apart is not None and apart[1] > hit.semantic) else ""
            self._record(judgement, "support", unit, sim, sim * (0.5 + cover / 2), [
                f"entities named in the sentence: {named}",
                f"similarity {sim:.2f} ≥ {QUALITATIVE_SUPPORT}{lifted}",
                f"{cover:.0%} of the claim's content words present", "no opposite direction or reversed ranking"])

    def _setting_apart(self, facts: ClaimFacts, unit: Unit, names: set[str]) -> tuple[set[str], float, str] | None:
        """A finding opening on its setting ("When fine-tuning XLM on XNLI, max-pooling [...] worked no better than
        [...]"), read against a sentence of a paragraph that gives the setting once ("When fine-tuning on XNLI, we use
        [...]. [...] using either max-pooling or mean-pooling [...] did not work better"): the setting's names, all
        found in the paragraph or among ``names`` (those of the sentence and its paper), the similarity of the
        finding without its setting, and the setting as written; None where the sentence names another thing of a
        kind the setting names, or one the claim does not name."""
        opening = LEADING_SETTING.match(facts.finding)
        if opening is None or unit.table is not None:
            return None
        setting = {e.name for e in find_entities(opening.group(0))} & facts.key_names
        own = {e.name for e in unit.entities}
        if missing_names(setting, unit_names(unit, with_context=True) | names):
            return None
        # (nor where it names a thing the claim does not: "[...] better results for Spanish and Portuguese but failed
        # to converge for Swedish" for a claimed "failed to converge for Portuguese")
        if any(kind_of(n) == kind_of(o) for n in setting - own for o in own - setting) or any(
                kind_of(o) in ("language", "model", "dataset") for o in own - facts.key_names):
            return None
        return setting, self.index.unit_similarity(facts.finding[opening.end():], unit), opening.group(0).strip(" ,")

    def _judge_modifier_swap(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """"The Euclidean distance" claimed of a paper that never prints "Euclidean" and says "we simply use
        Manhattan distance" (modifiers.py)."""
        if modified_nouns(facts.text):
            # (not in a paper that never names the claim's language: its "Devanagari script" is Hindi's, not the
            # claim's "Punjabi written in Gurmukhi script")
            languages = [facts.text[e.start:e.end] for e in find_entities(facts.text) if e.kind == "language"]
            self._judge_paper_sentences(facts, judgement, lambda u: (
                f"the paper uses {swap[1]} {swap[2]}, and prints \"{swap[0]}\" nowhere"
                if (swap := modifier_swapped(facts.text, u.text, self._paper_text(u.paper)))
                and all(self._prints(u.paper, w) for w in languages) else None))

    def _judge_orders(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """"A second-order polynomial fit" claimed of a paper one of whose sentences gives it another order ("the 3rd
        order polynomial fit for the minimum and maximum values", cosine 0.48: a caption says little else)."""
        if not orders(facts.text):
            return
        # ("XTREME's plots [...]": where the claim names no paper, those whose titles name one of its names)
        papers = set(judgement.papers) or {p for p in self.index.docs.papers if {
            e.name for e in find_entities(self._title(p))} & facts.key_names}
        self._judge_paper_sentences(facts, judgement, lambda u: order_given_otherwise(facts.text, u.text), papers)

    def _judge_cited_items(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A work the claim cites for one item of a list that the named paper cites for another ("Xie et al. (2018)
        [...] applied to entity linking" against "named entity recognition (Xie et al., 2018), entity linking (Sil
        et al., 2018)", citations.filed_otherwise)."""
        authors = cited_names(facts.text)
        if authors:
            self._judge_paper_sentences(facts, judgement, lambda u: filed_otherwise(facts.text, u.text, authors))

    def _judge_captions(self, facts: ClaimFacts, hits: list[Hit], judgement: Judgement) -> None:
        """A finding about what a table shows that its caption states in close words ("a gap of zero would mean
        perfect cross-lingual transfer" against "A transfer gap of 0 indicates perfect cross-lingual transfer"): the
        caption, read as a passage of its own, bears it out as a sentence would."""
        if facts.is_numeric or judgement.support or judgement.contradict:
            return
        seen: set[tuple[str, str]] = set()
        for hit in hits:
            table = hit.unit.table
            key = (hit.unit.paper, table.label or table.caption or "") if table is not None else None
            if key is None or key in seen or not table.caption:
                continue
            seen.add(key)
            caption = table.caption
            if judgement.source is not None and squashed(judgement.source[2]).lower() in squashed(caption).lower():
                continue  # the claim is this caption's own sentence: no evidence for itself
            parsed = self.index.docs.parsed.get(hit.unit.paper)
            names = {e.name for e in find_entities(f"{caption} {self._identity(hit.unit.paper, facts)}")}
            cover = coverage(facts.text, caption, self.index.word_weight)
            if (parsed is None or missing_names(facts.key_names, names) or cover < CONTENT_COVERAGE
                    or not names_found(facts.unknown, caption) or negated(caption) != negated(facts.text)
                    or _worded_otherwise(facts, caption) or opposite_direction(facts, caption, self.index.word_weight)
                    or not states_direction(facts, caption, self.index.word_weight)
                    or not quote_on_page(caption, parsed, table.page)):
                continue
            sim = float(self.index.similarity_to(facts.text, [caption])[0])
            if sim >= CAPTION_SUPPORT:
                named = ", ".join(sorted(names & facts.key_names)) or "none"
                judgement.support.append(Finding("support", sim * (0.5 + cover / 2), [
                    f"entities named in the caption of {table.label or 'a table'}: {named}",
                    f"similarity {sim:.2f} ≥ {CAPTION_SUPPORT} (the caption)",
                    f"{cover:.0%} of the claim's content words present", "no opposite direction or reversed ranking"],
                    [Evidence(paper=hit.unit.paper, page=table.page, quote=caption, bbox=table.bbox,
                              score=round(sim, 3), table=table.label or caption)], hit.unit))
                return

    def _judge_enumerations(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A number of settings the named paper numbers otherwise in a list sharing the claim's words ("in just two
        settings" against "either (1) [...], (2) [...], or (3) [...]", enumerations.py)."""
        self._judge_paper_sentences(facts, judgement, lambda u: (
            why if (why := enumeration_differs(facts.text, u.text))
            and coverage(facts.finding, u.text, self.index.word_weight, stems=True) >= REVERSAL_COVERAGE else None))

    def _judge_significance_levels(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A significance level the claim gives a test of the paper it names, which that paper's sentences or table
        captions give otherwise ("at p < 0.01" against a caption's "(by permutation test, p < 0.05)"): the closest
        of them contradicts it."""
        if judgement.support or judgement.contradict or not judgement.papers or not levels(facts.text):
            return
        found: list[tuple[str, str, Evidence | None, Unit | None]] = []  # (text, why, its evidence, its unit)
        for unit in self._paper_sentences(set(judgement.papers), judgement):
            if why := level_given_otherwise(facts.text, unit.text):
                found.append((unit.text, why, self._evidence(unit, None), unit))
        for paper in sorted(judgement.papers):
            parsed = self.index.docs.parsed.get(paper)
            for table in parsed.tables if parsed else ():
                for sentence in _CAPTION_SENTENCE.split(table.caption or ""):
                    why = level_given_otherwise(facts.text, sentence)
                    if why and quote_on_page(sentence, parsed, table.page):
                        evidence = Evidence(paper=paper, page=table.page, quote=sentence, bbox=table.bbox,
                                            table=table.label or table.caption)
                        found.append((sentence, why, evidence, None))
        found = [f for f in found if f[2] is not None]
        if not found:
            return
        sims = self.index.similarity_to(facts.text, [text for text, *_ in found])
        (_, why, evidence, unit), sim = max(zip(found, map(float, sims)), key=lambda t: t[1])
        if sim >= NUMERIC_RELATED:
            judgement.contradict.append(Finding("contradict", sim * 0.8, [why, f"similarity {sim:.2f}"],
                                                [evidence.model_copy(update={"score": round(sim, 3)})], unit))

    def _judge_assignments(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A resource the claim gives its languages ("their Turkish, Vietnamese and Thai parallel data from the
        EUbookshop corpus") that the named paper gives to other languages in a sentence giving the claim's
        languages another one (assignments.py)."""
        languages = facts.names["language"] - {"en"}
        resources = sorted((facts.names["dataset"] | facts.unknown) - facts.sources)
        if languages and resources:
            self._judge_paper_sentences(facts, judgement, lambda u: next(
                (w for r in resources if (w := given_to_others(r, languages, u.text))), None))

    def _judge_paper_sentences(self, facts: ClaimFacts, judgement: Judgement, reading,
                               papers: set[str] | None = None) -> None:
        """Every sentence of the paper the claim names (or of ``papers``), read by ``reading`` (why it refutes the
        claim, or None): the closest of those that refute it and are related to it (read with its paragraph: "In
        this work, we simply use Manhattan distance" is seldom among the closest passages) contradicts it."""
        if judgement.support or judgement.contradict:
            return
        best: tuple[float, Unit, str] | None = None
        for unit in self._paper_sentences(set(judgement.papers) if papers is None else papers, judgement):
            why = reading(unit)
            if why is None:
                continue
            sim = max(float(s) for s in self.index.similarity_to(facts.text, [unit.text, f"{unit.context} {unit.text}"]))
            if sim >= NUMERIC_RELATED and (best is None or sim > best[0]):
                best = (sim, unit, why)
        if best is not None:
            sim, unit, why = best
            self._record(judgement, "contradict", unit, sim, sim * 0.8, [why, f"similarity {sim:.2f}"])

    def _paper_text(self, paper: str) -> str:
        """The paper's sentences and captions, lower-cased: where to look for a word it prints anywhere."""
        if paper not in self._texts:
            parsed = self.index.docs.parsed[paper]
            self._texts[paper] = " ".join([*(s.text for s in parsed.sentences),
                                           *(t.caption or "" for t in parsed.tables)]).lower()
        return self._texts[paper]

    def _prints(self, paper: str, name: str) -> bool:
        """Whether the paper prints a name anywhere, tables included, however its lines break it."""
        if paper not in self._squashed_pages:
            self._squashed_pages[paper] = squashed(" ".join(self.index.docs.parsed[paper].page_text)).lower()
        return squashed(name).lower() in self._squashed_pages[paper]

    def _unprinted_languages(self, facts: ClaimFacts, paper: str) -> set[str]:
        """The languages the claim names that the paper never prints as the claim writes them."""
        return {name for name, written in facts.language_mentions if not self._prints(paper, written)}

    def _turned_down(self, unit: Unit) -> Unit | None:
        """The next sentence when it turns the unit's statement down ("However, this technique does not scale
        to the cross-lingual setting")."""
        following = self._next.get(id(unit))
        return following if following is not None and turns_down(following.text) else None

    def _judge_counts(self, facts: ClaimFacts, hit: Hit, named: str, cover: float, conflict: str | None,
                      judgement: Judgement) -> None:
        """A claim whose only numbers are counts ("17k sentences and 228k words", "270M params"): a
        sentence printing them all supports it, one counting the same thing otherwise contradicts it."""
        unit, sim = hit.unit, hit.semantic
        # "It covers 7 languages, including [...]": a sentence opening on a pronoun is read with the one before it,
        # which says what it counts ("Web Page Ranking (WPR) This task aims to [...]")
        if unit.table is None and _PRONOUN_OPENING.match(unit.text) and unit.previous:
            joined = f"{unit.previous[1]} {unit.text}"
            sim = max(sim, float(self.index.similarity_to(facts.text, [joined])[0]))
            cover = max(cover, coverage(facts.text, joined, self.index.word_weight))
        agree, why = counts_agree(facts.text, unit.text)
        if agree == "conflict" and unit.table is None and printed_counts(facts.text, unit.text):
            judgement.counted_otherwise.add(unit.paper)  # the same configuration ("L = 12, H = 768"), another count
        # in the paper the claim names as its source, a count of the same thing needs less to be related
        related = NUMERIC_RELATED if judgement.papers else CONTRADICT_RELATED
        # two counts of named things are as specific as a model name; a count alone is common, so the
        # passage must be close in meaning, and a claim of a change or a ranking is not borne out by counts
        anchored = self._anchored(facts) or len(facts.counts) >= 2 or bool(judgement.papers)
        owner = self._count_owner(facts, unit)
        if owner:  # never the claim's support, even when too far from it to contradict it
            # a list pairing the claim's own item with another count ("Serengeti (278M), ..., MuRIL (236M)") is
            # specific enough to need only relatedness
            listed = number_listed_for_another(facts, unit) == owner
            # (so is one in the paper the claim names: "over-fitting for Urdu [...] (64k)" for a claimed Arabic)
            if sim >= (NUMERIC_RELATED if listed or unit.paper in judgement.papers else CONTRADICT_RELATED):
                self._record(judgement, "contradict", unit, sim, sim * 0.85, [
                    f"same entities ({named})", owner, f"similarity {sim:.2f}"])
            return
        # ("covers seven cross-lingual pretrained models, every one of them a 12-layer network": a count in words
        # and one in digits, both printed)
        several = len(facts.counts) >= 2 or len(printed_counts(facts.text, unit.text)) >= 2
        close = self._covered_numeric(sim, cover) if several else sim >= CLOSE_NUMERIC and cover >= CONTENT_COVERAGE
        # within the paper the claim names, a count of the same thing needs fewer shared words ("BERT-small with less
        # than 1M parameters performs poorly in a larger scale setup" for "the model with under 1M parameters
        # performed poorly at that scale"), in a sentence of one clause
        close = close or (unit.paper in judgement.papers and sim >= DISTINCT_NUMBER_RELATED
                          and cover >= NUMERIC_COVERAGE and _one_clause(unit.text))
        # anywhere, one this close in meaning ("grew out of the earlier Flores-101 benchmark, which covers 101
        # languages" for "is an extension of Flores-101 [...] for 101 languages")
        close = close or (sim >= COUNTED_CLOSE and cover >= NUMERIC_COVERAGE and _one_clause(unit.text))
        if agree == "none" and len(facts.counts) >= 2 and judgement.joinable(unit) and not conflict:
            self._judge_counts_in_two_sentences(facts, hit, named, judgement)
            return
        if (agree == "all" and not conflict and anchored and close and not facts.direction.sign and facts.sides is None
                and not (unit.table is None and (_worded_otherwise(facts, unit.text)
                                                 # "five [...] annotators" beside the count in digits it prints
                                                 or unprinted_counts_in_words(facts.text, unit.text)
                                                 # "two isolates" printed, but not which two
                                                 or members_unstated(facts.text, unit.text)))
                and not _one_sided(facts)):
            self._record(judgement, "support", unit, sim, sim, [f"entities named: {named}", why,
                                                              f"similarity {sim:.2f}"])
        elif agree == "conflict" and sim >= related and cover >= (
                REVERSAL_COVERAGE if self._cites_in_sentence(facts, unit) or sim >= FRAMED_RELATED
                or counted_among_same_words(facts.text, unit.text)
                else CONTENT_COVERAGE) and not self._counts_printed_together(facts, unit.paper, judgement):
            self._record(judgement, "contradict", unit, sim, sim * 0.8, [
                f"same entities ({named})", why, f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])

    def _printing_every_count(self, facts: ClaimFacts, paper: str, judgement: Judgement) -> list[Unit]:
        """The sentences and rows of the paper, not the claim's own, that print every claimed count (two or more)."""
        values = [(c.value, 0) for c in facts.counts if not c.ends]
        return self._printed.together(paper, values, skip=judgement.is_source) if len(values) >= 2 else []

    def _counts_in_language_rows(self, facts: ClaimFacts, papers: frozenset[str]) -> bool:
        """Whether every claimed count is printed in a row of the papers' tables naming every language the claim names."""
        languages = facts.names["language"] - SOFT_NAMES
        if not languages:
            return False
        cells = [c for view in self.tables if view.paper in papers for c in (*view.cells, *view.count_cells)
                 if languages <= c.row_names]
        return all(any(values_match(k.value, decimals(k.text), c.cell.value, 0) for c in cells) for k in facts.counts)

    def _counts_printed_together(self, facts: ClaimFacts, paper: str, judgement: Judgement) -> bool:
        """"hidden size is 64 and intermediate size 256" against "hidden size: 768, intermediate size: 3072" (BERT-
        base's): where one sentence or row of the paper prints every claimed count ("Hidden size 64; 768 for large
        models Intermediate layer size 256; ...") and names what the claim names, the other counts are of another
        configuration."""
        return any(not missing_names(facts.key_names, unit_names(u))
                   for u in self._printing_every_count(facts, paper, judgement))

    @staticmethod
    def _cites_in_sentence(facts: ClaimFacts, unit: Unit) -> bool:
        """The sentence itself names the work the claim cites ("Wijaya et al. (2017)"): it is about it."""
        cited = cited_names(facts.text)
        return bool(cited) and all(name in unit.text for name in cited)

    @staticmethod
    def _count_owner(facts: ClaimFacts, unit: Unit) -> str | None:
        """The language or model a sentence gives the claimed counts to, when the claim does not name it."""
        return (number_of_another(facts, unit, "language", counts=True) or number_of_another(facts, unit, counts=True)
                or (crossed_counts(facts.text, unit.text) if unit.table is None else None)
                or number_listed_for_another(facts, unit))

    def _judge_table_counts(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """Two or more counts and nothing else ("701 training, 99 development and 204 test sentences"),
        all printed in one row of a table about the claim's names, each under the column its words name;
        or one count of a named model ("XLM-R-Large has 816,143,506 parameters") read from its row."""
        if facts.is_numeric or not facts.counts or any(c.ends for c in facts.counts) \
                or judgement.support or judgement.contradict:
            return
        if len(facts.counts) == 1:
            self._judge_table_count(facts, judgement)
            return
        if self._judge_language_counts(facts, judgement):
            return
        for view in self._views_about(facts, judgement):
            # a sentence of the paper naming what the claim names gives it another count: a row of the paper's
            # table printing the claimed counts is another's ("bBPE", RoBERTa's, for a claimed XLM-R Base)
            if view.paper in judgement.counted_otherwise:
                continue
            # a row the claim names by a name the vocabulary lacks ("UN", "OpenSubtitles") is the only one read
            headed = replace(view, cells=tuple(headed_by([*view.cells, *view.count_cells], facts.unknown,
                                                         lambda c: " ".join(c.cell.row_header))), count_cells=())
            # (one exact count anchors the others in a row naming what the claim names, where a row does: "PAWS-X")
            named = tuple(c for c in headed.cells if c.row_names & facts.key_names)
            beside = replace(headed, cells=named) if named else headed
            for check in count_row_checks(headed, facts.counts) or counts_beside(beside, facts.counts):
                self._record_cells(judgement, view, check, (0.85, 0.7), [f"counts read from table cells: {check.description}"])

    def _judge_language_counts(self, facts: ClaimFacts, judgement: Judgement) -> bool:
        """Counts each of one language, in the paper the claim names ("German Wikipedia had about 2.37 million
        articles and French Wikipedia about 2.16 million"): each read from its language's row of one table, under
        the column the counted noun names.  Whether the table decided."""
        pairs = language_counts(facts.text, facts.counts)
        if not judgement.papers or pairs is None or not all(precise_count(c.text) for _, c in pairs):
            return False
        for view in self._views_about(facts, judgement):
            readings = [count_cell_checks(view, count, {language}) for language, count in pairs]
            if not all(readings) or any(len({c.agrees for c in checks}) != 1 for checks in readings):
                continue
            checks = [found[0] for found in readings]
            check = TableCheck(all(c.agrees for c in checks), "; ".join(c.description for c in checks),
                               tuple(cell for c in checks for cell in c.cells))
            self._record_cells(judgement, view, check, (0.85, 0.7),
                               [f"counts read from table cells: {check.description}"])
            return True
        return False

    def _judge_settings_table(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """The settings of a paper's model listed together ("6 layers, a model dimension of 350, ... batches
        of 80"), read from the rows of its group in a table of that paper."""
        if not judgement.papers or judgement.support or judgement.contradict:
            return
        values = [(n.value, decimals(n.text)) for n in facts.numbers if n.value is not None and n.delta is None]
        values += [(c.value, decimals(c.text)) for c in facts.counts if not c.ends]
        for view in self.tables:
            if view.paper in judgement.papers:
                for check in group_setting_checks(view, values, facts.text)[:1]:
                    self._record_cells(judgement, view, check, (0.8, 0.7), [f"settings read from table cells: {check.description}"])

    def _judge_table_count(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """One count of one named model (or, in the paper the claim names, of one named language), under the column
        its noun names: only a unanimous reading decides."""
        (count,) = facts.counts
        models = facts.names["model"] - facts.sources  # (not "the XLM-R paper's", which names where, not whose)
        # ("the Slovak treebank contributes 8,556 training sentences", "Japanese Wikipedia with 1.24 million articles":
        # a language's row, where no model is named)
        languages = facts.names["language"] - SOFT_NAMES
        if not models and len(languages) == 1 and judgement.papers and precise_count(count.text):
            models = languages
        if len(models) != 1 or count.noun is None:
            return
        found = [(view, check) for view in self._views_about(facts, judgement)
                 for check in count_cell_checks(view, count, models)]
        # the row whose label the claim writes ("XLM-R-Large", not "XLM-R-Base") where there is one
        letters = re.sub(r"[\W_]+", "", facts.text.lower())
        written = [(view, check) for view, check in found
                   if re.sub(r"[\W_]+", "", " ".join(check.cells[0].cell.row_header).lower()) in letters]
        found = written or found
        # an exact count ("8,483") printed in a row of what the claim names is its own, whatever the row's other
        # cells (token counts beside sentence counts under headers printed on the page before)
        if exact_count(count.text) and any(check.agrees for _, check in found):
            found = [(view, check) for view, check in found if check.agrees]
        if not found or len({check.agrees for _, check in found}) != 1:
            return
        for view, check in found[:2]:
            self._record_cells(judgement, view, check, (0.85, 0.7), [f"count read from a table cell: {check.description}"])

    def _papers_named(self, names: set[str] | frozenset[str]) -> set[str]:
        """The papers whose own name ("XGLUE", "the XNLI paper") is among ``names``."""
        return {p for p, own in self._own_names.items() if names & own}

    def _paper_sentences(self, papers: set[str], judgement: Judgement) -> list[Unit]:
        return [u for u in self.index.docs.units if u.paper in papers and u.table is None and not judgement.is_source(u)]

    def _closest(self, facts: ClaimFacts, found: list[tuple[Unit, str]],
                 with_previous: bool = False) -> tuple[Unit, str, float, str]:
        """Of sentences read a given way (each with its reason), the one closest in meaning to the claim, with
        the text it was compared as; ``with_previous``, each read after the sentence before it (which often says
        what it is about)."""
        windows = [f"{u.previous[1]} {u.text}" if with_previous and u.previous else u.text for u, _ in found]
        sims = self.index.similarity_to(facts.text, windows)
        (unit, why), sim, window = max(zip(found, map(float, sims), windows), key=lambda t: t[1])
        return unit, why, sim, window

    def _judge_attributed_counts(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A count claim attributed to a paper ("Wu et al.'s models are 12-layer Transformers") against every
        sentence of that paper: the closest one counting the same thing otherwise ("with 8 layers, 12 heads")
        contradicts it, however little else it shares, unless some sentence of the paper prints all the
        claimed counts.  Weaker than any support: a paper may describe several configurations."""
        if not judgement.papers or not facts.counts or facts.is_numeric or judgement.contradict or judgement.support:
            return
        # "the Parallel Bible Corpus [...] contains translations in more than 800 languages": the size of a whole the
        # paper draws on, which its own counts ("40 languages", "using 29 languages") do not restate
        if any(c.whole for c in facts.counts):
            return
        units = self._paper_sentences(judgement.papers, judgement)
        # "On TaPaCo, a paraphrase corpus [...] in 73 languages": a count of a thing the paper never names is none of
        # the paper's counts
        if any(not any(self._prints(paper, name) for paper in judgement.papers) for name in facts.unknown):
            return
        # (nor is a count claimed for a language the paper never names: "15,000 Wikipedia articles for Amharic")
        if set.intersection(*(self._unprinted_languages(facts, paper) for paper in judgement.papers)):
            return
        readings = [(u, *counts_agree(facts.text, u.text)) for u in units]
        if any(agree == "all" and not self._count_owner(facts, u) for u, agree, _ in readings):
            return
        # "treebanks for English, Portuguese, Spanish, German, Dutch, and Basque" prints six languages by name
        if len(facts.counts) == 1 and facts.counts[0].noun == "languages" and any(
                len({e.name for e in u.entities if e.kind == "language"}) == facts.counts[0].value for u in units):
            return
        # each claimed count printed for its own thing somewhere in the paper ("the batch size is set to 32", then
        # "for MLQA ... batch size 12"): settings the paper gives in several sentences, none contradicted
        printed = [c for u in units for c in counts_in(u.text)]
        if all(any(values_match(k.value, decimals(k.text), c.value, decimals(c.text)) and set(k.words) & set(c.words)
                   for c in printed) for k in facts.counts):
            return
        # "48,814 sentences" printed as a cell of the paper's treebank table: a count that exact (not a round "100K"
        # or "5 epochs", printed in any paper) may well be the claim's
        if all(exact_count(k.text) and any(
                self._printed_in(p, k.value, decimals(k.text)) for p in judgement.papers) for k in facts.counts):
            return
        # every claimed count in one row of the paper's tables ("BPE | 16 | 1280 | 200k | 570M"): that row may be
        # the configuration the claim describes
        if any(self._printing_every_count(facts, p, judgement) for p in judgement.papers):
            return
        # "4,303 training, 504 development and 1,219 test sentences" for Swedish: each in a row of the paper's
        # tables naming the claim's language ("Swedish (sv) / train", "... / dev", "... / test")
        if self._counts_in_language_rows(facts, judgement.papers):
            return
        conflicts = [(u, why) for u, agree, why in readings if agree == "conflict"]
        if not conflicts:
            return
        # ("We compared 6 different settings: (1) approach proposed in this work, [...]": a list after the count
        # says nothing of how close its sentence is to the claim)
        heads = [next((part for part in _LIST_OPENING.split(u.text) if counts_agree(facts.text, part)[0] == "conflict"),
                      u.text) for u, _ in conflicts]
        sims = self.index.similarity_to(facts.text, heads)
        (unit, why), sim = max(zip(conflicts, map(float, sims)), key=lambda t: t[1])
        if sim >= MIN_COUNT_RELATED:
            self._record(judgement, "contradict", unit, sim, OWNER_STRENGTH, [
                why, f"no sentence of {unit.paper}, the paper the claim names, gives the claimed count to what the claim names", f"similarity {sim:.2f}"])

    def _judge_framed_numbers(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A numeric claim attributed to a paper ("Ahmad et al. apply a sentence-length threshold of 100")
        against that paper's sentences: each number is read by the words around it.  A sentence printing every
        claimed number among the same words (and naming what the claim names) supports it; for a claim naming
        no dataset, model or method, one printing another value among them contradicts it, unless the paper
        prints the claimed value that way somewhere."""
        if not judgement.papers or not (facts.numbers or facts.counts) or judgement.support or judgement.contradict:
            return
        # a claim naming things ("a BERT-Base-sized Transformer and a vocabulary of 150K tokens") is borne out
        # only by a sentence naming them too, and refuted by no framed number: its names tell settings apart
        named = bool(facts.key_names or facts.unknown)
        units = [u for u in self._paper_sentences(judgement.papers, judgement) if not _stage_opposed(facts, u)]
        # counts too: "768-dimensional embeddings [...] and a dropout rate of 0.1" claims three numbers
        claimed = list(facts.numbers) + [m for m in find_numbers(facts.text) if m.count and not any(
            n.start < m.end and m.start < n.end for n in facts.numbers)]
        readings = [(u, framed_readings(facts.text, claimed, u.text)) for u in units]
        weight = self.index.word_weight
        full = [(u, "; ".join(f"claimed {r.claimed.text} printed as {r.printed.text} among the same words "
                              f"({', '.join(sorted(r.shared))})" for r in rs))
                for u, rs in readings if rs and all(r.status == "match" for r in rs)
                and coverage(facts.text, u.text, weight, stems=True) >= NUMERIC_COVERAGE
                # a named claim's numbers may belong to another of its kind ("64k [...] For Urdu"); a change or a
                # ranking is not borne out by the numbers alone
                and not (named and (facts.sides is not None or facts.direction.sign or self._count_owner(facts, u)
                                    or not self._names_all(facts, u)))
                and not _said_of_a_language_instead(facts, u) and not _languages_of_its_own(facts, u)
                and not _one_sided(facts)]
        if full:
            unit, why, sim, _ = self._closest(facts, full)
            if sim >= NUMERIC_RELATED:
                self._record(judgement, "support", unit, sim, sim, [
                    why, f"in {unit.paper}, the paper the claim names", f"similarity {sim:.2f}"])
            return
        if named:
            return
        # a value the paper's tables print under the same words may be the claim's (".74" under "Mult. score" in
        # Table 1, not the ".58" a sentence gives another model)
        found = {i for _, rs in readings for i, r in enumerate(rs) if r.status == "match"} | {
            i for i, n in enumerate(claimed) if self._in_framed_cell(judgement.papers, facts.text, n)}
        unfound = [(u, [r for i, r in enumerate(rs) if r.status == "conflict" and i not in found]) for u, rs in readings]
        conflicts = [(u, "; ".join(f"claimed {r.claimed.text}, but {u.paper} prints {r.printed.text} among the same "
                                   f"words ({', '.join(sorted(r.shared))})" for r in rs))
                     for u, rs in unfound if rs]
        if conflicts:
            unit, why, sim, _ = self._closest(facts, conflicts)
            if sim >= NUMERIC_RELATED:
                self._record(judgement, "contradict", unit, sim, sim * 0.8, [
                    why, f"{unit.paper}, the paper the claim names, prints the claimed value nowhere",
                    f"similarity {sim:.2f}"])

    def _names_all(self, facts: ClaimFacts, unit: Unit) -> bool:
        """The sentence, with those before it and the paper's title, names everything the claim names."""
        title = self._identity(unit.paper, facts)
        names = unit_names(unit, with_context=True, title=title) | self._own_voice(unit)
        return not missing_names(facts.key_names, names) and names_found(
            facts.unknown, " ".join((unit.text, unit.context, title, unit.topic_text)))

    def _in_framed_cell(self, papers: frozenset[str], claim: str, number: NumberMention) -> bool:
        mine = frame(claim, number.start, number.end)
        for paper in papers:
            for table in self.index.docs.parsed[paper].tables:
                caption = words_frame((table.caption or "").split(". ")[0])
                for cell in table.cells:
                    if cell.value is None:
                        continue
                    printed = find_numbers(cell.text)
                    if printed and agrees(number, printed[0]) and same_frame(
                            mine, caption | words_frame(" ".join((*cell.row_header, *cell.column_header))), loose=True):
                        return True
        return False

    def _judge_symbols(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A hyper-parameter the claim gives by its symbol ("a smoothing exponent α of 0.5"), attributed to a
        paper (or of the paper the claim names by its own name), against every sentence of that paper setting
        the same symbol described by the same word: one setting the claim's value supports it; otherwise one
        setting another contradicts it."""
        settings = symbol_values(facts.text)
        # only a claim that states the settings themselves: "raises accuracy over the default λ = 0.25" states a change
        if (judgement.support or judgement.contradict or not settings or facts.direction.sign or facts.sides
                or facts.comparison or any(n.value not in {v.value for v in settings} for n in facts.numbers)):
            return
        # the paper named as the source, else the one whose own name the claim gives ("XGLUE's pretraining")
        papers = judgement.papers or self._papers_named(facts.key_names)
        readings = [(u, *symbol_agreement(facts.text, u.text)) for u in self._paper_sentences(papers, judgement)]
        for kind in ("agree", "conflict"):
            found = [(u, why) for u, agree, why in readings if agree == kind]
            if not found:
                continue
            unit, why, sim, _ = self._closest(facts, found)
            # "We set the number of future tokens n to 2": a short sentence is read with its paragraph
            sim = max(sim, float(self.index.similarity_to(facts.text, [f"{unit.context} {unit.text}"])[0]))
            # the same symbol, described by the same words, set to another value in the paper the claim names: a
            # setting specific enough to contradict at the similarity a count of the same thing needs
            if sim >= (NUMERIC_RELATED if kind == "agree" else MIN_COUNT_RELATED):
                self._record(judgement, "support" if kind == "agree" else "contradict", unit, sim, OWNER_STRENGTH,
                             [why, f"a sentence of {unit.paper}, the paper the claim names", f"similarity {sim:.2f}"])
            return

    @staticmethod
    def _credit_elsewhere(facts: ClaimFacts, judgement: Judgement) -> None:
        """A sentence that supports a claim only through what it credits to another cited work ("...,
        while Levy et al. (2017) obtain dictionaries from Wiktionary", "which was applied to language modeling by Mnih
        and Teh (2012)"), pairs with other names ("MultiUN
        for French ..., and the IIT Bombay corpus for Hindi") or files the claim's cited work under another item of a
        list ("dependency parsing (Ma and Xia, 2014)" for a claimed POS tagging) contradicts it."""
        for finding in list(judgement.support):
            why = next(filter(None, (credited_to_another(facts.text, e.quote) or done_by_another(facts.text, e.quote)
                                     or paired_otherwise(facts.text, e.quote)
                                     or filed_otherwise(facts.text, e.quote, cited_names(facts.text))
                                     for e in finding.evidence if e.table is None)), None)
            if why:
                judgement.support.remove(finding)
                judgement.contradict.append(Finding("contradict", finding.strength * 0.9, [why, *finding.basis[:2]],
                                                    finding.evidence, finding.unit))

    def _judge_likened(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """"Like Ammar et al. (2016) and Guo et al. (2016), Schuster et al. build their parser on a
        transition-based model": a sentence saying it of the works likened to, not in the paper's own voice
        ("Most previous [...] models used transition-based models (Ammar et al., 2016; Guo et al., 2016)"),
        bears out nothing of the claim's subject, and the paper's next sentence using another kind of the
        thing in its own voice ("We follow [...] and use a first-order graph-based model") contradicts it."""
        likened = likened_works(facts.text)
        if not likened:
            return
        judgement.support = [f for f in judgement.support if not any(
            e.table is None and names_work(e.quote, likened) and not _FIRST_PERSON.search(e.quote) for e in f.evidence)]
        if judgement.support or judgement.contradict or not judgement.papers:
            return
        for unit in self._paper_sentences(set(judgement.papers), judgement):
            following = self._next.get(id(unit))
            if (following is None or not names_work(unit.text, likened) or _FIRST_PERSON.search(unit.text)
                    or not _FIRST_PERSON.search(following.text)):
                continue
            swap = based_swapped(facts.text, following.text)
            if swap is None:
                continue
            sim = float(self.index.similarity_to(facts.text, [f"{unit.text} {following.text}"])[0])
            evidence = [self._evidence(unit, sim), self._evidence(following, sim)]
            if sim >= NUMERIC_RELATED and all(e is not None for e in evidence):
                judgement.contradict.append(Finding("contradict", sim * 0.8, [
                    f"the paper says it of the works the claim likens its subject to ({', '.join(sorted(likened))}), "
                    f"and in its own voice uses a {swap[1]}-based {swap[2]}, not a {swap[0]}-based one",
                    f"similarity {sim:.2f} (the two sentences together)"], evidence, unit))
                return

    def _judge_first_credited(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A claim crediting a work with being the first to do something, against a sentence of the paper it names
        crediting another work ("[...] by randomly replacing words [...] with their translations. Xiao and Guo
        (2014) propose the first such method."): the sentence is read with the one before it, which says what.
        Supports that do not credit the claimed work with being first are dropped: they bear out the rest only."""
        claimed = credited(facts.text, first=True)
        if not claimed:
            return
        # only a passage crediting the same work with being first bears that out ("many recent works adopted
        # adversarial training, such as in sequence tagging (Adel et al., 2018)" does not)
        judgement.support = [f for f in judgement.support
                             if claimed & credited(" ".join(e.quote for e in f.evidence), first=True)]
        if not judgement.papers or judgement.support or judgement.contradict:
            return
        found = [(u, why) for u in self._paper_sentences(set(judgement.papers), judgement)
                 if (why := credited_by_another(facts.text, u.text)) and credited(u.text, first=True)]
        if not found:
            return
        unit, why, sim, window = self._closest(facts, found, with_previous=True)
        cover = coverage(facts.text, window, self.index.word_weight, stems=True)
        evidence = self._evidence(unit, sim)
        if sim >= CONTRADICT_RELATED and cover >= REVERSAL_COVERAGE and evidence is not None:
            judgement.contradict.append(Finding("contradict", sim * 0.85, [
                why, f"similarity {sim:.2f} read with the sentence before it, {cover:.0%} of the claim's content words "
                "(or their stems)"], [evidence], unit))

    def _judge_versions(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A claim giving a dataset a release version, against the closest sentence of the paper it names giving
        that dataset another ("the Universal Dependencies (UD) Treebanks (v2.2)" for "release 2.3 of the Universal
        Dependencies treebanks"): as specific as a changed number, so any related sentence will do."""
        claimed = versions(facts.text)
        if not judgement.papers or judgement.contradict or not claimed:
            return
        given = [(u, versions(u.text)) for u in self._paper_sentences(set(judgement.papers), judgement)]
        # (a paper may use two releases: one sentence giving the claimed one is enough)
        giving = [(u, f"the sentence gives {name} version {', '.join(sorted(ours))}, as the claim does")
                  for u, theirs in given for name, ours in claimed.items() if ours & theirs.get(name, set())]
        if giving:
            # which bears out a claim whose only figures are the versions, in close enough words
            unit, why, sim, _ = self._closest(facts, giving)
            evidence = self._evidence(unit, sim)
            only_versions = all(any(n.text in v for vs in claimed.values() for v in vs) for n in facts.numbers)
            cover = coverage(facts.text, unit.text, self.index.word_weight)
            if (not judgement.support and only_versions and not facts.counts and evidence is not None
                    and sim >= CLOSE_NUMERIC and cover >= NUMERIC_COVERAGE):
                judgement.support.append(Finding("support", sim * 0.85, [
                    why, f"similarity {sim:.2f}, {cover:.0%} of the claim's content words, in the paper the claim "
                    "names"], [evidence], unit))
            return
        found = [(u, why) for u, theirs in given if (why := version_given_otherwise(claimed, theirs))]
        if not found:
            return
        unit, why, sim, _ = self._closest(facts, found)
        evidence = self._evidence(unit, sim)
        if sim >= NUMERIC_RELATED and evidence is not None:
            judgement.contradict.append(Finding("contradict", sim * 0.85, [
                why, f"similarity {sim:.2f}, in the paper the claim names"], [evidence], unit))

    def _judge_component_kinds(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A claim giving a model's component a kind ("a transition-based stack-pointer parser on top of the
        encoder"), against the closest sentence of the paper it names giving that component another kind ("The
        task-specific layer is a graph-based parser"), where none of its sentences gives the claimed kind: as specific
        as a changed number, so a sentence related to the claim when read with the one before it will do."""
        # (an encoder's words say what it is shared by or trained on, "bilingual", "joint", as often as its kind)
        claimed = {head: kinds for head, kinds in component_kinds(facts.text).items()
                   if head in ("parser", "decoder") and any(map(architecture, kinds))}
        if not judgement.papers or judgement.contradict or judgement.support or not claimed:
            return
        given = [(u, component_kinds(u.text)) for u in self._paper_sentences(set(judgement.papers), judgement)]
        unconfirmed = {head: kinds for head, kinds in claimed.items()
                       if not any(kinds_meet(kinds, theirs.get(head, set())) for _, theirs in given)}
        found = [(u, f"the claim's {', '.join(sorted(kinds))} {head} is the paper's {', '.join(sorted(other))} {head}")
                 for u, theirs in given for head, kinds in unconfirmed.items()
                 if (other := {k for k in theirs.get(head, ()) if architecture(k)})]
        if not found:
            return
        unit, why, sim, _ = self._closest(facts, found, with_previous=True)
        evidence = self._evidence(unit, sim)
        if sim >= NUMERIC_RELATED and evidence is not None:
            judgement.contradict.append(Finding("contradict", sim * 0.8, [
                why, f"similarity {sim:.2f} read with the sentence before it, in the paper the claim names"],
                [evidence], unit))

    def _judge_done_instead(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A claim saying what a paper's authors did, against the paper's own "instead of [what the claim says],
        we [did something else]".  Only where nothing bears the claim out, or its best support is a sentence on a
        cited work ("K et al. (2020) propose [...] a language that is created by shifting unicode points"); weaker
        than any other support: a paper may set aside in one experiment what it does in another."""
        best = _ranked(judgement.support)[0] if judgement.support else None
        if not judgement.papers or judgement.contradict or facts.is_numeric or (best and any(
                not (e.table is None and CITATION.search(e.quote) and not _FIRST_PERSON.search(e.quote))
                for e in best.evidence)):
            return
        found = [(u, why) for u in self._paper_sentences(set(judgement.papers), judgement)
                 if _FIRST_PERSON.search(u.text) and (why := done_instead(facts.text, u.text))]
        if not found:
            return
        unit, why, sim, _ = self._closest(facts, found)
        evidence = self._evidence(unit, sim)
        if sim >= NUMERIC_RELATED and evidence is not None:
            judgement.support = []
            judgement.contradict.append(Finding("contradict", sim * 0.8, [
                why, f"similarity {sim:.2f}, in the paper the claim names"], [evidence], unit))

    @staticmethod
    def _drop_other_actions(facts: ClaimFacts, judgement: Judgement) -> None:
        """A claim saying in words what cited authors did ("Ahmad et al. fine-tune the word embeddings") is
        borne out only by a passage using its verb: one that merely resembles it describes something else
        they did.  (Read after _credit_elsewhere: a passage crediting the deed to others still contradicts.)"""
        if facts.action is None or facts.is_numeric or facts.counts:
            return
        # "close their discussion [...] by summarising three studies": the verb of the means names the deed too
        verbs = [facts.action, *_BY_DOING.findall(facts.text)]
        judgement.support = [f for f in judgement.support if any(
            e.table is None and any(names_action(v, e.quote) for v in verbs) for e in f.evidence)]

    def _judge_two_sentence_finding(self, facts: ClaimFacts, hits: list[Hit], judgement: Judgement) -> None:
        """A finding the paper states over two consecutive sentences ("LASER and LaBSE both have a
        language bias [...]. In contrast, mUSE [...] have a minor, statistically insignificant language
        bias."): the pair must pass every check a single sentence would."""
        if facts.is_numeric or facts.counts:  # numbers and counts are borne out by printing them
            return
        pairs = []  # (the first sentence, the second), the second's unit standing for both
        for h in hits:
            if h.unit.table is not None or h.semantic < CONTRADICT_RELATED:
                continue
            if judgement.joinable(h.unit):
                page, before = h.unit.previous
                pairs.append((self._previous.get(id(h.unit)) or replace(h.unit, page=page, text=before, quote=before),
                              h.unit))
            after = self._next.get(id(h.unit))
            # "[...] may be undertrained. This is consistent with our findings that [...]": the next sentence
            # takes the close one up
            if after is not None and _TAKES_UP.match(after.text) and not judgement.is_source(after):
                pairs.append((h.unit, after))
        # "Section 4 describes how to extend Unicoder [...]": what a paper's sections hold is no finding
        # ("Fixed capacity Increased capacity": labels inside a figure, no sentence, say nothing with the caption after)
        pairs = [(a, b) for a, b in pairs if not _listed_kinds(a.text, b.text)
                 and not _ROADMAP.match(a.text) and not _ROADMAP.match(b.text)
                 and _FUNCTION_WORD.search(a.text) and _FUNCTION_WORD.search(b.text)]
        joined = [f"{a.text} {b.text}" for a, b in pairs]
        for (before_unit, unit), text, sim in zip(pairs, joined, self.index.similarity_to(facts.text, joined)):
            sim = float(sim)
            names = {e.name for e in find_entities(f"{text} {self._title(unit.paper)}")}
            names |= {family(n) for n in names}
            both = replace(unit, text=text)
            cover = coverage(facts.text, text, self.index.word_weight)
            if (sim < QUALITATIVE_SUPPORT or cover < CONTENT_COVERAGE or missing_names(facts.key_names, names)
                    or not names_found(facts.unknown, text)):
                continue
            # a count in words must be printed here too ("keeps six of the PAWS-X languages")
            if unprinted_counts_in_words(facts.text, text):
                continue
            first = self._evidence(before_unit, sim)
            second = self._evidence(unit, sim)
            aside = self._sets_aside(facts, text) or self._sets_aside(facts, unit.text)
            if aside and RANKING_CUE.search(facts.text) and RANKING_CUE.search(text) and first and second:
                judgement.contradict.append(Finding("contradict", sim * 0.9, [
                    f"the paper's ranking sets aside {', '.join(sorted(aside))}, which the claim ranks first",
                    f"similarity {sim:.2f} (the two sentences together)"], [first, second], unit))
                continue
            crossed = (swapped_between_clauses(facts.text, text) or said_of_the_set_aside(facts.text, before_unit.text)
                       or said_of_the_set_aside(facts.text, unit.text) or place_substituted(facts.text, text)
                       or given_all_but_one(facts.text, text) or absence_stated(facts.text, text))
            if crossed and first and second:
                judgement.contradict.append(Finding("contradict", sim * 0.9, [
                    f"entities named in two consecutive sentences: {', '.join(sorted(facts.key_names)) or 'none'}",
                    crossed, f"similarity {sim:.2f} (the two sentences together)"], [first, second], unit))
                continue
            # ("XTREME [...] is a concurrent work of XGLUE. Comparing to it, XGLUE includes both [...]": two things set
            # against each other, no one finding)
            turned = turns_down(unit.text) or self._turned_down(unit) or _CONTRASTED.match(unit.text)
            if (aside or turned or negated(text) != negated(facts.text) or self._direction_conflict(facts, both)
                    or _worded_otherwise(facts, text)
                    or not self._same_comparison(facts, both) or self._respective_conflict(facts, both)
                    or not states_direction(facts, text, self.index.word_weight)):
                continue
            if first and second:
                judgement.support.append(Finding("support", sim * (0.5 + cover / 2) * 0.95, [
                    f"entities named in two consecutive sentences: {', '.join(sorted(facts.key_names)) or 'none'}",
                    f"similarity {sim:.2f} ≥ {QUALITATIVE_SUPPORT} (the two sentences together)",
                    f"{cover:.0%} of the claim's content words present", "no opposite direction or reversed ranking"],
                    [first, second], unit))

    def _judge_listed_kind(self, facts: ClaimFacts, hits: list[Hit], judgement: Judgement) -> None:
        """What a list gives one kind, claimed of the kind listed next to it: "canonical methods are the ones that
        map source-language embeddings so as to maximise the margin [...]" against "Canonical methods map the
        embeddings of both languages to a new shared space [...]. Margin methods map the embeddings of the source
        language to maximize the margin [...]"."""
        if judgement.support or judgement.contradict:
            return
        claim = facts.text.lower()
        for hit in hits:
            unit = hit.unit
            if unit.table is None and hit.semantic >= CONTRADICT_RELATED and not judgement.is_source(unit):
                for other in (self._previous.get(id(unit)), self._next.get(id(unit))):
                    if other is None or judgement.is_source(other):
                        continue
                    kinds = _listed_kinds(other.text, unit.text)
                    if kinds is None:
                        continue
                    if self._cited_under_other_kind(facts, hit, other, kinds, judgement):
                        return
                    claimed, own = kinds
                    if claimed not in claim or own in claim:
                        continue
                    first, second = self._evidence(unit, hit.semantic), self._evidence(other, None)
                    rest = claim.replace(claimed, " ")
                    cover = coverage(rest, unit.text, self.index.word_weight, stems=True)
                    if cover < CONTENT_COVERAGE or first is None or second is None:
                        continue
                    judgement.contradict.append(Finding("contradict", hit.semantic * 0.8, [
                        f"the paper lists kinds of {claimed.split()[-1]}: what the claim says of {claimed}, it says of "
                        f"{own}, and of {claimed} something else",
                        f"similarity {hit.semantic:.2f}, {cover:.0%} of the claim's other content words (or their "
                        "stems)"], [first, second], unit))
                    return

    def _cited_under_other_kind(self, facts: ClaimFacts, hit: Hit, other: Unit, kinds: tuple[str, str],
                                judgement: Judgement) -> bool:
        """A work the claim files under one of two listed kinds, which the paper cites in the other kind's sentence
        and not in its own ("group Wu and Dredze's (2019) approach with the data-based transfer methods" against
        "Model-based transfer [...] (Wu and Dredze, 2019; [...]). Data-based transfer [...]")."""
        works, claim = cited_names(facts.text), facts.text.lower()
        if not works:
            return False
        for mine, theirs, (mine_kind, their_kind) in ((other, hit.unit, kinds), (hit.unit, other, kinds[::-1])):
            if (mine_kind in claim and their_kind not in claim and names_work(theirs.text, works)
                    and not names_work(mine.text, works)):
                evidence = [self._evidence(theirs, hit.semantic if theirs is hit.unit else None),
                            self._evidence(mine, hit.semantic if mine is hit.unit else None)]
                if None in evidence:
                    return False
                judgement.contradict.append(Finding("contradict", hit.semantic * 0.8, [
                    f"the paper lists kinds of {mine_kind.split()[-1]} and cites {', '.join(sorted(works))} for "
                    f"{their_kind}, not for {mine_kind}", f"similarity {hit.semantic:.2f}"], evidence, hit.unit))
                return True
        return False

    def _judge_opposite_finding(self, facts: ClaimFacts, hits: list[Hit], judgement: Judgement) -> None:
        """A sentence that, read with the sentences before it, is about what the claim is about and
        states the opposite: the other direction for the claim's target, or a denial.  Short sentences
        lean on their paragraph ("it reduces the performance for mBERT"), so relatedness is measured on
        the paragraph while the opposition must be in the sentence itself."""
        # in the paper the claim attributes itself to, being about the same thing needs less
        least = NUMERIC_RELATED if judgement.papers else CONTRADICT_RELATED
        for hit in hits:
            unit = hit.unit
            if unit.table is not None or hit.semantic < least or judgement.is_source(unit):
                continue
            if judgement.source is not None and unit.paper == judgement.source[0]:
                continue  # a paper's sentences elaborate its own findings; its inconsistencies are numbers
            # "if [...] were due to memorization, we would expect [...]": a hypothesis, no finding (unless the claim
            # states the hypothesis: "if its transfer rested on memorising vocabulary, its scores should [...]")
            if _EXPECTATION.search(unit.text) and not _CONDITIONAL.search(facts.text):
                continue
            if _SO_FAR.search(unit.text):
                continue  # what was done before the setting the paper turns to
            if _VALUE_JUDGEMENT.search(unit.text) and not _VALUE_JUDGEMENT.search(facts.text):
                continue  # "achieving multilinguality early [...] is valuable": what would be good, not what happens
            gainsaid = denial(facts, unit.text) or affirmation(facts, unit.text)
            why = (opposite_direction(facts, unit.text, self.index.word_weight) or gainsaid
                   or presence_stated(facts.text, unit.text) or absence_stated(facts.text, unit.text))
            # a swapped antonym or covariation names what it is about: fewer shared words suffice
            specific = (swapped_antonym(facts, unit.text) or magnitude_opposed(facts.text, unit.text)
                        or fitness_denied(facts.text, unit.text)
                        or holds_even_there(facts, unit.text)
                        or opposite_covariation(facts.text, unit.text)
                        or superlative_beaten(facts, unit.text) or reversed_comparative(facts.text, unit.text)
                        or parity_against_ranking(facts, unit.text) or bound_opposed(facts.text, unit.text)
                        or order_given_otherwise(facts.text, unit.text) or parity_denied(facts.text, unit.text))
            why = specific or why
            if why is None:
                continue
            title = self._identity(unit.paper, facts)
            names = unit_names(unit, with_context=True, title=title)
            if missing_names(facts.key_names, names) or (facts.subjects and not facts.subjects & names):
                continue
            if not names_found(facts.unknown, " ".join((unit.text, unit.context, title, unit.topic_text))):
                continue
            paragraph = f"{unit.context} {unit.text}"
            cover = coverage(facts.finding, paragraph, self.index.word_weight, stems=True)
            # as close as a paraphrase, a sentence denying the claim (or stating what it denies) is about it with fewer
            # of its words
            if cover < (REVERSAL_COVERAGE if specific or (why == gainsaid and hit.semantic >= CLOSE_PARAPHRASE)
                        else FRAMED_COVERAGE):
                continue
            windows = [f"{unit.previous[1]} {unit.text}"] if unit.previous else []
            sim = max([hit.semantic, *map(float, self.index.similarity_to(facts.text, [*windows, paragraph]))])
            if sim < (CONTRADICT_RELATED if judgement.papers else FRAMED_RELATED):
                continue
            self._record(judgement, "contradict", unit, sim, sim * 0.8, [
                why, f"similarity {sim:.2f} read with the sentences before it, {cover:.0%} of the claim's "
                "content words (or their stems) in its paragraph"])

    @staticmethod
    def _row_left_out(facts: ClaimFacts, unit: Unit) -> bool:
        """A table row naming a method or language the claim says was left out ("XLM (MLM+TLM)" for "TLM alone,
        without MLM"; "monolingual HI+EN" for Hindi "without the English part") reports another setting."""
        if not facts.left_out or unit.table is None:
            return False
        codes = {n.upper() for n in facts.left_out if is_language(n)}
        return any(facts.left_out & set(header_names(c.row_header))
                   or codes & set(re.split(r"[^A-Za-z]+", " ".join(c.row_header)))
                   for c in unit.table.cells if c.row == unit.row)

    @staticmethod
    def _sets_aside(facts: ClaimFacts, text: str) -> set[str]:
        """Claimed names the passage sets aside ("rather than English") and the claim does not."""
        return (((set_aside(text) - set_aside(facts.text)) & facts.key_names)
                | (names_set_aside(text, facts.unknown) - names_set_aside(facts.text, facts.unknown)))

    def _judge_reversal(self, facts: ClaimFacts, hit: Hit, title: str, judgement: Judgement,
                        cover: float | None = None) -> bool:
        """"A outperforms B" where the passage says B outperforms A.  Both sides must match (by name or
        noun phrase), so a lower share of shared words suffices; the claim's other names may be given in
        the sentences just before.  ``cover``: the claim's words found in the passage, by default those of
        its finding (measured only once the passage is known to rank the two sides)."""
        unit, sim = hit.unit, hit.semantic
        if facts.sides is None or sim < NUMERIC_RELATED:
            return False
        near = judgement.source is not None and unit.paper == judgement.source[0]
        if near and abs(unit.page - judgement.source[1]) <= 1:
            return False  # "[...] outperform zero-shot models. However, zero-shot models nevertheless outperform"
        theirs = comparison_sides(unit.text)
        crossed = facts.sides.crossed_terms(theirs) if theirs is not None else ()
        if not any(crossed) or other_group(facts.text, unit.text):
            return False  # (not "African and Oceania languages [...] where MLP outperforms XLM-R" for Austroasiatic)
        if cover is None:
            cover = coverage(facts.finding, unit.text, self.index.word_weight)
        # both sides swapped by name ("GR beats GAN" against "GAN [...] better [...] than the GR"): as
        # specific as a claim gets, so it needs less similarity and fewer shared words; swapped by common
        # words alone ("linear" and "non-linear"), it needs a passage as close as a paraphrase
        named = (any(is_name(t) for t in facts.sides.winner & theirs.loser)
                 and any(is_name(t) for t in facts.sides.loser & theirs.winner))
        # (two words of each side swapped, "sentence embeddings" and "supervised counterparts", match as a name does)
        if facts.sides.reversed_in(theirs) or all(len(side) >= 2 for side in crossed):
            least_sim, least_cover = ((NUMERIC_RELATED, NAMED_REVERSAL_COVERAGE) if named
                                      else (CONTRADICT_RELATED, REVERSAL_COVERAGE))
        else:
            least_sim, least_cover = FRAMED_RELATED, CONTENT_COVERAGE
        if sim < least_sim or cover < least_cover:
            return False
        if missing_names(facts.key_names, unit_names(unit, with_context=True, title=title) | self._own_voice(unit)):
            return False
        ours = lambda side: ", ".join(sorted(side))  # noqa: E731
        return self._record(judgement, "contradict", unit, sim, sim, [
            f"ranking reversed: the claim ranks {ours(facts.sides.winner)} above {ours(facts.sides.loser)}, "
            f"the paper ranks {ours(theirs.winner)} above {ours(theirs.loser)}",
            f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"])

    def _judge_named_rankings(self, facts: ClaimFacts, hits: list[Hit], judgement: Judgement) -> None:
        """A ranking whose two sides carry names ("CLM beats MLM"): every sentence naming both sides is
        read for the reversed ranking, not only the closest passages."""
        if facts.sides is None:
            return
        first = {t for t in facts.sides.winner - facts.sides.loser if is_name(t)}
        second = {t for t in facts.sides.loser - facts.sides.winner if is_name(t)}
        seen = {id(h.unit) for h in hits}
        for hit in self.index.naming_both(facts.text, first, second):
            unit = hit.unit
            if id(unit) in seen or judgement.is_source(unit) or not judgement.in_scope(unit.paper):
                continue
            title = self._identity(unit.paper, facts)
            surroundings = " ".join((unit.text, unit.context, title, unit.topic_text))
            if names_found(facts.unknown - cited_names(facts.text), surroundings):
                self._judge_reversal(facts, hit, title, judgement)

    def _judge_misattribution(self, facts: ClaimFacts, hit: Hit, missing: set[str], judgement: Judgement,
                              setting: bool = False) -> None:
        """The claimed number printed for another entity of the same kind: "the right number on the
        wrong model" (or, with ``setting``, in another evaluation setting: ``missing`` holds it)."""
        unit, sim = hit.unit, hit.semantic
        # a table row prints many numbers; whose number it is, only check_table can say
        if len(missing) != 1 or unit.table is not None:
            return
        if not facts.is_numeric:
            self._judge_substitution(facts, hit, missing, judgement)
            return
        if sim < CONTRADICT_RELATED:
            return
        if setting:
            others, missing = set(missing), facts.own_settings
        else:
            kind = next(k for k in KEY_KINDS if missing & facts.names[k])
            others = {e.name for e in unit.entities if e.kind == kind} - facts.names[kind] - GENERIC_METHODS
            # (a paper that never names the claim's language reports nothing of it: "about 7 BLEU on Sinhala-to-English"
            # against de-en's 7 is a result the paper does not have, not one it gives another language)
            if kind == "language" and missing & self._unprinted_languages(facts, unit.paper):
                return
        agree, why = self._numbers_agree(facts, unit)
        # "about 81%" is met by many numbers: whose number it is, only the number itself can say (83.6 is not it)
        if agree == "all" and any(n.qualifier == "approx" for n in facts.numbers):
            exact = replace(facts, numbers=[replace(n, qualifier=None) if n.qualifier == "approx" else n
                                            for n in facts.numbers])
            agree = self._numbers_agree(exact, unit)[0]
        if agree == "all" and others:
            self._record(judgement, "contradict", unit, sim, sim * 0.7, [
                f"{why}, but the paper states it for {', '.join(sorted(others))}, not {', '.join(sorted(missing))}",
                f"similarity {sim:.2f}"])

    def _judge_name_substitution(self, facts: ClaimFacts, hit: Hit, judgement: Judgement) -> bool:
        """A name the vocabulary lacks, where the passage puts another name in its place ("implemented in
        UDPipe" / "implemented in AllenNLP"), and the paper never puts the claim's name there."""
        unit, sim = hit.unit, hit.semantic
        # (within the paper the claim names, a sentence need be less close: the frame says what it is about)
        related = NUMERIC_RELATED if unit.paper in judgement.papers else CONTRADICT_RELATED
        if unit.table is not None or sim < related or negated(unit.text) != negated(facts.text):
            return False
        if facts.is_numeric or facts.counts or (judgement.source is not None and unit.paper == judgement.source[0]):
            return False  # a number says more of what a claim is about than a name's place does
        lacking = [u for u in facts.unknown - cited_names(facts.text) if not names_found({u}, unit.text)]
        # a metric too: "early stopping on the average UAS" against "[...] measured as average LAS score"
        lacking += [m for m in facts.names["metric"] if m not in {e.name for e in unit.entities}]
        if len(lacking) != 1:
            return False
        swap = name_substituted(facts.text, unit.text, lacking[0])
        if swap is None:
            return False
        cover = coverage(facts.text.replace(lacking[0], " "), unit.text, self.index.word_weight, stems=True)
        if cover < REVERSAL_COVERAGE:  # the shared frame says what the two names are for
            return False
        if any(same_place(facts.text, u.text, lacking[0]) for u in self._paper_sentences({unit.paper}, judgement)):
            return False  # the paper puts the claim's name in that place too
        return self._record(judgement, "contradict", unit, sim, sim * 0.8, [
            f"the passage names {swap[1]} where the claim names {swap[0]}, among the same words",
            f"similarity {sim:.2f}, {cover:.0%} of the claim's other content words (or their stems)"])

    def _judge_substitution(self, facts: ClaimFacts, hit: Hit, missing: set[str], judgement: Judgement) -> bool:
        """A finding in words with one of its entities swapped for another of the same kind, among the same
        words ("Arabic, French, Russian and German" / "Arabic, French, Russian, and Spanish")."""
        unit, sim = hit.unit, hit.semantic
        if judgement.source is not None and unit.paper == judgement.source[0]:
            # a paper's sentences differ in their conditions ("after controlling for length, ..."), not names
            return False
        (name,) = missing
        # languages, datasets and models; a method is too often named for a generic one ("cross-lingual transfer")
        kind = next((k for k in ("language", "dataset", "model") if name in facts.names[k]), None)
        # the finding may begin a sentence earlier ("[...] is used by Gouws and Søgaard (2015) [...]. They use the
        # English data from SemCor and publicly available Danish data.")
        window = f"{unit.previous[1]} {unit.text}" if unit.previous else unit.text
        cover = coverage(facts.text, window, self.index.word_weight, stems=True)
        if (kind is None or sim < NUMERIC_RELATED or cover < CONTENT_COVERAGE
                or negated(unit.text) != negated(facts.text)):
            return False
        swap = substituted(facts.text, unit.text, name, kind)
        if swap and sim < CONTRADICT_RELATED:
            sim = max(sim, float(self.index.similarity_to(facts.text, [window])[0]))
        # one of a list of three or more swapped, the others all printed, is specific enough to need less
        ours, theirs = facts.names[kind], {e.name for e in unit.entities if e.kind == kind}
        listed = len(ours) >= 3 and len(ours & theirs) == len(ours) - 1
        # (so is a sentence of the paper the claim names, whose frame says what it is about: "Due to the high
        # inference costs, we evaluate ChatGPT only on BUFFET-Light" for a claimed BLOOM)
        if swap and sim >= (NUMERIC_RELATED if listed or unit.paper in judgement.papers else CONTRADICT_RELATED):
            return self._record(judgement, "contradict", unit, sim, sim * 0.8, [
                f"the passage says it of {swap[1]}, among the same words, not of {swap[0]}",
                f"similarity {sim:.2f}, {cover:.0%} of the claim's content words (or their stems)"])
        return False

    @staticmethod
    def _covered_numeric(sim: float, cover: float) -> bool:
        """Enough of the claim's words for a numeric match whose names and numbers all agree; a passage
        this close in meaning may word the rest differently ("enlarging the vocabulary" / "as we
        increase the vocabulary size")."""
        return cover >= NUMERIC_COVERAGE or (sim >= CLOSE_NUMERIC and cover >= NUMERIC_COVERAGE / 2)

    def _judge_number_owner(self, facts: ClaimFacts, hit: Hit, judgement: Judgement) -> None:
        """A sentence that prints the claimed number for another model or language, however little else
        it shares with the claim, contradicts it when the claim's other names are given there or just
        before.  Weaker than any support: an exact number can recur by chance."""
        unit, sim = hit.unit, hit.semantic
        title = self._identity(unit.paper, facts)
        names = unit_names(unit, with_context=True, title=title) | self._own_voice(unit)
        surroundings = " ".join((unit.text, unit.context, title, unit.topic_text))
        if not names_found(facts.unknown, surroundings) or not self._same_metric(facts, unit):
            return
        crowded = len(find_numbers(unit.text)) > 2  # "Russian-Ukrainian (0.84 vs. 0.59), Czech-Slovak (0.82 ...": chance
        for kind in ("model", "language"):
            owner = number_of_another(facts, unit, kind)
            if owner is None or missing_names(facts.key_names - facts.names[kind], names):
                continue
            if crowded and not {e.name for e in unit.entities if e.kind == kind} & facts.names[kind]:
                continue
            others = ", ".join(sorted(facts.key_names - facts.names[kind])) or "none"
            self._record(judgement, "contradict", unit, sim, OWNER_STRENGTH, [
                owner, f"the claim's other names ({others}) are given in the sentence or just before",
                f"similarity {sim:.2f}"])
            return
        # "On the Swahili and Urdu ... by 6.2% and 6.3% respectively" against a claimed 6.3 for Swahili
        resp = respective(unit.text) if unit.table is None else None
        if resp is not None and not missing_names(facts.key_names - facts.names[resp.kind], names):
            mixup = self._respective_conflict(facts, unit, resp)
            if mixup and facts.names[resp.kind] & {name for _, _, name in resp.pairs}:
                self._record(judgement, "contradict", unit, sim, OWNER_STRENGTH, [
                    mixup, "the claim's other names are given in the sentence or just before", f"similarity {sim:.2f}"])

    @staticmethod
    def _row_number_of_another_language(facts: ClaimFacts, unit: Unit) -> str | None:
        """A table row printing the claimed ".37 on Hindi" only under another language's column (DEU)."""
        if unit.table is None:
            return None
        slots = number_slots(facts.text, facts.numbers, facts.unknown) | respective_slots(facts.text)
        cells = [c for c in unit.table.cells if c.row == unit.row and c.value is not None]
        for n in facts.numbers:
            slot = slots.get(n.text)
            own = {x for x in slot.own if is_language(x)} if slot else set()
            if not own or n.value is None:
                continue
            printing = [c for c in cells if values_match(n.value, decimals(n.text), c.value, decimals(c.text))]
            columns = [{x for x in header_names(c.column_header) if is_language(x)} for c in printing]
            if printing and all(col and not col & own for col in columns):
                return (f"the row prints {n.text} under {' / '.join(printing[0].column_header)}, not for "
                        f"{', '.join(sorted(own))}")
        return None

    @staticmethod
    def _cited_row_prints(facts: ClaimFacts, view: TableView, numbers: ClaimNumbers) -> bool:
        """A row of the table citing a work the claim cites prints every claimed value."""
        cited, languages = cited_names(facts.text), facts.names["language"]
        rows = [c for c in view.cells if _cites_one_of(" ".join(c.cell.row_header), cited) and c.cell.value is not None
                and not other_languages(c.names, languages)]  # (Wu and Dredze's 79.5 is Dutch, not Spanish)
        return bool(rows and numbers.values) and all(
            any(values_match(v, d, c.cell.value, decimals(c.cell.text)) for c in rows) for v, d, _ in numbers.values)

    def _printed_together(self, paper: str, numbers: ClaimNumbers, judgement: Judgement) -> bool:
        """Whether one sentence or table row of the paper, not the claim's own, prints every claimed decimal (two
        or more of them)."""
        decimals_ = [(v, d) for v, d, text in numbers.values if DISTINCT_NUMBER.search(text)]
        return (len(decimals_) >= 2 and len(decimals_) == len(numbers.values)
                and bool(self._printed.together(paper, decimals_, skip=judgement.is_source)))

    @staticmethod
    def _cited_row_unit(facts: ClaimFacts, unit: Unit) -> bool:
        """A table row of a system the paper cites ("Lample and Conneau (2019)") is not about the claim's
        model unless the claim cites that work too."""
        if unit.table is None or unit.row is None:
            return False
        header = " ".join(row_header(unit))
        return cites(header) and not _cites_one_of(header, cited_names(facts.text))

    @staticmethod
    def _row_without_claimed_method(facts: ClaimFacts, unit: Unit) -> bool:
        """A table row without a method the claim names that other rows of the table add ("ro →en" beside
        "ro ↔en + BT", for a claim about a model trained with back-translation): another setting's row."""
        if unit.table is None or unit.row is None:
            return False
        methods = facts.names["method"] - GENERIC_METHODS
        own = header_names(row_header(unit))
        return any(m not in own and any(m in header_names(c.row_header) for c in unit.table.cells) for m in methods)

    @staticmethod
    def _row_without_claimed_unknown(facts: ClaimFacts, unit: Unit) -> bool:
        """A table row without a name the vocabulary lacks that the claim and other rows' labels write ("MLM -"
        beside "EMB EMB", for an encoder initialised with EMB): another setting's row."""
        if unit.table is None or unit.row is None:
            return False
        label = " ".join(row_header(unit))
        others = " ".join(" ".join(c.row_header) for c in unit.table.cells if c.row != unit.row)
        return any(not written(u, label) and written(u, others) for u in facts.unknown)

    @staticmethod
    def _row_of_another_model(facts: ClaimFacts, unit: Unit) -> bool:
        """A table row whose header names models, none of the claim's ("XLM-Rbase" for a claimed
        Unicoder-LC), or that names none in a table of another model: its cells are another model's numbers."""
        if unit.table is None or unit.row is None or not facts.names["model"]:
            return False
        claimed = {family(n) for n in facts.names["model"]}
        models = {family(n) for n in header_names(row_header(unit)) if kind_of(n) == "model"}
        if models:
            return not models & claimed
        # a row naming no model is the model the caption says the table is of ("POS accuracy [...] using EN-BERT.
        # [...] a big gap between this model's zero-shot performance and M-BERT's"), unless a header names the claim's
        headers = set().union(*(names_of_cell(c) for c in unit.table.cells if c.row == unit.row))
        own = {family(e.name) for e in find_entities(caption_head(unit.table.caption)) if e.kind == "model"}
        return bool(own) and not own & claimed and not {family(n) for n in headers} & claimed

    @staticmethod
    def _names_compared_model(facts: ClaimFacts, unit: Unit) -> bool:
        """"A beats B by 2.1": a sentence giving 2.1 supports it only if it names B itself, not just
        a sentence or two before ("improving 15.7% over previous XLM models" is not about mBERT)."""
        if facts.sides is None or unit.table is not None:
            return True
        losers = {family(n) for n in facts.sides.loser_names if n in facts.names["model"]}
        if not losers:
            return True
        named = {family(e.name) for e in unit.entities if e.kind == "model"}
        # "[...] with aligned fastText embeddings. While these improve over previous works, our context-aware
        # model outperforms them": the sentence beats what the one before it named
        if _BEATS_THEM.search(unit.text) and unit.previous is not None:
            named |= {family(e.name) for e in find_entities(unit.previous[1]) if e.kind == "model"}
        return bool(losers & named)

    @staticmethod
    def _same_kind_of_number(facts: ClaimFacts, unit: Unit) -> bool:
        """A claimed change is only contradicted by a printed change, a claimed score by a printed score."""
        claimed_delta = any(n.delta is not None for n in facts.numbers)
        printed = find_numbers(unit.text)
        if claimed_delta:
            return any(n.delta is not None for n in printed)
        return any(n.value is not None and not n.count for n in printed)

    @staticmethod
    def _same_comparison(facts: ClaimFacts, unit: Unit) -> bool:
        """A comparative or superlative claim is only supported by a passage that compares the same way."""
        # ("works better when [it] is trained simultaneously [...] than when [...]": a ranking of two conditions)
        if not RANKING_CUE.search(facts.text) and facts.sides is None:
            return True
        if not RANKING_CUE.search(unit.text):
            # "among the top two cues" ranks as "among the two strongest cues" does
            return (bool(_TOP_RANKS.search(unit.text)) and bool(_BEST.search(facts.text))
                    and not _WORST.search(facts.text) and facts.comparison is None)
        # "a non-linear mapping works better than a linear one" against "a linear transformation outperforms
        # non-linear transformation": reversed, even where common words alone say so
        theirs = comparison_sides(unit.text)
        if facts.sides is not None and theirs is not None and (any(facts.sides.crossed_terms(theirs))
                                                               or facts.sides.loser_ranked_first(theirs)):
            return False
        # "comparable data are more common than parallel data" is not borne out by "parallel data [...] outperform":
        # a ranking of how well things do says nothing of another property the passage never names
        quality = facts.sides.quality if facts.sides is not None else None
        if quality and theirs is not None and theirs.quality != quality and quality not in content_words(unit.text):
            return False
        return facts.comparison is None or comparison(unit.text) == facts.comparison

    @staticmethod
    def _anchored(facts: ClaimFacts) -> bool:
        """A number alone proves nothing: the claim must name a dataset, model or method it is about, or
        a name the vocabulary lacks ("SelfAtt-Graph"), which evidence must then print."""
        return (bool((facts.names["dataset"] | facts.names["model"] | facts.names["method"]) - GENERIC_METHODS)
                or bool(facts.unknown) or TextVerifier._named_sides(facts))

    @staticmethod
    def _has_subject(facts: ClaimFacts) -> bool:
        """A claimed change needs something that changed ("XLM-R outperforms mBERT by 2.1", "the gap
        between en and sw"); "performance improves by 2.1 points" alone cannot be checked."""
        if not any(n.delta is not None for n in facts.numbers) or facts.authors_system:
            return True
        # a side named by a name the vocabulary lacks ("AfroXLMR-76 beats Serengeti by 13.1") as well
        unknown = facts.unknown - cited_names(facts.text)
        # "[...] by about 19 LAS points (45.69 vs 26.57)": the two scores compared say what changed
        compared = sum(n.delta is None and n.value is not None and bool(DISTINCT_NUMBER.search(n.text))
                       for n in facts.numbers) >= 2
        # ("Dropping POS tags costs [...] 8.8 LAS points": what was done, and a change too precise to meet by chance;
        # "removing anchor points lowers NER F1 by about one point" is met by many a row)
        precise = all(decimals(n.text) > 0 and n.qualifier is None for n in facts.numbers if n.delta is not None)
        return (bool(facts.subjects) or compared or len(facts.names["language"]) >= 2 or TextVerifier._named_sides(facts)
                or (opens_on_action(facts.finding) and precise)
                or (facts.sides is not None and bool(unknown & (facts.sides.winner | facts.sides.loser))))

    @staticmethod
    def _ranking(facts: ClaimFacts) -> tuple[str, str] | None:
        """(winner, loser) of the claim's comparison, by names the vocabulary lacks when it knows none
        ("SelfAtt-Graph outscores RNN-Graph")."""
        if facts.comparison or facts.sides is None:
            return facts.comparison
        winner, loser = facts.sides.winner & facts.unknown, facts.sides.loser & facts.unknown
        if not (winner or loser):  # "the Urdu portion [...] is 4.1 GiB larger than the Swahili portion"
            winner = facts.sides.winner_names - facts.sides.loser_names
            loser = facts.sides.loser_names - facts.sides.winner_names
        elif not (winner and loser):  # "XLM-R beats the simple MLP baseline": one side known, the other not
            winner = winner or facts.sides.winner_names - facts.sides.loser_names
            loser = loser or facts.sides.loser_names - facts.sides.winner_names
        return (next(iter(winner)), next(iter(loser))) if len(winner) == 1 and len(loser) == 1 else None

    @staticmethod
    def _named_sides(facts: ClaimFacts) -> bool:
        """"The SelfAtt-Graph parser beats the RNN-Graph parser": both sides carry a name, known or not."""
        return facts.sides is not None and all(any(is_name(t) for t in side)
                                               for side in (facts.sides.winner, facts.sides.loser))

    def _names_for(self, paper: str, parsed) -> set[str]:
        """What a paper is called by: the names in its title and the one its abstract gives its own
        model or dataset ("Our model, dubbed XLM-R", "our dataset, dubbed XNLI")."""
        names = {e.name for e in find_entities(self._title(paper))}
        for s in parsed.sentences[:40]:
            if s.section_kind != "abstract":
                continue
            for m in _DUBBED.finditer(s.text):
                found = find_entities(s.text[m.end():m.end() + 40])
                if found and found[0].start == 0:
                    names.add(found[0].name)
            for m in _DEFINED.finditer(s.text):  # "cross-lingual language models (XLMs)"
                found = find_entities(m.group(1))
                if len(found) == 1 and found[0].kind == "model":
                    names.add(found[0].name)
        return names

    def _own_voice(self, unit: Unit) -> set[str]:
        """The paper's own models, for a sentence in its own voice ("we outperform the previous state of
        the art by 6.2%" in the XLM paper is XLM's result, though it does not say "XLM"), unless it names the
        model it speaks of ("we conducted an ablation study [...] with mBERT model" in a paper on XLM-R)."""
        if unit.table is not None or not _FIRST_PERSON.search(unit.text) or _names_a_model(unit):
            return set()
        return set(self._own_models.get(unit.paper, ()))

    def _workhorse_of(self, unit: Unit, judgement: Judgement, around: set[str]) -> set[str]:
        """The model a paper works with throughout, for one of its sentences naming no model, when the claim
        names the paper ("Wu et al. find that [...] aligned with a linear mapping" of a paper on BERT)."""
        model = self._workhorse.get(unit.paper)
        if (not model or unit.table is not None or not judgement.in_scope(unit.paper)
                or any(kind_of(n) == "model" for n in around)
                or any(kind_of(n) == "model" for n in unit_names(unit))):  # (its context read only when needed)
            return set()
        return {model}

    def _implied_dataset(self, view: TableView, judgement: Judgement) -> set[str]:
        """The dataset a paper the claim names works with throughout (UD in a paper parsing its treebanks), for
        one of its tables naming no dataset ("Table 9: Results [...] on the original training sets")."""
        dataset = self._workhorse_dataset.get(view.paper)
        if not dataset or view.paper not in judgement.papers or any(kind_of(n) == "dataset" for n in view.all_names):
            return set()
        return {dataset}

    def _identity(self, paper: str, facts: ClaimFacts) -> str:
        """The paper's title, and the names the claim calls its source by ("the XLM-R paper") when the
        paper's abstract names them: they say where, not what, and its sentences rarely repeat them."""
        own = sorted(facts.sources & (self._abstract_names.get(paper, set()) | self._own_names.get(paper, set())))
        return " ".join([self._title(paper), *own])

    def _title(self, paper: str) -> str:
        p = self.index.docs.papers.get(paper)
        return p.title if p else ""

    @staticmethod
    def _same_metric(facts: ClaimFacts, unit: Unit) -> bool:
        ours = facts.names["metric"]
        theirs = {e.name for e in unit.entities if e.kind == "metric"}
        return not ours or not theirs or bool(ours & theirs)

    # -- decision -------------------------------------------------------------------------------
    def verify(self, claim_id: str, text: str, source: tuple[str, int, str] | None = None) -> TextVerdict:
        """Verify one claim.  ``source`` = (paper, page, sentence) of a claim extracted from the corpus:
        that sentence is not evidence for itself, so other passages and tables must bear it out."""
        text = " ".join(text.split())
        if not text:
            return TextVerdict(claim_id=claim_id, verdict="not_in_corpus", confidence=0.0,
                               basis=["empty claim: nothing to verify"])
        if len(text) > MAX_CLAIM_CHARS:
            return TextVerdict(claim_id=claim_id, verdict="not_in_corpus", confidence=0.0,
                               basis=[f"claim is {len(text)} characters, longer than one claim can be "
                                      f"({MAX_CLAIM_CHARS}); split it into single statements"])
        # "Dufter and Schütze find that ...": their papers are where to look; their names are no evidence words
        action = authors_action(text)
        papers, text = attributed_papers(text, self.index.docs.papers.values())
        facts = replace(analyse(text), action=action)
        if not papers and facts.sources:  # "the XNLI paper", "the XLM-R authors"
            papers = self._papers_named(facts.sources)
        if not papers:  # "the cross-lingual embedding survey"
            papers = titled_papers(text, self.index.docs.papers.values())
        if papers and names_authors_system(text):
            facts = replace(facts, authors_system=True)
        no_subject = TextVerdict(claim_id=claim_id, verdict="not_in_corpus", confidence=0.5, basis=[
            "the claim states a change without saying what changed or against what (no model, method or "
            "pair of languages), so no passage can support or contradict it"])
        has_subject = self._has_subject(facts)
        if not has_subject and not papers:
            return no_subject
        notes = []
        if not looks_english(text):
            notes.append("claim does not look like English; evidence search and entity matching are English-only")
        if papers:
            notes.append(f"the claim attributes itself to {', '.join(sorted(papers))}: only their passages and "
                         "tables are read")
        judgement = Judgement(source=source, papers=frozenset(papers))
        if not has_subject:  # "results vary by 1.5 points between seeds": only words around numbers
            self._judge_framed_numbers(facts, judgement)
            if not judgement.support and not judgement.contradict:
                return no_subject
            return self._decide(claim_id, facts, [], judgement, notes)
        hits = [h for h in self.index.search(text, TOP_K * 3 if papers else TOP_K)
                if not judgement.is_source(h.unit) and judgement.in_scope(h.unit.paper)][:TOP_K]
        for hit in hits:
            self._judge_unit(facts, hit, judgement)
        self._judge_named_rankings(facts, hits, judgement)
        self._judge_joint_numbers(facts, hits, judgement)
        self._judge_joint_counts(facts, judgement)
        self._judge_numbers_in_run(facts, judgement)
        self._judge_count_changed_in_run(facts, judgement)
        self._judge_two_sentence_finding(facts, hits, judgement)
        self._judge_opposite_finding(facts, hits, judgement)
        self._judge_captions(facts, hits, judgement)
        self._judge_listed_kind(facts, hits, judgement)
        distinct = sorted({m.group(0) for n in facts.numbers for m in DISTINCT_NUMBER.finditer(n.text)})
        if distinct and self._anchored(facts):
            for hit in self.index.printing(text, distinct):
                if not judgement.is_source(hit.unit) and judgement.in_scope(hit.unit.paper):
                    self._judge_number_owner(facts, hit, judgement)
        self._judge_tables(facts, judgement)
        self._judge_attributed_counts(facts, judgement)
        self._judge_framed_numbers(facts, judgement)
        self._judge_symbols(facts, judgement)
        self._judge_table_counts(facts, judgement)
        self._judge_settings_table(facts, judgement)
        self._judge_modifier_swap(facts, judgement)
        self._judge_orders(facts, judgement)
        self._judge_significance_levels(facts, judgement)
        self._judge_cited_items(facts, judgement)
        self._judge_enumerations(facts, judgement)
        self._judge_assignments(facts, judgement)
        self._credit_elsewhere(facts, judgement)
        self._judge_likened(facts, judgement)
        self._drop_other_actions(facts, judgement)
        self._judge_done_instead(facts, judgement)
        self._judge_first_credited(facts, judgement)
        self._judge_versions(facts, judgement)
        self._judge_component_kinds(facts, judgement)
        self._judge_sizes_given_otherwise(facts, hits, judgement)
        self._check_sizes(facts, judgement)
        verdict = self._decide(claim_id, facts, hits, judgement, notes)
        if source is not None and verdict.verdict == "contradicted" and verdict.evidence[0].paper == source[0]:
            verdict = verdict.model_copy(update={"basis": [
                f"inconsistent within {source[0]}: this sentence (p.{source[1]}) and its p.{verdict.evidence[0].page} "
                "disagree", *verdict.basis]})
        return verdict

    def _judge_sizes_given_otherwise(self, facts: ClaimFacts, hits: list[Hit], judgement: Judgement) -> None:
        """Where nothing else decides, the closest sentence giving the claimed data size's words another size
        ("with less than 10MB of data" for a claimed "less than 50MB of monolingual data") contradicts it."""
        if judgement.support or judgement.contradict or not data_sizes(facts.text):
            return
        for hit in hits:
            if hit.unit.table is not None or hit.semantic < SIZE_RELATED:
                continue
            why = size_given_otherwise(facts.text, hit.unit.text)
            if why is not None and self._record(judgement, "contradict", hit.unit, hit.semantic, hit.semantic * 0.8,
                                                [why, f"similarity {hit.semantic:.2f}"]):
                return

    @staticmethod
    def _check_sizes(facts: ClaimFacts, judgement: Judgement) -> None:
        """A support from sentences that do not print a claimed data size bears out the rest only; where they
        print another size instead, they refute the claim ("61 African languages with at least 10MB" for 100MB).
        (Table cells under "Size (GiB)" are read as numbers by the table checks.)"""
        if not data_sizes(facts.text):
            return
        kept = []
        for finding in judgement.support:
            tables = any(e.table is not None for e in finding.evidence)
            mismatch = None if tables else size_mismatch(facts.text, " ".join(e.quote for e in finding.evidence))
            if mismatch is None:
                kept.append(finding)
            elif mismatch[1]:
                judgement.contradict.append(Finding("contradict", finding.strength, [
                    f"claimed {', '.join(mismatch[0])}, the passage prints {', '.join(mismatch[1])}",
                    *finding.basis], finding.evidence, finding.unit))
        judgement.support = kept

    def _decide(self, claim_id: str, facts: ClaimFacts, hits: list[Hit], j: Judgement, notes: list[str]) -> TextVerdict:
        supports, contradictions = _ranked(j.support), _ranked(j.contradict)
        best_support = supports[0] if supports else None
        best_contra = contradictions[0] if contradictions else None
        if best_support and (not best_contra or best_support.strength >= best_contra.strength):
            more = supports[1:3]
            evidence = best_support.evidence + [e for f in more for e in f.evidence]
            basis = list(dict.fromkeys(b for f in [best_support, *more] for b in f.basis))
            return TextVerdict(claim_id=claim_id, verdict="supported", confidence=round(min(0.99, best_support.strength), 2),
                               basis=basis + notes, evidence=evidence)
        if best_contra:
            return TextVerdict(claim_id=claim_id, verdict="contradicted", confidence=round(min(0.95, best_contra.strength), 2),
                               basis=best_contra.basis + notes, evidence=best_contra.evidence)
        top = hits[0] if hits else None
        named = ", ".join(sorted(facts.key_names)) or "the claim's subject"
        basis = [f"no passage or table cell passes every check: naming {named}, "
                 + ("printing the claimed numbers" if facts.is_numeric else "saying the same in close words")]
        if top:
            basis.append(f"closest passage: {top.unit.paper} p.{top.unit.page}, similarity {top.semantic:.2f}")
        confidence = round(1 - (top.semantic if top else 0.0), 2)
        return TextVerdict(claim_id=claim_id, verdict="not_in_corpus", confidence=max(0.05, confidence),
                           basis=basis + notes)
