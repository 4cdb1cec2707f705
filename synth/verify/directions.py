"""Translation directions: "English-to-Romanian (en→ro)" in a claim against a table whose rows are "ro →en".

A table that labels its rows or columns with one direction of a language pair, and never the claim's, reports
the other direction only: its bidirectional rows ("ro ↔en") are scored on the direction it names too (XLM's
Table 3: "BLEU scores on WMT'16 Romanian-English"), so none of its cells is the claim's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synth.extract.vocabulary import find_entities, match_language_code
from synth.records import Table

_BETWEEN = re.compile(r"^\s*(?:→|->|-to-|\s+to\s+|-into-|\s+into\s+)\s*$")
_ARROW = re.compile(r"(?<![A-Za-z])([A-Za-z]{2})\s*(?:→|->)\s*([A-Za-z]{2})(?![A-Za-z])")


@lru_cache(maxsize=4096)  # asked for each table and row a claim is checked against
def claimed_directions(text: str) -> frozenset[tuple[str, str]]:
    """The (source, target) pairs of languages the claim translates between ("English-to-Romanian", "en→ro")."""
    return frozenset(directions_in_order(text))


def directions_in_order(text: str) -> list[tuple[str, str]]:
    """The claim's (source, target) pairs in the order it writes them, each once."""
    languages = sorted((e for e in find_entities(text) if e.kind == "language"), key=lambda e: e.start)
    found = [(a.name, b.name) for a, b in zip(languages, languages[1:])
             if a.name != b.name and _BETWEEN.match(text[a.end:b.start])]
    return list(dict.fromkeys(found))


def table_directions(table: Table) -> frozenset[tuple[str, str]]:
    """The directions a table's headers write with an arrow ("ro →en")."""
    found = set()
    for cell in table.cells:
        for part in (*cell.row_header, *cell.column_header):
            for m in _ARROW.finditer(part):
                a, b = match_language_code(m.group(1)), match_language_code(m.group(2))
                if a and b and a != b:
                    found.add((a, b))
    return frozenset(found)


def other_direction_only(claimed: frozenset[tuple[str, str]], printed: frozenset[tuple[str, str]]) -> bool:
    """Whether a table printing the directions ``printed`` names only the reverse of every ``claimed`` one."""
    return (bool(claimed) and bool(printed) and not claimed & printed
            and all((b, a) in printed for a, b in claimed))
