"""A choice turned round: the claim says a thing was done (or is best) "instead of" or "rather than" another, and
the paper says it the other way ("refine the mapping in a single step instead of repeatedly re-learning it" against
"Rather than just performing one step of refinement, [they] iteratively learn a new mapping").
"""

from __future__ import annotations

import re

from synth.verify.claim_facts import content_words, word_found

_SET_ASIDE = r"(?:instead\s+of|rather\s+than)"
_CLAUSE_STOP = r"[;:.!?]|,\s+(?:and|but|while|whereas|which)\b"
_IN_CLAUSE = r"(?:[^;:.!?]|(?<=\bal)\.|\.(?=\d))"  # "Artetxe et al. (2017)", "2.1" stay in their clause
# "X instead of Y": what was chosen runs back to the clause's opening, what was set aside on to its end
_CHOSEN_FIRST = re.compile(rf"(?P<chosen>{_IN_CLAUSE}{{10,}}?),?\s+{_SET_ASIDE}\s+"
                           rf"(?P<aside>(?:(?!{_CLAUSE_STOP}).){{5,120}})", re.IGNORECASE)
# "Rather than X, Y": the passage opens on what it sets aside
_ASIDE_FIRST = re.compile(rf"(?:^|[;.]\s+)\W*{_SET_ASIDE}\s+(?P<aside>[^,;:]{{5,120}}),\s+"
                          rf"(?P<chosen>{_IN_CLAUSE}{{10,}})", re.IGNORECASE)
SET_ASIDE_SHARE = 0.5  # of the words saying what the claim sets aside (at least two), the share the paper chose


def _choices(text: str) -> list[tuple[set[str], set[str]]]:
    """(chosen words, set-aside words) of each choice a text states, each without the words both share."""
    out = []
    for pattern in (_ASIDE_FIRST, _CHOSEN_FIRST):
        for m in pattern.finditer(text):
            chosen, aside = content_words(m.group("chosen")), content_words(m.group("aside"))
            out.append(({w for w in chosen if not word_found(w, aside, stems=True)},
                        {w for w in aside if not word_found(w, chosen, stems=True)}))
    return out


def _share(words: set[str], of: set[str]) -> int:
    """How many of ``words`` are in ``of``, a word that begins another counting ("learn", "learns")."""
    return sum(word_found(w, of, stems=True) for w in words)


def preference_reversed(claim: str, passage: str) -> str | None:
    """Why the passage chooses what the claim sets aside (and not what the claim chooses), or None."""
    claimed = [(c, a) for c, a in _choices(claim) if len(a) >= 2]
    if not claimed:
        return None
    for chosen_c, aside_c in claimed:
        for chosen_p, aside_p in _choices(passage):
            turned = _share(aside_c, chosen_p)
            if (turned >= 2 and turned >= SET_ASIDE_SHARE * len(aside_c) and not _share(aside_c, aside_p)
                    and _share(chosen_c, chosen_p) <= _share(chosen_c, aside_p) + _share(aside_c, chosen_p)):
                return "the paper chooses what the claim sets aside"
    return None
