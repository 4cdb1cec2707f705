"""Shared or language-specific: "the softmax prediction layer [...] stays shared between the two languages" against
"separating the embeddings layer also introduces a language-specific softmax prediction layer".

One text says a component is shared (between languages) and the other calls the same component language-specific:
at least two words of what the component is are shared, read just before "shared" and just after
"language-specific".
"""

from __future__ import annotations

import re

from synth.verify.claim_facts import content_words

_SHARED = re.compile(r"\b(?:stays?|remains?|is|are|be|being|kept|keeps?)\s+(?:\w+\s+)?shared\b", re.IGNORECASE)
_SHARED_BEFORE = re.compile(r"\bshared\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
_SPECIFIC = re.compile(r"\blanguage[- ]specific\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
_SPECIFIC_STATE = re.compile(r"\b(?:is|are|be|become|becomes|made)\s+(?:\w+\s+)?language[- ]specific\b", re.IGNORECASE)
SUBJECT_CHARS = 60  # what a state is said of: the words just before it
SAME_WORDS = 2


def _what_is(text: str, state: re.Pattern[str], before: re.Pattern[str]) -> list[set[str]]:
    """The components a text puts in a state: the words just before "is shared" ("the softmax layer [...] stays
    shared"), and those just after the state's adjective ("a shared vocabulary")."""
    out = [content_words(text[max(0, m.start() - SUBJECT_CHARS):m.start()]) for m in state.finditer(text)]
    return out + [content_words(m.group(1)) for m in before.finditer(text)]


def sharing_opposed(claim: str, passage: str) -> str | None:
    """The passage calls language-specific what the claim says is shared, or shared what it calls
    language-specific."""
    shared = (_what_is(claim, _SHARED, _SHARED_BEFORE), _what_is(passage, _SHARED, _SHARED_BEFORE))
    specific = (_what_is(claim, _SPECIFIC_STATE, _SPECIFIC), _what_is(passage, _SPECIFIC_STATE, _SPECIFIC))
    for ours, theirs, agreeing, said, other in ((shared[0], specific[1], shared[1], "shared", "language-specific"),
                                                (specific[0], shared[1], specific[1], "language-specific", "shared")):
        for a in ours:
            # ("a shared vocabulary rather than language-specific ones" says both: no opposite)
            if any(len(a & c) >= SAME_WORDS for c in agreeing):
                continue
            for b in theirs:
                if len(a & b) >= SAME_WORDS:
                    return f"the claim says {said} and the paper {other} of the same thing ({', '.join(sorted(a & b))})"
    return None
