"""How much something matters: "makes little difference" against "has a significant impact", "severely damages"
against "a relatively modest effect", "strongly affects" against "is of minor importance".

A claim and a passage about the same effect that give it opposite sizes disagree, whatever direction they give
it.  A size counts only where it is said of an effect (a word of effect or importance within a few words), so
"significantly outperforms" or "a large corpus" size nothing; a text giving both sizes ("large for A, small for
B") gives neither.
"""

from __future__ import annotations

import re

_WEAK = r"little|minor|modest|modestly|slight|slightly|marginal|marginally|negligible|negligibly"
_STRONG = (r"strongly|severely|severe|significant|significantly|substantial|substantially|considerable|"
           r"considerably|dramatic|dramatically|drastic|drastically|greatly|heavily|big|huge|large")
# words that are a size of importance by themselves
_WEAK_ALONE = r"insensitive|dispensable|unimportant|irrelevant"
_STRONG_ALONE = r"critical|crucial|essential|vital|decisive"
_EFFECT = (r"effects?|impacts?|importance|important|difference|differences|bearing|influence|role|matters?|"
           r"depends?|dependent|affects?|damages?|hurts?|drops?|loss|losses|gains?|gap|gaps|helps?|benefits?|"
           r"adds?|added|adding|improves?|improvements?")
_NEAR = r"(?:\W+\w+){0,3}?\W+"  # up to three words between a size and its effect
_SIZED = re.compile(
    rf"\b(?P<size>{_WEAK}|{_STRONG})\b{_NEAR}(?:{_EFFECT})\b"
    rf"|\b(?:{_EFFECT})\b{_NEAR}(?P<after>{_WEAK}|{_STRONG})\b"
    rf"|\b(?P<alone>{_WEAK_ALONE}|{_STRONG_ALONE})\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|no|never|hardly|without)\s+(?:\w+\s+)?$", re.IGNORECASE)
_A_LITTLE = re.compile(r"\ba\s+$", re.IGNORECASE)  # "a little better" sizes nothing


def _sizes(text: str) -> set[str]:
    found = set()
    for m in _SIZED.finditer(text):
        group = next(g for g in ("size", "after", "alone") if m.group(g))
        word, start = m.group(group).lower(), m.start(group)
        if word == "little" and _A_LITTLE.search(text, max(0, start - 10), start):
            continue
        weak = bool(re.fullmatch(f"{_WEAK}|{_WEAK_ALONE}", word))
        if _NEGATION.search(text, max(0, start - 20), start):  # "no significant difference", "not critical"
            weak = not weak
        found.add("weak" if weak else "strong")
    return found


def magnitude_opposed(claim: str, passage: str) -> str | None:
    """Why the passage gives the claim's effect the opposite size, or None."""
    mine, theirs = _sizes(claim), _sizes(passage)
    if len(mine) != 1 or len(theirs) != 1 or mine == theirs:
        return None
    said = {"weak": "a small effect", "strong": "a large effect"}
    return f"the claim gives {said[next(iter(mine))]}, the paper {said[next(iter(theirs))]}"
