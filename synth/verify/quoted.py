"""Terms a passage quotes for one thing and the claim quotes for another: "BUFFET keeps [...] 'repeated' and 'not
repeated' as its output labels" against "an instruction for PAWS-X says the class names are “repeated/not repeated”
while in BUFFET we use “duplicated/not_duplicated” as labels".
"""

from __future__ import annotations

import re

from synth.extract.vocabulary import find_entities
from synth.verify.claim_facts import CONTRAST_CLAUSE

# a quoted term: opened after a space, a bracket or the start, closed before anything but a letter ("BUFFET's" is none)
_QUOTED = re.compile(r"(?:(?<=[\s(])|^)[“\"‘']([^“”\"‘’'\n]{2,40}?)[”\"’'](?![A-Za-z])")
_WORD = re.compile(r"[A-Za-z]{4,}")


def quoted_words(text: str) -> set[str]:
    """The words (four letters or more) of the terms a text quotes."""
    return {w.lower() for m in _QUOTED.finditer(text) for w in _WORD.findall(m.group(1))}


def quoted_given_otherwise(claim: str, passage: str) -> str | None:
    """Why the passage's clause naming what the claim gives its quoted terms quotes other terms, while its other
    clause quotes the claim's, or None."""
    ours, first = quoted_words(claim), _QUOTED.search(claim)
    # whose terms the claim quotes: the name it writes last before them ("For PAWS-X, BUFFET keeps [...] 'repeated'")
    before = [e for e in find_entities(claim) if first and e.end <= first.start()]
    if not ours or not before:
        return None
    owner = max(before, key=lambda e: e.start).name
    clauses = [c for c in CONTRAST_CLAUSE.split(passage) if c.strip()]
    if len(clauses) != 2:
        return None
    named = [{e.name for e in find_entities(c)} for c in clauses]
    for own, other in ((0, 1), (1, 0)):
        theirs, elsewhere = quoted_words(clauses[own]), quoted_words(clauses[other])
        if owner in named[own] - named[other] and theirs and not theirs & ours and elsewhere & ours:
            return (f"the paper quotes {', '.join(sorted(theirs))} for {owner}, and the claim's "
                    f"{', '.join(sorted(ours & elsewhere))} for something else")
    return None
