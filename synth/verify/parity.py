"""Two things said to do equally well ("using the first LSTM layer is as good as learning a combination",
"the cross-lingual transfer performs similarly to fully supervised methods"): a passage stating parity
between the two sides a claim ranks ("a learned combination clearly outperforms the first layer", "stays
far behind fully supervised fine-tuning") states the opposite of the claimed gap.
"""

from __future__ import annotations

import re

from synth.verify.claim_facts import (ClaimFacts, Sides, comparison_sides, content_words, negated, side_terms,
                                      terms_around)

_PARITY = re.compile(
    r"\b(?:(?:is|are|was|were|be)\s+(?:about\s+|roughly\s+|almost\s+|nearly\s+|just\s+)?as\s+"
    r"(?:good|well|effective|accurate|strong|useful)\s+as"
    r"|perform(?:s|ed)?\s+(?:about\s+|roughly\s+)?(?:similarly|comparably|equally\s+well|on\s+par)\s+(?:to|with|as)"
    r"|(?:is|are|was|were|performs?|performed)\s+(?:on\s+par|comparable|equivalent|competitive)\s+(?:with|to)"
    # "model low-resource languages as well as XLM-R does": "as well as" only where a verb closes the other side
    r"|as\s+(?:well|accurately|effectively)\s+as(?=\s+[^,.;]{1,40}?\b(?:does|do|did)\b))\b",
    re.IGNORECASE)


def parity_sides(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The terms of the two noun phrases a passage says do equally well; None when it says no such thing
    or denies it ("is not as good as")."""
    m = _PARITY.search(text)
    if m is None or negated(text[max(0, m.start() - 30):m.end()]):
        return None
    a, b = terms_around(text, m.start(), m.end())
    return (a, b) if a and b else None


def parity_against_ranking(facts: ClaimFacts, text: str) -> str | None:
    """The claim ranks one side above the other; the passage says the same two do equally well."""
    if facts.sides is None or negated(facts.text):
        return None
    sides = parity_sides(text)
    if sides is None:
        return None
    apart = _ranked_apart(facts.sides, sides)
    if apart is None:
        return None
    won, lost = apart
    return (f"the claim ranks {', '.join(sorted(won))} above {', '.join(sorted(lost))}; the paper says "
            "they do equally well")


def _ranked_apart(ranking: Sides, sides: tuple[frozenset[str], frozenset[str]]) -> tuple[set[str], set[str]] | None:
    """(won, lost): the terms of a ranking's winner on one side of a parity and of its loser on the other; None
    where the ranking sets no such two apart."""
    winner, loser = ranking.winner - ranking.loser, ranking.loser - ranking.winner
    for first, second in (sides, sides[::-1]):
        won, lost = winner & first - second, loser & second - first
        if won and lost:
            return won, lost
    return None


def _claimed_parity(claim: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The two sides a claim says do equally well, where it does not deny it."""
    return None if negated(claim) else parity_sides(claim)


def ranking_against_parity(claim: str, text: str) -> str | None:
    """The claim says two things do equally well ("mBERT and XLM-100 model low-resource languages as well as XLM-R
    does"); the passage ranks the one above the other ("XLM-R [...] outperforming the XLM-100 and mBERT [...]")."""
    sides = _claimed_parity(claim)
    if sides is None:
        return None
    for sentence in _SENTENCE_END.split(text):  # (each of two sentences read together ranks on its own)
        theirs = comparison_sides(sentence)
        apart = _ranked_apart(theirs, sides) if theirs is not None else None
        if apart is not None:
            won, lost = apart
            return (f"the claim says they do equally well; the paper ranks {', '.join(sorted(won))} above "
                    f"{', '.join(sorted(lost))}")
    return None


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


# "do not model the low-resource languages as well as XLM-R": parity denied, the deed between the two
_DENIED_PARITY = re.compile(r"\b(?:not|never)\s+(?P<deed>(?:[\w-]+\s+){0,6}?)as\s+(?:well|good|accurately|effectively)\s+"
                            r"as\s+(?P<other>[^,.;]{1,60})", re.IGNORECASE)


def parity_denied(claim: str, text: str) -> str | None:
    """The claim says two do equally well ("model low-resource languages as well as XLM-R does"); the passage denies
    it of the same deed and the claim's other side ("do not model the low-resource languages as well as XLM-R")."""
    sides = _claimed_parity(claim)
    if sides is None:
        return None
    claimed = content_words(claim)
    for m in _DENIED_PARITY.finditer(text):
        other, deed = side_terms(m.group("other")), content_words(m.group("deed"))
        if other & (sides[0] | sides[1]) and len(deed & claimed) >= 2:
            return f"the paper denies they do equally well: \"{m.group(0).strip()}\""
    return None
