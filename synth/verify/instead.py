"""What a paper says it did instead of something: "instead of shifting unicode points we simply shift token
indices" denies a claim that the authors shifted unicode points, however closely the claim's other words follow
a sentence describing the work they took the idea from.
"""

from __future__ import annotations

import re

from synth.verify.claim_facts import content_words

# "instead of shifting unicode points we simply shift [...]", "Instead of ELMo, we use [...]"
_INSTEAD = re.compile(r"\b(?:[Ii]nstead\s+of|[Rr]ather\s+than)\s+(?P<aside>[^,;:()]{3,80}?),?\s+(?:we|our)\s+"
                      r"(?P<chosen>[^,;:.]+)")
# a claim that sets something aside itself says what was not done
_CLAIM_SETS_ASIDE = re.compile(r"\b(?:instead\s+of|rather\s+than|not|never|without|unlike|no\s+longer)\b", re.I)
ASIDE_SHARE = 0.75  # of the set-aside words (at least two), the share the claim must use
CHOSEN_SHARE = 0.5  # of the words saying what was done instead, the share the claim may use


def done_instead(claim: str, sentence: str) -> str | None:
    """The sentence, in its authors' voice, sets aside what the claim says they did ("instead of shifting
    unicode points we simply shift token indices" against "by shifting Unicode code points") and does
    something the claim does not say."""
    if _CLAIM_SETS_ASIDE.search(claim):
        return None
    ours = content_words(claim)
    for m in _INSTEAD.finditer(sentence):
        aside, chosen = content_words(m.group("aside")), content_words(m.group("chosen"))
        if len(aside) < 2 or not chosen - aside:
            continue
        if len(aside & ours) < ASIDE_SHARE * len(aside) or len(chosen & ours) > CHOSEN_SHARE * len(chosen):
            continue
        return (f"the paper says it did something else: \"instead of {' '.join(m.group('aside').split())}, we "
                f"{' '.join(m.group('chosen').split())}\"")
    return None
