"""Groups of languages a text names by capitalised words before "languages" ("on SIB-200's three Austroasiatic
languages", "African and Oceania languages are also the only exceptions"): a finding about one group says nothing of
another.
"""

from __future__ import annotations

import re

_GROUPED = re.compile(r"((?:[A-Z][\w-]+(?:\s*,\s*|\s+and\s+|\s+))+)languages\b")
_WORD = re.compile(r"[A-Z][\w-]+")
_NOT_A_GROUP = frozenset({"The", "These", "Those", "All", "Other", "Some", "Many", "Most", "Both", "For", "On", "In"})


def language_groups(text: str) -> set[str]:
    """The capitalised words a text puts before "languages" ("Austroasiatic", "African", "Oceania")."""
    return {w for m in _GROUPED.finditer(text) for w in _WORD.findall(m.group(1)) if w not in _NOT_A_GROUP}


def other_group(claim: str, passage: str) -> str | None:
    """Why the passage's finding is about another group of languages than the claim's, or None: each names a group,
    and the passage never writes the claim's."""
    ours, theirs = language_groups(claim), language_groups(passage)
    if not ours or not theirs or ours & theirs or any(w.lower() in passage.lower() for w in ours):
        return None
    return (f"the paper says it of {' and '.join(sorted(theirs))} languages, the claim of "
            f"{' and '.join(sorted(ours))} languages")
