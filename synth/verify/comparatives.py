"""Comparatives of a quality other than accuracy: cost ("much cheaper than the TRANSLATE TEST baseline"),
stability ("less stable than unsupervised anchored alignments"), robustness and difficulty.

Direction words (improve/drop) and rankings of scores are read elsewhere; these adjectives say which of
two things is better on a property of its own, so "more expensive than X" reverses "cheaper than X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from synth.verify.claim_facts import content_words, names_action
from synth.verify.stance import CLAUSE

# each adjective's quality and whether more of it is favourable (+1) or not (-1)
_GRADED = {"expensive": ("cost", -1), "costly": ("cost", -1), "intensive": ("cost", -1),
           "efficient": ("cost", 1), "economical": ("cost", 1),
           "stable": ("stability", 1), "stably": ("stability", 1), "unstable": ("stability", -1),
           "robust": ("robustness", 1), "difficult": ("difficulty", 1), "challenging": ("difficulty", 1),
           "demanding": ("difficulty", 1), "complex": ("difficulty", 1), "complicated": ("difficulty", 1),
           "important": ("importance", 1), "accurate": ("accuracy", 1), "accurately": ("accuracy", 1)}
# one-word comparatives
_INFLECTED = {"cheaper": ("cost", 1), "costlier": ("cost", -1), "stabler": ("stability", 1),
              "harder": ("difficulty", 1), "easier": ("difficulty", -1), "simpler": ("difficulty", -1)}
_COMPARATIVE = re.compile(
    r"\b(?:(?P<degree>more|less)\s+(?:[a-z]+ly\s+)?(?P<graded>" + "|".join(_GRADED) + r")|(?P<inflected>"
    + "|".join(_INFLECTED) + r")|matter(?:s|ed)?\s+(?P<matters>more|less)"
    # "whose accuracy surpasses all previous unsupervised models": a quality's noun beating the object
    r"|(?P<noun>accuracy|cost)\s+(?P<beats>surpass(?:es|ed)?|exceed(?:s|ed)?|(?:falls?|fell)\s+(?:short\s+of|below)))\b",
    re.IGNORECASE)
_NOUN_QUALITY = {"accuracy": ("accuracy", 1), "cost": ("cost", -1)}
_THAN = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?than\s+(?P<object>(?:[\w-]+\s+){0,5}[\w-]+)", re.IGNORECASE)
_BEATEN = re.compile(r"^\s*(?P<object>(?:[\w-]+\s+){0,5}[\w-]+)")  # "[accuracy surpasses] all previous models"
SUBJECT_WORDS = 8  # words before the comparative that say what is compared


@dataclass(frozen=True)
class Comparative:
    quality: str
    sign: int  # +1: the subject has more of the quality than the object
    subject: frozenset[str]
    object: frozenset[str]  # empty when the sentence names no "than"
    text: str


def comparatives(text: str) -> list[Comparative]:
    out = []
    starts = [0] + [m.end() for m in CLAUSE.finditer(text)]
    for m in _COMPARATIVE.finditer(text):
        if m.group("graded"):
            quality, sign = _GRADED[m.group("graded").lower()]
            sign *= 1 if m.group("degree").lower() == "more" else -1
        elif m.group("matters"):  # "matters more than": is more important than
            quality, sign = "importance", 1 if m.group("matters").lower() == "more" else -1
        elif m.group("noun"):
            quality, sign = _NOUN_QUALITY[m.group("noun").lower()]
            sign *= -1 if m.group("beats").lower().startswith("f") else 1
        else:
            quality, sign = _INFLECTED[m.group("inflected").lower()]
        clause_start = max(s for s in starts if s <= m.start())
        before = text[clause_start:m.start()].split()[-SUBJECT_WORDS:]
        than = (_BEATEN if m.group("noun") else _THAN).match(text[m.end():])
        obj = content_words(than.group("object")) if than else set()
        out.append(Comparative(quality, sign, frozenset(content_words(" ".join(before))), frozenset(obj),
                               text[clause_start:m.end() + (than.end() if than else 0)].strip()))
    return out


# "a much larger share [...] than expected" against "much less than might be expected"
_AGAINST_EXPECTATION = re.compile(
    r"\b(?P<word>more|larger|greater|bigger|higher|less|smaller|lower|fewer)\s+(?:[\w-]+\s+){0,8}?than\s+"
    r"(?:(?:might|would|could|may|is|was|had|have|been|be|commonly|previously|often|usually|generally)\s+){0,3}"
    r"(?:expected|anticipated|assumed|thought|believed)\b", re.IGNORECASE)
_MORE = frozenset("more larger greater bigger higher".split())


def against_expectation(claim: str, text: str) -> str | None:
    """The claim says something is more than expected and the passage less, or the other way round."""
    ours, theirs = _AGAINST_EXPECTATION.search(claim), _AGAINST_EXPECTATION.search(text)
    if not ours or not theirs:
        return None
    if (ours.group("word").lower() in _MORE) == (theirs.group("word").lower() in _MORE):
        return None
    return f"the claim says \"{ours.group(0)}\", the paper \"{theirs.group(0)}\""


_BETTER_AT = re.compile(r"\b(?P<degree>better|worse|stronger|weaker)\s+(?:at|for|on|in)\s+(?P<first>[^.;]+?)\s+"
                        r"than\s+(?:at|for|on|in)\s+(?P<second>[^.;]+)", re.IGNORECASE)
# "works well for identifying exact translations [...], it works less well for assessing the similarity [...]"
_WELL_THEN_LESS = re.compile(r"\b(?:works?|does|do|performs?)\s+well\s+(?:at|for|on|in)\s+(?P<first>[^,;.]+?)\s*"
                             r"(?:,|;|\bbut\b|\bwhile\b|\bwhereas\b)[^.]*?\b(?:less\s+well|poorly|badly|worse)\s+"
                             r"(?:at|for|on|in)\s+(?P<second>[^,;.]+)", re.IGNORECASE)


def _better_worse(text: str, claim: bool) -> tuple[set[str], set[str], str] | None:
    """(what the thing does better, what it does worse, the words saying so) of "better at X than at Y" or, in
    a passage, "works well for X, [...] less well for Y"."""
    m = _BETTER_AT.search(text) or (None if claim else _WELL_THEN_LESS.search(text))
    if m is None:
        return None
    first, second = content_words(m.group("first")), content_words(m.group("second"))
    worse = m.re is _BETTER_AT and m.group("degree").lower() in ("worse", "weaker")
    return (second, first, m.group(0)) if worse else (first, second, m.group(0))


def reversed_tasks(claim: str, text: str) -> str | None:
    """The claim says something is better at one task than at another ("better at judging the similarity of
    sentence pairs that are not exact translations than at identifying exact translations"); the passage says
    it the other way round ("works well for identifying exact translations [...], it works less well for
    assessing the similarity of sentences that are not exact translations").  Each task is matched by the
    words it shares with the passage's two."""
    ours, theirs = _better_worse(claim, True), _better_worse(text, False)
    if ours is None or theirs is None:
        return None
    (good, bad, said), (their_good, their_bad, their_said) = ours, theirs
    if (len(good & their_bad) > len(good & their_good) and len(bad & their_good) > len(bad & their_bad)
            and len(good & their_bad) >= 2 and len(bad & their_good) >= 2):
        return f"the claim says \"{said.strip()}\", the paper \"{their_said.strip()}\" (the two tasks the other way round)"
    return None


_NOT_A_VERB = frozenset("much even still slightly significantly considerably".split())  # "much better"
_DOES_BETTER = re.compile(r"\b(?P<verb>[a-z]{4,})\s+(?:much\s+|far\s+|slightly\s+)?better\b", re.IGNORECASE)
_NOT_AS_WELL = re.compile(r"(?:\bnot|n't|\bunable)\s+(?:be\s+)?(?:able\s+)?(?:to\s+)?(?P<verb>[a-z]{4,})\s+as\s+well\b",
                          re.IGNORECASE)


def not_as_well(claim: str, text: str) -> str | None:
    """The claim says something does a thing better ("generalise better"); the passage says it does not do it
    as well ("they are not able to generalize as well")."""
    ours = _DOES_BETTER.search(claim)
    if ours is None or ours.group("verb").lower() in _NOT_A_VERB:
        return None
    theirs = next((m for m in _NOT_AS_WELL.finditer(text) if names_action(ours.group("verb").lower(), m.group("verb"))),
                  None)
    return f"the claim says \"{ours.group(0)}\", the paper \"{theirs.group(0)}\"" if theirs else None


def reversed_comparative(claim: str, text: str) -> str | None:
    """The passage compares the claim's two things on the claim's quality the other way round: the same
    "than" object with the opposite comparative ("more expensive than the TRANSLATE TEST baseline" against
    "much cheaper than the TRANSLATE TEST baseline"); or, with no "than", the claim's subject given the
    opposite of what the claim says ("pseudo-bilingual methods are more expensive") or its object given
    the same ("mapping-based approaches are much more computationally efficient")."""
    expectation = against_expectation(claim, text) or reversed_tasks(claim, text) or not_as_well(claim, text)
    if expectation:
        return expectation
    for ours in comparatives(claim):
        for theirs in comparatives(text):
            if theirs.quality != ours.quality:
                continue
            opposite = theirs.sign != ours.sign
            # the words that tell the claim's two sides apart ("anchored" of "the unsupervised anchored alignment")
            subject, obj = ours.subject - ours.object, ours.object - ours.subject
            if theirs.object:
                hit = opposite and obj & theirs.object and not subject & theirs.object
                # the same comparative with the two sides swapped: "word-level supervision is much costlier than
                # sentence-level supervision" against "sentence-level supervision is a lot more expensive [...] than
                # word-level supervision"
                hit = hit or (not opposite and ours.object and subject & theirs.object and obj & theirs.subject
                              and not obj & theirs.object and not subject & theirs.subject)
            else:
                own, other = theirs.subject & subject, theirs.subject & obj
                hit = (opposite and own and not other) or (not opposite and other and not own)
            if hit:
                return (f"the claim says \"{ours.text}\", the paper \"{theirs.text}\" "
                        f"({theirs.quality} the other way round)")
    return None
