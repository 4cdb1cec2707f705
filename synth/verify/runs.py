"""Numbers and counts a claim gathers from more than one sentence: two consecutive sentences, a run of up to
RUN_SENTENCES in a row, or two sentences of one paper a page or less apart; and one training setting changed
among several given over consecutive sentences.  Each check reads the sentences together as one passage and
asks of it what a single sentence must pass: every claimed number printed, the claim's entities named, none
of its numbers given to another, and closeness to the claim as a whole."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from synth.extract.vocabulary import find_entities
from synth.parse.numbers import find_numbers
from synth.verify.citations import credited_instead
from synth.verify.claim_facts import ClaimFacts, coverage, missing_names, names_found, only_references
from synth.verify.counts import counts_agree, counts_named_alike, crossed_counts, printed_counts
from synth.verify.evidence import Hit, Unit
from synth.verify.judgement import Finding, Judgement
from synth.verify.owners import number_listed_for_another, number_of_another, transfer_swapped
from synth.verify.stance import turns_down
from synth.verify.tables import family
from synth.verify.thresholds import (CLOSE_NUMERIC, CONTENT_COVERAGE, CONTRADICT_RELATED, NUMERIC_COVERAGE,
                                    NUMERIC_RELATED)
from synth.verify.unit_names import unit_names

DISTINCT_NUMBER = re.compile(r"\d+\.\d+")  # a decimal is unlikely to recur by chance; "10" or "2" is not
RUN_SENTENCES = 4  # the longest run of consecutive sentences whose numbers a claim may gather
RUN_RELATED = 0.55  # cosine of the claim to the run's sentences that print its numbers, read as one passage
EXACT_SETTING = 0.005  # a training setting ("1e-5", "1,024") is printed as claimed, not near it
JOINT_PAIRS = 40  # the most pairs of sentences, each printing some claimed counts, read together for a claim
MANY_VALUES = 4  # a run printing this many distinct claimed values ("sets of 15, 30, 60 and all 100 languages")
MANY_VALUES_RELATED = 0.5  # is specific enough for a lower cosine
MANY_VALUES_COVERAGE = 0.25  # and fewer of the claim's other words


class RunChecks:
    """The checks over several sentences, mixed into TextVerifier: they use its index, its map from a sentence
    to the next (``_next``), its value index (``_printed``) and its one-sentence checks (``_numbers_agree``,
    ``_direction_conflict``, ``_respective_conflict``, ``_count_owner``, ``_identity``, ``_own_voice``,
    ``_anchored``, ``_has_subject``, ``_covered_numeric``, ``_evidence``)."""

    def _judge_counts_in_two_sentences(self, facts: ClaimFacts, hit: Hit, named: str, judgement: Judgement) -> None:
        """Counts the paper gives over two consecutive sentences ("We use batch size 96 [...] and each epoch
        contains 200k batches. We stop training at epoch 200 [...]"): together they must print them all."""
        unit = hit.unit
        page, before = unit.previous
        text = f"{before} {unit.text}"
        agree, why = counts_agree(facts.text, text)
        if agree != "all" or facts.direction.sign or facts.sides is not None or self._count_owner(facts, unit):
            return
        sim = float(self.index.similarity_to(facts.text, [text])[0])
        cover = coverage(facts.text, text, self.index.word_weight)
        # counts are common: two sentences printing them must be about the claim as a whole
        if not self._covered_numeric(sim, cover) or sim < CONTRADICT_RELATED:
            return
        first = self._evidence(replace(unit, page=page, text=before, quote=before), sim)
        second = self._evidence(unit, sim)
        if first is not None and second is not None:
            judgement.support.append(Finding("support", sim * 0.95, [
                f"entities named: {named}", f"{why} (two consecutive sentences)",
                f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"], [first, second], unit))

    def _judge_two_sentences(self, facts: ClaimFacts, hit: Hit, named: str, judgement: Judgement) -> bool:
        """A claim that joins two numbers the paper gives in consecutive sentences ("by 17.1 points
        with English. [...] a much larger reduction of 41.6 with Hindi")."""
        unit, sim = hit.unit, hit.semantic
        # two matched numbers about named languages anchor a claim as well as a model name does
        anchored = self._anchored(facts) or len(facts.names["language"]) >= 2
        if not judgement.joinable(unit) or len(facts.numbers) < 2 or not anchored or not self._has_subject(facts):
            return False
        page, before = unit.previous
        joined = replace(unit, text=f"{before} {unit.text}", quote=f"{before} {unit.text}")
        agree, why = self._numbers_agree(facts, joined)
        cover = coverage(facts.text, joined.text, self.index.word_weight)
        if agree != "all" or cover < CONTENT_COVERAGE or self._direction_conflict(facts, joined):
            return False
        first = self._evidence(replace(unit, page=page, text=before, quote=before), sim)
        second = self._evidence(unit, sim)
        if first is None or second is None:
            return False
        judgement.support.append(Finding("support", sim * 0.95, [
            f"entities named: {named}", f"{why} (two consecutive sentences)",
            f"similarity {sim:.2f}, {cover:.0%} of the claim's content words"], [first, second], unit))
        return True

    def _judge_joint_numbers(self, facts: ClaimFacts, hits: list[Hit], judgement: Judgement) -> None:
        """A claim that joins numbers one paper gives in two sentences of a page or two apart ("mBERT
        correctly predicts 71.8% of [...]" and "predictions are consistent [...] for 68.3%"): each sentence
        must name the claim's entities and print some claimed numbers, together all of them."""
        # a claim its authors are named for is anchored by their paper ("Wu et al. pretrain ... 15% ... 0.7")
        anchored = bool(judgement.papers) or (self._anchored(facts) and self._has_subject(facts))
        if len(facts.numbers) < 2 or judgement.support or not anchored:
            return
        if not any(DISTINCT_NUMBER.search(n.text) for n in facts.numbers):
            return  # "5 and 10 points" recur by chance across a paper; "71.8% [...] 68.3%" do not
        found: list[tuple[Hit, frozenset[int]]] = []
        for hit in hits:
            unit = hit.unit
            # within the paper the claim names, each sentence need only be related; the pair must still be close
            least = NUMERIC_RELATED if unit.paper in judgement.papers else CONTRADICT_RELATED
            if unit.table is not None or hit.semantic < least or judgement.is_source(unit):
                continue
            title = self._identity(unit.paper, facts)
            names = unit_names(unit, title=title) | self._own_voice(unit)
            if missing_names(facts.key_names, names) or self._direction_conflict(facts, unit):
                continue
            if not names_found(facts.unknown, " ".join((unit.text, unit.context, title, unit.topic_text))):
                continue
            agree, _ = self._numbers_agree(facts, unit)
            if agree not in ("partial", "all") or number_of_another(facts, unit):
                continue
            matched = frozenset(i for i, n in enumerate(facts.numbers)
                                if self._numbers_agree(replace(facts, numbers=[n]), unit)[0] == "all")
            found.append((hit, matched))
        every = frozenset(range(len(facts.numbers)))
        for i, (a, got_a) in enumerate(found):
            for b, got_b in found[i + 1:]:
                if (a.unit.paper != b.unit.paper or abs(a.unit.page - b.unit.page) > 1 or got_a | got_b != every
                        or got_a <= got_b or got_b <= got_a):
                    continue
                cover = coverage(facts.text, f"{a.unit.text} {b.unit.text}", self.index.word_weight)
                sim = max(a.semantic, b.semantic)
                if cover < NUMERIC_COVERAGE or sim < CLOSE_NUMERIC:
                    continue
                if facts.counts and counts_agree(facts.text, f"{a.unit.text} {b.unit.text}")[0] != "all":
                    continue  # "256-token text streams": the two sentences print the claim's counts too
                first, second = self._evidence(a.unit, a.semantic), self._evidence(b.unit, b.semantic)
                if first is None or second is None:
                    continue
                judgement.support.append(Finding("support", sim * 0.95, [
                    f"entities named: {', '.join(sorted(facts.key_names | facts.unknown)) or 'none'}",
                    f"the claimed numbers are printed in two sentences of {a.unit.paper}, each naming the claim's "
                    "entities", f"similarity {a.semantic:.2f} and {b.semantic:.2f}, {cover:.0%} of the claim's "
                    "content words"], [first, second], a.unit))
                return

    def _judge_joint_counts(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """Counts one paper gives in two sentences a page or less apart ("embeddings of dimension 1024 for all
        languages" and, a paragraph on, "we use the 50k most common words in each language"): each sentence
        must name the claim's entities, print some claimed counts and count nothing claimed otherwise; the two,
        read as one passage, must print them all and be close to the claim."""
        if (facts.is_numeric or len(facts.counts) < 2 or judgement.support or judgement.contradict
                or facts.direction.sign or facts.sides is not None):
            return
        if not (judgement.papers or (self._anchored(facts) and self._has_subject(facts))):
            return
        values = {v for c in facts.counts for v in (c.value, *c.ends)}
        found: list[tuple[Unit, frozenset[int]]] = []
        for unit in self._printed.sentences_printing(values):
            if not judgement.in_scope(unit.paper) or judgement.is_source(unit):
                continue
            got = printed_counts(facts.text, unit.text)
            if not got or counts_agree(facts.text, unit.text)[0] in ("conflict", "all"):
                continue
            title = self._identity(unit.paper, facts)
            if (missing_names(facts.key_names, unit_names(unit, title=title) | self._own_voice(unit))
                    or not names_found(facts.unknown, " ".join((unit.text, unit.context, title, unit.topic_text)))
                    or self._direction_conflict(facts, unit) or self._count_owner(facts, unit)):
                continue
            found.append((unit, got))
        # (the first JOINT_PAIRS only: counts_agree is read for no pair beyond them)
        pairs = list(islice(((a, b) for i, (a, got_a) in enumerate(found) for b, got_b in found[i + 1:]
                             if a.paper == b.paper and abs(a.page - b.page) <= 1 and not got_a <= got_b
                             and not got_b <= got_a and counts_agree(facts.text, f"{a.text} {b.text}")[0] == "all"
                             and counts_named_alike(facts.text, f"{a.text} {b.text}")),
                            JOINT_PAIRS))
        if not pairs:
            return
        texts = [f"{a.text} {b.text}" for a, b in pairs]
        for (a, b), text, sim in zip(pairs, texts, self.index.similarity_to(facts.text, texts)):
            sim = float(sim)
            cover = coverage(facts.text, text, self.index.word_weight)
            if sim < RUN_RELATED or cover < NUMERIC_COVERAGE:
                continue
            evidence = [self._evidence(a, sim), self._evidence(b, sim)]
            if any(e is None for e in evidence):
                continue
            judgement.support.append(Finding("support", sim * 0.9, [
                f"entities named: {', '.join(sorted(facts.key_names | facts.unknown)) or 'none'}",
                f"{counts_agree(facts.text, text)[1]} (two sentences of {a.paper}, each naming the claim's entities)",
                f"similarity {sim:.2f} (the two sentences together), {cover:.0%} of the claim's content words"],
                evidence, a))
            return

    def _prints_value(self, unit: Unit, values: set[float]) -> bool:
        return self._printed.prints(unit, values)

    def _judge_numbers_in_run(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """A claim gathering the numbers a paper gives over a few consecutive sentences ("the batch size is
        set to 32. We use Adam [...] and set the learning rate to 5e-6. For all sentence classification
        tasks, we fine-tune 10 epochs. For POS Tagging and NER, we fine-tune 20 epochs."): the run must
        print every claimed number and count, name the claim's entities, give no claimed number to
        another, and be close in meaning to the claim as a whole."""
        if judgement.support or len(facts.numbers) + len(facts.counts) < 2 or only_references(facts):
            return
        if not (judgement.papers or (self._anchored(facts) and self._has_subject(facts))):
            return
        values = {v for n in facts.numbers for v in (n.value, n.delta) if v is not None}
        values |= {v for c in facts.counts for v in (c.value, *c.ends)}
        runs = []
        for unit in self._printed.sentences_printing(values):
            if not judgement.in_scope(unit.paper) or judgement.is_source(unit):
                continue
            run = [unit]
            if self._run_agrees(facts, run):  # one sentence, read with the stems of its words
                runs.append(run)
                continue
            while len(run) < RUN_SENTENCES and id(run[-1]) in self._next:
                run.append(self._next[id(run[-1])])
                if judgement.is_source(run[-1]) or turns_down(run[-1].text):
                    break
                if self._prints_value(run[-1], values) and self._run_agrees(facts, run):
                    runs.append(list(run))
                    break
        if not runs:
            return
        # the sentences between those printing the claimed numbers ("[...] 5e-5. [...] 98% [...]. [...] 2 Tesla V100
        # and took about 20 minutes") are not what the claim says
        runs = [[u for u in run if self._prints_value(u, values)] for run in runs]
        texts = [" ".join(u.text for u in run) for run in runs]
        many = len(values) >= MANY_VALUES
        related, covered = (MANY_VALUES_RELATED, MANY_VALUES_COVERAGE) if many else (RUN_RELATED, NUMERIC_COVERAGE)
        for run, text, sim in zip(runs, texts, self.index.similarity_to(facts.text, texts)):
            sim = float(sim)
            cover = coverage(facts.text, text, self.index.word_weight, stems=True)
            if sim < related or cover < covered:
                continue
            # quoted: the fewest of them that print every claimed number ("WMT'16" is printed by both)
            run = self._covering(run, values)
            evidence = [self._evidence(u, sim) for u in run]
            if any(e is None for e in evidence):
                continue
            judgement.support.append(Finding("support", sim * 0.9, [
                f"entities named: {', '.join(sorted(facts.key_names | facts.unknown)) or 'none'}",
                f"every claimed number is printed in {len(run)} sentences of {run[0].paper}, at most "
                f"{RUN_SENTENCES} apart in a row" if len(run) > 1 else f"every claimed number is printed in one "
                f"sentence of {run[0].paper}",
                f"similarity {sim:.2f}{' (the sentences together)' if len(run) > 1 else ''}, {cover:.0%} of the "
                "claim's content words (or their stems)"], evidence, run[0]))

    def _judge_count_changed_in_run(self, facts: ClaimFacts, judgement: Judgement) -> None:
        """Training settings the named paper gives over a few consecutive sentences, one of them changed by the
        claim ("a batch size of 1,024, a learning rate of 1e-5 and 4,000 warm-up steps" against "the batch size
        is 1024. We use Adam [...] with learning rate 1e-5 and warm-up steps 2000."): every other claimed count
        printed, the changed one's thing counted otherwise."""
        if judgement.support or judgement.contradict or len(facts.counts) < 3 or facts.numbers:
            return
        if not (judgement.papers or (self._anchored(facts) and self._has_subject(facts))):
            return
        values = {c.value for c in facts.counts}
        for unit in self._printed.sentences_printing(values):
            if not judgement.in_scope(unit.paper) or judgement.is_source(unit):
                continue
            run = [unit]
            while True:
                if self._changes_one_count(facts, values, run):
                    while len(run) > 1 and self._changes_one_count(facts, values, run[1:]):
                        run = run[1:]  # quoted from the first sentence that matters
                    text = " ".join(u.text for u in run)
                    sim = float(self.index.similarity_to(facts.text, [text])[0])
                    evidence = [self._evidence(u, sim) for u in run]
                    if sim >= RUN_RELATED and all(e is not None for e in evidence):
                        judgement.contradict.append(Finding("contradict", sim * 0.85, [
                            counts_agree(facts.text, text)[1], f"every other claimed count is printed in {len(run)} "
                            f"consecutive sentences of {run[0].paper}", f"similarity {sim:.2f}"], evidence, run[0]))
                        return
                    break
                if len(run) >= RUN_SENTENCES or id(run[-1]) not in self._next:
                    break
                run.append(self._next[id(run[-1])])

    def _changes_one_count(self, facts: ClaimFacts, values: set[float], run: list[Unit]) -> bool:
        """Whether the sentences print every claimed count but one, exactly, and count that one's thing otherwise."""
        text = " ".join(u.text for u in run)
        shown = [v for m in find_numbers(text) for v in (m.value, *m.values) if v is not None]
        printed = {v for v in values if any(abs(v - w) <= EXACT_SETTING * abs(v) for w in shown)}
        return (len(printed) == len(values) - 1 and counts_agree(facts.text, text)[0] == "conflict"
                and self._run_names_claim(facts, run))

    def _run_names_claim(self, facts: ClaimFacts, run: list[Unit]) -> bool:
        """Whether consecutive sentences, with their paper's title and own voice, name the claim's entities."""
        title = self._identity(run[0].paper, facts)
        names = set().union(*(unit_names(u) | self._own_voice(u) for u in run)) | {e.name for e in find_entities(title)}
        return not missing_names(facts.key_names, names | {family(n) for n in names})

    def _covering(self, run: list[Unit], values: set[float]) -> list[Unit]:
        """The fewest sentences of a run that print every claimed value it prints, in their order."""
        printed = [{w for w in values if self._prints_value(u, {w})} for u in run]
        wanted, kept = set().union(*printed), set()
        while wanted:
            best = max(range(len(run)), key=lambda i: len(printed[i] & wanted))
            kept.add(best)
            wanted -= printed[best]
        return [u for i, u in enumerate(run) if i in kept]

    def _run_agrees(self, facts: ClaimFacts, run: list[Unit]) -> bool:
        """Whether consecutive sentences together print the claim's numbers and counts and name its entities,
        giving none of its numbers to another model, language or work."""
        text = " ".join(u.text for u in run)
        joined = replace(run[0], text=text, quote=text)
        if facts.numbers and self._numbers_agree(facts, joined)[0] != "all":
            return False
        if facts.counts and counts_agree(facts.text, text)[0] != "all":
            return False
        title = self._identity(run[0].paper, facts)
        if not self._run_names_claim(facts, run):
            return False
        if not names_found(facts.unknown, " ".join((text, run[0].context, title, run[0].topic_text))):
            return False
        return not (self._direction_conflict(facts, joined) or number_of_another(facts, joined)
                    or number_listed_for_another(facts, joined) or credited_instead(facts.text, text)
                    or transfer_swapped(facts, joined) or self._respective_conflict(facts, joined)
                    or crossed_counts(facts.text, text))
