"""The names a unit of evidence is about: its own, those of the sentences before it and of the dataset its
section last named; for a table row, its table's label and caption and its cells' headers."""

from __future__ import annotations

from synth.extract.vocabulary import find_entities
from synth.verify.evidence import Unit
from synth.verify.tables import header_names


def row_header(unit: Unit) -> list[str]:
    """The header path of a table row unit's row."""
    return next((c.row_header for c in unit.table.cells if c.row == unit.row), [])


def names_of_cell(cell) -> set[str]:
    return header_names(cell.column_header) | header_names(cell.row_header)


def unit_names(unit: Unit, with_context: bool = True, title: str = "") -> set[str]:
    names = {e.name for e in unit.entities} | {e.name for e in find_entities(title)}
    if with_context and unit.context:
        names |= {e.name for e in find_entities(unit.context)}
    if with_context and not any(e.kind == "dataset" for e in unit.entities):
        names |= set(unit.topic)  # a sentence naming no dataset is about the one its section last named
    if unit.table is not None:
        names |= {e.name for e in find_entities(" ".join(x for x in (unit.table.label, unit.table.caption) if x))}
        for c in unit.table.cells:
            if c.row == unit.row:
                names |= names_of_cell(c)
    return names
