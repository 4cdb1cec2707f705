"""Table cells that print two metrics at once: "38.12†/28.04†" in a table whose caption says
"(UAS%/LAS%)", "36.9 / 33.5" under "F1 / EM".  Read as one number, such a cell gives the first metric's
value to a claim about the second; read as two cells, each headed by its own metric, a claimed LAS is
checked against the LAS and never against the UAS."""

from __future__ import annotations

import re

from synth.extract.vocabulary import find_entities
from synth.parse.numbers import parse_cell
from synth.records import TableCell

# "UAS%/LAS%", "F1 / EM", "F1 and EM": two metric names, in the order the cells print their values
_PAIR = re.compile(r"([A-Za-z][\w@-]*(?:\s+[a-z]+)?)%?\s*(?:/|\band\b)\s*([A-Za-z][\w@-]*(?:\s+[a-z]+)?)%?")


# "64.9 / -", "- / 41.4": one metric's score, the other's not reported
_HALF_MISSING = re.compile(r"\s*(?:(?P<first>\d+(?:\.\d+)?)\s*/\s*[-–—]|[-–—]\s*/\s*(?P<second>\d+(?:\.\d+)?))"
                           r"\s*")


def metric_pair(text: str) -> tuple[str, str] | None:
    """The first two metrics ``text`` names side by side ("UAS%/LAS%" -> ("UAS", "LAS")), or None."""
    for m in _PAIR.finditer(text):
        first = [e.name for e in find_entities(m.group(1)) if e.kind == "metric"]
        second = [e.name for e in find_entities(m.group(2)) if e.kind == "metric"]
        if len(first) == 1 and len(second) == 1 and first != second:
            return first[0], second[0]
    return None


def split_pair_cells(cells: list[TableCell], caption: str) -> list[tuple[TableCell, str]]:
    """Each cell with the metric it is a part of: a two-number cell of a table whose caption or column
    headers name a metric pair as two cells under the two metrics; other cells with ""."""
    headers = " ".join(" ".join(c.column_header) for c in cells)
    pair = metric_pair(caption) or metric_pair(headers)
    out = []
    for cell in cells:
        one = _HALF_MISSING.fullmatch(cell.text) if pair else None
        if one:
            metric = pair[0] if one["first"] else pair[1]
            text = one["first"] or one["second"]
            out.append((cell.model_copy(update={"text": text, "value": float(text),
                                                "column_header": [*cell.column_header, metric]}), metric))
            continue
        mention = parse_cell(cell.text) if pair else None
        halves = cell.text.split("/")
        if mention is None or mention.kind != "pair" or len(halves) != 2 or len(mention.values) != 2:
            out.append((cell, ""))
            continue
        for metric, text, value in zip(pair, halves, mention.values):
            out.append((cell.model_copy(update={"text": text.strip(), "value": value,
                                                "column_header": [*cell.column_header, metric]}), metric))
    return out
