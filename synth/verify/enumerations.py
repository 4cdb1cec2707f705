"""A number of settings given otherwise by a list that numbers them: "fine-tune in just two settings" against
"either (1) on the English set [...], (2) on each set [...], or (3) on all sets"."""
from __future__ import annotations

import re

_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# what a list of ways of doing one thing counts (not "two languages": those are read as counts of names)
_COUNTED = re.compile(r"\b(?P<n>two|three|four|five|six|[2-6])\s+(?:different\s+|distinct\s+|main\s+)?"
                      r"(?P<noun>settings|ways|stages|steps|scenarios|modes|strategies|configurations|regimes)\b",
                      re.IGNORECASE)
_LIST_HEAD = re.compile(r"\b(?:two|three|four|five|six|seven|[2-7])\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+s)\s*:",
                        re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7}
_MARK = re.compile(r"\((?P<i>[1-9]|i{1,3}|iv|vi{0,2})\)\s")


def enumerated(passage: str) -> int:
    """How many items the passage numbers "(1) [...], (2) [...]" (or "(i)", "(ii)"), counting up from one; 0 where
    it numbers none."""
    marks = [int(m["i"]) if m["i"].isdigit() else _ROMAN[m["i"]] for m in _MARK.finditer(passage)]
    count = 0
    for mark in marks:
        if mark == count + 1:
            count = mark
    return count if count >= 2 else 0


def enumeration_differs(claim: str, passage: str) -> str | None:
    """Why the passage's numbered list counts the claim's settings otherwise, or None."""
    claimed = _COUNTED.search(claim)
    listed = enumerated(passage)
    if claimed is None or not listed:
        return None
    n = claimed["n"].lower()
    n = _NUMBER_WORDS.get(n) or int(n)
    if n == listed:
        return None
    # "three machine translation baselines: (i) [...]": a list the passage says counts something else
    own = _LIST_HEAD.search(passage)
    if own and own["noun"].lower()[:5] != claimed["noun"].lower()[:5]:
        return None
    return f"the claim counts {claimed.group(0)}, the paper numbers {listed}"
