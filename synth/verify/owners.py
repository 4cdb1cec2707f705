"""Whose number is it: the model, language or transfer direction a printed number belongs to."""

from __future__ import annotations

import re

from synth.extract.vocabulary import find_entities, kind_of
from synth.parse.numbers import MAGNITUDES, find_numbers
from synth.verify.arithmetic import decimals, values_match
from synth.verify.claim_facts import SOFT_NAMES, ClaimFacts, unknown_names
from synth.verify.evidence import Unit
from synth.verify.respective import respective
from synth.verify.tables import family, header_names


def metrics_after_numbers(text: str) -> set[str]:
    """Metrics written right after a number ("34.3 BLEU", "8.8 LAS points"): such a number is a score of
    that metric whatever words surround it."""
    out = set()
    for m in find_numbers(text):
        inside = [e for e in find_entities(m.text) if e.kind == "metric"]
        after = find_entities(text[m.end:m.end + 24])
        if inside:
            out.add(inside[0].name)
        elif after and after[0].kind == "metric" and after[0].start <= 9:
            out.add(after[0].name)
    return out


# "XLM-R Large [...] is similar to XLM but was trained on [...] 100 languages": the model likened to is not the subject
_LIKENED = re.compile(r"\b(?:similar\s+to|like|unlike|akin\s+to)\s+$", re.IGNORECASE)


def number_of_another(facts: ClaimFacts, unit: Unit, kind: str = "model", counts: bool = False) -> str | None:
    """In a sentence, the model (or language) named last before a claimed number is the one it belongs
    to ("outperforms XLM-100 by 15.7% and 11.4%, and mBERT by 23.5%", "the Portuguese language where
    it leads to a drop of 8.8"): one the claim does not name means the claim gives the right number
    to the wrong model or language.  With ``counts``, the claim's counts are read too ("Tagalog (TL, 36k)")."""
    ours = {family(m) for m in facts.names[kind]} if kind == "model" else facts.names[kind] - SOFT_NAMES
    if unit.table is not None or not ours or (kind == "language" and respective(unit.text)):
        return None
    named = [e for e in unit.entities if e.kind == kind]  # a sentence unit's, placed in its text
    mentions = find_numbers(unit.text)
    claimed_counts = [n for n in facts.mentions if n.count and n.value is not None] if counts else []
    printed_values = [(v, decimals(m.text)) for m in mentions for v in (m.value, *m.values) if v is not None]
    if len(claimed_counts) > 1 and not all(any(values_match(c.value, decimals(c.text), v, d) for v, d in printed_values)
                                           for c in claimed_counts):
        claimed_counts = []  # "sets of 15, 30 and 60 languages" is not what "XLM [...] handle only 15 languages" counts
    claimed_numbers = [*facts.numbers, *claimed_counts]
    for n in claimed_numbers:
        claimed = n.delta if n.delta is not None else n.value
        if claimed is None:
            continue
        claimed = abs(claimed)
        owners = []
        for m in mentions:
            printed = [v for v in (m.value, m.delta, *m.values) if v is not None]
            if (m.count and not counts) or not any(values_match(claimed, decimals(n.text), abs(v), decimals(m.text)) for v in printed):
                continue
            before = [e for e in named if e.end <= m.start and not _LIKENED.search(unit.text, 0, e.start)]
            if before:
                owners.append(before[-1].name)
        # "XLM-R is trained on 100 languages; [...] XLM-100 [...] trained on Wikipedia text in 100 languages": the
        # number is the claim's model's too
        others = [o for o in owners if (family(o) if kind == "model" else o) not in ours | SOFT_NAMES]
        if others and len(others) == len(owners):
            return (f"claimed {n.text} is the number the paper gives for {others[0]} "
                    f"(named just before it), not for {', '.join(sorted(facts.names[kind]))}")
    return None


_QUOTED = r"[“\"‘'](?P<quoted>[a-z][\w -]{1,30})[”\"’']"  # a quoted term: "“crime”", "'crime'"
_LISTED_TERM = re.compile(_QUOTED)
# "Serengeti (278M)", "“crime” (72 sentences)": a name, or a quoted term, and its number in brackets
_LISTED = re.compile(rf"(?:\b(?P<name>[A-Z][\w-]+)|{_QUOTED})\s*"
                     r"\((?P<num>[+\-−]?\d+(?:\.\d+)?)\s*(?P<mag>[kKMB])?\s*(?:%|[a-z]+)?\)")


