"""One kind of a thing named by a prefixed compound swapped for another with the same prefix: "cross-lingual
transfer of word embeddings" against "cross-domain transfer of word embeddings".  (Different prefixes, "monolingual"
against "multilingual", are antonyms and read with the others in stance.)"""

from __future__ import annotations

import re

# "cross-lingual transfer", "cross-domain transfer", "intra-sentence attention", "multi-task learning"
_PREFIXED = re.compile(r"(?<![\w-])(?P<prefix>cross|multi|intra|inter|bi|mono)-(?P<kind>[a-z]{3,})\s+(?P<head>[a-z]{4,})\b",
                       re.IGNORECASE)


# spellings of one kind: "cross-language transfer" is cross-lingual transfer
_SAME_KIND = {"language": "lingual", "languages": "lingual", "linguistic": "lingual", "domains": "domain",
              "tasks": "task", "modal": "modality", "modalities": "modality"}


def _kind(word: str) -> str:
    word = word.lower()
    return _SAME_KIND.get(word, word)


def prefixed_kind_swapped(claim: str, passage: str) -> str | None:
    """Why the passage speaks of another kind than the claim: it names the claim's noun after the claim's prefix
    with another word ("cross-domain transfer" for "cross-lingual transfer") and never writes the claim's kind of
    that noun."""
    theirs = [(m.group("prefix").lower(), _kind(m.group("kind")), m.group("head").lower())
              for m in _PREFIXED.finditer(passage)]
    for m in _PREFIXED.finditer(claim):
        prefix, kind, head = m.group("prefix").lower(), _kind(m.group("kind")), m.group("head").lower()
        if any(t == (prefix, kind, head) for t in theirs):
            continue
        other = next((k for p, k, h in theirs if p == prefix and h == head and k != kind), None)
        if other:
            return f"the claim says \"{m.group(0)}\", the paper \"{prefix}-{other} {head}\""
    return None
