"""Hyper-parameters named by a symbol and set to a value ("a smoothing exponent α of 0.5", "the smoothing
factor α is set to 0.3", "a maximum of k = 16"): what the symbol stands for, in the words just before it, and
its value."""

from __future__ import annotations

import re
from dataclasses import dataclass

from synth.verify.claim_facts import content_words

_VALUE = r"(?P<value>\d+(?:\.\d+)?|\.\d+)(?![\d.]*\d)"
# "set to", also in brackets after the symbol: "a maximum threshold of k (which is empirically set to 10)"
_SET_TO = r"\(?(?:which\s+(?:is|was)\s+)?(?:[a-z]+ly\s+)?(?:is\s+)?set\s+to"
_SETTING = re.compile(
    rf"(?P<symbol>[\u0391-\u03A9\u03B1-\u03C9])\s*(?:=|:=|{_SET_TO}|of|equals?|equal\s+to|is)\s*{_VALUE}")
# a single Latin letter is a symbol only when set explicitly ("k = 16"): "a of 3" is no setting
_LATIN_SETTING = re.compile(rf"(?<![\w.@-])(?P<symbol>[a-zA-Z])(?![\w.@-])\s*(?:=|:=|{_SET_TO})\s*{_VALUE}")
# "We set the number of future tokens n to 2": what it stands for between "set" and the symbol
_SET_SYMBOL_TO = re.compile(rf"\bset\s+(?P<desc>(?:[\w-]+\s+){{0,6}}?)(?P<symbol>[a-zA-Z\u0391-\u03A9\u03B1-\u03C9])"
                            rf"\s+to\s+{_VALUE}")
DESCRIBED_BY = 4  # words before a symbol that say what it stands for ("the smoothing factor α")


@dataclass(frozen=True)
class SymbolValue:
    symbol: str
    value: float
    words: frozenset[str]  # content words just before the symbol
    text: str


def symbol_values(text: str, reach: int = DESCRIBED_BY) -> list[SymbolValue]:
    """Every "<words> α = 0.3" (or "k = 16") in ``text``, with the ``reach`` words before the symbol."""
    out = []
    found = [*_SETTING.finditer(text), *_LATIN_SETTING.finditer(text), *_SET_SYMBOL_TO.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        before = text[:m.start("symbol")].split()[-reach:]
        out.append(SymbolValue(m.group("symbol"), float(m.group("value")), frozenset(content_words(" ".join(before))),
                               m.group(0)))
    return out


def symbol_agreement(claim: str, passage: str) -> tuple[str | None, str]:
    """("agree" | "conflict" | None, why) for the symbols the claim sets that the passage sets too, described
    by a shared word: "agree" when every such value is the claim's."""
    theirs = symbol_values(passage)
    verdict, why = None, ""
    # a claim describes its symbol more loosely ("predicts three future tokens at each time step (n = 3)")
    for ours in symbol_values(claim, 2 * DESCRIBED_BY):
        same = [t for t in theirs if t.symbol == ours.symbol and ours.words & t.words]
        if not same:
            continue
        match = next((t for t in same if t.value == ours.value), None)
        if match is None:
            return "conflict", (f"the claim sets {ours.text}, the paper \"{same[0].text}\" "
                                f"({', '.join(sorted(ours.words & same[0].words))})")
        verdict, why = "agree", f"the paper sets \"{match.text}\" as the claim does"
    return verdict, why
