"""An order given otherwise: "a second-order polynomial fit" against "the 3rd order polynomial fit"."""
from __future__ import annotations

import re

_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_ORDER = re.compile(r"\b(?P<n>first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))[\s-]+order\s+(?P<noun>[a-z]{4,})",
                    re.IGNORECASE)


def orders(text: str) -> dict[str, set[int]]:
    """The orders a text gives each noun ("polynomial": {3})."""
    out: dict[str, set[int]] = {}
    for m in _ORDER.finditer(text):
        n = m.group("n").lower()
        out.setdefault(m.group("noun").lower(), set()).add(_WORDS[n] if n in _WORDS else int(n[:-2]))
    return out


def order_given_otherwise(claim: str, passage: str) -> str | None:
    """Why the passage gives the claim's "N-th order" thing another order, or None (none given, or the same)."""
    theirs = orders(passage)
    for noun, ours in orders(claim).items():
        other = theirs.get(noun, set())
        if other and not ours & other:
            return (f"the claim gives the {noun} order {', '.join(map(str, sorted(ours)))}, the paper "
                    f"{', '.join(map(str, sorted(other)))}")
    return None
