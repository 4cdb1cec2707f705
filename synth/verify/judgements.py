"""A judgement of fitness turned round: "translated test sets are a dependable way to evaluate models trained on
translated data" against "[they] may not be reliable for evaluating models that have been trained on translations".

One text calls something reliable (or adequate, valid, ...) for a purpose and the other denies it, for the same
purpose: at least two words of what follows the judgement are shared (by their first five letters, so
"evaluate" and "evaluating", "translated" and "translations" agree).
"""

from __future__ import annotations

import re

from synth.verify.claim_facts import content_stem

_FIT = (r"reliable|dependable|trustworthy|accurate|faithful|valid|suitable|adequate|appropriate|sufficient|"
        r"useful")
_JUDGED = re.compile(rf"\b(?P<un>un|in)?(?P<word>{_FIT})\b(?P<scope>(?:\W+\w+){{1,8}})", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|no|never|hardly)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
SHARED_PURPOSE = 2  # words of what a judgement is for that both texts must share


def _judgements(text: str) -> list[tuple[bool, set[str]]]:
    """(fit or not, the first five letters of the content words of what it is judged for) per judgement."""
    out = []
    for m in _JUDGED.finditer(text):
        denied = bool(m.group("un")) != bool(_NEGATED.search(text, max(0, m.start() - 25), m.start()))
        scope = {s[:5] for w in re.findall(r"[A-Za-z][\w-]*", m.group("scope")) if (s := content_stem(w))}
        out.append((not denied, scope))
    return out


def fitness_denied(claim: str, passage: str) -> str | None:
    """Why the passage turns round the claim's judgement of fitness for the same purpose, or None."""
    for fit, purpose in _judgements(claim):
        for theirs, their_purpose in _judgements(passage):
            if fit != theirs and len(purpose & their_purpose) >= SHARED_PURPOSE:
                said = {True: "fit", False: "not fit"}
                return (f"the claim calls it {said[fit]} and the paper {said[theirs]} for the same purpose "
                        f"({', '.join(sorted(purpose & their_purpose))})")
    return None
