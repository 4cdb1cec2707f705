"""A named kind of thing swapped for another: "the Euclidean distance between their feature vectors" against
the named paper's own "we simply use Manhattan distance".  A capitalised modifier names which one of a kind
(distance, optimizer, segmenter); a paper that never prints the claim's modifier, and in its own voice uses
another with the same noun, used that one."""

from __future__ import annotations

import re

from synth.extract.vocabulary import find_entities

# "Euclidean distance", "Manhattan distance": a capitalised word, not a sentence's first, before a common noun
_MODIFIED = re.compile(r"(?<=[a-z,;(]\s)(?P<mod>[A-Z][a-z]{3,})\s+(?P<head>[a-z]{4,})\b")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b")


def modified_nouns(text: str) -> list[tuple[str, str]]:
    """(modifier, noun) pairs whose modifier the vocabulary does not know (a known name is read elsewhere)."""
    return [(m.group("mod"), m.group("head")) for m in _MODIFIED.finditer(text) if not find_entities(m.group("mod"))]


def modifier_swapped(claim: str, passage: str, paper_text: str) -> tuple[str, str, str] | None:
    """(claim's modifier, passage's modifier, noun) when the passage, in its paper's own voice, names the
    claim's noun with another modifier and ``paper_text`` (the whole paper, lower-cased) never prints the
    claim's."""
    if not _FIRST_PERSON.search(passage):
        return None
    theirs = modified_nouns(passage)
    for mod, head in modified_nouns(claim):
        if mod.lower() in paper_text:
            continue
        for other, noun in theirs:
            if noun == head and other != mod:
                return mod, other, head
    return None


# ("graphbased": a line-break hyphen the PDF's text lost)
_BASED = re.compile(r"\b(?P<mod>[A-Za-z][\w-]*?)-?based\s+(?P<head>[a-z]{4,})\b")


def based_swapped(claim: str, passage: str) -> tuple[str, str, str] | None:
    """(claim's kind, passage's kind, noun) when the passage names the claim's "transition-based model" as
    another kind of it ("a first-order graph-based model") and never as the claim's."""
    theirs = {(m.group("mod").lower(), m.group("head")) for m in _BASED.finditer(passage)}
    for m in _BASED.finditer(claim):
        mod, head = m.group("mod").lower(), m.group("head")
        same_noun = [o for o, h in theirs if h[:5] == head[:5]]
        if same_noun and mod not in same_noun:
            return mod, same_noun[0], head
    return None
