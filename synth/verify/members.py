"""The named members of a counted group: "two isolates, Basque and Korean", "three tasks: NER, POS and QA".  A claim
that names a group's members is borne out only where the paper prints them: "belonging to 12 language families and two
isolates: af, ar, [...]" prints the count, not which two."""
from __future__ import annotations

import re

from synth.verify.claim_facts import NUMBER_WORDS

_ITEM = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}"
_GROUP = re.compile(rf"\b(?P<n>(?i:{'|'.join(NUMBER_WORDS)})|[2-9])\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>[a-z][\w-]*s)"
                    rf"\s*[,:(]\s*(?:namely\s+|i\.e\.,?\s+)?(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*,?\s+(?:and|or)\s+{_ITEM})")
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def named_groups(text: str) -> list[tuple[int, str, frozenset[str]]]:
    """(count, noun, members) of each group the text counts and names member by member, as many as it counts."""
    out = []
    for m in _GROUP.finditer(text):
        n = m["n"].lower()
        count = NUMBER_WORDS.index(n) + 2 if n in NUMBER_WORDS else int(n)
        items = frozenset(i.strip() for i in _SEPARATOR.split(m["items"]) if i.strip())
        if len(items) == count:
            out.append((count, m["noun"].lower(), items))
    return out


def members_unstated(claim: str, passage: str) -> bool:
    """Whether the claim names the members of a counted group ("two language isolates, Basque and Japanese") and the
    passage does not print each of them (languages counted as such are named in codes as often as in words)."""
    return any(noun != "languages" and not all(re.search(rf"\b{re.escape(m)}\b", passage) for m in members)
               for _, noun, members in named_groups(claim))
