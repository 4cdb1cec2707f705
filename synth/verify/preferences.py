"""A choice turned round: the claim says a thing was done (or is best) "instead of" or "rather than" another, and
the paper says it the other way ("refine the mapping in a single step instead of repeatedly re-learning it" against
"Rather than just performing one step of refinement, [they] iteratively learn a new mapping"), or says of what the
claim sets aside what the claim says of its choice ("joint models rather than mapping-based approaches are by far the
most prominent" against "Mapping-based approaches are by far the most prominent [...]").
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
_TOKEN = re.compile(r"[A-Za-z][\w-]*")
_OPENER = re.compile(r"\s*(?:(?:in contrast|by contrast|however|moreover|indeed|overall),?\s+)?(?:the\s+)?", re.I)
SAID_SHARE = 0.75  # of the claim's words after what it sets aside, the share the passage must print


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


def _said_of_the_set_aside(claim: str, passage: str) -> str | None:
    """The passage opens with what the claim sets aside (two words or more) and goes on to say what the claim says
    after it, leaving out a word of the claim's choice ("joint" of "joint models"): it says of the other thing what the
    claim says of its own."""
    if re.search(_SET_ASIDE, passage, re.IGNORECASE):
        return None
    lead = [t.lower() for t in _TOKEN.findall(passage[_OPENER.match(passage).end():])]
    theirs = content_words(passage)
    for m in _CHOSEN_FIRST.finditer(claim):
        aside = [t.lower() for t in _TOKEN.findall(m.group("aside"))]
        opened = next((i for i, (a, b) in enumerate(zip(aside, lead)) if a != b), min(len(aside), len(lead)))
        # what the claim chooses: the words just before "rather than" ("joint models"), not its whole clause
        chosen = content_words(" ".join(_TOKEN.findall(m.group("chosen"))[-2:]))
        # what the claim says of it: the set-aside words after the first two, which name it
        said = content_words(" ".join(aside)) - content_words(" ".join(aside[:2]))
        if (opened < 2 or len(content_words(" ".join(aside[:opened]))) < 2 or not chosen
                or all(word_found(w, theirs, stems=True) for w in chosen - content_words(" ".join(aside)))
                or len(said) < 3 or _share(said, theirs) < SAID_SHARE * len(said)):
            continue
        return (f"the paper says of what the claim sets aside what the claim says of "
                f"\"{' '.join(_TOKEN.findall(m.group('chosen'))[-2:])}\": "
                f"\"{' '.join(_TOKEN.findall(m.group('aside'))[:opened])}\"")
    return None


# "intrinsic evaluation is usually preferred over evaluating [...] on downstream transfer tasks"; and a passage's
# "Extrinsic evaluation on such downstream tasks is often preferred", which prefers without saying to what
_PREFERRED = r"\s+(?:is|are|was|were|being)\s+(?:(?:\w+ly|often|still|also|thus|much)\s+)?(?:preferred|favou?red)"
_PREFERRED_OVER = re.compile(rf"(?P<chosen>\b[\w-]+\s+[\w-]+){_PREFERRED}\s+(?:over|to)\s+"
                             rf"(?P<aside>(?:(?!{_CLAUSE_STOP}).){{5,120}})", re.IGNORECASE)
_PREFERRED_ALONE = re.compile(rf"(?:^|[;:.]\s+|,\s+)(?P<chosen>[^;:,.!?]{{5,80}}?){_PREFERRED}\b(?!\s+(?:over|to)\b)",
                              re.IGNORECASE)


def _preferred_instead(claim: str, passage: str) -> str | None:
    """The claim prefers one thing over another, and the passage prefers the other: what the passage says is
    preferred holds two or more words of what the claim sets aside and none of the words naming its choice."""
    for m in _PREFERRED_OVER.finditer(claim):
        chosen, aside = content_words(m.group("chosen")), content_words(m.group("aside"))
        chosen = {w for w in chosen if not word_found(w, aside, stems=True)}
        for p in _PREFERRED_ALONE.finditer(passage):
            theirs = content_words(p.group("chosen"))
            if chosen and _share(aside, theirs) >= 2 and not _share(chosen, theirs):
                return f"the paper prefers \"{p.group('chosen').strip()}\", what the claim sets aside"
    return None


def preference_reversed(claim: str, passage: str) -> str | None:
    """Why the passage chooses what the claim sets aside (and not what the claim chooses), or says of it what the
    claim says of its choice; None where it does neither."""
    preferred = _preferred_instead(claim, passage)
    if preferred:
        return preferred
    claimed = [(c, a) for c, a in _choices(claim) if len(a) >= 2]
    if not claimed:
        return None
    for chosen_c, aside_c in claimed:
        for chosen_p, aside_p in _choices(passage):
            turned = _share(aside_c, chosen_p)
            if (turned >= 2 and turned >= SET_ASIDE_SHARE * len(aside_c) and not _share(aside_c, aside_p)
                    and _share(chosen_c, chosen_p) <= _share(chosen_c, aside_p) + _share(aside_c, chosen_p)):
                return "the paper chooses what the claim sets aside"
    return _said_of_the_set_aside(claim, passage)
