"""Claimed numbers that are not scores, so that a table of scores cannot refute them: a share of a
population ("consistent for 68.3% of examples"), a correlation ("the Pearson correlation [...] is 46%"),
a loose change ("drops more than No anchors with 3 points") and a hyperparameter's value ("α of 0.5")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from synth.parse.numbers import Direction, NumberMention, direction_of

# "68.3% of examples", "39.3% of languages", "64.7% (or 132 out of 205 languages) of the languages";
# not "15% of accuracy", where "of" names the metric
_SHARE_AFTER = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?of\s+(?:the\s+|all\s+|these\s+|those\s+|its\s+|their\s+)?"
    r"(?!(?:accuracy|f1|scores?|points?|performance|bleu|uas|las)\b)[a-z]", re.I)
CORRELATION = re.compile(r"\bcorrelat|\bpearson|\bspearman|ρ", re.I)
# "a smoothing exponent α of 0.5", "dropout of 0.1", "λ = 0.01": a hyperparameter's value, no score
_PARAMETER = (r"(?:[αβγλτσε]|\b(?:alpha|beta|lambda|tau|exponent|temperature|dropout|learning\s+rate|threshold|"
              r"momentum|weight\s+decay|warm-?up))")
_SETTING_BEFORE = re.compile(_PARAMETER + r"\s*(?:\([^()]{0,20}\)\s*)?(?:of|=|:|to|at|is|was|set\s+to)?\s*$", re.I)
_PARAMETER_NAMED = re.compile(_PARAMETER, re.I)
_CLAUSE_END = re.compile(r"[.;:!?](?=\s)")


def _clause_before(text: str, start: int) -> str:
    ends = list(_CLAUSE_END.finditer(text, 0, start))
    return text[ends[-1].end() if ends else 0:start]


def kinds_of(text: str, numbers: Iterable[NumberMention]) -> dict[str, str]:
    """{printed number: "share" | "correlation" | "change" | "setting"} for the claim's numbers that are no score."""
    kinds: dict[str, str] = {}
    for n in numbers:
        before = _clause_before(text, n.start)
        if n.unit == "percent" and _SHARE_AFTER.match(text, n.end):
            kinds[n.text] = "share"
        elif _SETTING_BEFORE.search(before):
            kinds[n.text] = "setting"
        elif CORRELATION.search(before):
            kinds[n.text] = "correlation"
        elif n.unit == "points" and n.delta is None and direction_of(before) is not Direction.NONE:
            kinds[n.text] = "change"
    return kinds


def readable_in(kind: str | None, table_text: str) -> bool:
    """Whether a table cell can bear out a claimed number of this kind: a hyperparameter's value only in a table
    that names a hyperparameter (its caption or headers), never in a table of scores."""
    return kind != "setting" or bool(_PARAMETER_NAMED.search(table_text))


def refutable_by(kind: str | None, table_text: str) -> bool:
    """Whether a table cell can refute a claimed number of this kind: a score always, a correlation only in a
    table of correlations (its caption or headers say so), a share or a loose change never."""
    if kind is None:
        return True
    return kind == "correlation" and bool(CORRELATION.search(table_text))