def number_listed_for_another(facts: ClaimFacts, unit: Unit) -> str | None:
    """A sentence listing names with their numbers ("for Nilotic (+7.9), Mande (+4.5) and Atlantic-Congo
    (+7.4)", "Serengeti (278M), ..., MuRIL (236M)") gives the claimed number (or count) to an item the claim
    does not name, while the item it does name has its own: the claim moved the number to the wrong item."""
    if unit.table is not None:
        return None
    listed = [(m.group("name") or m.group("quoted"),
               abs(float(m.group("num").replace("−", "-"))) * MAGNITUDES.get((m.group("mag") or "").lower(), 1),
               m.group("num") + (m.group("mag") or "")) for m in _LISTED.finditer(unit.text)]
    # "(1) language seen, script seen in XLM-R (2) [...] (4) Glot-500 [...]": enumeration marks, no numbers of names
    bare = {m.group("num") for m in _LISTED.finditer(unit.text) if re.search(r"\(\d+\)$", m.group(0))}
    marks = sorted(v for _, v, num in listed if num in bare)
    if len(marks) >= 2 and marks == list(range(int(marks[0]), int(marks[0]) + len(marks))):
        listed = [item for item in listed if item[2] not in bare]
    if len(listed) < 2:
        return None
    words = set(re.findall(r"[\w-]+", facts.text))
    # a quoted term is named by the claim when it is quoted there too ("drops the 'crime' topic")
    words |= {m.group("quoted") for m in _LISTED_TERM.finditer(facts.text)}
    ours = [(name, value, num) for name, value, num in listed if name in words]
    claimed = [(n.delta if n.delta is not None else n.value, decimals(n.text), n.text) for n in facts.numbers]
    claimed += [(c.value, 0, c.text) for c in facts.counts if c.value is not None]
    for value, dec, text in claimed:
        if value is None or any(values_match(abs(value), dec, v, decimals(num)) for _, v, num in ours):
            continue  # the claim's own item has it too ("Serengeti (278M) ... IndicBERTv2 (278M)")
        for name, listed_value, num in listed:
            if name not in words and ours and values_match(abs(value), dec, listed_value, decimals(num)):
                return (f"claimed {text} is the number the paper lists for {name}; "
                        f"it lists {ours[0][2]} for {ours[0][0]}")
    return None


def transfer_swapped(facts: ClaimFacts, unit: Unit) -> str | None:
    """In a transfer table (row = fine-tuning, column = evaluation), the claimed number printed for
    the claim's two ends the other way round: "fine-tuned on SOV, evaluated on SVO" read from the
    SVO row's SOV column."""
    if unit.table is None:
        return None
    cells = [c for c in unit.table.cells if c.row == unit.row and c.value is not None and any(
        values_match(n.value, decimals(n.text), c.value, decimals(c.text))
        for n in facts.numbers if n.value is not None and n.delta is None)]
    return swapped_cell(facts, cells)


def swapped_cell(facts: ClaimFacts, cells) -> str | None:
    """The first of ``cells`` (TableCells) whose row is the claim's evaluation language and whose column
    its fine-tuning language: the transfer read the other way round."""
    source, target = facts.transfer
    ends = source | target
    if not source or not target:
        return None
    for c in cells:
        row, col = " ".join(c.row_header), " ".join(c.column_header)
        on_row = (header_names(c.row_header) | unknown_names(row)) & ends
        on_col = (header_names(c.column_header) | unknown_names(col)) & ends
        # "(en-fr)": a source with an auxiliary language, trained on together, is no one fine-tuning language
        paired = sum(kind_of(n) == "language" for n in header_names(c.column_header)) > 1
        if on_row and on_col and not paired and (on_row & target - source) and (on_col & source - target):
            return (f"the table prints {c.text} for fine-tuning on {row} and evaluating on {col}, the other way "
                    f"round from the claim")
    return None
