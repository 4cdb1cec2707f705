"""A bound given the other way round: "grows less than linearly" against "scales at least linearly"."""
from __future__ import annotations

import re

# "less than linearly", "at least linearly", "no more than quadratically": a bound on a degree of growth, not on a
# number (printed numbers are compared elsewhere)
_BOUND = re.compile(r"\b(?P<bound>(?:no\s+)?(?:less|fewer|more|greater)\s+than|at\s+(?:least|most))\s+"
                    r"(?P<what>(?:linear|quadratic|exponential|logarithmic|proportional)\w*)\b", re.IGNORECASE)


def _bounds(text: str) -> dict[str, dict[bool, str]]:
    """For each bounded degree, the phrases bounding it from below (True: "at least", "more than") or from above
    (False: "less than", "at most"); "no less than" is "at least"."""
    out: dict[str, dict[bool, str]] = {}
    for m in _BOUND.finditer(text):
        bound = " ".join(m.group("bound").lower().split())
        at_least = bound in ("at least", "no less than", "no fewer than") or bound.startswith(("more", "greater"))
        out.setdefault(m.group("what").lower(), {})[at_least] = " ".join(m.group(0).split())
    return out


def bound_opposed(claim: str, passage: str) -> str | None:
    """Why the passage bounds a claimed degree the other way ("less than linearly" against "at least linearly"),
    or None; "more than" and "at least" agree, as do "less than" and "at most"."""
    theirs = _bounds(passage)
    for what, ours in _bounds(claim).items():
        other = theirs.get(what, {})
        if len(ours) == 1 and len(other) == 1 and set(ours) != set(other):
            return f"the claim says \"{next(iter(ours.values()))}\", the paper \"{next(iter(other.values()))}\""
    return None
