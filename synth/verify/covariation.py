"""Findings about how two things vary together: "the gap shrinks as the languages become more distant",
"as the alignment gets better, so does the accuracy", "the gap is positively correlated with language
distance".  Each reads as a condition (what varies: "the languages become more distant") and a sign
(+1: both move the same way, -1: opposite ways); two texts with the same condition and opposite signs
state opposite findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from synth.parse.numbers import direction_cues
from synth.verify.claim_facts import content_words

# "as the language pair becomes more distant", up to the clause's end
_AS_CLAUSE = re.compile(r"\bas\s+(?!well\b|a\s+result\b|in\b|for\b|such\b|shown\b|expected\b|reported\b|described\b|"
                        r"discussed\b|mentioned\b|noted\b|follows\b|part\b|much\b|many\b|long\b|opposed\b)"
                        r"(?P<cond>[^,;.]{3,90})", re.IGNORECASE)
_CORRELATED = re.compile(r"\b(?P<sign>positively|negatively)\s+correlated\s+(?:with|to)\s+(?P<cond>[^,;.]{3,60})",
                         re.IGNORECASE)
_MORE = re.compile(r"\b(?:(?P<up>more|grows?|growing|larger|bigger|higher|better)|(?P<down>less|fewer|smaller|"
                   r"lower|worse|shrinks?|shrinking))\b", re.IGNORECASE)
# "languages with higher Joshi's classes perform better"
_WITH_MORE = re.compile(r"\bwith\s+(?P<cond>(?:higher|lower|more|less|larger|smaller|fewer|greater)\s+[^,;.]{2,50}?)\s+"
                        r"(?P<main>(?:perform|score|achieve|transfer|obtain|reach)\w*\s+[^,;.]{0,40})", re.IGNORECASE)
_SO_DOES = re.compile(r"\bso\s+(?:does|do|did)\b", re.IGNORECASE)
_MAIN_MOVES = re.compile(r"\b(?:(?P<up>grows?|grew|growing|widens?)|(?P<down>shrinks?|shrank|narrows?|goes\s+down|"
                         r"diminish(?:es)?|vanish(?:es)?))\b", re.IGNORECASE)


_HOW = re.compile(r"^(?:becom\w*|get|gets|getting|grow\w*|shrink\w*|more|less|fewer)$")


def _condition(fragment: str) -> frozenset[str]:
    """What varies, without the words saying how ("becomes more", "grows")."""
    return frozenset(w for w in content_words(fragment) if not _HOW.match(w) and not direction_cues(w))


@dataclass(frozen=True)
class Covariation:
    condition: frozenset[str]  # content words of what varies
    sign: int


def _sign(text: str) -> int:
    """The direction a fragment moves in: its direction words, "more distant", "grows", "shrinks"."""
    signs = [c.direction.sign for c in direction_cues(text)]
    signs += [1 if m.group("up") else -1 for m in _MORE.finditer(text)]
    signs += [1 if m.group("up") else -1 for m in _MAIN_MOVES.finditer(text)]
    signs = [s for s in signs if s]
    return signs[0] if signs and all(s == signs[0] for s in signs) else 0


def covariation(text: str) -> Covariation | None:
    """The first covariation ``text`` states, or None."""
    m = _CORRELATED.search(text)
    if m:
        return Covariation(_condition(m.group("cond")), 1 if m.group("sign").lower() == "positively" else -1)
    m = _WITH_MORE.search(text)
    if m:
        condition, moved = _sign(m.group("cond")), _sign(m.group("main"))
        return Covariation(_condition(m.group("cond")), condition * moved) if condition and moved else None
    m = _AS_CLAUSE.search(text)
    if not m:
        return None
    condition = _sign(m.group("cond"))
    main = text[:m.start()] + " " + text[m.end():]
    moved = condition if _SO_DOES.search(main) else _sign(main)
    if not condition or not moved:
        return None
    return Covariation(_condition(m.group("cond")), condition * moved)


def opposite_covariation(claim: str, text: str) -> str | None:
    """The passage says the two things vary together the other way round from the claim."""
    ours, theirs = covariation(claim), covariation(text)
    if ours is None or theirs is None or ours.sign == theirs.sign or not ours.condition & theirs.condition:
        return None
    how = {1: "together", -1: "in opposite directions"}
    return (f"the claim says they move {how[ours.sign]} as {', '.join(sorted(ours.condition))} varies, "
            f"the paper says {how[theirs.sign]}")
